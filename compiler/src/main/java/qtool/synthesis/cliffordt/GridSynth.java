package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * Ross–Selinger "gridsynth": the Clifford+T word of least T-count (without ancillas) that is within
 * operator-norm distance ε of Rz(θ) = diag(e^{−iθ/2}, e^{iθ/2}), exactly (no global-phase freedom).
 *
 * <p>The approximation is U = [[u, −t†], [t, u†]] with u, t ∈ D[ω]; ‖U − Rz(θ)‖ ≤ ε exactly when
 * Re(u·e^{iθ/2}) ≥ 1 − ε²/2, a thin circular segment (the ε-region). For k = 0, 1, 2, … the grid
 * problem lists u = x/√2^k, x ∈ Z[ω], with u in the ε-region and u• in the unit disk ({@link
 * GridProblem}); for each, the norm equation t†t = 1 − u†u is solved ({@link NormEquation}, with a
 * bounded factoring effort per candidate as in gridsynth). The first solution fixes U, which {@link
 * ExactSynthesizer} turns into a T-optimal normal-form word; of t and ω·t (both valid) the one with
 * fewer T gates is kept. Real arithmetic uses {@link BigDecimal} with about 3·log10(1/ε) + 30 digits.
 * Before returning, the word is multiplied out exactly and in doubles and its distance checked; a
 * failure is an {@link IllegalStateException}, never a silently wrong word.
 */
public final class GridSynth {
    /** Pollard-rho iterations per norm equation before the candidate is abandoned. */
    public static final long DEFAULT_FACTORING_BUDGET = 4000;
    /**
     * Lattice points looked at per level before the rest of the level is skipped. Ordinary levels
     * have at most a few hundred; only angles within about ε of a multiple of π/4 (where the ε-region
     * is tangent to a lattice direction and its points crowd onto lines) reach it, and then the
     * skipped levels are counted in {@link RzApproximation#truncatedLevels()}.
     */
    static final long POINTS_PER_LEVEL = 50_000;

    private final long factoringBudget;

    public GridSynth() {
        this(DEFAULT_FACTORING_BUDGET);
    }

    public GridSynth(long factoringBudget) {
        this.factoringBudget = factoringBudget;
    }

