package qtool.synthesis.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MlpTest {
    private static double[] randomArray(int n, SplittableRandom rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * rng.nextDouble() - 1;
        }
        return x;
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Mlp net = Mlp.initialized(new int[] {5, 7, 6, 3}, 11);
        SplittableRandom rng = new SplittableRandom(3);
        int batch = 4;
        double[] x = randomArray(batch * 5, rng);
        double[] t = randomArray(batch * 3, rng);
        Mlp.Gradients g = net.newGradients();
        net.lossAndGradient(x, t, batch, g);
        Mlp.Gradients scratch = net.newGradients();
        double h = 1e-6;
        int checked = 0;
        for (int l = 0; l < 3; l++) {
            for (int k = 0; k < net.wIn[l].length; k += 3) {
                double old = net.wIn[l][k];
                net.wIn[l][k] = old + h;
                net.syncTransposes();
                double up = net.lossAndGradient(x, t, batch, scratch);
                net.wIn[l][k] = old - h;
                net.syncTransposes();
                double down = net.lossAndGradient(x, t, batch, scratch);
                net.wIn[l][k] = old;
                net.syncTransposes();
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, g.w[l][k], 1e-7 + 1e-5 * Math.abs(numeric), "w[" + l + "][" + k + "]");
                checked++;
            }
            for (int k = 0; k < net.bias[l].length; k++) {
                double old = net.bias[l][k];
                net.bias[l][k] = old + h;
                double up = net.lossAndGradient(x, t, batch, scratch);
                net.bias[l][k] = old - h;
                double down = net.lossAndGradient(x, t, batch, scratch);
                net.bias[l][k] = old;
                assertEquals((up - down) / (2 * h), g.b[l][k], 1e-7, "b[" + l + "][" + k + "]");
            }
        }
        assertTrue(checked > 20);
    }

    @Test
    void forwardAgreesWithTrainingPassAndAdamReducesLoss() {
        Mlp net = Mlp.initialized(new int[] {4, 16, 2}, 5);
        SplittableRandom rng = new SplittableRandom(9);
        double[] x = randomArray(32 * 4, rng);
        double[] t = new double[32 * 2];
        for (int r = 0; r < 32; r++) {
            t[2 * r] = x[4 * r] * x[4 * r + 1];
            t[2 * r + 1] = x[4 * r + 2] + 1;
        }
        double[] y = net.forward(x, 32);
        double mse = 0;
        for (int k = 0; k < y.length; k++) {
            mse += (y[k] - t[k]) * (y[k] - t[k]);
        }
        Mlp.Gradients g = net.newGradients();
        double first = net.lossAndGradient(x, t, 32, g);
        assertEquals(mse / y.length, first, 1e-12);
        AdamOptimizer adam = new AdamOptimizer(net);
        double last = first;
        for (int i = 0; i < 300; i++) {
            last = net.lossAndGradient(x, t, 32, g);
            adam.step(net, g, 1e-2);
        }
        assertTrue(last < first / 10, "loss " + first + " -> " + last);
    }

    @Test
    void writeReadRoundTrip() throws Exception {
        Mlp net = Mlp.initialized(new int[] {8, 10, 6}, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        net.write(new DataOutputStream(bytes), true);
        Mlp back = Mlp.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        double[] x = randomArray(3 * 8, new SplittableRandom(2));
        assertArrayEquals(net.forward(x, 3), back.forward(x, 3), 0);
        assertEquals(8 * 10 + 10 + 10 * 6 + 6, back.parameterCount());
    }
}
