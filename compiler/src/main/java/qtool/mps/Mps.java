package qtool.mps;

import java.util.Arrays;
import java.util.Locale;

/**
 * A matrix product state of n qubits: site i holds a tensor {@code A_i[l, s, r]} (left bond, physical
 * index, right bond) stored row-major as interleaved complex numbers, so the amplitude of a basis state
 * with bits {@code s_0 … s_{n-1}} (bit i of the index is qubit i, as in {@link qtool.dense.StatevectorSimulator})
 * is the product of the matrices {@code A_i[:, s_i, :]}.
 *
 * <p>The state keeps an orthogonality centre: sites left of it are left-isometric, sites right of it
 * right-isometric, so a two-site SVD truncation at the centre is optimal in the 2-norm. Two-qubit
 * gates act on neighbouring sites (others are brought together by swaps); the truncation keeps at
 * most {@code maxBond} singular values and drops the smallest ones while their relative discarded
 * weight stays within {@code cutoff}. The discarded weights add up in {@link #truncationError()}, an
 * upper bound on the lost fidelity to first order. Memory {@code O(n·χ²)}; gate cost {@code O(χ³)}.
 */
public final class Mps {
    /** Singular values below this fraction of the largest are numerical zeros and always dropped. */
    static final double ZERO = 1e-14;

    private final int n;
    private final double[][] tensors;
    /** bond[i] is the dimension between sites i-1 and i; bond[0] = bond[n] = 1. */
    private final int[] bond;
    private final int maxBond;
    private final double cutoff;
    private int centre;
    private double truncationError;
    private int largestBond = 1;

    private Mps(int n, int maxBond, double cutoff) {
        if (n < 1) {
            throw new IllegalArgumentException("an MPS needs at least one qubit");
        }
        if (maxBond < 1) {
            throw new IllegalArgumentException("max bond must be at least 1, not " + maxBond);
        }
        if (!(cutoff >= 0 && cutoff < 1)) {
            throw new IllegalArgumentException("cutoff must be in [0, 1), not " + cutoff);
        }
        this.n = n;
        this.tensors = new double[n][];
        this.bond = new int[n + 1];
        this.maxBond = maxBond;
        this.cutoff = cutoff;
    }

    /** |0…0⟩ on n qubits. */
    public static Mps zeros(int n, int maxBond, double cutoff) {
        Mps m = new Mps(n, maxBond, cutoff);
        Arrays.fill(m.bond, 1);
        for (int i = 0; i < n; i++) {
            m.tensors[i] = new double[] {1, 0, 0, 0};
        }
        m.centre = 0;
        return m;
    }

    /** A product state: qubit i in the state {@code (a_i, b_i)} given as 4 doubles (re a, im a, re b, im b). */
    public static Mps product(double[][] qubitStates, int maxBond, double cutoff) {
        Mps m = new Mps(qubitStates.length, maxBond, cutoff);
        Arrays.fill(m.bond, 1);
        for (int i = 0; i < m.n; i++) {
            if (qubitStates[i].length != 4) {
                throw new IllegalArgumentException("a qubit state has 4 doubles");
            }
            m.tensors[i] = qubitStates[i].clone();
        }
        m.centre = -1;
        return m;
    }

    /** A deep copy with its own truncation settings. */
    public Mps copy(int newMaxBond, double newCutoff) {
        Mps m = new Mps(n, newMaxBond, newCutoff);
        for (int i = 0; i < n; i++) {
            m.tensors[i] = tensors[i].clone();
        }
        System.arraycopy(bond, 0, m.bond, 0, n + 1);
        m.centre = centre;
        m.truncationError = truncationError;
        m.largestBond = largestBond;
        return m;
    }

    public Mps copy() {
        return copy(maxBond, cutoff);
    }

    public int numQubits() {
        return n;
    }

    public int maxBond() {
        return maxBond;
    }

    public double cutoff() {
        return cutoff;
    }

