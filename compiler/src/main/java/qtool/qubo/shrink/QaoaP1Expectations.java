package qtool.qubo.shrink;

/**
 * Closed-form expectation values of single-layer QAOA on an Ising cost
 * {@code C = Σ h_u Z_u + Σ_{u<v} J_uv Z_u Z_v}: the state
 * {@code e^{-iβ Σ X} e^{-iγ C} |+>^n}. Conjugating by the mixer turns {@code Z_u} into
 * {@code cos2β Z_u + sin2β Y_u}; conjugating {@code Y_u} by the cost phase multiplies it by
 * {@code e^{-2iγ Z_u a_u}} with {@code a_u = h_u + Σ_k J_uk Z_k}, and averaging over the uniform
 * computational basis factorises into cosines (derived for qtool, checked against the
 * statevector simulator in the tests):
 * <pre>
 *   ⟨Z_u⟩     = sin2β · sin(2γh_u) Π_{k≠u} cos(2γJ_uk)
 *   ⟨Z_u Z_v⟩ = cos2β sin2β · sin(2γJ_uv) [cos(2γh_v) Π_{k≠u,v} cos(2γJ_vk) + cos(2γh_u) Π_{k≠u,v} cos(2γJ_uk)]
 *             + sin²2β · ½ [cos(2γ(h_u−h_v)) Π cos(2γ(J_uk−J_vk)) − cos(2γ(h_u+h_v)) Π cos(2γ(J_uk+J_vk))]
 * </pre>
 * All products run over k ≠ u, v. Cost per pair: O(n) multiplications, with {@code cos(2γ(a±b))}
 * expanded by the angle-addition formulas over cached per-γ tables. Not thread-safe (the cache).
 */
public final class QaoaP1Expectations {
    private final double[] h;
    private final double[][] j;
    private double preparedGamma;
    private double[][] cos;
    private double[][] sin;

    public QaoaP1Expectations(double[] h, double[][] j) {
        this.h = h;
        this.j = j;
    }

    public int size() {
        return h.length;
    }

    public double z(int u, double gamma, double beta) {
        double p = Math.sin(2 * gamma * h[u]);
        for (int k = 0; k < h.length; k++) {
            if (k != u && j[u][k] != 0) {
                p *= Math.cos(2 * gamma * j[u][k]);
            }
        }
        return Math.sin(2 * beta) * p;
    }

    /** {@code {A, B}} with {@code ⟨Z_u Z_v⟩ = cos2β sin2β A + sin²2β B}. */
    public double[] zzTerms(int u, int v, double gamma) {
        prepare(gamma);
        double pu = 1;
        double pv = 1;
        double pMinus = 1;
        double pPlus = 1;
        double[] ju = j[u];
        double[] jv = j[v];
        double[] cu = cos[u];
        double[] su = sin[u];
        double[] cv = cos[v];
        double[] sv = sin[v];
        for (int k = 0; k < h.length; k++) {
            if (k == u || k == v || (ju[k] == 0 && jv[k] == 0)) {
                continue;
            }
            double cc = cu[k] * cv[k];
            double ss = su[k] * sv[k];
            pu *= cu[k];
            pv *= cv[k];
            pMinus *= cc + ss; // cos(a - b)
            pPlus *= cc - ss; // cos(a + b)
        }
        double g2 = 2 * gamma;
        double termA = sin[u][v] * (Math.cos(g2 * h[v]) * pv + Math.cos(g2 * h[u]) * pu);
        double termB = 0.5 * (Math.cos(g2 * (h[u] - h[v])) * pMinus - Math.cos(g2 * (h[u] + h[v])) * pPlus);
        return new double[] {termA, termB};
    }

    /** Caches {@code cos(2γJ)} and {@code sin(2γJ)} for the last γ, so pair terms need no trigonometry. */
    private void prepare(double gamma) {
        if (cos != null && gamma == preparedGamma) {
            return;
        }
        int n = h.length;
        cos = new double[n][n];
        sin = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                cos[a][b] = Math.cos(2 * gamma * j[a][b]);
                sin[a][b] = Math.sin(2 * gamma * j[a][b]);
            }
        }
        preparedGamma = gamma;
    }

    public double zz(int u, int v, double gamma, double beta) {
        double[] t = zzTerms(u, v, gamma);
        double s = Math.sin(2 * beta);
        return Math.cos(2 * beta) * s * t[0] + s * s * t[1];
    }

    /** {@code ⟨C⟩} without the constant. */
    public double energy(double gamma, double beta) {
        double e = 0;
        for (int u = 0; u < h.length; u++) {
            if (h[u] != 0) {
                e += h[u] * z(u, gamma, beta);
            }
            for (int v = u + 1; v < h.length; v++) {
                if (j[u][v] != 0) {
                    e += j[u][v] * zz(u, v, gamma, beta);
                }
            }
        }
        return e;
    }
}
