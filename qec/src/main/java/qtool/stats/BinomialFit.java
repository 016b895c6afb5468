package qtool.stats;

/**
 * Error bars for a measured rate, as sinter's {@code fit_binomial} and
 * {@code shot_error_rate_to_piece_error_rate} ({@code _probability_util.py}) compute them.
 *
 * <p>The band is every hypothesis {@code p} whose binomial likelihood of the observed hits is within
 * {@code maxLikelihoodFactor} (a Bayes factor, 1000 in {@code sinter plot}) of the best hypothesis
 * {@code hits / shots}. Like sinter, the edges are found by binary search over a grid of expected
 * hit counts in steps of 1/100 (so {@code p} steps of {@code 0.01 / shots}), and the edge is the grid
 * point whose log-likelihood is closest to the threshold. Unlike sinter, the log-likelihood is
 * evaluated in double precision (sinter uses float32) and without the {@code ln C(n, k)} term, which
 * cancels in the comparison; the two can therefore differ by one grid step when a grid point lies
 * almost exactly on the threshold, and sinter's float32 rounding makes its edges noisier for very
 * large counts. With no shots the band is the whole interval and the best guess 0.5, as in sinter.
 */
public final class BinomialFit {
    /** A best estimate and the edges of its likelihood band. */
    public record Fit(double low, double best, double high) {
    }

    /** sinter's grid: expected hit counts are searched in steps of 1/ACC. */
    private static final int ACC = 100;

    private BinomialFit() {
    }

    public static Fit fit(long shots, long hits, double maxLikelihoodFactor) {
        if (!(maxLikelihoodFactor >= 1)) {
            throw new IllegalArgumentException("maxLikelihoodFactor=" + maxLikelihoodFactor + " < 1");
        }
        if (shots < 0 || hits < 0 || hits > shots) {
            throw new IllegalArgumentException("need 0 <= hits <= shots, got hits=" + hits + " shots=" + shots);
        }
        if (shots == 0) {
            return new Fit(0, 0.5, 1);
        }
        double target = logLikelihood((double) hits / shots, shots, hits) - Math.log(maxLikelihoodFactor);
        // Below the maximum the likelihood rises with p; above it, it falls, so search its negation.
        long low = search(x -> logLikelihood(gridP(x, shots), shots, hits), 0, hits * ACC, target);
        long high = search(x -> -logLikelihood(gridP(x, shots), shots, hits), hits * ACC, shots * ACC, -target);
        return new Fit(((double) low / ACC) / shots, (double) hits / shots, ((double) high / ACC) / shots);
    }

    /** sinter evaluates p = x / (acc * shots) on the grid. */
    private static double gridP(long x, long shots) {
        return x / ((double) ACC * shots);
    }

    /** ln P(hits | n, p) up to the constant ln C(n, hits); -infinity where the data are impossible. */
    static double logLikelihood(double p, long n, long hits) {
        double q = Math.min(1, Math.max(0, p));
        long misses = n - hits;
        double result = 0;
        if (hits > 0) {
            result += q == 0 ? Double.NEGATIVE_INFINITY : hits * Math.log(q);
        }
        if (misses > 0) {
            result += q == 1 ? Double.NEGATIVE_INFINITY : misses * Math.log1p(-q);
        }
        return result;
    }

    /** An increasing function of a grid index. */
    private interface GridFunction {
        double at(long x);
    }

    /**
     * Binary search on an increasing function for the grid point nearest {@code target}; ends by
     * picking whichever of the two bracketing points is closer, as sinter's {@code binary_search}.
     */
    private static long search(GridFunction f, long minX, long maxX, double target) {
        while (maxX > minX + 1) {
            long mid = minX + (maxX - minX) / 2;
            double y = f.at(mid);
            if (y < target) {
                minX = mid;
            } else if (y > target) {
                maxX = mid;
            } else {
                return mid;
            }
        }
        double fMax = f.at(maxX);
        double fMin = f.at(minX);
        double dMax = fMax == target ? 0 : fMax - target;
        double dMin = fMin == target ? 0 : fMin - target;
        return Math.abs(dMax) < Math.abs(dMin) ? maxX : minX;
    }

    /**
     * sinter's {@code shot_error_rate_to_piece_error_rate}: the per-piece (e.g. per-round) failure
     * rate such that {@code pieces} independent XOR-combined pieces, for each of {@code values}
     * OR-combined observables, fail a shot with probability {@code shotRate}. Rates above 0.5 are
     * mirrored ({@code 1 - f(1 - rate)}), because XOR of many pieces tends to 0.5 from either side;
     * when the result underflows to 0, it falls back to {@code shotRate / pieces}.
     */
    public static double perPieceRate(double shotRate, double pieces, double values) {
        if (!(shotRate >= 0 && shotRate <= 1)) {
            throw new IllegalArgumentException("need 0 <= shotRate=" + shotRate + " <= 1");
        }
        if (!(pieces > 0)) {
            throw new IllegalArgumentException("need pieces > 0, got " + pieces);
        }
        if (pieces == 1) {
            return shotRate;
        }
        if (values != 1) {
            double perValue = 1 - Math.pow(1 - shotRate, 1 / values);
            double piece = perPieceRate(perValue, pieces, 1);
            return 1 - Math.pow(1 - piece, values);
        }
        if (shotRate > 0.5) {
            return 1 - perPieceRate(1 - shotRate, pieces, 1);
        }
        double randomize = 2 * shotRate;
        double pieceRandomize = 1 - Math.pow(1 - randomize, 1 / pieces);
        double pieceRate = pieceRandomize / 2;
        return pieceRate == 0 ? shotRate / pieces : pieceRate;
    }
}
