package qtool.aqc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Limited-memory BFGS (Nocedal, Math. Comp. 35, 1980; Liu–Nocedal 1989) for smooth unconstrained
 * minimisation: the two-loop recursion over the last {@code memory} steps gives the search
 * direction; a bisection line search accepts a step satisfying the weak Wolfe conditions
 * (sufficient decrease {@code c1 = 1e-4}, curvature {@code c2 = 0.9}). Pairs without positive
 * curvature are skipped, which keeps the implicit Hessian positive definite.
 */
public final class Lbfgs {
    /** One evaluation: value and gradient. */
    public record Point(double value, double[] gradient) {
    }

    /** Why the run stopped. */
    public enum Stop { TARGET_REACHED, MAX_ITERATIONS, CONVERGED, LINE_SEARCH_FAILED }

    /** The result of a run. */
    public record Result(double[] x, double value, int iterations, int evaluations, Stop stop) {
    }

    /** Called after each iteration with (iteration, value); returning false stops the run. */
    @FunctionalInterface
    public interface Monitor {
        boolean iteration(int iteration, double value);
    }

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_STEPS = 30;

    private final int memory;
    private final int maxIterations;
    private final double targetValue;
    private final double gradientTolerance;

    /** Stops at {@code value <= targetValue}, after {@code maxIterations}, or when the gradient norm drops below the tolerance. */
    public Lbfgs(int memory, int maxIterations, double targetValue, double gradientTolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.targetValue = targetValue;
        this.gradientTolerance = gradientTolerance;
    }

    public Result minimize(Function<double[], Point> f, double[] x0, Monitor monitor) {
        double[] x = x0.clone();
        Point p = f.apply(x);
        int evaluations = 1;
        Deque<double[][]> pairs = new ArrayDeque<>();
        int it = 0;
        while (true) {
            if (p.value() <= targetValue) {
                return new Result(x, p.value(), it, evaluations, Stop.TARGET_REACHED);
            }
            if (norm(p.gradient()) <= gradientTolerance) {
                return new Result(x, p.value(), it, evaluations, Stop.CONVERGED);
            }
            if (it >= maxIterations) {
                return new Result(x, p.value(), it, evaluations, Stop.MAX_ITERATIONS);
            }
            double[] d = direction(p.gradient(), pairs);
            double slope = dot(d, p.gradient());
            if (slope >= 0) {
                pairs.clear();
                d = scale(p.gradient(), -1);
                slope = dot(d, p.gradient());
            }
            double alpha = pairs.isEmpty() ? Math.min(1, 1 / norm(p.gradient())) : 1;
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double[] xNew = null;
            Point pNew = null;
            boolean accepted = false;
            for (int k = 0; k < MAX_LINE_STEPS; k++) {
                xNew = axpy(x, alpha, d);
                pNew = f.apply(xNew);
                evaluations++;
                if (!(pNew.value() <= p.value() + C1 * alpha * slope)) {
                    hi = alpha;
                } else if (dot(pNew.gradient(), d) < C2 * slope) {
                    lo = alpha;
                } else {
                    accepted = true;
                    break;
                }
                alpha = Double.isInfinite(hi) ? 2 * lo : (lo + hi) / 2;
            }
            if (!accepted) {
                if (pNew != null && pNew.value() < p.value()) {
                    // Accept the decrease even without the curvature condition; drop the memory.
                    pairs.clear();
                    x = xNew;
                    p = pNew;
                    it++;
                    if (monitor != null && !monitor.iteration(it, p.value())) {
                        return new Result(x, p.value(), it, evaluations, Stop.MAX_ITERATIONS);
                    }
                    continue;
                }
                return new Result(x, p.value(), it, evaluations, Stop.LINE_SEARCH_FAILED);
            }
            double[] s = sub(xNew, x);
            double[] y = sub(pNew.gradient(), p.gradient());
            if (dot(s, y) > 1e-300) {
                pairs.addLast(new double[][] {s, y});
                if (pairs.size() > memory) {
                    pairs.removeFirst();
                }
            }
            x = xNew;
            p = pNew;
            it++;
            if (monitor != null && !monitor.iteration(it, p.value())) {
                return new Result(x, p.value(), it, evaluations, Stop.MAX_ITERATIONS);
            }
        }
    }

    /** The two-loop recursion: {@code −H·g} for the implicit inverse Hessian H. */
    private static double[] direction(double[] g, Deque<double[][]> pairs) {
        double[] q = g.clone();
        int m = pairs.size();
        double[] alphas = new double[m];
        double[][][] arr = pairs.toArray(new double[0][][]);
        for (int i = m - 1; i >= 0; i--) {
            double rho = 1 / dot(arr[i][1], arr[i][0]);
            alphas[i] = rho * dot(arr[i][0], q);
            q = axpy(q, -alphas[i], arr[i][1]);
        }
        if (m > 0) {
            double[] s = arr[m - 1][0];
            double[] y = arr[m - 1][1];
            q = scale(q, dot(s, y) / dot(y, y));
        }
        for (int i = 0; i < m; i++) {
            double rho = 1 / dot(arr[i][1], arr[i][0]);
            double beta = rho * dot(arr[i][1], q);
            q = axpy(q, alphas[i] - beta, arr[i][0]);
        }
        return scale(q, -1);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] axpy(double[] x, double a, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + a * y[i];
        }
        return r;
    }

    private static double[] sub(double[] a, double[] b) {
        return axpy(a, -1, b);
    }

    private static double[] scale(double[] a, double s) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * s;
        }
        return r;
    }
}
