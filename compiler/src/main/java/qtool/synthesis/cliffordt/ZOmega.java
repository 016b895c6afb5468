package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An element {@code a0 + a1·ω + a2·ω² + a3·ω³} of the cyclotomic integers Z[ω], ω = e^{iπ/4}
 * (so ω² = i and ω⁴ = −1). Two conjugations matter: the complex conjugate x† (ω ↦ ω⁻¹) and the
 * √2-conjugate x• (ω ↦ −ω, which maps √2 = ω − ω³ to −√2 and fixes i). Z[ω] is norm-Euclidean,
 * which {@link #gcd} uses when solving norm equations.
 */
public final class ZOmega {
    public static final ZOmega ZERO = of(0, 0, 0, 0);
    public static final ZOmega ONE = of(1, 0, 0, 0);
    public static final ZOmega OMEGA = of(0, 1, 0, 0);
    public static final ZOmega I = of(0, 0, 1, 0);
    /** δ = 1 + ω, the prime above 2: δ†δ = √2·λ. */
    public static final ZOmega DELTA = of(1, 1, 0, 0);

    private final BigInteger a0;
    private final BigInteger a1;
    private final BigInteger a2;
    private final BigInteger a3;

    public ZOmega(BigInteger a0, BigInteger a1, BigInteger a2, BigInteger a3) {
        this.a0 = a0;
        this.a1 = a1;
        this.a2 = a2;
        this.a3 = a3;
    }

    public static ZOmega of(long a0, long a1, long a2, long a3) {
        return new ZOmega(BigInteger.valueOf(a0), BigInteger.valueOf(a1), BigInteger.valueOf(a2), BigInteger.valueOf(a3));
    }

    public static ZOmega of(BigInteger n) {
        return new ZOmega(n, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** Coefficient of ω^j, j in 0..3. */
    public BigInteger coefficient(int j) {
        return switch (j) {
            case 0 -> a0;
            case 1 -> a1;
            case 2 -> a2;
            case 3 -> a3;
            default -> throw new IndexOutOfBoundsException(j);
        };
    }

    public boolean isZero() {
        return a0.signum() == 0 && a1.signum() == 0 && a2.signum() == 0 && a3.signum() == 0;
    }

    public ZOmega add(ZOmega o) {
        return new ZOmega(a0.add(o.a0), a1.add(o.a1), a2.add(o.a2), a3.add(o.a3));
    }

    public ZOmega subtract(ZOmega o) {
        return new ZOmega(a0.subtract(o.a0), a1.subtract(o.a1), a2.subtract(o.a2), a3.subtract(o.a3));
    }

    public ZOmega negate() {
        return new ZOmega(a0.negate(), a1.negate(), a2.negate(), a3.negate());
    }

    public ZOmega multiply(BigInteger k) {
        return new ZOmega(a0.multiply(k), a1.multiply(k), a2.multiply(k), a3.multiply(k));
    }

    public ZOmega multiply(ZOmega o) {
        // ω⁴ = −1: the coefficient of ω^m collects i+j = m minus i+j = m+4.
        BigInteger c0 = a0.multiply(o.a0).subtract(a1.multiply(o.a3)).subtract(a2.multiply(o.a2)).subtract(a3.multiply(o.a1));
        BigInteger c1 = a0.multiply(o.a1).add(a1.multiply(o.a0)).subtract(a2.multiply(o.a3)).subtract(a3.multiply(o.a2));
        BigInteger c2 = a0.multiply(o.a2).add(a1.multiply(o.a1)).add(a2.multiply(o.a0)).subtract(a3.multiply(o.a3));
        BigInteger c3 = a0.multiply(o.a3).add(a1.multiply(o.a2)).add(a2.multiply(o.a1)).add(a3.multiply(o.a0));
        return new ZOmega(c0, c1, c2, c3);
    }

    public ZOmega multiply(ZRoot2 r) {
        return multiply(r.toZOmega());
    }

    /** ω^n·x for any integer n. */
    public ZOmega timesOmegaPower(int n) {
        int m = Math.floorMod(n, 8);
        ZOmega x = this;
        for (int s = 0; s < m; s++) {
            x = new ZOmega(x.a3.negate(), x.a0, x.a1, x.a2);
        }
        return x;
    }

    public ZOmega pow(int n) {
        ZOmega result = ONE;
        ZOmega base = this;
        int e = n;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = result.multiply(base);
            }
            base = base.multiply(base);
            e >>= 1;
        }
        return result;
    }

    /** The complex conjugate x† (ω ↦ ω⁻¹ = −ω³). */
    public ZOmega adjoint() {
        return new ZOmega(a0, a3.negate(), a2.negate(), a1.negate());
    }

    /** The √2-conjugate x• (ω ↦ −ω). */
    public ZOmega bullet() {
        return new ZOmega(a0, a1.negate(), a2, a3.negate());
    }

    /** x†x as an element of Z[√2] (its squared absolute value). */
    public ZRoot2 normSquared() {
        // x†x is real: with c2 = 0 and c3 = −c1 it equals c0 + c1(ω − ω³) = c0 + c1√2.
        BigInteger c0 = a0.multiply(a0).add(a1.multiply(a1)).add(a2.multiply(a2)).add(a3.multiply(a3));
        BigInteger c1 = a0.multiply(a1).add(a1.multiply(a2)).add(a2.multiply(a3)).subtract(a3.multiply(a0));
        return new ZRoot2(c0, c1);
    }

    /** The absolute norm N(x) = |x|²·|x•|², a non-negative integer. */
    public BigInteger norm() {
        return normSquared().norm();
    }

    /** True when √2 divides x (a0 ≡ a2 and a1 ≡ a3 mod 2). */
    public boolean divisibleBySqrt2() {
        return a0.testBit(0) == a2.testBit(0) && a1.testBit(0) == a3.testBit(0);
    }

    /** x/√2; only valid when {@link #divisibleBySqrt2()}. */
    public ZOmega divideBySqrt2() {
        if (!divisibleBySqrt2()) {
            throw new ArithmeticException(this + " is not divisible by √2");
        }
        // x·√2 = (a1 − a3) + (a0 + a2)ω + (a1 + a3)ω² + (a2 − a0)ω³, then halve.
        return new ZOmega(a1.subtract(a3).shiftRight(1), a0.add(a2).shiftRight(1), a1.add(a3).shiftRight(1),
                a2.subtract(a0).shiftRight(1));
    }

    /** x·√2. */
    public ZOmega timesSqrt2() {
        return new ZOmega(a1.subtract(a3), a0.add(a2), a1.add(a3), a2.subtract(a0));
    }

    /** The quotient rounded coefficient-wise, for the Euclidean algorithm. */
    public ZOmega divideRounded(ZOmega d) {
        ZRoot2 dd = d.normSquared();
        BigInteger n = dd.norm();
        ZOmega p = multiply(d.adjoint()).multiply(dd.conjugate());
        return new ZOmega(ZRoot2.roundDiv(p.a0, n), ZRoot2.roundDiv(p.a1, n), ZRoot2.roundDiv(p.a2, n),
                ZRoot2.roundDiv(p.a3, n));
    }

    /** The exact quotient when d divides this element, otherwise null. */
    public ZOmega divideExact(ZOmega d) {
        ZRoot2 dd = d.normSquared();
        BigInteger n = dd.norm();
        if (n.signum() == 0) {
            throw new ArithmeticException("division by zero in Z[ω]");
        }
        ZOmega p = multiply(d.adjoint()).multiply(dd.conjugate());
        BigInteger[] c = new BigInteger[4];
        for (int j = 0; j < 4; j++) {
            BigInteger[] qr = p.coefficient(j).divideAndRemainder(n);
            if (qr[1].signum() != 0) {
                return null;
            }
            c[j] = qr[0];
        }
        return new ZOmega(c[0], c[1], c[2], c[3]);
    }

    /** A greatest common divisor (up to a unit); throws if a Euclidean step fails to shrink the norm. */
    public static ZOmega gcd(ZOmega x, ZOmega y) {
        ZOmega p = x;
        ZOmega q = y;
        while (!q.isZero()) {
            ZOmega r = p.subtract(p.divideRounded(q).multiply(q));
            if (r.norm().compareTo(q.norm()) >= 0) {
                throw new ArithmeticException("Euclidean step did not decrease the norm");
            }
            p = q;
            q = r;
        }
        return p;
    }

    /** Real part a0 + (a1 − a3)/√2. */
    public double real() {
        return a0.doubleValue() + (a1.doubleValue() - a3.doubleValue()) * Math.sqrt(0.5);
    }

    /** Imaginary part a2 + (a1 + a3)/√2. */
    public double imag() {
        return a2.doubleValue() + (a1.doubleValue() + a3.doubleValue()) * Math.sqrt(0.5);
    }

    public BigDecimal real(MathContext mc) {
        return new BigDecimal(a0).add(new BigDecimal(a1.subtract(a3)).multiply(BigMath.sqrtHalf(mc), mc), mc);
    }

    public BigDecimal imag(MathContext mc) {
        return new BigDecimal(a2).add(new BigDecimal(a1.add(a3)).multiply(BigMath.sqrtHalf(mc), mc), mc);
    }

    /** True when x is real (x = c0 + c1√2), i.e. in Z[√2]. */
    public boolean isReal() {
        return a2.signum() == 0 && a1.add(a3).signum() == 0;
    }

    /** This real element as Z[√2]; throws when not real. */
    public ZRoot2 toZRoot2() {
        if (!isReal()) {
            throw new ArithmeticException(this + " is not real");
        }
        return new ZRoot2(a0, a1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZOmega z && a0.equals(z.a0) && a1.equals(z.a1) && a2.equals(z.a2) && a3.equals(z.a3);
    }

    @Override
    public int hashCode() {
        return ((a0.hashCode() * 31 + a1.hashCode()) * 31 + a2.hashCode()) * 31 + a3.hashCode();
    }

    @Override
    public String toString() {
        return "(" + a0 + " + " + a1 + "ω + " + a2 + "ω² + " + a3 + "ω³)";
    }
}
