package qtool.qubo.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.qubo.model.Ising;

/** The fast diagonal QAOA simulator, the emitted circuit and the generic statevector simulator agree. */
class DiagonalQaoaTest {
    static Ising randomIsing(int n, Random r) {
        double[] h = new double[n];
        double[][] j = new double[n][n];
        for (int a = 0; a < n; a++) {
            h[a] = r.nextGaussian();
            for (int b = a + 1; b < n; b++) {
                j[a][b] = r.nextDouble() < 0.6 ? r.nextGaussian() : 0;
                j[b][a] = j[a][b];
            }
        }
        return new Ising(r.nextGaussian(), h, j);
    }

    @Test
    void energyTableMatchesTheIsingEnergy() {
        Ising ising = randomIsing(6, new Random(1));
        double[] e = DiagonalQaoa.energies(ising);
        for (int z = 0; z < 64; z++) {
            int[] s = new int[6];
            for (int q = 0; q < 6; q++) {
                s[q] = ((z >>> q) & 1) == 1 ? -1 : 1;
            }
            assertEquals(ising.energy(s), e[z], 1e-9);
        }
    }

    @Test
    void stateEqualsTheCircuitStateUpToGlobalPhase() {
        for (int blockBits : new int[] {12, 2, 0}) {
            // maxLevels 0: one sine and cosine per basis state; 65535: per distinct energy.
            stateMatches(new DiagonalQaoa(randomIsing(5, new Random(2)), blockBits, 0), randomIsing(5, new Random(2)));
            stateMatches(new DiagonalQaoa(randomIsing(5, new Random(2)), blockBits, 65535), randomIsing(5, new Random(2)));
            // Integer couplings: few distinct energies.
            Ising integer = randomIsing(5, new Random(6));
            for (int a = 0; a < 5; a++) {
                integer.h()[a] = Math.rint(3 * integer.h()[a]);
                for (int b = 0; b < 5; b++) {
                    integer.j()[a][b] = Math.rint(3 * integer.j()[a][b]);
                }
            }
            stateMatches(new DiagonalQaoa(integer, blockBits, 65535), integer);
        }
    }

    private static void stateMatches(DiagonalQaoa sim, Ising ising) {
        QaoaAngles angles = new QaoaAngles(new double[] {0.3, -0.7}, new double[] {0.5, 0.2}, 0, 0);
        sim.run(angles.gammas(), angles.betas());
        double[][] amp = sim.amplitudes();
        ZMatrixRMaj ref = StatevectorSimulator.run(QaoaCircuit.build(ising, angles, false), Map.of());
        double re = 0;
        double im = 0;
        for (int z = 0; z < 32; z++) {
            double ar = ref.data[2 * z];
            double ai = ref.data[2 * z + 1];
            re += ar * amp[0][z] + ai * amp[1][z];
            im += ar * amp[1][z] - ai * amp[0][z];
        }
        assertEquals(1, Math.hypot(re, im), 1e-10, "|<ref|sim>|");
    }

    @Test
    void optimisedAnglesLowerTheEnergyBelowTheUniformAverage() {
        Ising ising = randomIsing(6, new Random(3));
        DiagonalQaoa sim = new DiagonalQaoa(ising);
        double mean = java.util.Arrays.stream(sim.energies()).average().orElseThrow();
        QaoaAngles a = new QaoaOptimizer(2, 60).optimise(sim);
        assertTrue(a.expectation() < mean - 0.1, a.expectation() + " vs " + mean);
        sim.run(a.gammas(), a.betas());
        assertEquals(a.expectation(), sim.expectation(), 1e-9);
    }

    @Test
    void annealingFindsTheGroundStateOfASmallProblem() {
        Ising ising = randomIsing(8, new Random(4));
        double min = java.util.Arrays.stream(DiagonalQaoa.energies(ising)).min().orElseThrow();
        int[] s = new SimulatedAnnealing(200, 4).minimise(ising, new Random(5));
        assertEquals(min, ising.energy(s), 1e-9);
    }
}
