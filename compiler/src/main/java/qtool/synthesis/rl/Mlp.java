package qtool.synthesis.rl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fully connected network on plain double arrays: LeakyReLU (slope 0.01) hidden layers and a
 * linear output layer, evaluated on a batch at a time. Weights of layer {@code l} are kept twice,
 * input-major ({@code [in][out]}) for the forward pass and output-major ({@code [out][in]}) for the
 * input gradient, so that every inner loop is a contiguous {@code y += a·x} the JIT vectorises.
 * The training loss is the mean squared error over the batch and all outputs.
 */
public final class Mlp {
    static final double SLOPE = 0.01;
    private final int[] sizes;
    /** Input-major weights, {@code wIn[l][i * out + j]}: the parameters. */
    final double[][] wIn;
    /** Output-major copy, {@code wOut[l][j * in + i]}, refreshed by {@link #syncTransposes}. */
    private final double[][] wOut;
    final double[][] bias;

    private Mlp(int[] sizes) {
        this.sizes = sizes.clone();
        int layers = sizes.length - 1;
        wIn = new double[layers][];
        wOut = new double[layers][];
        bias = new double[layers][];
        for (int l = 0; l < layers; l++) {
            wIn[l] = new double[sizes[l] * sizes[l + 1]];
            wOut[l] = new double[sizes[l] * sizes[l + 1]];
            bias[l] = new double[sizes[l + 1]];
        }
    }

