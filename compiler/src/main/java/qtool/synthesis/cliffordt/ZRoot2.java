package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An element {@code a + b√2} of the ring Z[√2], with arbitrary-size integer coefficients. The ring is
 * Euclidean for the absolute value of the norm {@code a² − 2b²}, which {@link #divideRounded} and
 * {@link #gcd} use. {@link #conjugate()} is the Galois automorphism √2 ↦ −√2 (written x• in
 * Ross–Selinger).
 */
public final class ZRoot2 {
    public static final ZRoot2 ZERO = new ZRoot2(BigInteger.ZERO, BigInteger.ZERO);
    public static final ZRoot2 ONE = new ZRoot2(BigInteger.ONE, BigInteger.ZERO);
    public static final ZRoot2 SQRT2 = new ZRoot2(BigInteger.ZERO, BigInteger.ONE);
    /** The fundamental unit λ = 1 + √2; its inverse is −1 + √2. */
    public static final ZRoot2 LAMBDA = new ZRoot2(BigInteger.ONE, BigInteger.ONE);
    public static final ZRoot2 LAMBDA_INVERSE = new ZRoot2(BigInteger.ONE.negate(), BigInteger.ONE);

    private final BigInteger a;
    private final BigInteger b;

    public ZRoot2(BigInteger a, BigInteger b) {
        this.a = Objects.requireNonNull(a);
        this.b = Objects.requireNonNull(b);
    }

    public static ZRoot2 of(long a, long b) {
        return new ZRoot2(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static ZRoot2 of(BigInteger a) {
        return new ZRoot2(a, BigInteger.ZERO);
    }

    /** The rational part a of a + b√2. */
    public BigInteger a() {
        return a;
    }

    /** The coefficient b of √2. */
    public BigInteger b() {
        return b;
    }

    public boolean isZero() {
        return a.signum() == 0 && b.signum() == 0;
    }

    public ZRoot2 add(ZRoot2 o) {
        return new ZRoot2(a.add(o.a), b.add(o.b));
    }

    public ZRoot2 subtract(ZRoot2 o) {
        return new ZRoot2(a.subtract(o.a), b.subtract(o.b));
    }

    public ZRoot2 negate() {
        return new ZRoot2(a.negate(), b.negate());
    }

    public ZRoot2 multiply(ZRoot2 o) {
        return new ZRoot2(a.multiply(o.a).add(b.multiply(o.b).shiftLeft(1)), a.multiply(o.b).add(b.multiply(o.a)));
    }

    public ZRoot2 multiply(BigInteger k) {
        return new ZRoot2(a.multiply(k), b.multiply(k));
    }

    /** x·√2 = 2b + a√2. */
    public ZRoot2 timesSqrt2() {
        return new ZRoot2(b.shiftLeft(1), a);
    }

    public ZRoot2 pow(int n) {
        ZRoot2 result = ONE;
        ZRoot2 base = this;
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

    /** λ^n for any integer n (λ = 1 + √2). */
    public static ZRoot2 lambdaPower(int n) {
        return n >= 0 ? LAMBDA.pow(n) : LAMBDA_INVERSE.pow(-n);
    }

    /** The Galois conjugate a − b√2. */
    public ZRoot2 conjugate() {
        return new ZRoot2(a, b.negate());
    }

    /** The norm x·x• = a² − 2b², an integer. */
    public BigInteger norm() {
        return a.multiply(a).subtract(b.multiply(b).shiftLeft(1));
    }

    /** True when √2 divides this element (a even). */
    public boolean divisibleBySqrt2() {
        return !a.testBit(0);
    }

    /** x/√2 = b + (a/2)√2; only valid when {@link #divisibleBySqrt2()}. */
    public ZRoot2 divideBySqrt2() {
        if (a.testBit(0)) {
            throw new ArithmeticException(this + " is not divisible by √2");
        }
        return new ZRoot2(b, a.shiftRight(1));
    }

    /** The sign of a + b√2 as a real number, computed exactly. */
    public int signum() {
        int sa = a.signum();
        int sb = b.signum();
        if (sa >= 0 && sb >= 0) {
            return sa == 0 && sb == 0 ? 0 : 1;
        }
        if (sa <= 0 && sb <= 0) {
            return -1;
        }
        // Opposite signs: compare a² with 2b².
        int c = a.multiply(a).compareTo(b.multiply(b).shiftLeft(1));
        return sa > 0 ? c : -c;
    }

    /** Exact comparison of real values. */
    public int compareTo(ZRoot2 o) {
        return subtract(o).signum();
    }

    /** The exact quotient when {@code d} divides this element, otherwise null. */
    public ZRoot2 divideExact(ZRoot2 d) {
        BigInteger n = d.norm();
        if (n.signum() == 0) {
            throw new ArithmeticException("division by zero in Z[√2]");
        }
        ZRoot2 p = multiply(d.conjugate());
        BigInteger[] qa = p.a.divideAndRemainder(n);
        BigInteger[] qb = p.b.divideAndRemainder(n);
        if (qa[1].signum() != 0 || qb[1].signum() != 0) {
            return null;
        }
        return new ZRoot2(qa[0], qb[0]);
    }

    /** The quotient rounded to the nearest lattice point, for the Euclidean algorithm. */
    public ZRoot2 divideRounded(ZRoot2 d) {
        BigInteger n = d.norm();
        ZRoot2 p = multiply(d.conjugate());
        return new ZRoot2(roundDiv(p.a, n), roundDiv(p.b, n));
    }

    static BigInteger roundDiv(BigInteger x, BigInteger n) {
        if (n.signum() < 0) {
            x = x.negate();
            n = n.negate();
        }
        // floor((2x + n) / 2n)
        BigInteger[] qr = x.shiftLeft(1).add(n).divideAndRemainder(n.shiftLeft(1));
        BigInteger q = qr[0];
        if (qr[1].signum() < 0) {
            q = q.subtract(BigInteger.ONE);
        }
        return q;
    }

    /** A greatest common divisor (defined up to a unit). */
    public static ZRoot2 gcd(ZRoot2 x, ZRoot2 y) {
        ZRoot2 p = x;
        ZRoot2 q = y;
        while (!q.isZero()) {
            ZRoot2 r = p.subtract(p.divideRounded(q).multiply(q));
            if (r.norm().abs().compareTo(q.norm().abs()) >= 0) {
                throw new ArithmeticException("Euclidean step did not decrease the norm");
            }
            p = q;
            q = r;
        }
        return p;
    }

    /** True when this element is a unit (norm ±1). */
    public boolean isUnit() {
        return norm().abs().equals(BigInteger.ONE);
    }

    public double doubleValue() {
        return a.doubleValue() + b.doubleValue() * Math.sqrt(2);
    }

    public BigDecimal toBigDecimal(MathContext mc) {
        return new BigDecimal(a).add(new BigDecimal(b).multiply(BigMath.sqrt2(mc), mc), mc);
    }

    /** This element as an element of Z[ω]: a + b(ω − ω³). */
    public ZOmega toZOmega() {
        return new ZOmega(a, b, BigInteger.ZERO, b.negate());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZRoot2 z && a.equals(z.a) && b.equals(z.b);
    }

    @Override
    public int hashCode() {
        return a.hashCode() * 31 + b.hashCode();
    }

    @Override
    public String toString() {
        return b.signum() == 0 ? a.toString() : a + (b.signum() < 0 ? "-" : "+") + b.abs() + "√2";
    }
}
