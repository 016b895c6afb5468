package qtool.aqc;

import qtool.mps.Contractions;
import qtool.mps.Mps;

/**
 * The overlap {@code A = ⟨bra| G |ket⟩} for one layer G of gates on disjoint units of one or two
 * neighbouring sites, and for each gate its environment {@code E = ∂A/∂G[t, s]}, so that
 * {@code A = Σ G[t, s] E[t, s]} and the derivative of A along any change of a gate is
 * {@code Σ dG[t, s] E[t, s]}.
 *
 * <p>Left and right environments of the three-row network (bra, layer, ket) are built once each,
 * so one layer costs {@code O(n·χ_bra·χ_ket·(χ_bra + χ_ket))} whatever the number of gates.
 */
final class LayerEnvironments {
    /** The overlap ⟨bra|G|ket⟩ as {re, im}. */
    final double[] overlap;
    /** Per unit, the environment (d x d interleaved) of its gate, or null for units without a gate. */
    final double[][] environments;

    private LayerEnvironments(double[] overlap, double[][] environments) {
        this.overlap = overlap;
        this.environments = environments;
    }

    /**
     * @param unitStart first site of each unit, ascending, covering every site exactly once
     * @param unitSize  1 or 2
     * @param gates     per unit its gate (2x2 or 4x4), or null for the identity
     */
    static LayerEnvironments compute(Mps bra, Mps ket, int[] unitStart, int[] unitSize, double[][] gates) {
        int units = unitStart.length;
        double[][] braT = new double[units][];
        double[][] ketT = new double[units][];
        double[][] gatedT = new double[units][];
        int[] braL = new int[units + 1];
        int[] ketL = new int[units + 1];
        int[] dim = new int[units];
        for (int u = 0; u < units; u++) {
            int s = unitStart[u];
            braL[u] = bra.leftBond(s);
            ketL[u] = ket.leftBond(s);
            if (unitSize[u] == 1) {
                braT[u] = bra.tensor(s);
                ketT[u] = ket.tensor(s);
                dim[u] = 2;
            } else {
                braT[u] = Contractions.twoSite(bra.tensor(s), bra.tensor(s + 1), bra.leftBond(s), bra.rightBond(s),
                        bra.rightBond(s + 1));
                ketT[u] = Contractions.twoSite(ket.tensor(s), ket.tensor(s + 1), ket.leftBond(s), ket.rightBond(s),
                        ket.rightBond(s + 1));
                dim[u] = 4;
            }
            int end = s + unitSize[u] - 1;
            braL[u + 1] = bra.rightBond(end);
            ketL[u + 1] = ket.rightBond(end);
            gatedT[u] = gates[u] == null ? ketT[u] : applyPhysical(ketT[u], gates[u], ketL[u], dim[u], ketL[u + 1]);
        }
        double[][] left = new double[units + 1][];
        left[0] = new double[] {1, 0};
        for (int u = 0; u < units; u++) {
            left[u + 1] = Contractions.transfer(left[u], braL[u], ketL[u], braT[u], gatedT[u], braL[u + 1], ketL[u + 1],
                    dim[u]);
        }
        double[][] right = new double[units + 1][];
        right[units] = new double[] {1, 0};
        for (int u = units - 1; u >= 0; u--) {
            right[u] = Contractions.transferRight(right[u + 1], braL[u + 1], ketL[u + 1], braT[u], gatedT[u], braL[u],
                    ketL[u], dim[u]);
        }
        double[][] env = new double[units][];
        for (int u = 0; u < units; u++) {
            if (gates[u] != null) {
                env[u] = environment(left[u], right[u + 1], braT[u], ketT[u], braL[u], ketL[u], braL[u + 1],
                        ketL[u + 1], dim[u]);
            }
        }
        return new LayerEnvironments(left[units].clone(), env);
    }

    /** {@code K'[y, t, y'] = Σ_s G[t, s] K[y, s, y']}. */
    static double[] applyPhysical(double[] k, double[] g, int dl, int d, int dr) {
        double[] out = new double[k.length];
        for (int y = 0; y < dl; y++) {
            for (int t = 0; t < d; t++) {
                int o = 2 * ((y * d + t) * dr);
                for (int s = 0; s < d; s++) {
                    double gr = g[2 * (t * d + s)];
                    double gi = g[2 * (t * d + s) + 1];
                    if (gr == 0 && gi == 0) {
                        continue;
                    }
                    int in = 2 * ((y * d + s) * dr);
                    Contractions.addScaled(gr, gi, k, in, out, o, dr);
                }
            }
        }
        return out;
    }

    /** {@code E[t, s] = Σ L[x, y] conj(Bra[x, t, x']) Ket[y, s, y'] R[x', y']}. */
    private static double[] environment(double[] l, double[] r, double[] bra, double[] ket, int xa, int ya, int xa2,
            int ya2, int d) {
        // X[x, (s, y')] = Σ_y L[x, y] Ket[y, (s, y')]
        double[] x = Contractions.multiply(l, xa, ya, ket, d * ya2);
        // Y[(x, s), x'] = Σ_y' X[(x, s), y'] R[x', y'] = X · R^T
        double[] y = Contractions.multiply(x, xa * d, ya2, Contractions.transpose(r, xa2, ya2), xa2);
        double[] e = new double[2 * d * d];
        for (int xi = 0; xi < xa; xi++) {
            for (int t = 0; t < d; t++) {
                int bo = 2 * ((xi * d + t) * xa2);
                for (int s = 0; s < d; s++) {
                    int yo = 2 * ((xi * d + s) * xa2);
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < 2 * xa2; j += 2) {
                        double br = bra[bo + j];
                        double bi = -bra[bo + j + 1];
                        double vr = y[yo + j];
                        double vi = y[yo + j + 1];
                        re += br * vr - bi * vi;
                        im += br * vi + bi * vr;
                    }
                    e[2 * (t * d + s)] += re;
                    e[2 * (t * d + s) + 1] += im;
                }
            }
        }
        return e;
    }
}
