package qtool.synthesis.cliffordt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigInteger;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NormEquationTest {
    private final NormEquation solver = new NormEquation(1_000_000);

    @Test
    void solvesEveryNormOfARandomElement() {
        Random rnd = new Random(7);
        int solved = 0;
        for (int trial = 0; trial < 300; trial++) {
            ZOmega t = ZOmega.of(rnd.nextInt(2001) - 1000, rnd.nextInt(2001) - 1000, rnd.nextInt(2001) - 1000,
                    rnd.nextInt(2001) - 1000);
            ZRoot2 xi = t.normSquared();
            NormEquation.Solution s = solver.solve(xi);
            assertEquals(NormEquation.Result.SOLVED, s.kind(), () -> "ξ = " + xi);
            assertEquals(xi, s.t().normSquared());
            solved++;
        }
        assertEquals(300, solved);
    }

    @Test
    void recognisesUnsolvableEquations() {
        // 7 = (3+√2)(3−√2) with both factors inert in Z[ω] to the first power; ξ < 0; ξ• < 0.
        assertEquals(NormEquation.Result.NO_SOLUTION, solver.solve(ZRoot2.of(7, 0)).kind());
        assertEquals(NormEquation.Result.NO_SOLUTION, solver.solve(ZRoot2.of(-1, 0)).kind());
        assertEquals(NormEquation.Result.NO_SOLUTION, solver.solve(ZRoot2.of(1, 1).multiply(ZRoot2.of(1, 1)).multiply(ZRoot2.LAMBDA)).kind());
        // 49 = 7·7 is a norm (of 7), and 3, 5 and 17 are sums of the right squares.
        for (long n : new long[] {49, 3, 5, 17, 2, 1}) {
            NormEquation.Solution s = solver.solve(ZRoot2.of(n, 0));
            assertEquals(NormEquation.Result.SOLVED, s.kind(), "ξ = " + n);
            assertEquals(ZRoot2.of(n, 0), s.t().normSquared());
        }
    }

    @Test
    void givesUpWhenTheFactoringBudgetIsExhausted() {
        // A product of two 40-bit primes cannot be split with 10 rho iterations.
        BigInteger p = BigInteger.valueOf(1_099_511_627_791L); // prime
        BigInteger q = BigInteger.valueOf(1_099_511_627_817L); // prime
        ZRoot2 xi = ZRoot2.of(p.multiply(q));
        assertEquals(NormEquation.Result.GAVE_UP, new NormEquation(10).solve(xi).kind());
    }

    @Test
    void factorsWithPollardRho() {
        BigInteger n = BigInteger.valueOf(1_000_003L).multiply(BigInteger.valueOf(999_983L)).multiply(BigInteger.valueOf(12));
        TreeMap<BigInteger, Integer> f = IntegerFactoring.factor(n, new IntegerFactoring.Budget(1_000_000));
        assertNotNull(f);
        assertEquals(Integer.valueOf(2), f.get(BigInteger.TWO));
        assertEquals(Integer.valueOf(1), f.get(BigInteger.valueOf(1_000_003L)));
        assertEquals(Integer.valueOf(1), f.get(BigInteger.valueOf(999_983L)));
        BigInteger p = BigInteger.valueOf(1_000_000_007L);
        BigInteger r = IntegerFactoring.sqrtMod(BigInteger.TWO, BigInteger.valueOf(1_000_000_007L));
        assertEquals(BigInteger.TWO, r.multiply(r).mod(p));
    }
}
