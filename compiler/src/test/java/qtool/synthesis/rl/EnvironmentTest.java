package qtool.synthesis.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.ir.Gate;

class EnvironmentTest {
    @Test
    void hrcLettersAreTheHarrowRechtChuangMatricesAndInverseClosed() {
        GateBasis hrc = GateBasis.named("hrc");
        assertEquals(6, hrc.size());
        assertTrue(hrc.inverseClosed());
        double s5 = Math.sqrt(5);
        // V_X = (I + 2iX)/√5
        ZMatrixRMaj vx = Matrices.of(2, 2, 1 / s5, 0, 0, 2 / s5, 0, 2 / s5, 1 / s5, 0);
        assertTrue(Equivalence.equal(hrc.gate(hrc.indexOf("vx")).matrix(), vx, 1e-14));
        assertEquals(hrc.indexOf("vxdg"), hrc.inverse(hrc.indexOf("vx")));
        GateBasis ht = GateBasis.named("ht");
        assertFalse(ht.inverseClosed());
        assertEquals(ht.indexOf("h"), ht.inverse(ht.indexOf("h")));
        assertEquals(-1, ht.inverse(ht.indexOf("t")));
        assertTrue(GateBasis.named("clifford+t").inverseClosed());
        assertThrows(IllegalArgumentException.class, () -> GateBasis.named("nope"));
    }

    @Test
    void quaternionsMultiplyLikeMatrices() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int k = 0; k < 20; k++) {
            double[] p = randomQuaternion(rng);
            double[] q = randomQuaternion(rng);
            ZMatrixRMaj mp = Matrices.of(2, 2, Su2.toMatrix(p, 0));
            ZMatrixRMaj mq = Matrices.of(2, 2, Su2.toMatrix(q, 0));
            ZMatrixRMaj prod = Matrices.of(2, 2, Su2.toMatrix(Su2.multiply(p, q), 0));
            assertTrue(Equivalence.equal(Matrices.multiply(mp, mq), prod, 1e-12));
            assertEquals(Equivalence.phaseInvariantDistance(mp, mq), Su2.distance(p, 0, q, 0), 1e-7);
            // A phase on the matrix changes nothing.
            double[] back = Su2.fromMatrix(Matrices.phase(mp, 0.7));
            assertEquals(1, Su2.overlap(back, 0, p, 0), 1e-12);
        }
        assertThrows(IllegalArgumentException.class,
                () -> Su2.fromMatrix(new double[][] {{1, 1}, {0, 1}}, new double[][] {{0, 0}, {0, 0}}));
    }

    @Test
    void stepAndInverseStepCancelAndMatchTheGateTable() {
        for (String name : List.of("hrc", "clifford+t", "ht", "hrc2")) {
            GateBasis basis = GateBasis.named(name);
            SynthesisEnvironment env = SynthesisEnvironment.of(basis);
            int s = env.stateSize();
            SplittableRandom rng = new SplittableRandom(8);
            double[] state = new double[s];
            env.identity(state, 0);
            int[] word = new int[9];
            double[] next = new double[s];
            for (int k = 0; k < word.length; k++) {
                word[k] = rng.nextInt(basis.size());
                env.step(state, 0, word[k], next, 0);
                System.arraycopy(next, 0, state, 0, s);
            }
            // The state equals the word's product from the gate table.
            ZMatrixRMaj product = basis.product(word);
            double[] expected = s == 4 ? Su2.fromMatrix(product) : product.data;
            double[] back = state.clone();
            for (int k = word.length - 1; k >= 0; k--) {
                env.stepInverse(back, 0, word[k], next, 0);
                System.arraycopy(next, 0, back, 0, s);
            }
            assertEquals(0, env.distanceToIdentity(back, 0), 1e-6, name);
            if (s == 4) {
                assertEquals(1, Su2.overlap(state, 0, expected, 0), 1e-12, name);
            } else {
                assertTrue(Equivalence.equalUpToGlobalPhase(Matrices.of(4, 4, state), product, 1e-12), name);
            }
            // Features do not depend on the global phase representative.
            double[] f1 = new double[env.featureSize()];
            double[] f2 = new double[env.featureSize()];
            env.encode(state, 0, f1, 0);
            double[] negated = state.clone();
            for (int i = 0; i < s; i++) {
                negated[i] = -negated[i];
            }
            env.encode(negated, 0, f2, 0);
            for (int i = 0; i < f1.length; i++) {
                assertEquals(f1[i], f2[i], 1e-12, name);
            }
            assertEquals(env.key(state, 0, 1e-9), env.key(negated, 0, 1e-9), name);
        }
    }

    @Test
    void startStateIsTheAdjointOfTheTarget() {
        SynthesisEnvironment env = SynthesisEnvironment.of(GateBasis.named("hrc"));
        ZMatrixRMaj t = Gate.T.matrix();
        double[] start = env.start(new double[][] {{t.getReal(0, 0), 0}, {0, t.getReal(1, 1)}},
                new double[][] {{0, 0}, {0, t.getImag(1, 1)}});
        double[] tq = Su2.fromMatrix(t);
        assertEquals(0, Su2.distanceToIdentity(Su2.multiply(start, tq), 0), 1e-7);
    }

    static double[] randomQuaternion(SplittableRandom rng) {
        double[] q = new double[4];
        for (int i = 0; i < 4; i++) {
            q[i] = rng.nextDouble() - 0.5;
        }
        Su2.normalize(q, 0);
        return q;
    }
}
