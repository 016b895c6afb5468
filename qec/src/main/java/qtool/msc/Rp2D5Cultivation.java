package qtool.msc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qtool.codes.CliffordGate;
import qtool.codes.PauliString;
import qtool.codes.Rp2Morph;
import qtool.codes.StabilizerCode;
import qtool.gen.CircuitNoiseModel;
import qtool.ir.Gate;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * The d1 = 5 cultivation stage of the RP² protocol (Chen, Chen, Lu, Pan, arXiv:2503.18657;
 * qec.md §7 flow "d1=5"), Clifford proxy (S for T), cultivation only:
 * <ol>
 * <li>stages 0–4: the d1 = 3 part exactly as {@link Rp2Cultivation} generates it (two RP-3
 *     rounds, SRP-3 T-check, morph back), without its final MPP;</li>
 * <li>stage 5: growth RP-3 → RP-5: the 16 new data qubits as 8 antipodal Bell pairs, one RP-5
 *     syndrome round; detectors are all combinations of RP-5 checks that the RP-3 state and the
 *     Bell pairs fix (found by linear algebra, compared with RP-3's last round); the random
 *     checks are set by Pauli feedback (an X or Z string that flips only that check and commutes
 *     with the Y observable), so every RP-5 check is deterministic afterwards;</li>
 * <li>stage 6: one RP-5 round, post-selected (each check compared with its value after the
 *     growth feedback);</li>
 * <li>stages 7–8: morph RP-5 → SRP-5 ({@link Rp2Morph#of}(5)), transversal S, X parity of the 35
 *     qubits gathered on the centre by a six-layer CNOT tree, one |+⟩ flag ancilla on each data
 *     qubit of columns 0, 1, 2 (15, as the authors' shadow qubits), the root read, reset and
 *     restored by Pauli feedback, tree undone, S† (stage 7 parity, stage 8 flags);</li>
 * <li>stage 9: morph back, the ten extra qubits read;</li>
 * <li>stage 10: noiseless MPP of the 26 RP-5 checks (compared with stage 6) and of the Y
 *     observable (X on the middle column, Z on the middle row, Y at the centre: the d = 5 analogue
 *     of the published d = 3 orientation).</li>
 * </ol>
 * Detector coordinates are (x, y, round, stage). Noise: the d1 = 3 segments as in
 * {@link Rp2Cultivation#noisy}, then the d1 = 5 part as one more segment (the final MPP
 * noiseless). The first moment of that segment resets the new qubits and puts an {@code I} on
 * the nine RP-3 data qubits: the idle step the authors' growth has while the morph qubits are
 * read.
 *
 * <p>Known differences from the authors' circuit (t_gadget.py {@code color_to_rp3_to_rp5},
 * {@code rp5_to_color_new}, {@code d_5_color_T_check}): the growth is not fused with the morph
 * back (the authors overlap the Bell-pair CNOTs and the first syndrome step with the last morph
 * layers, and idle everything while the morph qubits are read); the RP-5 syndrome schedule (five
 * interleaved CX layers, found by a seeded search for an order in which every X/Z check pair
 * commutes step by step) and the parity tree are this class's own; Bell-pair qubits the morph prepares in |1⟩ are prepared in |0⟩ (a
 * sign, invisible to the S proxy and to Pauli-frame sampling).
 */
public final class Rp2D5Cultivation {
    public static final int NUM_STAGES = 11;

    /** The noiseless circuit in its noise segments. */
    public record Segments(StabilizerCircuit rp3Protocol, StabilizerCircuit rp3FlagReadout, StabilizerCircuit rp5Part,
            StabilizerCircuit finalReadout) {
        public StabilizerCircuit joined() {
            return concat(rp3Protocol, rp3FlagReadout, rp5Part, finalReadout);
        }
    }

    private static final int D3_ROUNDS = 2;

    private final Rp3Layout rp3 = new Rp3Layout();
    private final Rp5Layout rp5 = new Rp5Layout();
    private final Rp2Morph morph5 = Rp2Morph.of(5);
    private final PauliString observable = yObservable(rp5.code());
    private final int[] map = Rp5Layout.stimMap();
    /** Per RP-5 check: the growth-round records whose parity is its value after the feedback. */
    private final Map<Rp5Layout.Check, List<Long>> growthRefs = new HashMap<>();

    public StabilizerCircuit noiseless() {
        return segments().joined();
    }

    public StabilizerCircuit noisy(double p) {
        return noisy(CircuitNoiseModel.uniformBeforeMeasure(p));
    }

    public StabilizerCircuit noisy(CircuitNoiseModel model) {
        Segments s = segments();
        return concat(model.apply(s.rp3Protocol()), model.apply(s.rp3FlagReadout()), model.apply(s.rp5Part()),
                s.finalReadout());
    }

    /** X on the middle column, Z on the middle row, Y at the centre (local RP-5 indices). */
    static PauliString yObservable(StabilizerCode code) {
        PauliString.Builder b = new PauliString.Builder(Rp5Layout.N);
        for (int k = 0; k < Rp5Layout.N; k++) {
            int i = Rp5Layout.row(k);
            int j = Rp5Layout.col(k);
            if (i == 0 && j == 0) {
                b.set(k, 'Y');
            } else if (j == 0) {
                b.set(k, 'X');
            } else if (i == 0) {
                b.set(k, 'Z');
            }
        }
        PauliString y = b.build();
        if (!code.equivalentUpToPhase(code.logicalY(), y)) {
            throw new IllegalStateException(y + " is not the Y logical of " + code.name());
        }
        return y;
    }

    public synchronized Segments segments() {
        growthRefs.clear();
        round2.clear();
        Rp2Cultivation.Segments d3 = new Rp2Cultivation(D3_ROUNDS).segments();
        long offset = d3.protocol().numMeasurements() + d3.flagReadout().numMeasurements();
        Map<Integer, List<Long>> byQubit = measurementsByQubit(concat(d3.protocol(), d3.flagReadout()));
        Rp5Moments mb = new Rp5Moments(offset);
        declareQubits(mb);
        int round = D3_ROUNDS;
        long[] grown = grow(mb, byQubit, round++);
        long[][] last = rp5Round(mb, round++);
        int[] srp = morphAndCheck(mb, round);
        morphBack(mb, srp, round);
        StabilizerCircuit rp5Part = mb.build();
        Rp5Moments fin = new Rp5Moments(offset + rp5Part.numMeasurements());
        finalReadout(fin, last, round);
        if (grown.length == 0) {
            throw new IllegalStateException("growth produced no measurements");
        }
        return new Segments(d3.protocol(), d3.flagReadout(), rp5Part, fin.build());
    }

    // ---------------------------------------------------------------- qubits

    private void declareQubits(Rp5Moments mb) {
        for (int k = 0; k < Rp5Layout.N; k++) {
            if (map[k] >= 200) {
                mb.qubitCoords(map[k], Rp5Layout.row(k), Rp5Layout.col(k));
            }
        }
        for (Rp5Layout.Check c : rp5.all()) {
            mb.qubitCoords(c.ancilla(), c.x(), c.y());
        }
        for (int k = 0; k < morph5.extraCoords().size(); k++) {
            StabilizerCode.Coord c = morph5.extraCoords().get(k);
            mb.qubitCoords(Rp5Layout.FIRST_MORPH + k, c.x(), c.y());
        }
        for (int k = 0; k < Rp5Layout.N; k++) {
            if (Rp5Layout.col(k) >= 0) {
                mb.qubitCoords(Rp5Layout.FIRST_FLAG + k, Rp5Layout.row(k) - 0.25, Rp5Layout.col(k) - 0.25);
            }
        }
    }

    // ---------------------------------------------------------------- growth

    /** Bell pairs (i,−2)–(−i,2) and (2,j)–(−2,−j): the authors' pairing. Returns {controls..., targets...}. */
    private static int[][] bellPairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            pairs.add(new int[] {Rp5Layout.local(i, -2), Rp5Layout.local(-i, 2)});
        }
        for (int j = -1; j <= 1; j++) {
            pairs.add(new int[] {Rp5Layout.local(2, j), Rp5Layout.local(-2, -j)});
        }
        return pairs.toArray(new int[0][]);
    }

    private long[] grow(Rp5Moments mb, Map<Integer, List<Long>> byQubit, int round) {
        int stage = 5;
        int[][] bell = bellPairs();
        List<Integer> ctrl = new ArrayList<>();
        List<Integer> targ = new ArrayList<>();
        List<Integer> pairs = new ArrayList<>();
        for (int[] p : bell) {
            ctrl.add(map[p[0]]);
            targ.add(map[p[1]]);
            pairs.add(map[p[0]]);
            pairs.add(map[p[1]]);
        }
        List<Integer> inner = new ArrayList<>();
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            inner.add(q);
        }
        mb.gate(Gate.RESET_X, ctrl);
        mb.gate(Gate.RESET, targ);
        resetAncillas(mb);
        mb.gate(Gate.ID, inner); // the authors' idle step while the SRP-3 morph qubits are read
        mb.tick();
        mb.gate(Gate.CX, pairs);
        mb.tick();
        long[][] rec = syndromeRound(mb, false);
        // Records of the growth round by check, and RP-3's last round by RP-3 check.
        List<Rp5Layout.Check> checks = rp5.all();
        Map<Rp5Layout.Check, Long> now = new HashMap<>();
        for (int i = 0; i < rp5.xChecks().size(); i++) {
            now.put(rp5.xChecks().get(i), rec[0][i]);
        }
        for (int i = 0; i < rp5.zChecks().size(); i++) {
            now.put(rp5.zChecks().get(i), rec[1][i]);
        }
        for (boolean xType : new boolean[] {true, false}) {
            List<Rp5Layout.Check> cur = xType ? rp5.xChecks() : rp5.zChecks();
            List<Rp3Layout.Check> old = xType ? rp3.xChecks() : rp3.zChecks();
            List<Long> cols = new ArrayList<>();
            List<Long> oldRecords = new ArrayList<>();
            for (Rp3Layout.Check c : old) {
                long v = 0;
                for (int q : c.stabilizer().support()) {
                    v |= 1L << Rp5Layout.fromRp3(q);
                }
                cols.add(v);
                List<Long> r = byQubit.get(c.ancilla());
                oldRecords.add(r.get(D3_ROUNDS - 1));
            }
            for (int[] p : bell) {
                cols.add((1L << p[0]) | (1L << p[1]));
            }
            int nPre = cols.size();
            for (Rp5Layout.Check c : cur) {
                cols.add(vec(c.stabilizer()));
            }
            // Pre-growth span (RP-3 checks, Bell pairs) with decomposition masks.
            List<long[]> pivots = new ArrayList<>(); // {vector, mask}
            for (int col = 0; col < nPre; col++) {
                long[] red = reduce(pivots, cols.get(col), 1L << col);
                if (red[0] != 0) {
                    pivots.add(red);
                }
            }
            long allOld = (1L << old.size()) - 1;
            // Sparse detectors: single RP-5 checks fixed by the old state, then pairs; each kept
            // only if it is independent of those already kept (by its RP-5 part).
            List<long[]> kept = new ArrayList<>();
            int ncur = cur.size();
            for (int size = 1; size <= 2; size++) {
                for (int a = 0; a < ncur; a++) {
                    for (int b = size == 1 ? a : a + 1; b < (size == 1 ? a + 1 : ncur); b++) {
                        long v = cols.get(nPre + a) ^ (size == 2 ? cols.get(nPre + b) : 0);
                        long sel = (1L << a) | (1L << b);
                        long[] red = reduce(pivots, v, 0);
                        if (red[0] != 0) {
                            continue;
                        }
                        long[] ind = reduce(kept, sel, 0);
                        if (ind[0] == 0) {
                            continue;
                        }
                        kept.add(new long[] {ind[0], 0});
                        long oldPart = red[1] & allOld;
                        if (Long.bitCount(oldPart) > old.size() / 2 && oldRelation(old)) {
                            oldPart ^= allOld;
                        }
                        List<Long> recs = new ArrayList<>();
                        for (int k = 0; k < old.size(); k++) {
                            if ((oldPart >>> k & 1) != 0) {
                                recs.add(oldRecords.get(k));
                            }
                        }
                        recs.add(now.get(cur.get(a)));
                        if (size == 2) {
                            recs.add(now.get(cur.get(b)));
                        }
                        Rp5Layout.Check c = cur.get(a);
                        mb.detector(coords(c.x(), c.y(), round, stage), recs.stream().mapToLong(Long::longValue).toArray());
                    }
                }
            }
            List<Integer> random = new ArrayList<>();
            List<long[]> span = new ArrayList<>(pivots);
            for (int a = 0; a < ncur; a++) {
                long[] red = reduce(span, cols.get(nPre + a), 0);
                if (red[0] != 0) {
                    span.add(red);
                    random.add(a);
                }
            }
            feedForward(mb, cur, random, now, xType);
        }
        mb.tick();
        return rec[0];
    }

    /**
     * Sets the random checks (independent given the others) to their reference value: for each,
     * a Pauli string of the other type that anticommutes with it alone among an independent set
     * of same-type checks containing all of them, and commutes with the Y observable.
     */
    private void feedForward(Rp5Moments mb, List<Rp5Layout.Check> cur, List<Integer> random,
            Map<Rp5Layout.Check, Long> now, boolean xType) {
        List<Integer> basis = new ArrayList<>(random);
        List<long[]> piv = new ArrayList<>();
        for (int k : random) {
            long[] red = reduce(piv, vec(cur.get(k).stabilizer()), 0);
            if (red[0] == 0) {
                throw new IllegalStateException("random checks are dependent");
            }
            piv.add(red);
        }
        for (int k = 0; k < cur.size(); k++) {
            if (basis.contains(k)) {
                continue;
            }
            long[] red = reduce(piv, vec(cur.get(k).stabilizer()), 0);
            if (red[0] != 0) {
                piv.add(red);
                basis.add(k);
            }
        }
        // The observable part the correction must commute with: Z part for X strings, X part for Z strings.
        long obs = 0;
        for (int q : observable.support()) {
            boolean relevant = xType ? observable.hasX(q) : observable.hasZ(q);
            if (relevant) {
                obs |= 1L << q;
            }
        }
        for (Rp5Layout.Check c : cur) {
            growthRefs.put(c, new ArrayList<>(List.of(now.get(c))));
        }
        for (int k : random) {
            List<long[]> rows = new ArrayList<>();
            for (int b : basis) {
                rows.add(new long[] {vec(cur.get(b).stabilizer()), b == k ? 1 : 0});
            }
            rows.add(new long[] {obs, 0});
            long u = solve(rows);
            List<Integer> qs = new ArrayList<>();
            for (int q = 0; q < Rp5Layout.N; q++) {
                if ((u >>> q & 1) != 0) {
                    qs.add(map[q]);
                }
            }
            // X check random: fix with a Z string (CZ feedback); Z check: X string (CX feedback).
            mb.feedback(xType ? Gate.CZ : Gate.CX, now.get(cur.get(k)), qs.stream().mapToInt(Integer::intValue).toArray());
            for (Rp5Layout.Check c : cur) {
                if ((Long.bitCount(vec(c.stabilizer()) & u) & 1) != 0) {
                    growthRefs.get(c).add(now.get(cur.get(k)));
                }
            }
        }
    }

    /** Whether the product of all RP-3 checks of this type is the identity (so a decomposition can be complemented). */
    private static boolean oldRelation(List<Rp3Layout.Check> old) {
        long acc = 0;
        for (Rp3Layout.Check c : old) {
            acc ^= vec(c.stabilizer());
        }
        return acc == 0;
    }

    /** A solution u of ⟨row, u⟩ = rhs for every row (GF(2), 25 unknowns). */
    private static long solve(List<long[]> rows) {
        List<long[]> piv = new ArrayList<>(); // {vector, rhs, pivotBit}
        for (long[] r : rows) {
            long v = r[0];
            long b = r[1];
            for (long[] p : piv) {
                if ((v >>> p[2] & 1) != 0) {
                    v ^= p[0];
                    b ^= p[1];
                }
            }
            if (v == 0) {
                if (b != 0) {
                    throw new IllegalStateException("inconsistent feedback system");
                }
                continue;
            }
            long bit = Long.numberOfTrailingZeros(v);
            for (long[] p : piv) {
                if ((p[0] >>> bit & 1) != 0) {
                    p[0] ^= v;
                    p[1] ^= b;
                }
            }
            piv.add(new long[] {v, b, bit});
        }
        long u = 0;
        for (long[] p : piv) {
            if (p[1] != 0) {
                u |= 1L << p[2];
            }
        }
        for (long[] r : rows) {
            if ((Long.bitCount(r[0] & u) & 1) != r[1]) {
                throw new IllegalStateException("feedback solve failed");
            }
        }
        return u;
    }

    private static long[] reduce(List<long[]> pivots, long v, long mask) {
        for (long[] p : pivots) {
            long bit = Long.numberOfTrailingZeros(p[0]);
            if ((v >>> bit & 1) != 0) {
                v ^= p[0];
                mask ^= p[1];
            }
        }
        // Keep pivots in reduced form: the new pivot's lowest bit is not in any older pivot's lowest bit.
        return new long[] {v, mask};
    }

    private static long vec(PauliString p) {
        long v = 0;
        for (int q : p.support()) {
            v |= 1L << q;
        }
        return v;
    }

    // ---------------------------------------------------------------- RP-5 rounds

    /**
     * The CX slot of each (check, support qubit): the first of the 24 × 24 (Z order, X order)
     * choices of visiting the four plaquette corners, by real-plane offset, under which all
     * checks are measured in four interleaved layers with every X/Z pair commuting step by step;
     * if none is valid, Z checks in layers 0–3 and X checks in 4–7.
     */
    private Map<Rp5Layout.Check, int[]> schedule() {
        if (cachedSchedule != null) {
            return cachedSchedule;
        }
        List<int[]> perms = new ArrayList<>();
        permutations(new int[] {0, 1, 2, 3}, 0, perms);
        List<int[]> fivePerms = new ArrayList<>();
        permutations(new int[] {0, 1, 2, 3, 4}, 0, fivePerms);
        for (int[] f : fivePerms) {
            int[] head = java.util.Arrays.copyOf(f, 4);
            if (f[4] != 4) { // also orders that use a fifth layer
                perms.add(head);
            }
        }
        Map<Rp5Layout.Check, int[]> slots = new HashMap<>();
        for (int[] pz : perms) {
            for (int[] px : perms) {
                fill(slots, pz, px, 0);
                if (valid(slots)) {
                    cachedSchedule = slots;
                    return slots;
                }
            }
        }
        // Per-check orders by a seeded local search (glued checks need their own).
        List<Rp5Layout.Check> all = rp5.all();
        int[] choice = new int[all.size()];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(2025);
        for (int iter = 0; iter < 4000; iter++) {
            fillPerCheck(slots, choice, perms);
            int cost = violations(slots);
            if (cost == 0) {
                cachedSchedule = slots;
                return slots;
            }
            int k = rng.nextInt(all.size());
            int best = choice[k];
            int bestCost = Integer.MAX_VALUE;
            for (int c = 0; c < perms.size(); c++) {
                choice[k] = c;
                fillPerCheck(slots, choice, perms);
                int v = violations(slots) * 1000 + rng.nextInt(1000);
                if (v < bestCost) {
                    bestCost = v;
                    best = c;
                }
            }
            choice[k] = best;
        }
        fill(slots, perms.get(0), perms.get(0), 4);
        if (!valid(slots)) {
            throw new IllegalStateException("no valid RP-5 schedule");
        }
        cachedSchedule = slots;
        return slots;
    }

    private Map<Rp5Layout.Check, int[]> cachedSchedule;

    private void fill(Map<Rp5Layout.Check, int[]> slots, int[] pz, int[] px, int xShift) {
        slots.clear();
        for (Rp5Layout.Check c : rp5.all()) {
            int[] support = c.stabilizer().support();
            int[] s = new int[support.length];
            for (int i = 0; i < support.length; i++) {
                double[] o = Rp5Layout.offset(c, support[i]);
                int corner = 2 * (o[0] < 0 ? 0 : 1) + (o[1] < 0 ? 0 : 1);
                s[i] = c.isX() ? px[corner] + xShift : pz[corner];
            }
            slots.put(c, s);
        }
    }

    private void fillPerCheck(Map<Rp5Layout.Check, int[]> slots, int[] choice, List<int[]> perms) {
        slots.clear();
        List<Rp5Layout.Check> all = rp5.all();
        for (int k = 0; k < all.size(); k++) {
            Rp5Layout.Check c = all.get(k);
            int[] support = c.stabilizer().support();
            int[] s = new int[support.length];
            for (int i = 0; i < support.length; i++) {
                double[] o = Rp5Layout.offset(c, support[i]);
                s[i] = perms.get(choice[k])[2 * (o[0] < 0 ? 0 : 1) + (o[1] < 0 ? 0 : 1)];
            }
            slots.put(c, s);
        }
    }

    private static void permutations(int[] a, int k, List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permutations(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    private boolean valid(Map<Rp5Layout.Check, int[]> slots) {
        return violations(slots) == 0;
    }

    private int violations(Map<Rp5Layout.Check, int[]> slots) {
        int bad = 0;
        Set<Long> used = new HashSet<>();
        for (Rp5Layout.Check c : rp5.all()) {
            int[] support = c.stabilizer().support();
            int[] s = slots.get(c);
            for (int i = 0; i < support.length; i++) {
                if (!used.add(s[i] * 1000L + c.ancilla())) {
                    bad++;
                }
                if (!used.add(s[i] * 1000L + map[support[i]])) {
                    bad++;
                }
            }
        }
        for (Rp5Layout.Check x : rp5.xChecks()) {
            for (Rp5Layout.Check z : rp5.zChecks()) {
                int before = 0;
                int[] xs = x.stabilizer().support();
                int[] zs = z.stabilizer().support();
                for (int i = 0; i < xs.length; i++) {
                    for (int j = 0; j < zs.length; j++) {
                        if (xs[i] == zs[j] && slots.get(x)[i] < slots.get(z)[j]) {
                            before++;
                        }
                    }
                }
                if (before % 2 != 0) {
                    bad++;
                }
            }
        }
        return bad;
    }

    /** One RP-5 syndrome round; returns {X records, Z records} in layout order. */
    private void resetAncillas(Rp5Moments mb) {
        mb.gate(Gate.RESET, rp5.zChecks().stream().mapToInt(Rp5Layout.Check::ancilla).toArray());
        mb.gate(Gate.RESET_X, rp5.xChecks().stream().mapToInt(Rp5Layout.Check::ancilla).toArray());
    }

    private long[][] syndromeRound(Rp5Moments mb, boolean reset) {
        int[] xAnc = rp5.xChecks().stream().mapToInt(Rp5Layout.Check::ancilla).toArray();
        int[] zAnc = rp5.zChecks().stream().mapToInt(Rp5Layout.Check::ancilla).toArray();
        if (reset) {
            resetAncillas(mb);
            mb.tick();
        }
        Map<Rp5Layout.Check, int[]> slots = schedule();
        int layers = 0;
        for (int[] s : slots.values()) {
            for (int v : s) {
                layers = Math.max(layers, v + 1);
            }
        }
        for (int l = 0; l < layers; l++) {
            List<Integer> pairs = new ArrayList<>();
            for (Rp5Layout.Check c : rp5.all()) {
                int[] support = c.stabilizer().support();
                int[] s = slots.get(c);
                for (int i = 0; i < support.length; i++) {
                    if (s[i] == l) {
                        pairs.add(c.isX() ? c.ancilla() : map[support[i]]);
                        pairs.add(c.isX() ? map[support[i]] : c.ancilla());
                    }
                }
            }
            mb.gate(Gate.CX, pairs);
            mb.tick();
        }
        long[] z = mb.measure(Gate.MEASURE, zAnc);
        long[] x = mb.measure(Gate.MEASURE_X, xAnc);
        return new long[][] {x, z};
    }

    private final Map<Rp5Layout.Check, Long> round2 = new HashMap<>();

    private long[] withRefs(long record, Rp5Layout.Check c) {
        List<Long> refs = growthRefs.get(c);
        long[] out = new long[refs.size() + 1];
        for (int i = 0; i < refs.size(); i++) {
            out[i] = refs.get(i);
        }
        out[refs.size()] = record;
        return out;
    }

    /**
     * The RP-5 checks whose product, with the Y observable, is the T-check's operator ∏Y over
     * the 35 SRP-5 qubits pulled back through the morph: their values (read in the last round)
     * are the expected parity.
     */
    private List<Rp5Layout.Check> parityChecks() {
        List<CliffordGate> rev = new ArrayList<>(morph5.gates());
        java.util.Collections.reverse(rev);
        PauliString back = CliffordGate.conjugate(rev, PauliString.transversal(morph5.n(), 'Y'));
        PauliString.Builder b = new PauliString.Builder(Rp5Layout.N);
        for (int q = 0; q < Rp5Layout.N; q++) {
            if (back.letter(q) != 'I') {
                b.set(q, back.letter(q));
            }
        }
        for (int q = Rp5Layout.N; q < morph5.n(); q++) {
            char l = back.letter(q);
            int stimQ = Rp5Layout.stimMorph(q);
            if (l != 'I' && !prepared(l).contains(stimQ)) {
                throw new IllegalStateException("T-check operator acts as " + l + " on a morph qubit not prepared in that basis");
            }
        }
        PauliString target = b.build();
        StabilizerCode code = rp5.code();
        if (!code.stabilizerGroupContainsUpToPhase(target)) {
            target = target.times(observable);
            if (!code.stabilizerGroupContainsUpToPhase(target)) {
                throw new IllegalStateException("the T-check does not measure Y times RP-5 checks");
            }
        }
        List<Rp5Layout.Check> out = new ArrayList<>();
        for (boolean xType : new boolean[] {true, false}) {
            List<Rp5Layout.Check> cur = xType ? rp5.xChecks() : rp5.zChecks();
            long v = 0;
            for (int q = 0; q < Rp5Layout.N; q++) {
                if (xType ? target.hasX(q) : target.hasZ(q)) {
                    v |= 1L << q;
                }
            }
            List<long[]> piv = new ArrayList<>();
            for (int k = 0; k < cur.size(); k++) {
                long[] red = reduce(piv, vec(cur.get(k).stabilizer()), 1L << k);
                if (red[0] != 0) {
                    piv.add(red);
                }
            }
            long[] red = reduce(piv, v, 0);
            if (red[0] != 0) {
                throw new IllegalStateException("T-check operator not in the check span");
            }
            for (int k = 0; k < cur.size(); k++) {
                if ((red[1] >>> k & 1) != 0) {
                    out.add(cur.get(k));
                }
            }
        }
        return out;
    }

    private long[][] rp5Round(Rp5Moments mb, int round) {
        int stage = 6;
        long[][] rec = syndromeRound(mb, true);
        mb.tick();
        for (int i = 0; i < rec[0].length; i++) {
            Rp5Layout.Check c = rp5.xChecks().get(i);
            mb.detector(coords(c.x(), c.y(), round, stage), withRefs(rec[0][i], c));
        }
        for (int i = 0; i < rec[1].length; i++) {
            Rp5Layout.Check c = rp5.zChecks().get(i);
            mb.detector(coords(c.x(), c.y(), round, stage), withRefs(rec[1][i], c));
        }
        for (int i = 0; i < rec[0].length; i++) {
            round2.put(rp5.xChecks().get(i), rec[0][i]);
        }
        for (int i = 0; i < rec[1].length; i++) {
            round2.put(rp5.zChecks().get(i), rec[1][i]);
        }
        return rec;
    }

    // ---------------------------------------------------------------- SRP-5 check

    private List<List<Integer>> morphLayers() {
        List<List<Integer>> layers = new ArrayList<>();
        int[] lastLayer = new int[morph5.n()];
        java.util.Arrays.fill(lastLayer, -1);
        for (CliffordGate g : morph5.gates()) {
            int[] ct = MorphLayers.controlTarget(g, morph5.n());
            int layer = Math.max(lastLayer[ct[0]], lastLayer[ct[1]]) + 1;
            while (layers.size() <= layer) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer).add(Rp5Layout.stimMorph(ct[0]));
            layers.get(layer).add(Rp5Layout.stimMorph(ct[1]));
            lastLayer[ct[0]] = layer;
            lastLayer[ct[1]] = layer;
        }
        return layers;
    }

    private List<Integer> prepared(char letter) {
        List<Integer> out = new ArrayList<>();
        for (PauliString p : morph5.prepared()) {
            int[] s = p.support();
            if (s.length != 1) {
                throw new IllegalStateException("expected single-qubit preparations, got " + p);
            }
            if (p.letter(s[0]) == letter) {
                out.add(Rp5Layout.stimMorph(s[0]));
            }
        }
        return out;
    }

    private int morphQubit(int i, int side) {
        return Rp5Layout.FIRST_MORPH + 2 * (i + Rp5Layout.M) + (side > 0 ? 1 : 0);
    }

    /** Parity tree over the 35 SRP-5 qubits: rows fold onto their middle, the middle column onto the centre. */
    private List<List<Integer>> tree() {
        List<List<Integer>> t = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            t.add(new ArrayList<>());
        }
        // Each row (f−, −2, −1, 0, 1, 2, f+) folds onto (i,0) in three layers, then the middle
        // column onto the centre in three more.
        for (int i = -2; i <= 2; i++) {
            cnot(t, 0, q(i, -2), morphQubit(i, -1));
            cnot(t, 0, q(i, 0), q(i, -1));
            cnot(t, 0, q(i, 2), morphQubit(i, +1));
            cnot(t, 1, q(i, 0), q(i, -2));
            cnot(t, 1, q(i, 1), q(i, 2));
            cnot(t, 2, q(i, 0), q(i, 1));
        }
        cnot(t, 3, q(-1, 0), q(-2, 0));
        cnot(t, 3, q(1, 0), q(2, 0));
        cnot(t, 4, q(0, 0), q(-1, 0));
        cnot(t, 5, q(0, 0), q(1, 0));
        return t;
    }

    private int q(int i, int j) {
        return map[Rp5Layout.local(i, j)];
    }

    private static void cnot(List<List<Integer>> t, int layer, int c, int target) {
        t.get(layer).add(c);
        t.get(layer).add(target);
    }

    private int[] morphAndCheck(Rp5Moments mb, int round) {
        List<Integer> plus = prepared('X');
        List<Integer> zero = prepared('Z');
        mb.gate(Gate.RESET_X, plus);
        mb.gate(Gate.RESET, zero);
        mb.tick();
        List<List<Integer>> layers = morphLayers();
        for (List<Integer> l : layers) {
            mb.gate(Gate.CX, l);
            mb.tick();
        }
        List<Integer> srp = new ArrayList<>();
        for (int k = 0; k < Rp5Layout.N; k++) {
            srp.add(map[k]);
        }
        srp.addAll(plus);
        srp.addAll(zero);
        mb.gate(Gate.S, srp);
        mb.tick();
        // One |+> flag ancilla per data qubit of columns 0, 1, 2 (the authors' 15 "shadow" qubits).
        List<Integer> flagged = new ArrayList<>();
        for (int k = 0; k < Rp5Layout.N; k++) {
            if (Rp5Layout.col(k) >= 0) {
                flagged.add(k);
            }
        }
        int[] anc = new int[flagged.size()];
        List<Integer> spread = new ArrayList<>();
        for (int f = 0; f < anc.length; f++) {
            anc[f] = Rp5Layout.FIRST_FLAG + flagged.get(f);
            spread.add(anc[f]);
            spread.add(map[flagged.get(f)]);
        }
        mb.gate(Gate.RESET_X, anc);
        mb.tick();
        mb.gate(Gate.CX, spread);
        mb.tick();
        List<List<Integer>> tree = tree();
        for (List<Integer> l : tree) {
            mb.gate(Gate.CX, l);
            mb.tick();
        }
        int root = q(0, 0);
        long parity = mb.measure(Gate.MEASURE_X, root)[0];
        mb.tick();
        List<Long> expected = new ArrayList<>();
        for (Rp5Layout.Check c : parityChecks()) {
            expected.add(round2.get(c));
        }
        expected.add(parity);
        mb.detector(coords(0, 0, round, 7), expected.stream().mapToLong(Long::longValue).toArray());
        mb.gate(Gate.RESET_X, root);
        // The reset forgets the measured parity; restore the root's X eigenvalue from the record
        // (a Pauli-frame update, noiseless and leaving the root idle in the noise model).
        mb.feedback(Gate.CZ, parity, new int[] {root});
        mb.tick();
        for (int l = tree.size() - 1; l >= 0; l--) {
            mb.gate(Gate.CX, tree.get(l));
            mb.tick();
        }
        mb.gate(Gate.CX, spread);
        mb.tick();
        long[] flags = mb.measure(Gate.MEASURE_X, anc);
        mb.tick();
        mb.gate(Gate.SDG, srp);
        mb.tick();
        for (int f = 0; f < anc.length; f++) {
            int k = flagged.get(f);
            mb.detector(coords(Rp5Layout.row(k) - 0.5, Rp5Layout.col(k) - 0.5, round, 8), flags[f]);
        }
        return srp.stream().mapToInt(Integer::intValue).toArray();
    }

    private void morphBack(Rp5Moments mb, int[] srp, int round) {
        List<List<Integer>> layers = morphLayers();
        for (int l = layers.size() - 1; l >= 0; l--) {
            mb.gate(Gate.CX, layers.get(l));
            mb.tick();
        }
        int[] plus = prepared('X').stream().mapToInt(Integer::intValue).toArray();
        int[] zero = prepared('Z').stream().mapToInt(Integer::intValue).toArray();
        long[] mx = mb.measure(Gate.MEASURE_X, plus);
        long[] mz = mb.measure(Gate.MEASURE, zero);
        mb.tick();
        for (int i = 0; i < plus.length; i++) {
            StabilizerCode.Coord c = morph5.extraCoords().get(plus[i] - Rp5Layout.FIRST_MORPH);
            mb.detector(coords(c.x(), c.y(), round, 9), mx[i]);
        }
        for (int i = 0; i < zero.length; i++) {
            StabilizerCode.Coord c = morph5.extraCoords().get(zero[i] - Rp5Layout.FIRST_MORPH);
            mb.detector(coords(c.x(), c.y(), round, 9), mz[i]);
        }
    }

    private void finalReadout(Rp5Moments mb, long[][] last, int round) {
        List<PauliString> products = new ArrayList<>();
        for (Rp5Layout.Check c : rp5.all()) {
            products.add(c.stabilizer());
        }
        products.add(observable.withPhase(0));
        long[] m = mb.mpp(products, map);
        int nx = rp5.xChecks().size();
        for (int i = 0; i < nx; i++) {
            Rp5Layout.Check c = rp5.xChecks().get(i);
            mb.detector(coords(c.x(), c.y(), round, 10), last[0][i], m[i]);
        }
        for (int i = 0; i < rp5.zChecks().size(); i++) {
            Rp5Layout.Check c = rp5.zChecks().get(i);
            mb.detector(coords(c.x(), c.y(), round, 10), last[1][i], m[nx + i]);
        }
        mb.observable(0, m[m.length - 1]);
    }

    // ---------------------------------------------------------------- helpers

    /** Absolute record indices of the single-qubit measurements of each qubit, in order. */
    private static Map<Integer, List<Long>> measurementsByQubit(StabilizerCircuit c) {
        Map<Integer, List<Long>> out = new HashMap<>();
        long idx = 0;
        for (StabilizerCircuit.Item item : c.items()) {
            if (!(item instanceof Operation op)) {
                throw new IllegalStateException("unexpected repeat block");
            }
            int n = op.numMeasurements();
            if (n == 0) {
                continue;
            }
            if (op.gate() == Gate.MEASURE || op.gate() == Gate.MEASURE_X) {
                for (int t : op.targets()) {
                    out.computeIfAbsent(StimTarget.value(t), k -> new ArrayList<>()).add(idx++);
                }
            } else {
                idx += n;
            }
        }
        return out;
    }

    private static double[] coords(double x, double y, int round, int stage) {
        return new double[] {x, y, round, stage};
    }

    private static StabilizerCircuit concat(StabilizerCircuit... parts) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit p : parts) {
            p.items().forEach(b::add);
        }
        return b.build();
    }
}