    /** Sum of the relative weights discarded by truncations so far. */
    public double truncationError() {
        return truncationError;
    }

    /** The largest bond dimension this state has had. */
    public int largestBond() {
        return largestBond;
    }

    /** The bond dimensions between neighbouring sites (n-1 values). */
    public int[] bondDimensions() {
        return Arrays.copyOfRange(bond, 1, n);
    }

    /** Dimension of the bond left of site i (1 for i = 0). */
    public int leftBond(int site) {
        return bond[site];
    }

    /** Dimension of the bond right of site i (1 for the last site). */
    public int rightBond(int site) {
        return bond[site + 1];
    }

    /** The tensor of a site, {@code [l][s][r]} row-major interleaved complex; callers must not modify it. */
    public double[] tensor(int site) {
        return tensors[site];
    }

    /** The orthogonality centre, or -1 when unknown. */
    public int centre() {
        return centre;
    }

    /** Applies a 2x2 unitary (row-major interleaved, 8 doubles) to a qubit. */
    public void apply1(int q, double[] u) {
        checkQubit(q);
        double[] a = tensors[q];
        int dl = bond[q];
        int dr = bond[q + 1];
        double[] out = new double[a.length];
        for (int l = 0; l < dl; l++) {
            for (int s = 0; s < 2; s++) {
                double ur0 = u[2 * (2 * s)];
                double ui0 = u[2 * (2 * s) + 1];
                double ur1 = u[2 * (2 * s + 1)];
                double ui1 = u[2 * (2 * s + 1) + 1];
                int o = 2 * ((l * 2 + s) * dr);
                int i0 = 2 * ((l * 2) * dr);
                int i1 = 2 * ((l * 2 + 1) * dr);
                for (int r = 0; r < 2 * dr; r += 2) {
                    double ar = a[i0 + r];
                    double ai = a[i0 + r + 1];
                    double br = a[i1 + r];
                    double bi = a[i1 + r + 1];
                    out[o + r] = ur0 * ar - ui0 * ai + ur1 * br - ui1 * bi;
                    out[o + r + 1] = ur0 * ai + ui0 * ar + ur1 * bi + ui1 * br;
                }
            }
        }
        tensors[q] = out;
    }

    /**
     * Applies a 4x4 unitary to qubits {@code a} and {@code b} (any two distinct qubits), its matrix over
     * the operands in big-endian order ({@code a} is the high bit), as {@link qtool.ir.Gate#matrix} gives.
     * Non-neighbouring qubits are brought together by swaps and moved back afterwards.
     */
    public void apply2(int a, int b, double[] g) {
        checkQubit(a);
        checkQubit(b);
        if (a == b) {
            throw new IllegalArgumentException("a two-qubit gate needs two distinct qubits, got " + a + " twice");
        }
        double[] m = a < b ? g : swapOperands(g);
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        for (int k = lo; k < hi - 1; k++) {
            applyNeighbours(k, SWAP);
        }
        applyNeighbours(hi - 1, m);
        for (int k = hi - 2; k >= lo; k--) {
            applyNeighbours(k, SWAP);
        }
    }

    /** Multiplies the state by a complex number (a global phase or a normalisation). */
    public void scale(double re, double im) {
        int site = centre >= 0 ? centre : 0;
        double[] t = tensors[site];
        for (int i = 0; i < t.length; i += 2) {
            double x = t[i];
            double y = t[i + 1];
            t[i] = re * x - im * y;
            t[i + 1] = re * y + im * x;
        }
    }

    /** The 2-norm of the state. */
    public double norm() {
        if (centre >= 0) {
            double s = 0;
            for (double x : tensors[centre]) {
                s += x * x;
            }
            return Math.sqrt(s);
        }
        return Math.sqrt(Math.max(0, overlap(this)[0]));
    }

    /** Scales the state to norm 1. */
    public void normalize() {
        double nrm = norm();
        if (nrm == 0) {
            throw new IllegalStateException("cannot normalise the zero state");
        }
        scale(1 / nrm, 0);
    }

