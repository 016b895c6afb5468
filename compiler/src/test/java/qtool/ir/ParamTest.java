package qtool.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import qtool.qasm.QasmReader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamTest {
    private static final Param THETA = Param.symbol("theta");
    private static final Param PHI = Param.symbol("phi");

    private static Param c(double v) {
        return Param.constant(v);
    }

    @Test
    void constantSubtreesFoldEagerly() {
        Param half = Param.PI.dividedBy(c(2));
        assertInstanceOf(Param.Const.class, half);
        assertEquals(c(Math.PI / 2), half);
        assertEquals(c(5), c(2).plus(c(3)));
        assertEquals(c(-1), c(2).minus(c(3)));
        assertEquals(c(8), c(2).pow(c(3)));
        assertEquals(c(Math.sin(0.5)), Param.function("sin", c(0.5)));
        assertEquals(c(-0.5), c(0.5).negate());
        assertTrue(half.isConstant());
        assertEquals(Math.PI / 2, half.value());
    }

    @Test
    void symbolicTreesKeepTheirStructure() {
        Param p = THETA.plus(c(1)).times(PHI);
        assertInstanceOf(Param.Mul.class, p);
        assertFalse(p.isConstant());
        assertThrows(IllegalStateException.class, p::value);
        assertEquals(Set.of("phi", "theta"), p.free());
        assertEquals(List.of("phi", "theta"), List.copyOf(p.free()));
        assertNotEquals(THETA.plus(PHI), PHI.plus(THETA));
        assertEquals(THETA.plus(PHI), Param.symbol("theta").plus(Param.symbol("phi")));
    }

    @Test
    void recordsRejectUnfoldedConstants() {
        assertThrows(IllegalArgumentException.class, () -> new Param.Add(c(1), c(2)));
        assertThrows(IllegalArgumentException.class, () -> new Param.Neg(c(1)));
        assertThrows(IllegalArgumentException.class, () -> new Param.Fn("sin", c(1)));
    }

    @Test
    void constantsAreFiniteAndCompareByBits() {
        assertThrows(IllegalArgumentException.class, () -> Param.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Param.constant(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> c(1).dividedBy(c(0)));
        assertThrows(IllegalArgumentException.class, () -> Param.function("ln", c(-1)));
        assertThrows(IllegalArgumentException.class, () -> Param.function("sqrt", c(-1)));
        assertThrows(IllegalArgumentException.class, () -> c(1e308).times(c(10)));
        assertNotEquals(c(0.0), c(-0.0));
        assertEquals(c(-0.0), c(0.0).negate());
        assertEquals(c(0.1).hashCode(), c(0.1).hashCode());
    }

    @Test
    void functionsAndAliases() {
        assertEquals(new Param.Fn("asin", THETA), Param.function("arcsin", THETA));
        assertEquals("arcsin(theta)", Param.function("asin", THETA).toQasm());
        assertEquals("asin(theta)", Param.function("asin", THETA).toQasm(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Param.function("log", THETA));
        assertTrue(e.getMessage().contains("log"));
        for (String f : List.of("sin", "cos", "tan", "exp", "ln", "sqrt", "asin", "acos", "atan")) {
            assertEquals(Param.function(f, c(0.25)).value(), Param.function(f, THETA).eval(Map.of("theta", 0.25)));
        }
    }

    @Test
    void evalAndUnboundSymbols() {
        Param p = THETA.times(c(2)).minus(PHI.dividedBy(c(4))).pow(c(2));
        double t = 0.3;
        double f = -1.7;
        assertEquals(Math.pow(t * 2 - f / 4, 2), p.eval(Map.of("theta", t, "phi", f)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.eval(Map.of("theta", t)));
        assertTrue(e.getMessage().contains("'phi'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Param.function("sqrt", THETA).eval(Map.of("theta", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> c(1).dividedBy(THETA).eval(Map.of("theta", 0.0)));
        assertEquals(2.5, c(2.5).eval(Map.of()));
    }

    @Test
    void substituteFoldsWhatBecomesConstant() {
        Param p = THETA.plus(PHI).dividedBy(c(2));
        Param partial = p.substitute(Map.of("theta", c(1)));
        assertEquals(c(1).plus(PHI).dividedBy(c(2)), partial);
        assertEquals(Set.of("phi"), partial.free());
        Param full = p.substitute(Map.of("theta", c(1), "phi", c(3)));
        assertEquals(c(2), full);
        assertEquals(Param.symbol("x").times(c(2)), THETA.times(c(2)).substitute(Map.of("theta", Param.symbol("x"))));
        assertEquals(Param.function("cos", c(0.5)), Param.function("cos", THETA).substitute(Map.of("theta", c(0.5))));
    }

    @Test
    void piMultiplesPrintExactly() {
        assertEquals("pi", Param.PI.toQasm());
        assertEquals("-pi", Param.PI.negate().toQasm());
        assertEquals("pi/2", Param.PI.dividedBy(c(2)).toQasm());
        assertEquals("-pi/2", c(-Math.PI / 2).toQasm());
        assertEquals("3*pi/4", c(3).times(Param.PI).dividedBy(c(4)).toQasm());
        assertEquals("2*pi", Param.PI.times(c(2)).toQasm());
        assertEquals("pi/3", Param.PI.dividedBy(c(3)).toQasm());
        assertEquals("pi/17179869184", Param.PI.dividedBy(c(17179869184.0)).toQasm());
        assertEquals("-7*pi/8", c(-7 * Math.PI / 8).toQasm());
    }

    @Test
    void floatsPrintAsFloatLiterals() {
        assertEquals("0.5", c(0.5).toQasm());
        assertEquals("2.0", c(2).toQasm());
        assertEquals("-3.0", c(-3).toQasm());
        assertEquals("1.0e-07", c(1e-7).toQasm());
        assertEquals("1.0e-300", c(1e-300).toQasm());
        assertEquals("4.9e-324", c(Double.MIN_VALUE).toQasm());
        assertEquals("1.0e+21", c(1e21).toQasm());
        assertEquals("0.0", c(0.0).toQasm());
        assertEquals("-0.0", c(-0.0).toQasm());
        assertEquals("0.1", c(0.1).toQasm());
    }

    @Test
    void symbolicTreesPrintWithMinimalParentheses() {
        assertEquals("theta + phi", THETA.plus(PHI).toQasm());
        assertEquals("theta - (phi + 1.0)", THETA.minus(PHI.plus(c(1))).toQasm());
        assertEquals("theta - phi + 1.0", THETA.minus(PHI).plus(c(1)).toQasm());
        assertEquals("(theta + phi)/2.0", THETA.plus(PHI).dividedBy(c(2)).toQasm());
        assertEquals("-(theta + phi)/2.0", THETA.plus(PHI).negate().dividedBy(c(2)).toQasm());
        assertEquals("theta*pi/2.0", THETA.times(Param.PI).dividedBy(c(2)).toQasm());
        assertEquals("theta*(pi/2)", THETA.times(Param.PI.dividedBy(c(2))).toQasm());
        assertEquals("theta - (-0.5)", THETA.minus(c(-0.5)).toQasm());
        assertEquals("(-theta)**2.0", THETA.negate().pow(c(2)).toQasm());
        assertEquals("(-theta)^2.0", THETA.negate().pow(c(2)).toQasm(2));
        assertEquals("-(theta**2.0)", THETA.pow(c(2)).negate().toQasm());
        assertEquals("theta**(phi**2.0)", THETA.pow(PHI.pow(c(2))).toQasm());
        assertEquals("sin(theta/2.0)", Param.function("sin", THETA.dividedBy(c(2))).toQasm());
    }

    @Test
    void specialConstantsRoundTrip() {
        double[] values = {0.0, -0.0, 1e-300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1,
            1.0 / 3, 2, 1e7, 1e-7, 123456789.125, Math.PI, -Math.PI, Math.E, Math.PI * 1e-10, Math.nextUp(Math.PI)};
        for (double v : values) {
            assertRoundTrip(c(v));
        }
    }

    @Test
    void piFractionsRoundTrip() {
        for (int k = -40; k <= 40; k++) {
            for (int m = 1; m <= 70; m++) {
                assertRoundTrip(Param.constant(k).times(Param.PI).dividedBy(Param.constant(m)));
                assertRoundTrip(Param.constant(k * Math.PI / m));
                assertRoundTrip(Param.constant(k * (Math.PI / m)));
            }
        }
        for (int j = 0; j < 60; j++) {
            assertRoundTrip(Param.PI.dividedBy(Param.constant(Math.scalb(1.0, j))));
        }
    }

    @Test
    void randomDoublesRoundTrip() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20000; i++) {
            double v;
            switch (i % 3) {
                case 0: v = Double.longBitsToDouble(rnd.nextLong()); break;
                case 1: v = (rnd.nextDouble() - 0.5) * 20; break;
                default: v = rnd.nextInt(200) * Math.PI / (1 + rnd.nextInt(300)); break;
            }
            if (Double.isFinite(v)) {
                assertRoundTrip(c(v));
            }
        }
    }

    @Test
    void randomTreesRoundTrip() {
        Random rnd = new Random(11);
        for (int i = 0; i < 3000; i++) {
            Param p = randomTree(rnd, 4);
            assertRoundTrip(p);
        }
    }

    private static Param randomTree(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            switch (rnd.nextInt(4)) {
                case 0: return Param.symbol(rnd.nextBoolean() ? "theta" : "phi");
                case 1: return c(rnd.nextInt(9) - 4);
                case 2: return c(rnd.nextGaussian());
                default: return Param.PI.times(c(rnd.nextInt(7) - 3)).dividedBy(c(1 + rnd.nextInt(8)));
            }
        }
        Param a = randomTree(rnd, depth - 1);
        Param b = randomTree(rnd, depth - 1);
        try {
            switch (rnd.nextInt(8)) {
                case 0: return a.plus(b);
                case 1: return a.minus(b);
                case 2: return a.times(b);
                case 3: return a.dividedBy(b);
                case 4: return a.pow(b);
                case 5: return a.negate();
                case 6: return Param.function(rnd.nextBoolean() ? "sin" : "atan", a);
                default: return b.negate().minus(a);
            }
        } catch (IllegalArgumentException e) {
            return Param.symbol("theta"); // folding hit a non-finite constant
        }
    }

    /** Prints with toQasm and reads the text back with qtool's own OpenQASM reader. */
    private static void assertRoundTrip(Param p) {
        String text3 = p.toQasm(3);
        Param back3 = QasmReader.parse("OPENQASM 3; input angle theta; input angle phi; qubit q; U(" + text3
                + ", 0, 0) q;").instructions().get(0).param(0);
        assertEquals(p, back3, () -> "OpenQASM 3 round trip of " + text3);
        if (p.free().isEmpty()) {
            // OpenQASM 2 has symbols only inside gate bodies; constants are checked at top level.
            String text2 = p.toQasm(2);
            Param back2 = QasmReader.parse("OPENQASM 2.0; qreg q[1]; U(" + text2 + ", 0, 0) q[0];")
                    .instructions().get(0).param(0);
            assertEquals(p, back2, () -> "OpenQASM 2 round trip of " + text2);
        }
    }
}
