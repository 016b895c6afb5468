package qtool.synthesis;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * The KAK (Cartan) decomposition of a two-qubit unitary:
 * {@code U = e^{iγ} (A0 ⊗ A1) · exp(i(a XX + b YY + c ZZ)) · (B0 ⊗ B1)}, with the interaction
 * coefficients in the Weyl chamber {@code π/4 ≥ a ≥ b ≥ |c|} (and {@code c ≥ 0} when
 * {@code a = π/4}). Matrices are over the operands in big-endian order (operand 0 first), as
 * {@link qtool.ir.Gate#matrix} is.
 *
 * <p>Method (Kraus–Cirac 2001; Vatan–Williams, PRA 69, 032315, 2004): in the magic basis, local
 * unitaries {@code SU(2)⊗SU(2)} become real orthogonal matrices and the interaction becomes
 * diagonal. With {@code U' = M† (U/det(U)^{1/4}) M}, the complex symmetric unitary {@code U'ᵀU'}
 * has commuting real and imaginary parts, so one real orthogonal {@code P} diagonalises both: it is
 * found as the eigenbasis of a random real combination of the two (retried when an accidental
 * degeneracy mixes eigenspaces). Then {@code U' = K1 D K2} with {@code K2 = Pᵀ},
 * {@code D = sqrt(PᵀU'ᵀU'P)} and {@code K1 = U'PD⁻¹} real orthogonal. The coefficients are then
 * moved into the Weyl chamber by exact local symmetries (shifts by π/2, sign flips of two
 * coefficients, permutations), each of which updates the local factors, so the decomposition stays
 * exact. The canonical (a, b, c) identify the local-equivalence class, which decides the minimal
 * number of entangling gates (Shende–Bullock–Markov, PRA 69, 062321, 2004; see
 * {@link TwoQubitSynthesizer}). The result is checked against {@code U} before it is returned.
 *
 * <p>Cost: constant (a few 4x4 products and one 4x4 symmetric eigenproblem, usually once).
 */
public final class TwoQubitKak {
    /** Accepted reconstruction error (max entry modulus). */
    public static final double CHECK_TOL = 1e-9;
    private static final double UNITARY_TOL = 1e-8;
    private static final double R = Math.sqrt(0.5);
    /** Magic basis as columns: Φ1=(|00>+|11>)/√2, Φ2=i(|00>-|11>)/√2, Φ3=i(|01>+|10>)/√2, Φ4=(|01>-|10>)/√2. */
    private static final ZMatrixRMaj MAGIC = Matrices.of(4, 4,
            R, 0, 0, R, 0, 0, 0, 0,
            0, 0, 0, 0, 0, R, R, 0,
            0, 0, 0, 0, 0, R, -R, 0,
            R, 0, 0, -R, 0, 0, 0, 0);
    private static final ZMatrixRMaj MAGIC_DAG = Matrices.dagger(MAGIC);
    private static final ZMatrixRMaj[] PAULI = {
        Matrices.of(2, 2, 0, 0, 1, 0, 1, 0, 0, 0),
        Matrices.of(2, 2, 0, 0, 0, -1, 0, 1, 0, 0),
        Matrices.of(2, 2, 1, 0, 0, 0, 0, 0, -1, 0)};
    /** Eigenvalues of XX, YY, ZZ on the magic basis vectors (±1 each; computed, not typed in). */
    private static final double[][] SIGNS = new double[3][4];

    static {
        for (int p = 0; p < 3; p++) {
            ZMatrixRMaj d = Matrices.multiply(MAGIC_DAG, Matrices.multiply(Matrices.kron(PAULI[p], PAULI[p]), MAGIC));
            for (int k = 0; k < 4; k++) {
                SIGNS[p][k] = Math.rint(d.getReal(k, k));
            }
        }
    }

    private final double[] coeffs;
    private final double globalPhase;
    private final ZMatrixRMaj[] before;
    private final ZMatrixRMaj[] after;

    private TwoQubitKak(double[] coeffs, double globalPhase, ZMatrixRMaj[] before, ZMatrixRMaj[] after) {
        this.coeffs = coeffs;
        this.globalPhase = globalPhase;
        this.before = before;
        this.after = after;
    }

    /** Interaction coefficient of XX (largest, in [0, π/4]). */
    public double a() {
        return coeffs[0];
    }

    /** Interaction coefficient of YY, in [0, a]. */
    public double b() {
        return coeffs[1];
    }

    /** Interaction coefficient of ZZ, in [-b, b]. */
    public double c() {
        return coeffs[2];
    }

    /** γ in {@code U = e^{iγ} (A0⊗A1) N (B0⊗B1)}. */
    public double globalPhase() {
        return globalPhase;
    }

    /** The 2x2 unitary applied first to operand {@code q} (B_q). */
    public ZMatrixRMaj before(int q) {
        return before[q].copy();
    }

    /** The 2x2 unitary applied last to operand {@code q} (A_q). */
    public ZMatrixRMaj after(int q) {
        return after[q].copy();
    }

    /** {@code exp(i(a XX + b YY + c ZZ))} in big-endian operand order. */
    public static ZMatrixRMaj interaction(double a, double b, double c) {
        ZMatrixRMaj d = new ZMatrixRMaj(4, 4);
        for (int k = 0; k < 4; k++) {
            double t = a * SIGNS[0][k] + b * SIGNS[1][k] + c * SIGNS[2][k];
            d.set(k, k, Math.cos(t), Math.sin(t));
        }
        return Matrices.multiply(MAGIC, Matrices.multiply(d, MAGIC_DAG));
    }

    /** The matrix this decomposition describes. */
    public ZMatrixRMaj matrix() {
        ZMatrixRMaj m = Matrices.multiply(Matrices.kron(after[0], after[1]),
                Matrices.multiply(interaction(coeffs[0], coeffs[1], coeffs[2]), Matrices.kron(before[0], before[1])));
        return Matrices.phase(m, globalPhase);
    }

    /**
     * Decomposes a 4x4 unitary; throws {@link IllegalArgumentException} for a non-unitary input and
     * {@link IllegalStateException} if the result does not rebuild {@code u} within
     * {@link #CHECK_TOL}.
     */
    public static TwoQubitKak of(ZMatrixRMaj u) {
        return of(u, 1e-10);
    }

    /**
     * As {@link #of(ZMatrixRMaj)}; {@code tol} decides when a coefficient counts as lying on a
     * boundary of the Weyl chamber ({@code a = π/4}) for the choice of representative.
     */
    public static TwoQubitKak of(ZMatrixRMaj u, double tol) {
        if (u.numRows != 4 || u.numCols != 4 || !Matrices.isUnitary(u, UNITARY_TOL)) {
            throw new IllegalArgumentException("expected a 4x4 unitary");
        }
        double[] det = det(u);
        double phase0 = Math.atan2(det[1], det[0]) / 4;
        ZMatrixRMaj su = Matrices.phase(u, -phase0);
        ZMatrixRMaj up = Matrices.multiply(MAGIC_DAG, Matrices.multiply(su, MAGIC));
        ZMatrixRMaj m2 = Matrices.multiply(transpose(up), up);
        DMatrixRMaj p = diagonaliser(m2);
        ZMatrixRMaj pz = toComplex(p);
        ZMatrixRMaj d = Matrices.multiply(transpose(pz), Matrices.multiply(m2, pz));
        double[] theta = new double[4];
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            theta[k] = Math.atan2(d.getImag(k, k), d.getReal(k, k)) / 2;
            sum += theta[k];
        }
        // Σθ is a multiple of π (det U' = 1); K1 is in SO(4) only when it is a multiple of 2π.
        if (Math.cos(sum) < 0) {
            theta[0] += Math.PI;
        }
        ZMatrixRMaj dInv = new ZMatrixRMaj(4, 4);
        for (int k = 0; k < 4; k++) {
            dInv.set(k, k, Math.cos(theta[k]), -Math.sin(theta[k]));
        }
        ZMatrixRMaj k1 = Matrices.multiply(up, Matrices.multiply(pz, dInv));
        // K1 is unitary and complex-orthogonal, hence real; drop the rounding in its imaginary part.
        for (int i = 1; i < k1.data.length; i += 2) {
            k1.data[i] = 0;
        }
        ZMatrixRMaj left = Matrices.multiply(MAGIC, Matrices.multiply(k1, MAGIC_DAG));
        ZMatrixRMaj right = Matrices.multiply(MAGIC, Matrices.multiply(transpose(pz), MAGIC_DAG));
        double[] coeffs = new double[3];
        double phase = phase0;
        for (int k = 0; k < 4; k++) {
            for (int s = 0; s < 3; s++) {
                coeffs[s] += SIGNS[s][k] * theta[k] / 4;
            }
            phase += theta[k] / 4;
        }
        ZMatrixRMaj[] after = kronFactors(left);
        ZMatrixRMaj[] before = kronFactors(right);
        Canonicalizer canon = new Canonicalizer(coeffs, phase, before, after);
        canon.run(tol);
        TwoQubitKak kak = new TwoQubitKak(canon.k, canon.phase, canon.before, canon.after);
        double err = Matrices.maxAbsDiff(kak.matrix(), u);
        if (!(err <= CHECK_TOL)) {
            throw new IllegalStateException("KAK decomposition failed to rebuild the unitary (error " + err + ")");
        }
        return kak;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "KAK(a=%.6f, b=%.6f, c=%.6f, phase=%.6f)", coeffs[0], coeffs[1],
                coeffs[2], globalPhase);
    }

    /**
     * A real orthogonal P (det +1) with {@code Pᵀ m P} diagonal, for a complex symmetric unitary m.
     * Eigenvectors of {@code x·Re m + y·Im m} for random (x, y) diagonalise both parts unless two
     * distinct eigenvalues of m happen to give equal combinations; that is detected and retried.
     */
    private static DMatrixRMaj diagonaliser(ZMatrixRMaj m) {
        SplittableRandom rnd = new SplittableRandom(0x4b414bL);
        DMatrixRMaj best = null;
        double bestOff = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < 40; attempt++) {
            double x = attempt == 0 ? 1 : rnd.nextDouble(-1, 1);
            double y = attempt == 0 ? Math.PI / 7 : rnd.nextDouble(-1, 1);
            DMatrixRMaj comb = new DMatrixRMaj(4, 4);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    // Symmetrise explicitly so that rounding cannot make the eigensolver non-symmetric.
                    double re = (m.getReal(i, j) + m.getReal(j, i)) / 2;
                    double im = (m.getImag(i, j) + m.getImag(j, i)) / 2;
                    comb.set(i, j, x * re + y * im);
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(4, true, true);
            if (!eig.decompose(comb)) {
                continue;
            }
            DMatrixRMaj p = new DMatrixRMaj(4, 4);
            for (int k = 0; k < 4; k++) {
                DMatrixRMaj v = eig.getEigenVector(k);
                for (int i = 0; i < 4; i++) {
                    p.set(i, k, v.get(i, 0));
                }
            }
            orthonormalise(p);
            ZMatrixRMaj pz = toComplex(p);
            ZMatrixRMaj d = Matrices.multiply(transpose(pz), Matrices.multiply(m, pz));
            double off = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    if (i != j) {
                        off = Math.max(off, Math.hypot(d.getReal(i, j), d.getImag(i, j)));
                    }
                }
            }
            if (off < bestOff) {
                bestOff = off;
                best = p;
            }
            if (off < 1e-13) {
                break;
            }
        }
        if (best == null) {
            throw new IllegalStateException("eigendecomposition failed");
        }
        if (det(toComplex(best))[0] < 0) {
            for (int i = 0; i < 4; i++) {
                best.set(i, 0, -best.get(i, 0));
            }
        }
        return best;
    }

    /** Modified Gram–Schmidt on the columns, to make P orthogonal to rounding. */
    private static void orthonormalise(DMatrixRMaj p) {
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int i = 0; i < 4; i++) {
                    dot += p.get(i, k) * p.get(i, j);
                }
                for (int i = 0; i < 4; i++) {
                    p.set(i, k, p.get(i, k) - dot * p.get(i, j));
                }
            }
            double norm = 0;
            for (int i = 0; i < 4; i++) {
                norm += p.get(i, k) * p.get(i, k);
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < 4; i++) {
                p.set(i, k, p.get(i, k) / norm);
            }
        }
    }

    /**
     * {@code m = A ⊗ B} factored, for m a tensor product of two 2x2 unitaries: B is read from the
     * largest 2x2 block and normalised to determinant 1, then {@code A_rs = tr(B† block_rs)/2}.
     */
    static ZMatrixRMaj[] kronFactors(ZMatrixRMaj m) {
        int bestR = 0;
        int bestS = 0;
        double bestNorm = -1;
        for (int r = 0; r < 2; r++) {
            for (int s = 0; s < 2; s++) {
                double n = 0;
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        n += sq(m, 2 * r + i, 2 * s + j);
                    }
                }
                if (n > bestNorm) {
                    bestNorm = n;
                    bestR = r;
                    bestS = s;
                }
            }
        }
        ZMatrixRMaj b = block(m, bestR, bestS);
        double[] det = det(b);
        double detAngle = Math.atan2(det[1], det[0]);
        double detAbs = Math.hypot(det[0], det[1]);
        b = Matrices.scale(b, Math.cos(-detAngle / 2) / Math.sqrt(detAbs), Math.sin(-detAngle / 2) / Math.sqrt(detAbs));
        ZMatrixRMaj bDag = Matrices.dagger(b);
        ZMatrixRMaj a = new ZMatrixRMaj(2, 2);
        for (int r = 0; r < 2; r++) {
            for (int s = 0; s < 2; s++) {
                ZMatrixRMaj t = Matrices.multiply(bDag, block(m, r, s));
                a.set(r, s, (t.getReal(0, 0) + t.getReal(1, 1)) / 2, (t.getImag(0, 0) + t.getImag(1, 1)) / 2);
            }
        }
        return new ZMatrixRMaj[] {a, b};
    }

    private static double sq(ZMatrixRMaj m, int i, int j) {
        double re = m.getReal(i, j);
        double im = m.getImag(i, j);
        return re * re + im * im;
    }

    private static ZMatrixRMaj block(ZMatrixRMaj m, int r, int s) {
        ZMatrixRMaj b = new ZMatrixRMaj(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                b.set(i, j, m.getReal(2 * r + i, 2 * s + j), m.getImag(2 * r + i, 2 * s + j));
            }
        }
        return b;
    }

    private static ZMatrixRMaj transpose(ZMatrixRMaj a) {
        ZMatrixRMaj t = new ZMatrixRMaj(a.numCols, a.numRows);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                t.set(j, i, a.getReal(i, j), a.getImag(i, j));
            }
        }
        return t;
    }

    private static ZMatrixRMaj toComplex(DMatrixRMaj p) {
        ZMatrixRMaj z = new ZMatrixRMaj(p.numRows, p.numCols);
        for (int i = 0; i < p.numRows; i++) {
            for (int j = 0; j < p.numCols; j++) {
                z.set(i, j, p.get(i, j), 0);
            }
        }
        return z;
    }

    /** Determinant (re, im) of a small square complex matrix, by Gaussian elimination with pivoting. */
    static double[] det(ZMatrixRMaj m) {
        int n = m.numRows;
        double[] a = m.data.clone();
        double dr = 1;
        double di = 0;
        for (int col = 0; col < n; col++) {
            int piv = col;
            double best = -1;
            for (int r = col; r < n; r++) {
                double abs = Math.hypot(a[2 * (r * n + col)], a[2 * (r * n + col) + 1]);
                if (abs > best) {
                    best = abs;
                    piv = r;
                }
            }
            if (best == 0) {
                return new double[] {0, 0};
            }
            if (piv != col) {
                for (int j = 0; j < 2 * n; j++) {
                    double t = a[2 * col * n + j];
                    a[2 * col * n + j] = a[2 * piv * n + j];
                    a[2 * piv * n + j] = t;
                }
                dr = -dr;
                di = -di;
            }
            double pr = a[2 * (col * n + col)];
            double pi = a[2 * (col * n + col) + 1];
            double ndr = dr * pr - di * pi;
            di = dr * pi + di * pr;
            dr = ndr;
            double pn = pr * pr + pi * pi;
            for (int r = col + 1; r < n; r++) {
                double xr = a[2 * (r * n + col)];
                double xi = a[2 * (r * n + col) + 1];
                // factor = x / p
                double fr = (xr * pr + xi * pi) / pn;
                double fi = (xi * pr - xr * pi) / pn;
                for (int j = col; j < n; j++) {
                    double yr = a[2 * (col * n + j)];
                    double yi = a[2 * (col * n + j) + 1];
                    a[2 * (r * n + j)] -= fr * yr - fi * yi;
                    a[2 * (r * n + j) + 1] -= fr * yi + fi * yr;
                }
            }
        }
        return new double[] {dr, di};
    }

    /**
     * Moves (a, b, c) into the Weyl chamber with exact identities, updating the local factors of
     * {@code e^{iγ} (A0⊗A1) N(k) (B0⊗B1)} so the product never changes:
     * <ul>
     * <li>shift: {@code N(k) = N(k - mπ/2·e_s) · (i σ_s⊗σ_s)^m} (σσ commutes with N);</li>
     * <li>flip two signs: {@code N(k) = (τ⊗I) N(k') (τ⊗I)} with τ the third Pauli;</li>
     * <li>permute two: {@code N(k) = (q⊗q)† N(k') (q⊗q)} with q exchanging the two Paulis
     *     (S for X↔Y, √X-like rx(π/2) for Y↔Z, H for X↔Z).</li>
     * </ul>
     */
    private static final class Canonicalizer {
        private static final ZMatrixRMaj S = Matrices.of(2, 2, 1, 0, 0, 0, 0, 0, 0, 1);
        private static final ZMatrixRMaj H = Matrices.of(2, 2, R, 0, R, 0, R, 0, -R, 0);
        private static final ZMatrixRMaj RX90 = Matrices.of(2, 2, R, 0, 0, -R, 0, -R, R, 0);

        final double[] k;
        double phase;
        final ZMatrixRMaj[] before;
        final ZMatrixRMaj[] after;

        Canonicalizer(double[] k, double phase, ZMatrixRMaj[] before, ZMatrixRMaj[] after) {
            this.k = k;
            this.phase = phase;
            this.before = before;
            this.after = after;
        }

        void run(double tol) {
            for (int s = 0; s < 3; s++) {
                long m = Math.round(k[s] / (Math.PI / 2));
                if (m != 0) {
                    shift(s, m);
                }
            }
            // Sort by modulus, largest first.
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < 2; s++) {
                    if (Math.abs(k[s]) < Math.abs(k[s + 1])) {
                        swap(s, s + 1);
                    }
                }
            }
            if (k[0] < 0) {
                flip(0, 2);
            }
            if (k[1] < 0) {
                flip(1, 2);
            }
            // On the face a = π/4, (π/4, b, c) ~ (π/4, b, -c): pick c ≥ 0.
            if (k[2] < 0 && Math.abs(k[0] - Math.PI / 4) <= tol) {
                shift(0, 1);
                flip(0, 2);
            }
        }

        void shift(int s, long m) {
            k[s] -= m * (Math.PI / 2);
            phase += m * (Math.PI / 2);
            if ((m & 1) != 0) {
                before[0] = Matrices.multiply(PAULI[s], before[0]);
                before[1] = Matrices.multiply(PAULI[s], before[1]);
            }
        }

        void flip(int s, int t) {
            ZMatrixRMaj tau = PAULI[3 - s - t];
            k[s] = -k[s];
            k[t] = -k[t];
            after[0] = Matrices.multiply(after[0], tau);
            before[0] = Matrices.multiply(tau, before[0]);
        }

        void swap(int s, int t) {
            ZMatrixRMaj q = s + t == 1 ? S : s + t == 3 ? RX90 : H;
            double tmp = k[s];
            k[s] = k[t];
            k[t] = tmp;
            ZMatrixRMaj qDag = Matrices.dagger(q);
            for (int r = 0; r < 2; r++) {
                after[r] = Matrices.multiply(after[r], qDag);
                before[r] = Matrices.multiply(q, before[r]);
            }
        }
    }
}
