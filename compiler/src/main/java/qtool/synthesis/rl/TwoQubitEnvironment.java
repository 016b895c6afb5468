package qtool.synthesis.rl;

import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * {@link SynthesisEnvironment} over two-qubit unitaries: a state is the 4×4 complex matrix as 32
 * interleaved (re, im) doubles, row-major. The network reads the 32 reals (real parts, then imaginary
 * parts, extending the authors' single-qubit encoding) after the global phase is fixed so that the
 * trace is real and non-negative, one representative of the phase class.
 */
public final class TwoQubitEnvironment implements SynthesisEnvironment {
    private static final int N = 4;
    private final GateBasis basis;
    private final double[] letters;
    private final double[] inverses;

    public TwoQubitEnvironment(GateBasis basis) {
        if (basis.numQubits() != 2) {
            throw new IllegalArgumentException("basis " + basis.name() + " is not a two-qubit basis");
        }
        this.basis = basis;
        letters = new double[32 * basis.size()];
        inverses = new double[32 * basis.size()];
        for (int a = 0; a < basis.size(); a++) {
            ZMatrixRMaj m = basis.gate(a).matrixOn(2);
            System.arraycopy(m.data, 0, letters, 32 * a, 32);
            System.arraycopy(Matrices.dagger(m).data, 0, inverses, 32 * a, 32);
        }
    }

    @Override
    public GateBasis basis() {
        return basis;
    }

    @Override
    public int stateSize() {
        return 32;
    }

    @Override
    public int featureSize() {
        return 32;
    }

    @Override
    public void identity(double[] out, int o) {
        java.util.Arrays.fill(out, o, o + 32, 0);
        for (int i = 0; i < N; i++) {
            out[o + 2 * (i * N + i)] = 1;
        }
    }

    /** A random diagonal unitary (two independent Z-type phases) within the angle. */
    @Override
    public void perturbedIdentity(double[] out, int o, double maxAngle, java.util.SplittableRandom rng) {
        identity(out, o);
        double t = (rng.nextDouble() - 0.5) * maxAngle / 2;
        double u = (rng.nextDouble() - 0.5) * maxAngle / 2;
        double[] angles = {t + u, -t + u, t - u, -t - u};
        for (int i = 0; i < N; i++) {
            out[o + 2 * (i * N + i)] = Math.cos(angles[i]);
            out[o + 2 * (i * N + i) + 1] = Math.sin(angles[i]);
        }
    }

    private static void product(double[] g, int go, double[] s, int so, double[] out, int oo) {
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < N; k++) {
                    double ar = g[go + 2 * (r * N + k)];
                    double ai = g[go + 2 * (r * N + k) + 1];
                    double br = s[so + 2 * (k * N + c)];
                    double bi = s[so + 2 * (k * N + c) + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                out[oo + 2 * (r * N + c)] = re;
                out[oo + 2 * (r * N + c) + 1] = im;
            }
        }
    }

    @Override
    public void step(double[] s, int so, int action, double[] out, int oo) {
        product(letters, 32 * action, s, so, out, oo);
    }

    @Override
    public void stepInverse(double[] s, int so, int action, double[] out, int oo) {
        product(inverses, 32 * action, s, so, out, oo);
    }

    private static double traceRe(double[] s, int o) {
        return s[o] + s[o + 10] + s[o + 20] + s[o + 30];
    }

    private static double traceIm(double[] s, int o) {
        return s[o + 1] + s[o + 11] + s[o + 21] + s[o + 31];
    }

    @Override
    public double distanceToIdentity(double[] s, int o) {
        double t = Math.hypot(traceRe(s, o), traceIm(s, o));
        return Math.sqrt(Math.max(0, 2 * N - 2 * t));
    }

    /** The phase e^{−iφ} (cos, sin) that makes the trace real and non-negative (or the largest entry, when the trace vanishes). */
    private static double[] canonicalPhase(double[] s, int o) {
        double tr = traceRe(s, o);
        double ti = traceIm(s, o);
        double abs = Math.hypot(tr, ti);
        if (abs < 1e-9) {
            int best = 0;
            double bestAbs = -1;
            for (int k = 0; k < 32; k += 2) {
                double v = Math.hypot(s[o + k], s[o + k + 1]);
                if (v > bestAbs + 1e-12) {
                    bestAbs = v;
                    best = k;
                }
            }
            tr = s[o + best];
            ti = s[o + best + 1];
            abs = Math.hypot(tr, ti);
        }
        return new double[] {tr / abs, -ti / abs};
    }

    @Override
    public void encode(double[] s, int o, double[] out, int oo) {
        double[] p = canonicalPhase(s, o);
        for (int k = 0; k < 16; k++) {
            double re = s[o + 2 * k];
            double im = s[o + 2 * k + 1];
            out[oo + k] = re * p[0] - im * p[1];
            out[oo + 16 + k] = re * p[1] + im * p[0];
        }
    }

    @Override
    public double[] start(double[][] re, double[][] im) {
        if (re.length != N || im.length != N) {
            throw new IllegalArgumentException("a two-qubit unitary must be a 4x4 matrix");
        }
        double[] u = new double[32];
        for (int r = 0; r < N; r++) {
            if (re[r].length != N || im[r].length != N) {
                throw new IllegalArgumentException("a two-qubit unitary must be a 4x4 matrix");
            }
            for (int c = 0; c < N; c++) {
                // U†: entry (r, c) is conj(U[c][r]).
                u[2 * (r * N + c)] = re[c][r];
                u[2 * (r * N + c) + 1] = -im[c][r];
            }
        }
        ZMatrixRMaj m = Matrices.of(N, N, u);
        if (!Matrices.isUnitary(m, 1e-6)) {
            throw new IllegalArgumentException("the matrix is not unitary (tolerance 1e-6)");
        }
        return u;
    }

    @Override
    public long key(double[] s, int o, double resolution) {
        double[] f = new double[32];
        encode(s, o, f, 0);
        long h = 1125899906842597L;
        for (double v : f) {
            h = 31 * h + Math.round(v / resolution);
        }
        return h;
    }

    @Override
    public void renormalize(double[] s, int o) {
        // Gram–Schmidt on the columns keeps the state unitary after long products.
        for (int c = 0; c < N; c++) {
            for (int p = 0; p < c; p++) {
                double ir = 0;
                double ii = 0;
                for (int r = 0; r < N; r++) {
                    double pr = s[o + 2 * (r * N + p)];
                    double pi = s[o + 2 * (r * N + p) + 1];
                    double cr = s[o + 2 * (r * N + c)];
                    double ci = s[o + 2 * (r * N + c) + 1];
                    ir += pr * cr + pi * ci;
                    ii += pr * ci - pi * cr;
                }
                for (int r = 0; r < N; r++) {
                    double pr = s[o + 2 * (r * N + p)];
                    double pi = s[o + 2 * (r * N + p) + 1];
                    s[o + 2 * (r * N + c)] -= ir * pr - ii * pi;
                    s[o + 2 * (r * N + c) + 1] -= ir * pi + ii * pr;
                }
            }
            double n = 0;
            for (int r = 0; r < N; r++) {
                n += s[o + 2 * (r * N + c)] * s[o + 2 * (r * N + c)] + s[o + 2 * (r * N + c) + 1] * s[o + 2 * (r * N + c) + 1];
            }
            n = Math.sqrt(n);
            for (int r = 0; r < N; r++) {
                s[o + 2 * (r * N + c)] /= n;
                s[o + 2 * (r * N + c) + 1] /= n;
            }
        }
    }
}