    /** He-uniform initial weights from a seed; zero biases. */
    public static Mlp initialized(int[] sizes, long seed) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output size");
        }
        Mlp m = new Mlp(sizes);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int l = 0; l < m.wIn.length; l++) {
            double limit = Math.sqrt(6.0 / sizes[l]);
            for (int k = 0; k < m.wIn[l].length; k++) {
                m.wIn[l][k] = (2 * rng.nextDouble() - 1) * limit;
            }
        }
        m.syncTransposes();
        return m;
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < wIn.length; l++) {
            n += wIn[l].length + bias[l].length;
        }
        return n;
    }

    /** A deep copy (for the target network). */
    public Mlp copy() {
        Mlp m = new Mlp(sizes);
        m.copyFrom(this);
        return m;
    }

    /** Overwrites this network's parameters with another of the same shape. */
    public void copyFrom(Mlp other) {
        if (!Arrays.equals(sizes, other.sizes)) {
            throw new IllegalArgumentException("network shapes differ");
        }
        for (int l = 0; l < wIn.length; l++) {
            System.arraycopy(other.wIn[l], 0, wIn[l], 0, wIn[l].length);
            System.arraycopy(other.wOut[l], 0, wOut[l], 0, wOut[l].length);
            System.arraycopy(other.bias[l], 0, bias[l], 0, bias[l].length);
        }
    }

    /** Recomputes the output-major copies after the parameters changed. */
    void syncTransposes() {
        for (int l = 0; l < wIn.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    wOut[l][j * in + i] = wIn[l][i * out + j];
                }
            }
        }
    }

    /** The outputs for {@code batch} inputs stored row by row in {@code x}. */
    public double[] forward(double[] x, int batch) {
        double[] a = x;
        for (int l = 0; l < wIn.length; l++) {
            a = layer(l, a, batch, null);
        }
        return a;
    }

    /** One affine layer plus activation; stores the pre-activation in {@code pre} when given. */
    private double[] layer(int l, double[] x, int batch, double[][] pre) {
        int in = sizes[l];
        int out = sizes[l + 1];
        double[] w = wIn[l];
        double[] b = bias[l];
        double[] y = new double[batch * out];
        for (int r = 0; r < batch; r++) {
            int yo = r * out;
            System.arraycopy(b, 0, y, yo, out);
            int xo = r * in;
            for (int i = 0; i < in; i++) {
                double xi = x[xo + i];
                if (xi == 0) {
                    continue;
                }
                int wo = i * out;
                for (int j = 0; j < out; j++) {
                    y[yo + j] += xi * w[wo + j];
                }
            }
        }
        if (pre != null) {
            pre[l] = y.clone();
        }
        if (l < wIn.length - 1) {
            for (int k = 0; k < y.length; k++) {
                if (y[k] < 0) {
                    y[k] *= SLOPE;
                }
            }
        }
        return y;
    }

    /** Gradients of the loss, shaped like the parameters. */
    public static final class Gradients {
        final double[][] w;
        final double[][] b;

        Gradients(Mlp m) {
            w = new double[m.wIn.length][];
            b = new double[m.wIn.length][];
            for (int l = 0; l < m.wIn.length; l++) {
                w[l] = new double[m.wIn[l].length];
                b[l] = new double[m.bias[l].length];
            }
        }

        void clear() {
            for (int l = 0; l < w.length; l++) {
                Arrays.fill(w[l], 0);
                Arrays.fill(b[l], 0);
            }
        }
    }

    public Gradients newGradients() {
        return new Gradients(this);
    }

    /**
     * The mean squared error of the outputs against {@code target} (batch × outputs, row by row), with
     * its gradient written into {@code g} (overwritten).
     */
    public double lossAndGradient(double[] x, double[] target, int batch, Gradients g) {
        int layers = wIn.length;
        double[][] acts = new double[layers + 1][];
        double[][] pre = new double[layers][];
        acts[0] = x;
        for (int l = 0; l < layers; l++) {
            acts[l + 1] = layer(l, acts[l], batch, pre);
        }
        double[] y = acts[layers];
        int outN = outputSize();
        double scale = 2.0 / (batch * outN);
        double loss = 0;
        double[] delta = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            double e = y[k] - target[k];
            loss += e * e;
            delta[k] = scale * e;
        }
        g.clear();
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] a = acts[l];
            double[] gw = g.w[l];
            double[] gb = g.b[l];
            for (int r = 0; r < batch; r++) {
                int dOff = r * out;
                for (int j = 0; j < out; j++) {
                    gb[j] += delta[dOff + j];
                }
                int aOff = r * in;
                for (int i = 0; i < in; i++) {
                    double ai = a[aOff + i];
                    if (ai == 0) {
                        continue;
                    }
                    int wo = i * out;
                    for (int j = 0; j < out; j++) {
                        gw[wo + j] += ai * delta[dOff + j];
                    }
                }
            }
            if (l == 0) {
                break;
            }
            double[] prevPre = pre[l - 1];
            double[] next = new double[batch * in];
            double[] wt = wOut[l];
            for (int r = 0; r < batch; r++) {
                int dOff = r * out;
                int nOff = r * in;
                for (int j = 0; j < out; j++) {
                    double d = delta[dOff + j];
                    if (d == 0) {
                        continue;
                    }
                    int wo = j * in;
                    for (int i = 0; i < in; i++) {
                        next[nOff + i] += d * wt[wo + i];
                    }
                }
                for (int i = 0; i < in; i++) {
                    if (prevPre[nOff + i] < 0) {
                        next[nOff + i] *= SLOPE;
                    }
                }
            }
            delta = next;
        }
        return loss / (batch * outN);
    }

    /** Writes the shape and the parameters ({@code doubles} or rounded to 32-bit floats). */
    public void write(DataOutputStream out, boolean doubles) throws IOException {
        out.writeInt(sizes.length);
        for (int s : sizes) {
            out.writeInt(s);
        }
        out.writeBoolean(doubles);
        for (int l = 0; l < wIn.length; l++) {
            for (double v : wIn[l]) {
                if (doubles) {
                    out.writeDouble(v);
                } else {
                    out.writeFloat((float) v);
                }
            }
            for (double v : bias[l]) {
                if (doubles) {
                    out.writeDouble(v);
                } else {
                    out.writeFloat((float) v);
                }
            }
        }
    }

    /** Reads what {@link #write} wrote; IOException for a malformed stream. */
    public static Mlp read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 2 || n > 64) {
            throw new IOException("not a network file (layer count " + n + ")");
        }
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = in.readInt();
            if (sizes[i] < 1 || sizes[i] > 1 << 16) {
                throw new IOException("not a network file (layer size " + sizes[i] + ")");
            }
        }
        boolean doubles = in.readBoolean();
        Mlp m = new Mlp(sizes);
        for (int l = 0; l < m.wIn.length; l++) {
            for (int k = 0; k < m.wIn[l].length; k++) {
                m.wIn[l][k] = doubles ? in.readDouble() : in.readFloat();
            }
            for (int k = 0; k < m.bias[l].length; k++) {
                m.bias[l][k] = doubles ? in.readDouble() : in.readFloat();
            }
        }
        m.syncTransposes();
        return m;
    }
}
