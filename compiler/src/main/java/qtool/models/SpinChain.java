package qtool.models;

import java.util.Arrays;
import java.util.Random;

/**
 * A Hamiltonian on an open chain of n qubits with nearest-neighbour couplings {@code J_i} on bond
 * (i, i+1):
 * <ul>
 *   <li>{@code XXZ}: {@code H = Σ_i J_i (X_iX_{i+1}/2 + Y_iY_{i+1}/2 + Δ Z_iZ_{i+1})}, the convention
 *   of the AQC-Tensor tutorial (Δ = 1 there);</li>
 *   <li>{@code HEISENBERG}: {@code H = Σ_i J_i (X_iX_{i+1} + Y_iY_{i+1} + Δ Z_iZ_{i+1})}, isotropic for Δ = 1;</li>
 *   <li>{@code TFIM}: {@code H = Σ_i J_i Z_iZ_{i+1} + h Σ_i X_i}.</li>
 * </ul>
 * Every model may add longitudinal fields {@code Σ_i h_i Z_i} ({@link #zFields}, zero by default); with
 * {@code h_i} uniform in [−W, W] ({@link #withFieldDisorder}) the Heisenberg chain is the standard
 * many-body-localisation model.
 */
public record SpinChain(Kind kind, double[] couplings, double anisotropy, double field, double[] zFields) {
    /** The model family. */
    public enum Kind { XXZ, HEISENBERG, TFIM }

    public SpinChain {
        if (couplings.length < 1) {
            throw new IllegalArgumentException("a chain needs at least 2 qubits");
        }
        for (double j : couplings) {
            if (!Double.isFinite(j)) {
                throw new IllegalArgumentException("couplings must be finite numbers");
            }
        }
        if (!Double.isFinite(anisotropy) || !Double.isFinite(field)) {
            throw new IllegalArgumentException("anisotropy and field must be finite numbers");
        }
        if (zFields.length != couplings.length + 1) {
            throw new IllegalArgumentException("need one Z field per qubit: " + (couplings.length + 1) + ", not " + zFields.length);
        }
        for (double h : zFields) {
            if (!Double.isFinite(h)) {
                throw new IllegalArgumentException("Z fields must be finite numbers");
            }
        }
        couplings = couplings.clone();
        zFields = zFields.clone();
    }

    /** The chain without Z fields. */
    public SpinChain(Kind kind, double[] couplings, double anisotropy, double field) {
        this(kind, couplings, anisotropy, field, new double[couplings.length + 1]);
    }

    /** This chain with the given Z field on each qubit (qubit 0 first). */
    public SpinChain withZFields(double[] h) {
        return new SpinChain(kind, couplings, anisotropy, field, h);
    }

    /**
     * This chain with random Z fields {@code h_i} uniform in [−W, W), drawn qubit 0 first with
     * {@link Random}{@code (seed)} (a generator of its own, so the couplings' seed does not change them).
     */
    public SpinChain withFieldDisorder(double w, long seed) {
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException("the field disorder W must be a finite number >= 0, not " + w);
        }
        Random rnd = new Random(seed);
        double[] h = new double[numQubits()];
        for (int q = 0; q < h.length; q++) {
            h[q] = w * (2 * rnd.nextDouble() - 1);
        }
        return withZFields(h);
    }

    /** Every bond with coupling {@code j}. */
    public static SpinChain uniform(Kind kind, int n, double j, double anisotropy, double field) {
        checkSize(n);
        double[] c = new double[n - 1];
        Arrays.fill(c, j);
        return new SpinChain(kind, c, anisotropy, field);
    }

    /** Couplings drawn uniformly from [0.5, 1.5) with {@link Random}{@code (seed)}, bond 0 first. */
    public static SpinChain randomCouplings(Kind kind, int n, long seed, double anisotropy, double field) {
        checkSize(n);
        Random rnd = new Random(seed);
        double[] c = new double[n - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 + rnd.nextDouble();
        }
        return new SpinChain(kind, c, anisotropy, field);
    }

    private static void checkSize(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a chain needs at least 2 qubits, not " + n);
        }
    }

    public int numQubits() {
        return couplings.length + 1;
    }

    @Override
    public double[] couplings() {
        return couplings.clone();
    }

    /** Coefficients {@code (c_XX, c_YY, c_ZZ)} of the two-qubit terms on bond (i, i+1). */
    public double[] bondCoefficients(int bond) {
        double j = couplings[bond];
        return switch (kind) {
            case XXZ -> new double[] {j / 2, j / 2, j * anisotropy};
            case HEISENBERG -> new double[] {j, j, j * anisotropy};
            case TFIM -> new double[] {0, 0, j};
        };
    }

    /** Coefficient of the single-qubit X term on every qubit (non-zero only for TFIM). */
    public double fieldCoefficient() {
        return kind == Kind.TFIM ? field : 0;
    }

    @Override
    public double[] zFields() {
        return zFields.clone();
    }

    /** Whether any qubit has a non-zero Z field. */
    public boolean hasZFields() {
        for (double h : zFields) {
            if (h != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpinChain s && s.kind == kind && Arrays.equals(s.couplings, couplings)
                && Double.compare(s.anisotropy, anisotropy) == 0 && Double.compare(s.field, field) == 0
                && Arrays.equals(s.zFields, zFields);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Arrays.hashCode(couplings)) * 31 + Arrays.hashCode(zFields);
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(couplings) + (hasZFields() ? " Z fields " + Arrays.toString(zFields) : "");
    }
}
