package qtool.synthesis.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;

class SearchTest {
    private static int[] randomWord(GateBasis basis, int length, Random rng) {
        int[] w = new int[length];
        for (int k = 0; k < length; k++) {
            do {
                w[k] = rng.nextInt(basis.size());
            } while (k > 0 && basis.inverse(w[k - 1]) == w[k]);
        }
        return w;
    }

    private static double[][][] split(ZMatrixRMaj m) {
        return RlBenchmark.split(m);
    }

    /** Plain breadth-first enumeration of all words up to maxLength: the shortest within ε, or -1. */
    private static int bfsShortest(GateBasis basis, double[] u, double eps, int maxLength) {
        OneQubitEnvironment env = new OneQubitEnvironment(basis);
        double[] level = new double[4];
        env.identity(level, 0);
        int count = 1;
        for (int len = 0; len <= maxLength; len++) {
            for (int i = 0; i < count; i++) {
                if (Su2.distance(level, 4 * i, u, 0) <= eps) {
                    return len;
                }
            }
            double[] next = new double[4 * count * basis.size()];
            for (int i = 0; i < count; i++) {
                for (int a = 0; a < basis.size(); a++) {
                    env.step(level, 4 * i, a, next, 4 * (i * basis.size() + a));
                }
            }
            level = next;
            count *= basis.size();
        }
        return -1;
    }

    @Test
    void meetInTheMiddleAgreesWithBreadthFirstEnumeration() {
        Random rng = new Random(5);
        for (String name : new String[] {"hrc", "clifford+t"}) {
            GateBasis basis = GateBasis.named(name);
            double eps = 0.05;
            ShortestWords mitm = new ShortestWords(new WordTable(basis, 3, eps));
            for (int k = 0; k < 12; k++) {
                double[] u = k < 6 ? Su2.fromMatrix(basis.product(randomWord(basis, 1 + rng.nextInt(5), rng)))
                        : EnvironmentTest.randomQuaternion(new java.util.SplittableRandom(k));
                int expected = bfsShortest(basis, u, eps, 6);
                int[] w = mitm.shortest(u);
                if (expected < 0) {
                    assertNull(w, name + " target " + k);
                } else {
                    assertNotNull(w, name + " target " + k);
                    assertEquals(expected, w.length, name + " target " + k);
                    assertTrue(Su2.distance(Su2.fromMatrix(basis.product(w)), 0, u, 0) <= eps);
                }
            }
        }
    }

    @Test
    void aqStarFindsARandomLengthSixHrcWordExactlyWithoutTable() {
        GateBasis hrc = GateBasis.named("hrc");
        Mlp net = Mlp.initialized(new int[] {8, 32, 6}, 3);
        Random rng = new Random(17);
        for (int t = 0; t < 2; t++) {
            int[] word = randomWord(hrc, 6, rng);
            double[][][] u = split(hrc.product(word));
            SearchSettings settings = new SearchSettings(256, 100_000, 200, 8, 1.0, 0, 0);
            RlSynthesizer synth = new RlSynthesizer(new RlModel(hrc, net, TrainingConfig.defaults("hrc", 1, 1)), settings);
            RlSynthesizer.Result r = synth.synthesize(u[0], u[1], 1e-6);
            assertTrue(r.success(), "word " + hrc.format(word));
            assertEquals(6, r.length());
            assertTrue(r.error() < 1e-9);
            assertTrue(Equivalence.equalUpToGlobalPhase(hrc.product(r.letters()), hrc.product(word), 1e-9));
        }
    }

    @Test
    void finishingTableSolvesShortTargetsAndResultsAreVerified() {
        GateBasis hrc = GateBasis.named("hrc");
        Mlp net = Mlp.initialized(new int[] {8, 16, 6}, 1);
        RlSynthesizer synth = new RlSynthesizer(new RlModel(hrc, net, TrainingConfig.defaults("hrc", 1, 1)),
                new SearchSettings(64, 10_000, 30, 30, 1.0, 5, 2));
        double[][][] u = RlBenchmark.haarTargets(1, 3).get(0);
        RlSynthesizer.Result r = synth.synthesize(u[0], u[1], 0.05);
        assertTrue(r.success());
        assertTrue(r.error() <= 0.05 && r.operatorError() <= r.error() + 1e-12);
        assertEquals(r.length(), r.letters().length);
        // Deterministic: a second run gives the same word.
        assertEquals(r.word(), synth.synthesize(u[0], u[1], 0.05).word());
    }

    @Test
    void twoQubitSearchFindsShortWordsAndCnotEquivalents() {
        GateBasis hrc2 = GateBasis.named("hrc2");
        Mlp net = Mlp.initialized(new int[] {32, 16, 14}, 4);
        RlSynthesizer synth = new RlSynthesizer(new RlModel(hrc2, net, TrainingConfig.defaults("hrc2", 1, 1)),
                new SearchSettings(256, 50_000, 40, 5, 1.0, 0, 0));
        for (double[][][] u : RlBenchmark.cnotEquivalentTargets(hrc2, 2, 1, 7)) {
            RlSynthesizer.Result r = synth.synthesize(u[0], u[1], 1e-6);
            assertTrue(r.success());
            assertTrue(r.length() <= 3, r.word());
            assertTrue(r.error() < 1e-9);
        }
    }
}
