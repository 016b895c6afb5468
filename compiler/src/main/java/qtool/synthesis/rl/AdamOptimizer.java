package qtool.synthesis.rl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Adam (Kingma & Ba) on the parameters of one {@link Mlp}: per-parameter first and second moment
 * estimates with bias correction, β1 = 0.9, β2 = 0.999, ε = 1e-8. Its state is saved in
 * checkpoints so that a resumed run continues exactly.
 */
public final class AdamOptimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private final double[][] mw;
    private final double[][] vw;
    private final double[][] mb;
    private final double[][] vb;
    private long t;

    public AdamOptimizer(Mlp net) {
        int layers = net.wIn.length;
        mw = new double[layers][];
        vw = new double[layers][];
        mb = new double[layers][];
        vb = new double[layers][];
        for (int l = 0; l < layers; l++) {
            mw[l] = new double[net.wIn[l].length];
            vw[l] = new double[net.wIn[l].length];
            mb[l] = new double[net.bias[l].length];
            vb[l] = new double[net.bias[l].length];
        }
    }

    /** One update of {@code net} with gradient {@code g} and learning rate {@code lr}. */
    public void step(Mlp net, Mlp.Gradients g, double lr) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        double rate = lr * Math.sqrt(c2) / c1;
        for (int l = 0; l < mw.length; l++) {
            update(net.wIn[l], g.w[l], mw[l], vw[l], rate);
            update(net.bias[l], g.b[l], mb[l], vb[l], rate);
        }
        net.syncTransposes();
    }

    private static void update(double[] p, double[] g, double[] m, double[] v, double rate) {
        for (int k = 0; k < p.length; k++) {
            m[k] = BETA1 * m[k] + (1 - BETA1) * g[k];
            v[k] = BETA2 * v[k] + (1 - BETA2) * g[k] * g[k];
            p[k] -= rate * m[k] / (Math.sqrt(v[k]) + EPS);
        }
    }

    public long steps() {
        return t;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeLong(t);
        for (double[][] arr : new double[][][] {mw, vw, mb, vb}) {
            for (double[] a : arr) {
                for (double v : a) {
                    out.writeDouble(v);
                }
            }
        }
    }

    void read(DataInputStream in) throws IOException {
        t = in.readLong();
        for (double[][] arr : new double[][][] {mw, vw, mb, vb}) {
            for (double[] a : arr) {
                for (int k = 0; k < a.length; k++) {
                    a[k] = in.readDouble();
                }
            }
        }
    }
}
