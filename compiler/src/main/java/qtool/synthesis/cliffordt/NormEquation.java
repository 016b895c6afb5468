package qtool.synthesis.cliffordt;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Solves the norm equation t†t = ξ for t ∈ Z[ω], given ξ ∈ Z[√2] (Ross–Selinger §6).
 *
 * <p>ξ must be totally non-negative (ξ ≥ 0 and ξ• ≥ 0). Powers of √2 are split off with δ = 1 + ω
 * (δ†δ = √2·λ). The odd part's integer norm n = ξ·ξ• is factored; each prime p of n contributes:
 * p ≡ 3, 5 (mod 8) is inert in Z[√2] and splits as s†s in Z[ω] with s = gcd(h + √−2, p) or
 * gcd(h + i, p); p ≡ ±1 (mod 8) splits in Z[√2] as η·η•, and the exponents a, b of η and η• in ξ
 * decide: for p ≡ 1 both η and η• are s†s with s = gcd(η, h + i), for p ≡ 7 they are inert in Z[ω],
 * so a solution exists only when a and b are even. What remains is a totally positive unit λ^{2j},
 * absorbed as λ^j. The factorisation has a bounded budget: {@link Result#GAVE_UP} means "unknown",
 * not "unsolvable".
 */
public final class NormEquation {
    /** Outcome kinds when there is no t. */
    public enum Result { SOLVED, NO_SOLUTION, GAVE_UP }

    /** A solution (t non-null iff kind is SOLVED). */
    public record Solution(Result kind, ZOmega t) {
    }

    private static final Solution NONE = new Solution(Result.NO_SOLUTION, null);
    private static final Solution GAVE_UP = new Solution(Result.GAVE_UP, null);
    private static final BigInteger EIGHT = BigInteger.valueOf(8);

    private final long factoringBudget;

    /** @param factoringBudget Pollard-rho iterations allowed per equation before giving up */
    public NormEquation(long factoringBudget) {
        this.factoringBudget = factoringBudget;
    }

    public Solution solve(ZRoot2 xi) {
        if (xi.isZero()) {
            return new Solution(Result.SOLVED, ZOmega.ZERO);
        }
        if (xi.signum() < 0 || xi.conjugate().signum() < 0) {
            return NONE;
        }
        ZRoot2 rest = xi;
        ZOmega t = ZOmega.ONE;
        while (rest.divisibleBySqrt2()) {
            rest = rest.divideBySqrt2();
            t = t.multiply(ZOmega.DELTA);
        }
        BigInteger n = rest.norm().abs();
        TreeMap<BigInteger, Integer> factors = IntegerFactoring.factor(n, new IntegerFactoring.Budget(factoringBudget));
        if (factors == null) {
            return GAVE_UP;
        }
        try {
            for (Map.Entry<BigInteger, Integer> f : factors.entrySet()) {
                ZOmega part = primePart(rest, f.getKey(), f.getValue());
                if (part == null) {
                    return NONE;
                }
                t = t.multiply(part);
            }
        } catch (ArithmeticException e) {
            // A Euclidean tie or an unexpected non-split prime: treat as an abandoned candidate.
            return GAVE_UP;
        }
        return fixUnit(xi, t);
    }

    /** The factor of t for the prime p with p^e ‖ N(ξ), or null when the equation has no solution. */
    private static ZOmega primePart(ZRoot2 xi, BigInteger p, int e) {
        int r = p.mod(EIGHT).intValue();
        if (r == 3 || r == 5) {
            if ((e & 1) != 0) {
                return null;
            }
            BigInteger h;
            ZOmega s;
            if (r == 5) {
                h = root(BigInteger.ONE.negate(), p);
                s = ZOmega.gcd(ZOmega.of(h).add(ZOmega.I), ZOmega.of(p));
            } else {
                h = root(BigInteger.TWO.negate(), p);
                // √−2 = i√2 = ω + ω³
                s = ZOmega.gcd(new ZOmega(h, BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE), ZOmega.of(p));
            }
            requireAssociate(s.normSquared(), ZRoot2.of(p));
            return s.pow(e / 2);
        }
        BigInteger h2 = root(BigInteger.TWO, p);
        ZRoot2 eta = ZRoot2.gcd(ZRoot2.of(p), new ZRoot2(h2, BigInteger.ONE));
        if (!eta.norm().abs().equals(p)) {
            throw new ArithmeticException("no prime of Z[√2] above " + p);
        }
        ZRoot2 etaBar = eta.conjugate();
        int a = valuation(xi, eta);
        int b = valuation(xi, etaBar);
        if (a + b != e) {
            throw new ArithmeticException("valuations " + a + "+" + b + " ≠ " + e + " at " + p);
        }
        if (r == 7) {
            if ((a & 1) != 0 || (b & 1) != 0) {
                return null;
            }
            return eta.pow(a / 2).multiply(etaBar.pow(b / 2)).toZOmega();
        }
        BigInteger h = root(BigInteger.ONE.negate(), p);
        ZOmega s = ZOmega.gcd(eta.toZOmega(), ZOmega.of(h).add(ZOmega.I));
        requireAssociate(s.normSquared(), eta);
        return s.pow(a).multiply(s.bullet().pow(b));
    }

    private static BigInteger root(BigInteger a, BigInteger p) {
        BigInteger r = IntegerFactoring.sqrtMod(a, p);
        if (r == null) {
            throw new ArithmeticException(a + " has no square root modulo " + p);
        }
        return r;
    }

    private static int valuation(ZRoot2 x, ZRoot2 prime) {
        int v = 0;
        ZRoot2 y = x;
        while (true) {
            ZRoot2 q = y.divideExact(prime);
            if (q == null) {
                return v;
            }
            y = q;
            v++;
        }
    }

    private static void requireAssociate(ZRoot2 x, ZRoot2 y) {
        ZRoot2 q = x.divideExact(y);
        if (q == null || !q.isUnit()) {
            throw new ArithmeticException(x + " is not an associate of " + y);
        }
    }

    /** Multiplies t by λ^j so that t†t = ξ exactly; ξ/(t†t) must be a totally positive unit. */
    private static Solution fixUnit(ZRoot2 xi, ZOmega t) {
        ZRoot2 u = xi.divideExact(t.normSquared());
        if (u == null || !u.isUnit() || u.signum() <= 0 || u.conjugate().signum() <= 0) {
            throw new IllegalStateException("norm equation: ξ/(t†t) = " + u + " is not a totally positive unit");
        }
        // u = λ^{2j}: walk j towards 0 by exact comparisons with 1.
        int j = 0;
        ZRoot2 lambda2 = ZRoot2.LAMBDA.multiply(ZRoot2.LAMBDA);
        ZRoot2 lambdaInv2 = ZRoot2.LAMBDA_INVERSE.multiply(ZRoot2.LAMBDA_INVERSE);
        while (u.compareTo(ZRoot2.ONE) > 0) {
            u = u.multiply(lambdaInv2);
            j++;
        }
        while (u.compareTo(ZRoot2.ONE) < 0) {
            u = u.multiply(lambda2);
            j--;
        }
        if (!u.equals(ZRoot2.ONE)) {
            throw new IllegalStateException("norm equation: unit is not an even power of λ");
        }
        ZOmega result = t.multiply(ZRoot2.lambdaPower(j).toZOmega());
        if (!result.normSquared().equals(xi)) {
            throw new IllegalStateException("norm equation: t†t ≠ ξ");
        }
        return new Solution(Result.SOLVED, result);
    }
}
