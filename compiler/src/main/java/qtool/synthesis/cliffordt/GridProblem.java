package qtool.synthesis.cliffordt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scaled two-dimensional grid problem of Ross–Selinger for an ellipse E and the unit disk: for a
 * level k, every x ∈ Z[ω] with x/√2^k ∈ E and x•/√2^k in the unit disk (a superset is returned; the
 * caller applies the exact region test).
 *
 * <p>Z[ω] embeds as a lattice in R⁴ by x ↦ (x, x•), and both conditions together lie in the
 * ellipsoid q(x − √2^k·p) ≤ 2^{k+1}, where q(v, w) = vᵀDv + |w|² (D, p the ellipse's matrix and
 * centre). The quadratic part of q does not depend on k, so the lattice is reduced once for q
 * (LLL, in {@link BigDecimal} at a precision derived from ε). This plays the role of Ross–Selinger's
 * grid operator: it maps the very thin ε-ellipse and the disk to a pair that is "upright" for the
 * lattice, after which each level is a short Fincke–Pohst enumeration (in doubles, on the reduced,
 * well-conditioned form, with a relative slack; exact tests follow). Cost per level is proportional
 * to the number of lattice points in the ellipsoid, a bounded multiple of the number of candidates.
 */
final class GridProblem {
    private static final int N = 4;
    private static final double SLACK = 1e-9;

    private final MathContext mc;
    /** Reduced basis: row i holds the ω-coordinates of basis vector i. */
    private final BigInteger[][] basis = new BigInteger[N][N];
    /** Inverse of {@link #basis}: ω-coordinates → reduced coordinates. */
    private final BigInteger[][] inverse = new BigInteger[N][N];
    /**
     * Weights μ of the forms q_E + μ·q_D used for pruning: every point of the product set has
     * q_E + μ·q_D ≤ (1 + μ)·2^k for each μ, and along the enumeration each form's partial sum is the
     * minimum of that form over the still-free coordinates. μ = 1 alone (one ellipsoid) would admit
     * whole lattice lines lying just outside the thin ε-ellipse but inside the ellipsoid's slack;
     * the lopsided weights cut them off at once.
     */
    private static final double[] WEIGHTS = {1, 1.0 / 64, 64};
    private final double[][] gsNorm = new double[WEIGHTS.length][N];
    /**
     * The region also lies in the slab |a| ≤ slabHalfWidth (a = coordinate along (cz, sz) from the
     * centre, at scale 1). The innermost enumeration loop is a lattice line; intersecting it with the
     * slab skips, in O(1), lines that run inside the ellipse but outside the region, which for angles
     * near multiples of π/4 would otherwise hold millions of points each.
     */
    private final double slabHalfWidth;
    /** The along-coordinate of each reduced basis vector. */
    private final double[] along = new double[N];
    /** The across-coordinate (perpendicular to (cz, sz)) of each reduced basis vector. */
    private final double[] across = new double[N];
    /** Real and imaginary parts of each reduced basis vector's √2-conjugate. */
    private final double[] bulletRe = new double[N];
    private final double[] bulletIm = new double[N];
    /** |p| and |p|² − 1 for the unit-disk test on the u side. */
    private final double centreNorm;
    private final double centreNormSquaredMinusOne;
    private final double[][][] mu = new double[WEIGHTS.length][N][N];
    /** Reduced coordinates of the centre p (from its ω-coordinates γ, Σ γ_j φ(ω^j) = (p, 0)). */
    private final BigDecimal[] centre = new BigDecimal[N];
    /** Reduced coordinates of √2^level·p for the last level asked, to scale by √2 per level. */
    private BigDecimal[] scaledCentre;
    private int scaledLevel = -1;

