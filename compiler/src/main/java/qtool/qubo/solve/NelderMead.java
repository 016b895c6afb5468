package qtool.qubo.solve;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder–Mead simplex (standard coefficients 1, 2, ½, ½),
 * for the few QAOA angles; stops after a number of evaluations or when the simplex values agree.
 */
final class NelderMead {
    private NelderMead() {
    }

    /** {best point..., best value} as {@code double[dim + 1]}. */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations, double tol) {
        int d = start.length;
        double[][] pts = new double[d + 1][];
        double[] val = new double[d + 1];
        pts[0] = start.clone();
        val[0] = f.applyAsDouble(pts[0]);
        for (int i = 0; i < d; i++) {
            pts[i + 1] = start.clone();
            pts[i + 1][i] += step;
            val[i + 1] = f.applyAsDouble(pts[i + 1]);
        }
        int evals = d + 1;
        Integer[] order = new Integer[d + 1];
        while (evals < maxEvaluations) {
            for (int i = 0; i <= d; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(val[a], val[b]));
            int best = order[0];
            int worst = order[d];
            int second = order[d - 1];
            if (Math.abs(val[worst] - val[best]) <= tol * (1e-12 + Math.abs(val[best]))) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i <= d; i++) {
                if (i != worst) {
                    for (int k = 0; k < d; k++) {
                        centroid[k] += pts[i][k] / d;
                    }
                }
            }
            double[] refl = along(centroid, pts[worst], -1);
            double fr = f.applyAsDouble(refl);
            evals++;
            if (fr < val[best]) {
                double[] exp = along(centroid, pts[worst], -2);
                double fe = f.applyAsDouble(exp);
                evals++;
                if (fe < fr) {
                    pts[worst] = exp;
                    val[worst] = fe;
                } else {
                    pts[worst] = refl;
                    val[worst] = fr;
                }
            } else if (fr < val[second]) {
                pts[worst] = refl;
                val[worst] = fr;
            } else {
                double[] con = fr < val[worst] ? along(centroid, pts[worst], -0.5) : along(centroid, pts[worst], 0.5);
                double fc = f.applyAsDouble(con);
                evals++;
                if (fc < Math.min(fr, val[worst])) {
                    pts[worst] = con;
                    val[worst] = fc;
                } else {
                    for (int i = 0; i <= d; i++) {
                        if (i != best) {
                            for (int k = 0; k < d; k++) {
                                pts[i][k] = pts[best][k] + 0.5 * (pts[i][k] - pts[best][k]);
                            }
                            val[i] = f.applyAsDouble(pts[i]);
                            evals++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= d; i++) {
            if (val[i] < val[best]) {
                best = i;
            }
        }
        double[] out = Arrays.copyOf(pts[best], d + 1);
        out[d] = val[best];
        return out;
    }

    /** {@code c + t (p - c)}. */
    private static double[] along(double[] c, double[] p, double t) {
        double[] r = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k] + t * (p[k] - c[k]);
        }
        return r;
    }
}