    /** Moves the orthogonality centre to {@code site} by exact SVDs (only numerical zeros are dropped). */
    public void moveCentre(int site) {
        checkQubit(site);
        if (centre < 0) {
            for (int i = 0; i < n - 1; i++) {
                shiftRight(i);
            }
            centre = n - 1;
        }
        while (centre < site) {
            shiftRight(centre);
        }
        while (centre > site) {
            shiftLeft(centre);
        }
    }

    /** ⟨this|other⟩ as {re, im}; both states must have the same number of qubits. */
    public double[] overlap(Mps other) {
        if (other.n != n) {
            throw new IllegalArgumentException("overlap of " + n + "- and " + other.n + "-qubit states");
        }
        double[] env = {1, 0};
        int da = 1;
        int db = 1;
        for (int i = 0; i < n; i++) {
            env = Contractions.transfer(env, da, db, tensors[i], other.tensors[i], bond[i + 1], other.bond[i + 1]);
            da = bond[i + 1];
            db = other.bond[i + 1];
        }
        return env;
    }

    /** |⟨this|other⟩|² / (‖this‖² ‖other‖²). */
    public double fidelity(Mps other) {
        double[] o = overlap(other);
        double na = norm();
        double nb = other.norm();
        return (o[0] * o[0] + o[1] * o[1]) / (na * na * nb * nb);
    }

    /** The amplitude ⟨bits|ψ⟩ as {re, im}; {@code bits[i]} is the value of qubit i. */
    public double[] amplitude(int[] bits) {
        if (bits.length != n) {
            throw new IllegalArgumentException("need " + n + " bits, got " + bits.length);
        }
        double[] row = {1, 0};
        for (int i = 0; i < n; i++) {
            int s = bits[i];
            if (s != 0 && s != 1) {
                throw new IllegalArgumentException("bits are 0 or 1");
            }
            int dl = bond[i];
            int dr = bond[i + 1];
            double[] t = tensors[i];
            double[] next = new double[2 * dr];
            for (int l = 0; l < dl; l++) {
                double xr = row[2 * l];
                double xi = row[2 * l + 1];
                int base = 2 * ((l * 2 + s) * dr);
                for (int r = 0; r < dr; r++) {
                    double tr = t[base + 2 * r];
                    double ti = t[base + 2 * r + 1];
                    next[2 * r] += xr * tr - xi * ti;
                    next[2 * r + 1] += xr * ti + xi * tr;
                }
            }
            row = next;
        }
        return row;
    }

    /**
     * ⟨ψ|P|ψ⟩ / ⟨ψ|ψ⟩ for a Pauli string written as space-separated factors {@code X3 Y4 Z7} (operator then
     * qubit index); the empty string is the identity.
     */
    public double expectation(String pauli) {
        Mps applied = copy();
        for (String tok : pauli.trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            char op = Character.toUpperCase(tok.charAt(0));
            int q;
            try {
                q = Integer.parseInt(tok.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Pauli factor '" + tok + "' is not like Z3");
            }
            checkQubit(q);
            switch (op) {
                case 'X' -> applied.apply1(q, PAULI_X);
                case 'Y' -> applied.apply1(q, PAULI_Y);
                case 'Z' -> applied.apply1(q, PAULI_Z);
                case 'I' -> { }
                default -> throw new IllegalArgumentException("Pauli factor '" + tok + "' is not I, X, Y or Z");
            }
        }
        double[] o = overlap(applied);
        double nn = norm();
        return o[0] / (nn * nn);
    }

    /**
     * The Bloch vector {@code (⟨X⟩, ⟨Y⟩, ⟨Z⟩)} of one qubit, from its reduced density matrix at the
     * orthogonality centre (the centre moves to that qubit; the state is unchanged).
     */
    public double[] blochVector(int q) {
        checkQubit(q);
        moveCentre(q);
        double[] a = tensors[q];
        int dl = bond[q];
        int dr = bond[q + 1];
        double r00 = 0;
        double r11 = 0;
        double r01re = 0;
        double r01im = 0;
        for (int l = 0; l < dl; l++) {
            int i0 = 2 * ((l * 2) * dr);
            int i1 = 2 * ((l * 2 + 1) * dr);
            for (int r = 0; r < 2 * dr; r += 2) {
                double ar = a[i0 + r];
                double ai = a[i0 + r + 1];
                double br = a[i1 + r];
                double bi = a[i1 + r + 1];
                r00 += ar * ar + ai * ai;
                r11 += br * br + bi * bi;
                // ρ01 = Σ A[l,0,r] conj(A[l,1,r])
                r01re += ar * br + ai * bi;
                r01im += ai * br - ar * bi;
            }
        }
        double norm = r00 + r11;
        return new double[] {2 * r01re / norm, -2 * r01im / norm, (r00 - r11) / norm};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Mps(n=%d, bonds=%s, truncation=%.3g)", n, Arrays.toString(bondDimensions()),
                truncationError);
    }