    /**
     * The ellipse E = {u : a²/r² + b²/t² ≤ 1} around centre p, with a, b the coordinates of u − p along
     * the unit direction (cz, sz) and across it, given as {@code radial} = 1/r² and {@code tangential}
     * = 1/t².
     *
     * <p>The reduction is staged: the form is first reduced for a fatter ellipse (the same shape with
     * r, t scaled up), in doubles, and the basis carried to the next, thinner stage, so each stage's
     * Gram matrix is well conditioned in the current basis; a final LLL pass in {@link BigDecimal}
     * certifies the result. This keeps the set-up cost at a few hundred high-precision operations.
     */
    GridProblem(BigDecimal cz, BigDecimal sz, BigDecimal radial, BigDecimal tangential, BigDecimal[] p, double slabHalfWidth,
            MathContext mc) {
        this.mc = mc;
        this.slabHalfWidth = slabHalfWidth;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                basis[i][j] = i == j ? BigInteger.ONE : BigInteger.ZERO;
                inverse[i][j] = basis[i][j];
            }
        }
        // Stage σ scales 1/r² by σ⁴ and 1/t² by σ² (an ε-region for ε/σ); σ grows by 10 per stage.
        double minTangential = 50.0; // 1/t² of an ε = 0.1 region
        double sigma = Math.min(1.0, Math.sqrt(minTangential / tangential.doubleValue()));
        while (sigma < 1.0) {
            BigDecimal s2 = new BigDecimal(sigma * sigma, mc);
            double[][] g = toDouble(gram(cz, sz, radial.multiply(s2.multiply(s2, mc), mc), tangential.multiply(s2, mc)));
            reduceInDoubles(g);
            sigma = Math.min(1.0, sigma * 10);
        }
        BigDecimal[][] gram = gram(cz, sz, radial, tangential);
        lll(gram);
        requireInverse();
        for (int i = 0; i < N; i++) {
            ZOmega r = basisVector(i);
            along[i] = r.real(mc).multiply(cz, mc).add(r.imag(mc).multiply(sz, mc), mc).doubleValue();
            across[i] = r.imag(mc).multiply(cz, mc).subtract(r.real(mc).multiply(sz, mc), mc).doubleValue();
            ZOmega rb = r.bullet();
            bulletRe[i] = rb.real(mc).doubleValue();
            bulletIm[i] = rb.imag(mc).doubleValue();
        }
        BigDecimal pp = p[0].multiply(p[0], mc).add(p[1].multiply(p[1], mc), mc);
        centreNorm = pp.sqrt(mc).doubleValue();
        centreNormSquaredMinusOne = pp.subtract(BigDecimal.ONE, mc).doubleValue();
        for (int f = 0; f < WEIGHTS.length; f++) {
            BigDecimal[][] g = f == 0 ? gram : gram(cz, sz, radial, tangential, new BigDecimal(WEIGHTS[f]));
            BigDecimal[] b = new BigDecimal[N];
            BigDecimal[][] m = new BigDecimal[N][N];
            gramSchmidt(g, b, m);
            for (int i = 0; i < N; i++) {
                gsNorm[f][i] = b[i].doubleValue();
                for (int j = 0; j < i; j++) {
                    mu[f][i][j] = m[i][j].doubleValue();
                }
            }
        }
        BigDecimal twoSqrt2 = BigMath.sqrt2(mc).multiply(BigDecimal.valueOf(2), mc);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal[] gamma = {
            p[0].multiply(half, mc),
            p[0].add(p[1], mc).divide(twoSqrt2, mc),
            p[1].multiply(half, mc),
            p[1].subtract(p[0], mc).divide(twoSqrt2, mc),
        };
        for (int i = 0; i < N; i++) {
            BigDecimal y = BigDecimal.ZERO;
            for (int j = 0; j < N; j++) {
                y = y.add(gamma[j].multiply(new BigDecimal(inverse[j][i]), mc), mc);
            }
            centre[i] = y;
        }
    }

    /** basis·inverse = I exactly, i.e. the reduced basis still spans Z[ω] (a missed point would be silent). */
    private void requireInverse() {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                BigInteger v = BigInteger.ZERO;
                for (int l = 0; l < N; l++) {
                    v = v.add(basis[i][l].multiply(inverse[l][j]));
                }
                if (!v.equals(i == j ? BigInteger.ONE : BigInteger.ZERO)) {
                    throw new IllegalStateException("grid problem: reduced basis is not unimodular");
                }
            }
        }
    }

    private ZOmega basisVector(int i) {
        return new ZOmega(basis[i][0], basis[i][1], basis[i][2], basis[i][3]);
    }

    /** The Gram matrix of q in the current basis, q(x) = radial·a² + tangential·b² + |x•|². */
    private BigDecimal[][] gram(BigDecimal cz, BigDecimal sz, BigDecimal radial, BigDecimal tangential) {
        return gram(cz, sz, radial, tangential, BigDecimal.ONE);
    }

    /** The Gram matrix of q_E + μ·q_D in the current basis. */
    private BigDecimal[][] gram(BigDecimal cz, BigDecimal sz, BigDecimal radial, BigDecimal tangential, BigDecimal weight) {
        BigDecimal[] along = new BigDecimal[N];
        BigDecimal[] across = new BigDecimal[N];
        BigDecimal[] bulletRe = new BigDecimal[N];
        BigDecimal[] bulletIm = new BigDecimal[N];
        for (int i = 0; i < N; i++) {
            ZOmega r = basisVector(i);
            BigDecimal re = r.real(mc);
            BigDecimal im = r.imag(mc);
            along[i] = re.multiply(cz, mc).add(im.multiply(sz, mc), mc);
            across[i] = im.multiply(cz, mc).subtract(re.multiply(sz, mc), mc);
            ZOmega rb = r.bullet();
            bulletRe[i] = rb.real(mc);
            bulletIm[i] = rb.imag(mc);
        }
        BigDecimal[][] g = new BigDecimal[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j <= i; j++) {
                BigDecimal v = radial.multiply(along[i].multiply(along[j], mc), mc)
                        .add(tangential.multiply(across[i].multiply(across[j], mc), mc), mc)
                        .add(weight.multiply(bulletRe[i].multiply(bulletRe[j], mc)
                                .add(bulletIm[i].multiply(bulletIm[j], mc), mc), mc), mc);
                g[i][j] = v;
                g[j][i] = v;
            }
        }
        return g;
    }

    private static double[][] toDouble(BigDecimal[][] g) {
        double[][] d = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                d[i][j] = g[i][j].doubleValue();
            }
        }
        return d;
    }

    /**
     * LLL in doubles on a Gram matrix that is well conditioned relative to the current basis; applies
     * the unimodular change to the basis and its inverse. Stops early if rounding makes the form look
     * indefinite (the exact pass afterwards repairs anything left).
     */
    private void reduceInDoubles(double[][] g) {
        long[][] t = new long[N][N];
        long[][] ti = new long[N][N];
        for (int i = 0; i < N; i++) {
            t[i][i] = 1;
            ti[i][i] = 1;
        }
        double[] b = new double[N];
        double[][] m = new double[N][N];
        int k = 1;
        for (int guard = 0; k < N && guard < 10_000; guard++) {
            if (!gramSchmidtDouble(g, b, m)) {
                break;
            }
            for (int l = k - 1; l >= 0; l--) {
                double q = Math.rint(m[k][l]);
                if (q != 0) {
                    if (Math.abs(q) > 1e15) {
                        return; // rounding noise, not a reduction step: keep the basis as it was
                    }
                    long qi = (long) q;
                    try {
                        for (int j = 0; j < N; j++) {
                            t[k][j] = Math.subtractExact(t[k][j], Math.multiplyExact(qi, t[l][j]));
                            ti[j][l] = Math.addExact(ti[j][l], Math.multiplyExact(qi, ti[j][k]));
                        }
                    } catch (ArithmeticException overflow) {
                        return; // keep the basis as it was; the exact pass does the rest
                    }
                    for (int j = 0; j < N; j++) {
                        g[k][j] -= q * g[l][j];
                    }
                    for (int j = 0; j < N; j++) {
                        g[j][k] -= q * g[j][l];
                    }
                    for (int i = 0; i < l; i++) {
                        m[k][i] -= q * m[l][i];
                    }
                    m[k][l] -= q;
                }
            }
            if (b[k] < (0.99 - m[k][k - 1] * m[k][k - 1]) * b[k - 1]) {
                long[] tr = t[k];
                t[k] = t[k - 1];
                t[k - 1] = tr;
                double[] gr = g[k];
                g[k] = g[k - 1];
                g[k - 1] = gr;
                for (int j = 0; j < N; j++) {
                    long x = ti[j][k];
                    ti[j][k] = ti[j][k - 1];
                    ti[j][k - 1] = x;
                    double y = g[j][k];
                    g[j][k] = g[j][k - 1];
                    g[j][k - 1] = y;
                }
                k = Math.max(1, k - 1);
            } else {
                k++;
            }
        }
        BigInteger[][] nb = new BigInteger[N][N];
        BigInteger[][] ni = new BigInteger[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                BigInteger x = BigInteger.ZERO;
                BigInteger y = BigInteger.ZERO;
                for (int l = 0; l < N; l++) {
                    x = x.add(BigInteger.valueOf(t[i][l]).multiply(basis[l][j]));
                    y = y.add(inverse[i][l].multiply(BigInteger.valueOf(ti[l][j])));
                }
                nb[i][j] = x;
                ni[i][j] = y;
            }
        }
        for (int i = 0; i < N; i++) {
            basis[i] = nb[i];
            inverse[i] = ni[i];
        }
    }

    private static boolean gramSchmidtDouble(double[][] g, double[] b, double[][] m) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < i; j++) {
                double v = g[i][j];
                for (int l = 0; l < j; l++) {
                    v -= m[j][l] * m[i][l] * b[l];
                }
                m[i][j] = v / b[j];
            }
            double v = g[i][i];
            for (int j = 0; j < i; j++) {
                v -= m[i][j] * m[i][j] * b[j];
            }
            if (!(v > 0) || !Double.isFinite(v)) {
                return false;
            }
            b[i] = v;
        }
        return true;
    }

    /** B_i = |b_i*|² and μ_ij (j < i) of the Gram matrix g. */
    private void gramSchmidt(BigDecimal[][] g, BigDecimal[] b, BigDecimal[][] m) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < i; j++) {
                BigDecimal v = g[i][j];
                for (int l = 0; l < j; l++) {
                    v = v.subtract(m[j][l].multiply(m[i][l], mc).multiply(b[l], mc), mc);
                }
                m[i][j] = v.divide(b[j], mc);
            }
            BigDecimal v = g[i][i];
            for (int j = 0; j < i; j++) {
                v = v.subtract(m[i][j].multiply(m[i][j], mc).multiply(b[j], mc), mc);
            }
            if (v.signum() <= 0) {
                throw new IllegalStateException("grid problem: form is not positive definite (precision too low)");
            }
            b[i] = v;
        }
    }

    /** LLL reduction (δ = 0.99) of the Gram matrix g in place, tracking the basis and its inverse. */
    private void lll(BigDecimal[][] g) {
        BigDecimal delta = new BigDecimal("0.99");
        BigDecimal[] b = new BigDecimal[N];
        BigDecimal[][] m = new BigDecimal[N][N];
        gramSchmidt(g, b, m);
        int k = 1;
        int guard = 0;
        while (k < N) {
            if (++guard > 100_000) {
                throw new IllegalStateException("grid problem: lattice reduction does not terminate");
            }
            sizeReduce(g, m, k, k - 1);
            BigDecimal mkk = m[k][k - 1];
            BigDecimal lhs = b[k];
            BigDecimal rhs = delta.subtract(mkk.multiply(mkk, mc), mc).multiply(b[k - 1], mc);
            if (lhs.compareTo(rhs) < 0) {
                swap(g, k);
                gramSchmidt(g, b, m);
                k = Math.max(1, k - 1);
            } else {
                for (int l = k - 2; l >= 0; l--) {
                    sizeReduce(g, m, k, l);
                }
                k++;
            }
        }
        // Final size reduction of every pair keeps the μ's of the enumeration at most 1/2.
        gramSchmidt(g, b, m);
    }

    private void sizeReduce(BigDecimal[][] g, BigDecimal[][] m, int k, int l) {
        BigInteger q = m[k][l].setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        if (q.signum() == 0) {
            return;
        }
        BigDecimal qd = new BigDecimal(q);
        for (int j = 0; j < N; j++) {
            basis[k][j] = basis[k][j].subtract(q.multiply(basis[l][j]));
            inverse[j][l] = inverse[j][l].add(q.multiply(inverse[j][k]));
        }
        for (int j = 0; j < N; j++) {
            g[k][j] = g[k][j].subtract(qd.multiply(g[l][j], mc), mc);
        }
        for (int j = 0; j < N; j++) {
            g[j][k] = g[j][k].subtract(qd.multiply(g[j][l], mc), mc);
        }
        m[k][l] = m[k][l].subtract(qd, mc);
        for (int i = 0; i < l; i++) {
            m[k][i] = m[k][i].subtract(qd.multiply(m[l][i], mc), mc);
        }
    }

    private void swap(BigDecimal[][] g, int k) {
        BigInteger[] row = basis[k];
        basis[k] = basis[k - 1];
        basis[k - 1] = row;
        for (int j = 0; j < N; j++) {
            BigInteger t = inverse[j][k];
            inverse[j][k] = inverse[j][k - 1];
            inverse[j][k - 1] = t;
        }
        BigDecimal[] grow = g[k];
        g[k] = g[k - 1];
        g[k - 1] = grow;
        for (int j = 0; j < N; j++) {
            BigDecimal t = g[j][k];
            g[j][k] = g[j][k - 1];
            g[j][k - 1] = t;
        }
    }

    /** Every x ∈ Z[ω] with q(x − √2^k·p) ≤ 2^{k+1} (up to a relative slack of 1e-9), in a fixed order. */
    List<ZOmega> candidates(int k) {
        List<ZOmega> out = new ArrayList<>();
        forEachCandidate(k, x -> {
            out.add(x);
            return false;
        });
        return out;
    }

    /**
     * Streams the candidates of level k to {@code visitor} in a fixed order until it returns true
     * (then returns true). Streaming matters: for special angles the points of one level can number
     * millions (they crowd onto a lower-dimensional sublattice), and the first solvable one is enough.
     */
    boolean forEachCandidate(int k, java.util.function.Predicate<ZOmega> visitor) {
        // Reduced coordinates of the centre √2^k·p, split into integer and fractional parts. Levels are
        // usually asked in increasing order, so one multiplication by √2 per level suffices.
        if (scaledLevel < 0 || scaledLevel > k) {
            scaledCentre = centre.clone();
            scaledLevel = 0;
        }
        BigDecimal sqrt2 = BigMath.sqrt2(mc);
        while (scaledLevel < k) {
            for (int i = 0; i < N; i++) {
                scaledCentre[i] = scaledCentre[i].multiply(sqrt2, mc);
            }
            scaledLevel++;
        }
        BigInteger[] whole = new BigInteger[N];
        double[] frac = new double[N];
        for (int i = 0; i < N; i++) {
            BigDecimal y = scaledCentre[i];
            BigDecimal f = y.setScale(0, RoundingMode.FLOOR);
            whole[i] = f.toBigIntegerExact();
            frac[i] = y.subtract(f, mc).doubleValue();
        }
        int forms = WEIGHTS.length;
        double[][] bn = new double[forms][N];
        for (int f = 0; f < forms; f++) {
            double radius = Math.scalb(1.0 + WEIGHTS[f], k) * (1 + SLACK);
            for (int i = 0; i < N; i++) {
                bn[f][i] = gsNorm[f][i] / radius;
            }
        }
        long[] zeta = new long[N];
        double[] w = new double[N];
        slabScale = 1 / (slabHalfWidth * Math.pow(Math.sqrt(2), k));
        levelScale = Math.pow(Math.sqrt(2), k);
        return enumerate(N - 1, new double[forms], bn, frac, zeta, w, whole, visitor);
    }

    /** 1/(slab half-width at the current level). */
    private double slabScale;
    /** √2^k at the current level. */
    private double levelScale;

    /**
     * Narrows [lo, hi] (bounds on ζ_0) to where q(w_0) = qa·w_0² + 2·qb·w_0 + qc ≤ 0, w_0 = ζ_0 − f_0;
     * returns null when no real w_0 qualifies. A small relative slack keeps boundary points.
     */
    private static double[] quadraticWindow(double qa, double qb, double qc, double f0, double lo, double hi) {
        double slack = 1e-9 * (Math.abs(qc) + 1);
        if (qa <= 0) {
            return new double[] {lo, hi};
        }
        double disc = qb * qb - qa * (qc - slack);
        if (disc < 0) {
            return null;
        }
        double root = Math.sqrt(disc);
        double a = (-qb - root) / qa;
        double b = (-qb + root) / qa;
        double pad = 1e-9 * (Math.abs(a) + Math.abs(b) + 1);
        return new double[] {Math.max(lo, f0 + a - pad), Math.min(hi, f0 + b + pad)};
    }

    private boolean enumerate(int i, double[] used, double[][] bn, double[] frac, long[] zeta, double[] w,
            BigInteger[] whole, java.util.function.Predicate<ZOmega> visitor) {
        int forms = used.length;
        double[] shift = new double[forms];
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int f = 0; f < forms; f++) {
            for (int j = i + 1; j < N; j++) {
                shift[f] += mu[f][j][i] * w[j];
            }
            double room = 1 + 1e-12 - used[f];
            if (room < 0) {
                return false;
            }
            // (w_i + shift)²·bn_i ≤ room with w_i = ζ_i − f_i.
            double r = Math.sqrt(room / bn[f][i]);
            lo = Math.max(lo, frac[i] - shift[f] - r);
            hi = Math.min(hi, frac[i] - shift[f] + r);
        }
        if (i == 0) {
            // The slab: |Σ_j w_j·along_j|·slabScale ≤ 1 with w_0 = ζ_0 − f_0 the only free term.
            double rest = 0;
            for (int j = 1; j < N; j++) {
                rest += w[j] * along[j];
            }
            double l0 = along[0] * slabScale;
            double c = rest * slabScale;
            double tol = 1 + 1e-9;
            if (l0 == 0) {
                if (Math.abs(c) > tol) {
                    return false;
                }
            } else {
                double a = frac[0] + (-tol - c) / l0;
                double b = frac[0] + (tol - c) / l0;
                lo = Math.max(lo, Math.min(a, b) - 1e-9);
                hi = Math.min(hi, Math.max(a, b) + 1e-9);
            }
            // |x|² ≤ 2^k with x = √2^k·p + d, d = Σ w_j r_j: with A, B the along/across parts of d,
            // 2^k(|p|² − 1) + 2√2^k|p|·A + A² + B² ≤ 0, a quadratic in w_0.
            double restAcross = 0;
            double bRe = 0;
            double bIm = 0;
            for (int j = 1; j < N; j++) {
                restAcross += w[j] * across[j];
                bRe += w[j] * bulletRe[j];
                bIm += w[j] * bulletIm[j];
            }
            double twoK = levelScale * levelScale;
            double[] win = quadraticWindow(along[0] * along[0] + across[0] * across[0],
                    rest * along[0] + restAcross * across[0] + levelScale * centreNorm * along[0],
                    twoK * centreNormSquaredMinusOne + 2 * levelScale * centreNorm * rest + rest * rest
                            + restAcross * restAcross, frac[0], lo, hi);
            if (win == null) {
                return false;
            }
            // |x•|² ≤ 2^k, where x• = Σ w_j r_j• (the centre has no •-part).
            win = quadraticWindow(bulletRe[0] * bulletRe[0] + bulletIm[0] * bulletIm[0],
                    bRe * bulletRe[0] + bIm * bulletIm[0], bRe * bRe + bIm * bIm - twoK, frac[0], win[0], win[1]);
            if (win == null) {
                return false;
            }
            lo = win[0];
            hi = win[1];
        }
        double[] next = new double[forms];
        for (long z = (long) Math.ceil(lo); z <= (long) Math.floor(hi); z++) {
            zeta[i] = z;
            w[i] = z - frac[i];
            boolean inside = true;
            for (int f = 0; f < forms && inside; f++) {
                double t = w[i] + shift[f];
                next[f] = used[f] + t * t * bn[f][i];
                inside = next[f] <= 1 + 1e-12;
            }
            if (!inside) {
                continue;
            }
            if (i == 0 ? visitor.test(point(zeta, whole)) : enumerate(i - 1, next.clone(), bn, frac, zeta, w, whole, visitor)) {
                return true;
            }
        }
        return false;
    }

    private ZOmega point(long[] zeta, BigInteger[] whole) {
        BigInteger[] a = new BigInteger[N];
        for (int j = 0; j < N; j++) {
            a[j] = BigInteger.ZERO;
        }
        for (int i = 0; i < N; i++) {
            BigInteger zi = whole[i].add(BigInteger.valueOf(zeta[i]));
            if (zi.signum() == 0) {
                continue;
            }
            for (int j = 0; j < N; j++) {
                a[j] = a[j].add(zi.multiply(basis[i][j]));
            }
        }
        return new ZOmega(a[0], a[1], a[2], a[3]);
    }
}
