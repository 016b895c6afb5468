package qtool.synthesis.cliffordt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RingsTest {
    private static ZOmega random(Random rnd) {
        return ZOmega.of(rnd.nextInt(41) - 20, rnd.nextInt(41) - 20, rnd.nextInt(41) - 20, rnd.nextInt(41) - 20);
    }

    private static double[] complex(ZOmega z) {
        return new double[] {z.real(), z.imag()};
    }

    @Test
    void zOmegaArithmeticAgreesWithComplexNumbers() {
        Random rnd = new Random(3);
        for (int i = 0; i < 500; i++) {
            ZOmega a = random(rnd);
            ZOmega b = random(rnd);
            double[] x = complex(a);
            double[] y = complex(b);
            double[] p = complex(a.multiply(b));
            assertEquals(x[0] * y[0] - x[1] * y[1], p[0], 1e-9);
            assertEquals(x[0] * y[1] + x[1] * y[0], p[1], 1e-9);
            double[] c = complex(a.adjoint());
            assertEquals(x[0], c[0], 1e-9);
            assertEquals(-x[1], c[1], 1e-9);
            assertEquals(x[0] * x[0] + x[1] * x[1], a.normSquared().doubleValue(), 1e-7);
            // • is a ring automorphism fixing i and negating √2.
            assertEquals(a.multiply(b).bullet(), a.bullet().multiply(b.bullet()));
            assertEquals(a.normSquared().conjugate(), a.bullet().normSquared());
            ZOmega s = a.timesSqrt2();
            assertTrue(s.divisibleBySqrt2());
            assertEquals(a, s.divideBySqrt2());
            assertEquals(a.multiply(ZOmega.OMEGA), a.timesOmegaPower(1));
            assertEquals(a.negate(), a.timesOmegaPower(4));
            if (!b.isZero()) {
                assertEquals(a, a.multiply(b).divideExact(b));
            }
        }
    }

    @Test
    void zRoot2SignComparisonAndGcdAreExact() {
        Random rnd = new Random(5);
        for (int i = 0; i < 500; i++) {
            ZRoot2 a = ZRoot2.of(rnd.nextInt(2001) - 1000, rnd.nextInt(2001) - 1000);
            assertEquals((int) Math.signum(a.doubleValue()), a.signum());
            ZRoot2 b = ZRoot2.of(rnd.nextInt(201) - 100, rnd.nextInt(201) - 100);
            ZRoot2 c = ZRoot2.of(rnd.nextInt(201) - 100, rnd.nextInt(201) - 100);
            if (b.isZero() || c.isZero()) {
                continue;
            }
            ZRoot2 g = ZRoot2.gcd(a.multiply(b), a.multiply(c));
            assertTrue(a.isZero() || g.divideExact(a) != null, "a divides gcd(ab, ac)");
        }
        assertEquals(BigInteger.valueOf(-1), ZRoot2.LAMBDA.norm());
        assertEquals(ZRoot2.ONE, ZRoot2.lambdaPower(5).multiply(ZRoot2.lambdaPower(-5)));
        // δ†δ = √2·λ
        assertEquals(ZRoot2.SQRT2.multiply(ZRoot2.LAMBDA), ZOmega.DELTA.normSquared());
    }

    @Test
    void exactUnitariesReduceTheirDenominator() {
        ExactUnitary h = Letter.H.matrix();
        assertEquals(1, h.denominatorExponent());
        assertEquals(ExactUnitary.IDENTITY, h.multiply(h));
        ExactUnitary t = Letter.T.matrix();
        ExactUnitary t8 = ExactUnitary.IDENTITY;
        for (int i = 0; i < 8; i++) {
            t8 = t8.multiply(t);
        }
        assertEquals(ExactUnitary.IDENTITY, t8);
        assertEquals(Letter.S.matrix(), t.multiply(t));
        assertTrue(h.multiply(t).isUnitary());
    }
}