    /** Approximates Rz(θ) to operator-norm ε (0 < ε < 1). */
    public RzApproximation rz(double theta, double epsilon) {
        if (!Double.isFinite(theta)) {
            throw new IllegalArgumentException("angle must be finite, got " + theta);
        }
        if (!(epsilon > 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("epsilon must be in (0, 0.5), got " + epsilon);
        }
        int digits = 30 + (int) Math.ceil(3 * Math.log10(1 / epsilon));
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal eps = new BigDecimal(epsilon);
        BigDecimal[] cs = BigMath.cosSin(new BigDecimal(theta).divide(BigDecimal.valueOf(-2), mc), mc);
        BigDecimal cz = cs[0];
        BigDecimal sz = cs[1];
        BigDecimal eps2 = eps.multiply(eps, mc);
        // Segment Re(u z̄) ∈ [1 − h, 1], h = ε²/2, |Im(u z̄)| ≤ ε: enclosed by the ellipse through the
        // corners of its bounding box, semi-axes h/√2 (radial) and ε√2 (tangential).
        BigDecimal h = eps2.divide(BigDecimal.valueOf(2), mc);
        BigDecimal s0 = BigDecimal.ONE.subtract(h.divide(BigDecimal.valueOf(2), mc), mc);
        BigDecimal radial = BigDecimal.valueOf(2).divide(h.multiply(h, mc), mc); // 1/(h/√2)²
        BigDecimal tangential = BigDecimal.ONE.divide(eps2.multiply(BigDecimal.valueOf(2), mc), mc); // 1/(ε√2)²
        BigDecimal[] p = {s0.multiply(cz, mc), s0.multiply(sz, mc)};
        GridProblem grid = new GridProblem(cz, sz, radial, tangential, p, h.doubleValue() / 2, mc);
        NormEquation norm = new NormEquation(factoringBudget);
        // Region threshold 1 − ε²/2, shrunk by a relative 1e-12 so rounding can never let a point past ε.
        BigDecimal threshold = BigDecimal.ONE.subtract(h.multiply(BigDecimal.ONE.subtract(new BigDecimal("1e-12")), mc), mc);
        Search search = new Search(norm, cz, sz, mc);
        int maxLevel = 40 + (int) Math.ceil(4 * Math.log(1 / epsilon) / Math.log(2));
        for (int k = 0; k <= maxLevel; k++) {
            search.level(k, threshold.multiply(BigMath.sqrt2(mc).pow(k, mc), mc));
            if (grid.forEachCandidate(k, search::tryCandidate)) {
                if (search.found == null) {
                    search.truncated++;
                    continue;
                }
                CliffordTWord word = ExactSynthesizer.synthesize(search.found);
                double error = verify(word, search.found, theta, epsilon, cz, sz, mc);
                return new RzApproximation(word, error, k, search.tried, search.gaveUp, search.truncated);
            }
        }
        throw new IllegalStateException("gridsynth found no solution up to level " + maxLevel + " for θ=" + theta
                + ", ε=" + epsilon);
    }

    /** The per-candidate work of one gridsynth call: exact region test, norm equation, choice of t. */
    private static final class Search {
        private final NormEquation norm;
        private final BigDecimal cz;
        private final BigDecimal sz;
        private final MathContext mc;
        private int k;
        private ZRoot2 twoK;
        private BigDecimal scaledThreshold;
        int tried;
        int gaveUp;
        int truncated;
        long visited;
        ExactUnitary found;

        Search(NormEquation norm, BigDecimal cz, BigDecimal sz, MathContext mc) {
            this.norm = norm;
            this.cz = cz;
            this.sz = sz;
            this.mc = mc;
        }

        void level(int level, BigDecimal threshold) {
            k = level;
            twoK = ZRoot2.of(BigInteger.ONE.shiftLeft(level));
            scaledThreshold = threshold;
            visited = 0;
        }

        /** True (and {@link #found} set) when x/√2^k is in the ε-region and the norm equation is solved. */
        boolean tryCandidate(ZOmega x) {
            if (++visited > POINTS_PER_LEVEL) {
                return true; // stop this level; found stays null
            }
            if (k > 0 && x.divisibleBySqrt2()) {
                return false; // tried at level k − 1
            }
            ZRoot2 xx = x.normSquared();
            if (xx.compareTo(twoK) > 0 || xx.conjugate().compareTo(twoK) > 0) {
                return false;
            }
            BigDecimal re = x.real(mc).multiply(cz, mc).add(x.imag(mc).multiply(sz, mc), mc);
            if (re.compareTo(scaledThreshold) < 0) {
                return false;
            }
            tried++;
            NormEquation.Solution sol = norm.solve(twoK.subtract(xx));
            if (sol.kind() == NormEquation.Result.GAVE_UP) {
                gaveUp++;
            }
            if (sol.kind() != NormEquation.Result.SOLVED) {
                return false;
            }
            found = bestUnitary(x, sol.t(), k);
            return true;
        }
    }

    /** Of t and ω·t (both give a unitary with the same u), the one whose word has fewer T gates. */
    private static ExactUnitary bestUnitary(ZOmega x, ZOmega t, int k) {
        ExactUnitary best = null;
        int bestT = Integer.MAX_VALUE;
        for (int j = 0; j < 2; j++) {
            ZOmega tj = t.timesOmegaPower(j);
            ExactUnitary u = new ExactUnitary(x, tj.adjoint().negate(), tj, x.adjoint(), k);
            int tCount = ExactSynthesizer.minimalTCount(u);
            if (tCount < bestT) {
                best = u;
                bestT = tCount;
            }
        }
        return best;
    }

    /**
     * The operator-norm distance of the word's product to Rz(θ), computed at high precision from the
     * exact product {@code w} (which {@link ExactSynthesizer} has checked to equal the word), and
     * cross-checked in doubles from qtool's gate matrices; throws if either exceeds ε.
     */
    static double verify(CliffordTWord word, ExactUnitary w, double theta, double epsilon, BigDecimal cz, BigDecimal sz,
            MathContext mc) {
        // Rz(θ) = diag(z, z̄), z = cz + i·sz.
        BigDecimal[][] diff = new BigDecimal[4][];
        diff[0] = sub(w.entry(0, 0, mc), cz, sz, mc);
        diff[1] = w.entry(0, 1, mc);
        diff[2] = w.entry(1, 0, mc);
        diff[3] = sub(w.entry(1, 1, mc), cz, sz.negate(), mc);
        BigDecimal err = operatorNorm(diff, mc);
        double exact = err.round(new MathContext(17, RoundingMode.UP)).doubleValue();
        if (!(exact <= epsilon)) {
            throw new IllegalStateException("gridsynth: word " + word + " has error " + exact + " > ε = " + epsilon);
        }
        ZMatrixRMaj product = WordMatrices.product(word);
        ZMatrixRMaj target = Matrices.of(2, 2, Math.cos(theta / 2), -Math.sin(theta / 2), 0, 0, 0, 0,
                Math.cos(theta / 2), Math.sin(theta / 2));
        double dbl = operatorNormDistance(product, target);
        if (!(dbl <= epsilon + 1e-13 * (1 + word.length()))) {
            throw new IllegalStateException("gridsynth: word " + word + " multiplied out in doubles is " + dbl
                    + " from the target (ε = " + epsilon + ")");
        }
        return exact;
    }

    private static BigDecimal[] sub(BigDecimal[] a, BigDecimal re, BigDecimal im, MathContext mc) {
        return new BigDecimal[] {a[0].subtract(re, mc), a[1].subtract(im, mc)};
    }

    /** ‖A‖₂ of a 2×2 complex matrix: √((F + √(F² − 4|det A|²))/2), F the squared Frobenius norm. */
    static BigDecimal operatorNorm(BigDecimal[][] a, MathContext mc) {
        BigDecimal f = BigDecimal.ZERO;
        for (BigDecimal[] z : a) {
            f = f.add(z[0].multiply(z[0], mc), mc).add(z[1].multiply(z[1], mc), mc);
        }
        // det = a00·a11 − a01·a10
        BigDecimal detRe = a[0][0].multiply(a[3][0], mc).subtract(a[0][1].multiply(a[3][1], mc), mc)
                .subtract(a[1][0].multiply(a[2][0], mc).subtract(a[1][1].multiply(a[2][1], mc), mc), mc);
        BigDecimal detIm = a[0][0].multiply(a[3][1], mc).add(a[0][1].multiply(a[3][0], mc), mc)
                .subtract(a[1][0].multiply(a[2][1], mc).add(a[1][1].multiply(a[2][0], mc), mc), mc);
        BigDecimal det2 = detRe.multiply(detRe, mc).add(detIm.multiply(detIm, mc), mc);
        BigDecimal disc = f.multiply(f, mc).subtract(det2.multiply(BigDecimal.valueOf(4), mc), mc).max(BigDecimal.ZERO);
        BigDecimal s = f.add(disc.sqrt(mc), mc).divide(BigDecimal.valueOf(2), mc);
        return s.signum() <= 0 ? BigDecimal.ZERO : s.sqrt(mc);
    }

    /** ‖a − b‖₂ for 2×2 complex matrices in doubles. */
    static double operatorNormDistance(ZMatrixRMaj a, ZMatrixRMaj b) {
        double[] d = new double[8];
        for (int i = 0; i < 8; i++) {
            d[i] = a.data[i] - b.data[i];
        }
        double f = 0;
        for (double v : d) {
            f += v * v;
        }
        double detRe = (d[0] * d[6] - d[1] * d[7]) - (d[2] * d[4] - d[3] * d[5]);
        double detIm = (d[0] * d[7] + d[1] * d[6]) - (d[2] * d[5] + d[3] * d[4]);
        double disc = Math.max(0, f * f - 4 * (detRe * detRe + detIm * detIm));
        return Math.sqrt(Math.max(0, (f + Math.sqrt(disc)) / 2));
    }
}
