package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few real functions gridsynth needs at a precision derived from ε ({@link BigDecimal} has no
 * trigonometry): √2, π, sine and cosine by Taylor series after range reduction. Constants are cached
 * per precision.
 */
final class BigMath {
    private static final ConcurrentHashMap<Integer, BigDecimal> SQRT2 = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, BigDecimal> PI = new ConcurrentHashMap<>();

    private BigMath() {
    }

    static BigDecimal sqrt2(MathContext mc) {
        return SQRT2.computeIfAbsent(mc.getPrecision(), p -> BigDecimal.valueOf(2).sqrt(new MathContext(p + 5)))
                .round(mc);
    }

    static BigDecimal sqrtHalf(MathContext mc) {
        return sqrt2(mc).divide(BigDecimal.valueOf(2), mc);
    }

    /** π by Machin's formula 16·atan(1/5) − 4·atan(1/239). */
    static BigDecimal pi(MathContext mc) {
        return PI.computeIfAbsent(mc.getPrecision(), p -> {
            MathContext w = new MathContext(p + 10);
            return atanInverse(5, w).multiply(BigDecimal.valueOf(16)).subtract(atanInverse(239, w).multiply(BigDecimal.valueOf(4)))
                    .round(new MathContext(p + 5));
        }).round(mc);
    }

    private static BigDecimal atanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    /** cos and sin of x (any real) as {cos, sin}. */
    static BigDecimal[] cosSin(BigDecimal x, MathContext mc) {
        MathContext w = new MathContext(mc.getPrecision() + 10);
        BigDecimal twoPi = pi(w).multiply(BigDecimal.valueOf(2), w);
        // Reduce to [−π, π].
        BigDecimal k = x.divide(twoPi, w).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(twoPi.multiply(k, w), w);
        // Halve until small, then double back with cos 2a = 1 − 2 sin² a, sin 2a = 2 sin a cos a.
        int halvings = 8;
        BigDecimal y = r.divide(BigDecimal.valueOf(1L << halvings), w);
        BigDecimal y2 = y.multiply(y, w);
        BigDecimal s = y;
        BigDecimal c = BigDecimal.ONE;
        BigDecimal ts = y;
        BigDecimal tc = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
        for (int n = 1; ts.abs().compareTo(eps) > 0 || tc.abs().compareTo(eps) > 0; n++) {
            tc = tc.multiply(y2, w).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), w).negate();
            ts = ts.multiply(y2, w).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), w).negate();
            c = c.add(tc, w);
            s = s.add(ts, w);
        }
        for (int h = 0; h < halvings; h++) {
            BigDecimal s2 = s.multiply(c, w).multiply(BigDecimal.valueOf(2), w);
            c = c.multiply(c, w).subtract(s.multiply(s, w), w);
            s = s2;
        }
        return new BigDecimal[] {c.round(mc), s.round(mc)};
    }

    /** floor(x) for a BigDecimal as a BigInteger. */
    static java.math.BigInteger floor(BigDecimal x) {
        return x.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    /** ceil(x) for a BigDecimal as a BigInteger. */
    static java.math.BigInteger ceil(BigDecimal x) {
        return x.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }
}
