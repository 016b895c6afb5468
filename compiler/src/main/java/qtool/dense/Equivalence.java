package qtool.dense;

import org.ejml.data.ZMatrixRMaj;

/**
 * Comparisons of unitaries (or state vectors) for verification: exact equality, equality up to a
 * global phase, and a phase-invariant distance.
 */
public final class Equivalence {
    private Equivalence() {
    }

    /** Every entry of {@code a - b} has modulus at most {@code tol}; false when shapes differ. */
    public static boolean equal(ZMatrixRMaj a, ZMatrixRMaj b, double tol) {
        return Matrices.maxAbsDiff(a, b) <= tol;
    }

    /**
     * Whether {@code a = e^{iφ} b} for some φ, entry by entry within {@code tol}. The phase is read
     * from the largest entry of {@code b}, then the whole matrix is checked.
     */
    public static boolean equalUpToGlobalPhase(ZMatrixRMaj a, ZMatrixRMaj b, double tol) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            return false;
        }
        int best = 0;
        double bestAbs = -1;
        for (int i = 0; i < b.data.length; i += 2) {
            double abs = Math.hypot(b.data[i], b.data[i + 1]);
            if (abs > bestAbs) {
                bestAbs = abs;
                best = i;
            }
        }
        if (bestAbs <= tol) {
            return equal(a, b, tol);
        }
        // e^{iφ} = a_k / b_k, normalised so that a scaled copy of b is not "equal".
        double ar = a.data[best];
        double ai = a.data[best + 1];
        double br = b.data[best];
        double bi = b.data[best + 1];
        double angle = Math.atan2(ai * br - ar * bi, ar * br + ai * bi);
        return equal(a, Matrices.phase(b, angle), tol);
    }

    /**
     * {@code min over φ of ||a - e^{iφ} b||_F}, which is {@code sqrt(||a||² + ||b||² - 2|<a, b>|)}
     * with the Frobenius inner product; 0 exactly when the two agree up to a global phase. Infinite
     * when the shapes differ.
     */
    public static double phaseInvariantDistance(ZMatrixRMaj a, ZMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            return Double.POSITIVE_INFINITY;
        }
        double na = 0;
        double nb = 0;
        double ipr = 0;
        double ipi = 0;
        for (int i = 0; i < a.data.length; i += 2) {
            double ar = a.data[i];
            double ai = a.data[i + 1];
            double br = b.data[i];
            double bi = b.data[i + 1];
            na += ar * ar + ai * ai;
            nb += br * br + bi * bi;
            // conj(a) * b
            ipr += ar * br + ai * bi;
            ipi += ar * bi - ai * br;
        }
        return Math.sqrt(Math.max(0, na + nb - 2 * Math.hypot(ipr, ipi)));
    }
}
