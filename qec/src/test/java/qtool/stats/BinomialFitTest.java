package qtool.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** fit_binomial edges checked against an independent continuous root search of the log-likelihood. */
class BinomialFitTest {
    private static final double LN_1000 = Math.log(1000);

    @Test
    void sinterDocstringExamples() {
        // sinter.fit_binomial(num_shots=100_000_000, num_hits=2, max_likelihood_factor=1000)
        BinomialFit.Fit a = BinomialFit.fit(100_000_000, 2, 1000);
        assertEquals(2e-10, a.low(), 1e-22);
        assertEquals(2e-08, a.best(), 0);
        assertEquals(1.259e-07, a.high(), 1e-19);
        // sinter.fit_binomial(num_shots=10, num_hits=5, max_likelihood_factor=9)
        BinomialFit.Fit b = BinomialFit.fit(10, 5, 9);
        assertEquals(0.202, b.low(), 1e-12);
        assertEquals(0.5, b.best(), 0);
        assertEquals(0.798, b.high(), 1e-12);
    }

    @Test
    void noShots() {
        assertEquals(new BinomialFit.Fit(0, 0.5, 1), BinomialFit.fit(0, 0, 1000));
    }

    @Test
    void noHits() {
        BinomialFit.Fit f = BinomialFit.fit(1000, 0, 1000);
        assertEquals(0, f.low());
        assertEquals(0, f.best());
        // Likelihood (1-p)^1000 falls to 1/1000 at p = 1 - 1000^(-1/1000) ≈ 0.0068854.
        assertEquals(1 - Math.pow(1000, -1e-3), f.high(), 1e-5 + 1e-9);
    }

    @Test
    void allHits() {
        BinomialFit.Fit f = BinomialFit.fit(1000, 1000, 1000);
        assertEquals(1, f.high());
        assertEquals(1, f.best());
        assertEquals(Math.pow(1000, -1e-3), f.low(), 1e-5 + 1e-9);
    }

    @Test
    void tenOfAHundred() {
        BinomialFit.Fit f = BinomialFit.fit(100, 10, 1000);
        assertEquals(0.1, f.best(), 0);
        double grid = 0.01 / 100;
        assertEquals(root(100, 10, 1e-9, 0.1), f.low(), grid);
        assertEquals(root(100, 10, 0.1, 1 - 1e-9), f.high(), grid);
        // The edge is where the log-likelihood has dropped by ln(1000) from its maximum.
        double max = ll(0.1, 100, 10);
        assertEquals(max - LN_1000, ll(f.low(), 100, 10), 0.01);
        assertEquals(max - LN_1000, ll(f.high(), 100, 10), 0.01);
        assertTrue(f.low() < 0.1 && f.high() > 0.1, f.toString());
    }

    @Test
    void largeCounts() {
        long shots = 1_000_000_000L;
        long hits = 10_000;
        BinomialFit.Fit f = BinomialFit.fit(shots, hits, 1000);
        double best = 1e-5;
        double grid = 0.01 / shots;
        assertEquals(best, f.best(), 0);
        assertEquals(root(shots, hits, best / 2, best), f.low(), grid * 1.01);
        assertEquals(root(shots, hits, best, best * 2), f.high(), grid * 1.01);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BinomialFit.fit(10, 11, 1000));
        assertThrows(IllegalArgumentException.class, () -> BinomialFit.fit(10, 1, 0.5));
    }

    @Test
    void perPieceRateMatchesSinterExamples() {
        assertEquals(0.05278640450004207, BinomialFit.perPieceRate(0.1, 2, 1), 1e-16);
        assertEquals(0.1, BinomialFit.perPieceRate(0.05278640450004207, 0.5, 1), 1e-15);
        assertEquals(1.000000082740371e-11, BinomialFit.perPieceRate(1e-9, 100, 1), 1e-22);
        assertEquals(0.12052311142021144, BinomialFit.perPieceRate(0.6, 10, 2), 1e-15);
        assertEquals(0.3, BinomialFit.perPieceRate(0.3, 1, 1));
        // Above one half the rate is mirrored: 1 - f(1 - rate).
        assertEquals(1 - BinomialFit.perPieceRate(0.2, 5, 1), BinomialFit.perPieceRate(0.8, 5, 1), 1e-15);
        assertEquals(1e-300 / 5, BinomialFit.perPieceRate(1e-300, 5, 1));
    }

    /** Log-likelihood including the binomial coefficient's absence: only differences matter here. */
    private static double ll(double p, long n, long k) {
        return k * Math.log(p) + (n - k) * Math.log1p(-p);
    }

    /** Continuous bisection for ll(p) = ll(k/n) - ln 1000 between a and b. */
    private static double root(long n, long k, double a, double b) {
        double target = ll((double) k / n, n, k) - LN_1000;
        boolean risingAtA = ll(a, n, k) < target;
        for (int i = 0; i < 200; i++) {
            double m = (a + b) / 2;
            if ((ll(m, n, k) < target) == risingAtA) {
                a = m;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }
}