    // ---- internals -------------------------------------------------------------------------

    private static final double[] SWAP = gate4(new double[][] {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}});
    private static final double[] PAULI_X = {0, 0, 1, 0, 1, 0, 0, 0};
    private static final double[] PAULI_Y = {0, 0, 0, -1, 0, 1, 0, 0};
    private static final double[] PAULI_Z = {1, 0, 0, 0, 0, 0, -1, 0};

    private static double[] gate4(double[][] real) {
        double[] g = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                g[2 * (4 * i + j)] = real[i][j];
            }
        }
        return g;
    }

    /** The same gate with its two operands exchanged: index (s_a s_b) becomes (s_b s_a). */
    static double[] swapOperands(double[] g) {
        int[] p = {0, 2, 1, 3};
        double[] out = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[2 * (4 * p[i] + p[j])] = g[2 * (4 * i + j)];
                out[2 * (4 * p[i] + p[j]) + 1] = g[2 * (4 * i + j) + 1];
            }
        }
        return out;
    }

    /** Applies a gate on sites (i, i+1), index 2·s_i + s_{i+1}, with one truncated SVD. */
    private void applyNeighbours(int i, double[] g) {
        int oldCentre = centre;
        if (centre < 0 || centre < i) {
            moveCentre(i);
        } else if (centre > i + 1) {
            moveCentre(i + 1);
        }
        boolean centreRight = oldCentre >= 0 && oldCentre <= i;
        int dl = bond[i];
        int dm = bond[i + 1];
        int dr = bond[i + 2];
        double[] theta = Contractions.twoSite(tensors[i], tensors[i + 1], dl, dm, dr);
        double[] gated = Contractions.applyTwoSiteGate(theta, g, dl, dr);
        split(i, gated, dl, dr, centreRight, true);
    }

    /**
     * Splits a two-site block {@code (dl·2) x (2·dr)} into sites i and i+1 with a truncated SVD; the
     * centre ends on i+1 when {@code centreRight}, else on i.
     */
    private void split(int i, double[] theta, int dl, int dr, boolean centreRight, boolean truncate) {
        int rows = 2 * dl;
        int cols = 2 * dr;
        // With the centre moving right, the left factor U must be an isometry and the right one is
        // diag(s)·Vh = U†·θ, so V need not be accumulated.
        ComplexSvd svd = ComplexSvd.of(theta, rows, cols, !centreRight);
        int k = keep(svd.s, truncate);
        double total = 0;
        double kept = 0;
        for (int j = 0; j < svd.s.length; j++) {
            double w = svd.s[j] * svd.s[j];
            total += w;
            if (j < k) {
                kept += w;
            }
        }
        double rescale = 1;
        if (truncate && total > 0 && kept < total) {
            truncationError += (total - kept) / total;
            rescale = Math.sqrt(total / kept);
        }
        double[] left = new double[2 * rows * k];
        double[] right = new double[2 * k * cols];
        int rank = svd.rank();
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < k; j++) {
                double f = centreRight ? 1 : svd.s[j] * rescale;
                left[2 * (r * k + j)] = svd.u[2 * (r * rank + j)] * f;
                left[2 * (r * k + j) + 1] = svd.u[2 * (r * rank + j) + 1] * f;
            }
        }
        if (svd.vh == null) {
            // right = U_k† θ · rescale
            for (int r = 0; r < rows; r++) {
                int tr = 2 * r * cols;
                for (int j = 0; j < k; j++) {
                    double ur = svd.u[2 * (r * rank + j)] * rescale;
                    double ui = -svd.u[2 * (r * rank + j) + 1] * rescale;
                    Contractions.addScaled(ur, ui, theta, tr, right, 2 * j * cols, cols);
                }
            }
        } else {
            for (int j = 0; j < k; j++) {
                double f = centreRight ? svd.s[j] * rescale : 1;
                for (int c = 0; c < cols; c++) {
                    right[2 * (j * cols + c)] = svd.vh[2 * (j * cols + c)] * f;
                    right[2 * (j * cols + c) + 1] = svd.vh[2 * (j * cols + c) + 1] * f;
                }
            }
        }
        tensors[i] = left;
        tensors[i + 1] = right;
        bond[i + 1] = k;
        largestBond = Math.max(largestBond, k);
        centre = centreRight ? i + 1 : i;
    }

    /** How many singular values to keep: numerical zeros always go; with truncation, maxBond and cutoff apply. */
    private int keep(double[] s, boolean truncate) {
        int k = s.length;
        double total = 0;
        for (double x : s) {
            total += x * x;
        }
        while (k > 1 && s[k - 1] <= ZERO * s[0]) {
            k--;
        }
        if (!truncate) {
            return k;
        }
        double tail = 0;
        while (k > 1 && tail + s[k - 1] * s[k - 1] <= cutoff * total) {
            tail += s[k - 1] * s[k - 1];
            k--;
        }
        return Math.min(k, maxBond);
    }

    /** Makes site i left-isometric (thin QR) and pushes the rest into site i+1. */
    private void shiftRight(int i) {
        int dl = bond[i];
        int dm = bond[i + 1];
        int dr = bond[i + 2];
        ThinQr qr = ThinQr.of(tensors[i], 2 * dl, dm);
        tensors[i] = qr.q;
        tensors[i + 1] = Contractions.multiply(qr.r, qr.k, dm, tensors[i + 1], 2 * dr);
        bond[i + 1] = qr.k;
        centre = i + 1;
    }

    /** Makes site i right-isometric (thin QR of its adjoint) and pushes the rest into site i-1. */
    private void shiftLeft(int i) {
        int dl = bond[i - 1];
        int dm = bond[i];
        int dr = bond[i + 1];
        // A (dm x 2dr) = R† Q† with A† = Q R.
        ThinQr qr = ThinQr.of(adjoint(tensors[i], dm, 2 * dr), 2 * dr, dm);
        tensors[i] = adjoint(qr.q, 2 * dr, qr.k);
        tensors[i - 1] = Contractions.multiply(tensors[i - 1], 2 * dl, dm, adjoint(qr.r, qr.k, dm), qr.k);
        bond[i] = qr.k;
        centre = i - 1;
    }

    /** The conjugate transpose of an m x n matrix. */
    private static double[] adjoint(double[] a, int m, int n) {
        double[] t = new double[2 * m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[2 * (j * m + i)] = a[2 * (i * n + j)];
                t[2 * (j * m + i) + 1] = -a[2 * (i * n + j) + 1];
            }
        }
        return t;
    }

    private void checkQubit(int q) {
        if (q < 0 || q >= n) {
            throw new IllegalArgumentException("qubit " + q + " is outside 0.." + (n - 1));
        }
    }
}
