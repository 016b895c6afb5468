package qtool.synthesis.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.ejml.data.ZMatrixRMaj;

/**
 * The acceptance measurement of RL synthesis: Haar-random single-qubit targets from a seed (a
 * normalised Gaussian 4-vector is a Haar-random SU(2) element), each synthesised with
 * {@link RlSynthesizer} and, optionally, compared with the brute-force shortest word within ε
 * ({@link ShortestWords}, words up to {@code 2·bruteDepth} letters). For two-qubit bases the targets
 * are random basis words of a given length (their optimum is at most that length).
 */
public final class RlBenchmark {
    /** One target's outcome; {@code optimal} is −1 when not computed, 0 when longer than the brute-force bound. */
    public record Row(int index, RlSynthesizer.Result result, int optimal, long optimalNanos) {
    }

    /** Aggregates of a run. */
    public record Summary(int targets, int successes, double meanLength, double meanMillis, double maxError,
            int compared, int comparedBothSolved, double meanExcessOverOptimal, int optimalBeyondBound) {
        public double successRate() {
            return targets == 0 ? 0 : successes / (double) targets;
        }
    }

    private RlBenchmark() {
    }

    /** {@code n} Haar-random 2×2 unitaries (re, im) from {@code seed}. */
    public static List<double[][][]> haarTargets(int n, long seed) {
        Random rng = new Random(seed);
        List<double[][][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] q = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            Su2.normalize(q, 0);
            double[] m = Su2.toMatrix(q, 0);
            out.add(new double[][][] {{{m[0], m[2]}, {m[4], m[6]}}, {{m[1], m[3]}, {m[5], m[7]}}});
        }
        return out;
    }

    /** {@code n} products of {@code length} random letters of a basis (non-backtracking) from {@code seed}. */
    public static List<double[][][]> randomWordTargets(GateBasis basis, int n, int length, long seed) {
        Random rng = new Random(seed);
        List<double[][][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] w = new int[length];
            for (int k = 0; k < length; k++) {
                int a;
                do {
                    a = rng.nextInt(basis.size());
                } while (k > 0 && basis.inverse(w[k - 1]) == a);
                w[k] = a;
            }
            out.add(split(basis.product(w)));
        }
        return out;
    }

    /**
     * {@code n} CNOT-equivalent two-qubit targets: a CX (control qubit 0) between two random words of
     * {@code side} single-qubit letters of the two-qubit basis, from {@code seed}.
     */
    public static List<double[][][]> cnotEquivalentTargets(GateBasis basis, int n, int side, long seed) {
        int cx = basis.indexOf("cx01");
        if (basis.numQubits() != 2 || cx < 0) {
            throw new IllegalArgumentException("CNOT-equivalent targets need a two-qubit basis with cx01");
        }
        Random rng = new Random(seed);
        List<Integer> local = new ArrayList<>();
        for (int a = 0; a < basis.size(); a++) {
            if (basis.gate(a).qubits().length == 1) {
                local.add(a);
            }
        }
        List<double[][][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] w = new int[2 * side + 1];
            for (int k = 0; k < w.length; k++) {
                if (k == side) {
                    w[k] = cx;
                    continue;
                }
                int a;
                do {
                    a = local.get(rng.nextInt(local.size()));
                } while (k > 0 && k != side + 1 && basis.inverse(w[k - 1]) == a);
                w[k] = a;
            }
            out.add(split(basis.product(w)));
        }
        return out;
    }

    /** A matrix as {re, im} arrays. */
    public static double[][][] split(ZMatrixRMaj m) {
        int n = m.numRows;
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                re[r][c] = m.getReal(r, c);
                im[r][c] = m.getImag(r, c);
            }
        }
        return new double[][][] {re, im};
    }

    /**
     * Runs the synthesiser on every target; with {@code bruteDepth > 0} (single qubit) also the
     * brute-force shortest word. {@code each} sees every row as it is done (may be null).
     */
    public static Summary run(RlSynthesizer synth, List<double[][][]> targets, double epsilon, int bruteDepth,
            Consumer<Row> each) {
        synth.prepare(epsilon);
        ShortestWords brute = null;
        if (bruteDepth > 0 && synth.basis().numQubits() == 1) {
            brute = new ShortestWords(new WordTable(synth.basis(), bruteDepth, epsilon));
        }
        int ok = 0;
        double lenSum = 0;
        double timeSum = 0;
        double maxErr = 0;
        int compared = 0;
        int both = 0;
        double excess = 0;
        int beyond = 0;
        for (int i = 0; i < targets.size(); i++) {
            double[][][] t = targets.get(i);
            RlSynthesizer.Result r = synth.synthesize(t[0], t[1], epsilon);
            int optimal = -1;
            long optNanos = 0;
            if (brute != null) {
                long t0 = System.nanoTime();
                int[] w = brute.shortest(Su2.fromMatrix(t[0], t[1]));
                optNanos = System.nanoTime() - t0;
                optimal = w == null ? 0 : w.length;
                compared++;
                if (w == null) {
                    beyond++;
                } else if (r.success()) {
                    both++;
                    excess += r.length() - w.length;
                }
            }
            if (r.success()) {
                ok++;
                lenSum += r.length();
                maxErr = Math.max(maxErr, r.error());
            }
            timeSum += r.nanos() / 1e6;
            if (each != null) {
                each.accept(new Row(i, r, optimal, optNanos));
            }
        }
        int n = targets.size();
        return new Summary(n, ok, ok == 0 ? Double.NaN : lenSum / ok, n == 0 ? Double.NaN : timeSum / n, maxErr, compared,
                both, both == 0 ? Double.NaN : excess / both, beyond);
    }
}
