package qtool.dem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The final decomposition pass over a whole {@link ErrorTable}: every mechanism that still has a
 * piece with more than two detectors is rewritten as a {@code ^}-joined list of pieces that are
 * themselves (parts of) known graph-like mechanisms, as Stim's {@code --decompose_errors} does.
 *
 * <p>Known pieces: every one- or two-detector piece of any mechanism, indexed by its detectors
 * (the last in key order wins, as in Stim). A hyperedge piece is first solved exactly: a search
 * pairing its detectors (each with a later one, or alone) into known pieces whose observables XOR
 * to the piece's observables. Failing that, a greedy cover by known pairs then singles, with the
 * uncovered rest (at most two detectors, the "remnant edge") as a last piece. Failing both, the
 * circuit is rejected, since a matching decoder could not use the model.
 */
final class GraphlikeDecomposer {
    private GraphlikeDecomposer() {
    }

    static void run(ErrorTable table) {
        List<ErrorTable.Key> keys = table.sortedKeys();
        boolean any = false;
        for (ErrorTable.Key k : keys) {
            any |= !isGraphlike(k.targets());
        }
        if (!any) {
            return;
        }
        Map<List<Long>, long[]> known = new HashMap<>();
        for (ErrorTable.Key k : keys) {
            for (long[] piece : split(k.targets())) {
                List<Long> dets = detectors(piece);
                if (dets.size() == 1 || dets.size() == 2) {
                    known.put(dets, piece);
                }
            }
        }
        List<long[][]> rewrites = new ArrayList<>();
        for (ErrorTable.Key k : keys) {
            if (isGraphlike(k.targets())) {
                continue;
            }
            List<long[]> out = new ArrayList<>();
            for (long[] piece : split(k.targets())) {
                List<long[]> solved = bruteForce(piece, known);
                if (solved == null) {
                    solved = greedyWithRemnant(piece, known);
                }
                if (solved == null) {
                    throw new IllegalArgumentException("failed to decompose the error "
                            + describe(piece) + " into graph-like pieces with at most two detectors");
                }
                out.addAll(solved);
            }
            rewrites.add(new long[][] {k.targets(), ChannelDecomposer.join(out)});
        }
        for (long[][] r : rewrites) {
            double p = table.get(r[0]);
            table.remove(r[0]);
            table.add(p, r[1]);
        }
    }

    static boolean isGraphlike(long[] targets) {
        int count = 0;
        for (long t : targets) {
            if (DemTarget.isSeparator(t)) {
                count = 0;
            } else if (DemTarget.isDetector(t) && ++count > 2) {
                return false;
            }
        }
        return true;
    }

    static List<long[]> split(long[] targets) {
        List<long[]> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= targets.length; k++) {
            if (k == targets.length || DemTarget.isSeparator(targets[k])) {
                out.add(java.util.Arrays.copyOfRange(targets, start, k));
                start = k + 1;
            }
        }
        return out;
    }

    private static List<Long> detectors(long[] piece) {
        List<Long> d = new ArrayList<>(2);
        for (long t : piece) {
            if (DemTarget.isDetector(t)) {
                d.add(t);
            }
        }
        return d;
    }

    private static long observableMask(long[] targets) {
        long mask = 0;
        for (long t : targets) {
            if (DemTarget.isObservable(t)) {
                if (DemTarget.id(t) >= 64) {
                    throw new IllegalArgumentException("decomposing errors with observables above L63 is not supported");
                }
                mask ^= 1L << DemTarget.id(t);
            }
        }
        return mask;
    }

    /** Exact cover of the piece's detectors by known pieces with matching observables, or null. */
    private static List<long[]> bruteForce(long[] piece, Map<List<Long>, long[]> known) {
        if (piece.length >= 64) {
            throw new IllegalArgumentException("decomposing errors with more than 63 targets is not supported");
        }
        long used = 0;
        for (int k = 0; k < piece.length; k++) {
            if (!DemTarget.isDetector(piece[k])) {
                used |= 1L << k;
            }
        }
        List<long[]> out = new ArrayList<>();
        return search(0, used, observableMask(piece), piece, known, out) ? out : null;
    }

    private static boolean search(int start, long used, long obs, long[] piece, Map<List<Long>, long[]> known,
            List<long[]> out) {
        while (start < piece.length && (used >> start & 1) != 0) {
            start++;
        }
        if (start >= piece.length) {
            return obs == 0;
        }
        used |= 1L << start;
        // Partners in index order first; pairing with nothing (a single-detector piece) last.
        for (int k = start + 1; k <= piece.length; k++) {
            List<Long> key;
            long u = used;
            if (k < piece.length) {
                if ((used >> k & 1) != 0) {
                    continue;
                }
                key = List.of(piece[start], piece[k]);
                u |= 1L << k;
            } else {
                key = List.of(piece[start]);
            }
            long[] match = known.get(key);
            if (match != null) {
                out.add(match);
                if (search(start + 1, u, obs ^ observableMask(match), piece, known, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }

    /** Greedy pairs, then singles, then the uncovered remainder if it has at most two detectors. */
    private static List<long[]> greedyWithRemnant(long[] piece, Map<List<Long>, long[]> known) {
        List<long[]> out = new ArrayList<>();
        if (detectors(piece).size() <= 2) {
            out.add(piece);
            return out;
        }
        boolean[] done = new boolean[piece.length];
        for (int k = 0; k < piece.length; k++) {
            done[k] = !DemTarget.isDetector(piece[k]);
        }
        long[] rest = piece;
        for (int k = 0; k < piece.length; k++) {
            if (done[k]) {
                continue;
            }
            for (int k2 = k + 1; k2 < piece.length; k2++) {
                if (!done[k2]) {
                    long[] match = known.get(List.of(piece[k], piece[k2]));
                    if (match != null) {
                        done[k] = true;
                        done[k2] = true;
                        out.add(match);
                        rest = SparseXor.xor(rest, match);
                        break;
                    }
                }
            }
        }
        int missed = 0;
        for (int k = 0; k < piece.length; k++) {
            if (!done[k]) {
                long[] match = known.get(List.of(piece[k]));
                if (match != null) {
                    done[k] = true;
                    out.add(match);
                    rest = SparseXor.xor(rest, match);
                }
            }
            missed += done[k] ? 0 : 1;
        }
        if (missed > 2) {
            return null;
        }
        if (rest.length > 0) {
            out.add(rest);
        }
        return out;
    }

    private static String describe(long[] piece) {
        StringBuilder sb = new StringBuilder();
        for (long t : piece) {
            sb.append(sb.length() == 0 ? "" : " ").append(DemTarget.toString(t));
        }
        return sb.toString();
    }
}
