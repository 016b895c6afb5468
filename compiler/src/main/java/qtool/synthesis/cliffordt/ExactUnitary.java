package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * A 2×2 matrix with entries in D[ω] = Z[1/√2, i], stored as four Z[ω] numerators over a common
 * denominator √2^k with k as small as possible (k ≥ 0). By Kliuchnikov–Maslov–Mosca, a unitary of
 * this form is exactly a Clifford+T operator; {@link ExactSynthesizer} finds the word.
 */
public final class ExactUnitary {
    private final ZOmega[] m;
    private final int k;

    /** The matrix [[m00, m01], [m10, m11]] / √2^k, reduced. */
    public ExactUnitary(ZOmega m00, ZOmega m01, ZOmega m10, ZOmega m11, int k) {
        ZOmega[] e = {m00, m01, m10, m11};
        int kk = k;
        while (kk > 0 && allDivisible(e)) {
            for (int i = 0; i < 4; i++) {
                e[i] = e[i].divideBySqrt2();
            }
            kk--;
        }
        while (kk < 0) {
            for (int i = 0; i < 4; i++) {
                e[i] = e[i].timesSqrt2();
            }
            kk++;
        }
        this.m = e;
        this.k = kk;
    }

    public static final ExactUnitary IDENTITY = new ExactUnitary(ZOmega.ONE, ZOmega.ZERO, ZOmega.ZERO, ZOmega.ONE, 0);

    private static boolean allDivisible(ZOmega[] e) {
        for (ZOmega z : e) {
            if (!z.divisibleBySqrt2()) {
                return false;
            }
        }
        return true;
    }

    /** Numerator of entry (row, col). */
    public ZOmega numerator(int row, int col) {
        return m[2 * row + col];
    }

    /** The least denominator exponent: entries are numerator / √2^k. */
    public int denominatorExponent() {
        return k;
    }

    public ExactUnitary multiply(ExactUnitary o) {
        return new ExactUnitary(
                m[0].multiply(o.m[0]).add(m[1].multiply(o.m[2])),
                m[0].multiply(o.m[1]).add(m[1].multiply(o.m[3])),
                m[2].multiply(o.m[0]).add(m[3].multiply(o.m[2])),
                m[2].multiply(o.m[1]).add(m[3].multiply(o.m[3])),
                k + o.k);
    }

    /** this·L for a letter, exploiting its shape (diagonal, H or anti-diagonal). */
    public ExactUnitary multiply(Letter l) {
        return switch (l) {
            case H -> new ExactUnitary(m[0].add(m[1]), m[0].subtract(m[1]), m[2].add(m[3]), m[2].subtract(m[3]), k + 1);
            case S -> columnPhase(2);
            case SDG -> columnPhase(6);
            case T -> columnPhase(1);
            case TDG -> columnPhase(7);
            case Z -> columnPhase(4);
            default -> multiply(l.matrix());
        };
    }

    /** this·diag(1, ω^n); no reduction needed since the denominator cannot shrink. */
    private ExactUnitary columnPhase(int n) {
        return new ExactUnitary(new ZOmega[] {m[0], m[1].timesOmegaPower(n), m[2], m[3].timesOmegaPower(n)}, k);
    }

    private ExactUnitary(ZOmega[] reduced, int k) {
        this.m = reduced;
        this.k = k;
    }

    /** The conjugate transpose. */
    public ExactUnitary adjoint() {
        return new ExactUnitary(m[0].adjoint(), m[2].adjoint(), m[1].adjoint(), m[3].adjoint(), k);
    }

    /** ω^n times this matrix. */
    public ExactUnitary timesOmegaPower(int n) {
        return new ExactUnitary(m[0].timesOmegaPower(n), m[1].timesOmegaPower(n), m[2].timesOmegaPower(n),
                m[3].timesOmegaPower(n), k);
    }

    /** True when U·U† = I exactly. */
    public boolean isUnitary() {
        return multiply(adjoint()).equals(IDENTITY);
    }

    /** The determinant as numerator / √2^(2k). */
    public ZOmega determinantNumerator() {
        return m[0].multiply(m[3]).subtract(m[1].multiply(m[2]));
    }

    /** The matrix in double precision. */
    public ZMatrixRMaj toMatrix() {
        double scale = Math.pow(Math.sqrt(0.5), k);
        double[] v = new double[8];
        for (int i = 0; i < 4; i++) {
            v[2 * i] = m[i].real() * scale;
            v[2 * i + 1] = m[i].imag() * scale;
        }
        return Matrices.of(2, 2, v);
    }

    /** Entry (row, col) as {re, im} at the given precision. */
    public BigDecimal[] entry(int row, int col, MathContext mc) {
        BigDecimal scale = BigMath.sqrtHalf(mc).pow(k, mc);
        ZOmega z = m[2 * row + col];
        return new BigDecimal[] {z.real(mc).multiply(scale, mc), z.imag(mc).multiply(scale, mc)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactUnitary u && k == u.k && Arrays.equals(m, u.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m) * 31 + k;
    }

    @Override
    public String toString() {
        return "[[" + m[0] + ", " + m[1] + "], [" + m[2] + ", " + m[3] + "]] / √2^" + k;
    }
}
