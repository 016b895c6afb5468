package qtool.mps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

class MpsTest {
    private static final Gate[] ONE = {Gate.H, Gate.X, Gate.S, Gate.T, Gate.SX};
    private static final Gate[] ONE_PARAM = {Gate.RX, Gate.RY, Gate.RZ};
    private static final Gate[] TWO = {Gate.CX, Gate.CZ, Gate.ISWAP, Gate.SWAP};
    private static final Gate[] TWO_PARAM = {Gate.RXX, Gate.RYY, Gate.RZZ, Gate.CRY};

    static Circuit randomCircuit(int n, int gates, Random rnd, boolean nearestOnly) {
        Circuit.Builder b = Circuit.builder(n, 0);
        for (int k = 0; k < gates; k++) {
            int q = rnd.nextInt(n);
            if (n == 1 || rnd.nextInt(3) == 0) {
                if (rnd.nextBoolean()) {
                    b.add(Instruction.of(ONE[rnd.nextInt(ONE.length)], q));
                } else {
                    b.add(Instruction.of(ONE_PARAM[rnd.nextInt(ONE_PARAM.length)],
                            List.of(Param.constant(rnd.nextDouble() * 6 - 3)), q));
                }
                continue;
            }
            int p;
            if (nearestOnly) {
                p = q == n - 1 ? q - 1 : q + 1;
            } else {
                do {
                    p = rnd.nextInt(n);
                } while (p == q);
            }
            if (rnd.nextBoolean()) {
                b.add(Instruction.of(TWO[rnd.nextInt(TWO.length)], q, p));
            } else {
                b.add(Instruction.of(TWO_PARAM[rnd.nextInt(TWO_PARAM.length)],
                        List.of(Param.constant(rnd.nextDouble() * 6 - 3)), q, p));
            }
        }
        return b.build();
    }

    static int[] bits(long index, int n) {
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = (int) ((index >> i) & 1);
        }
        return b;
    }

    static double maxAmplitudeError(Mps mps, ZMatrixRMaj sv) {
        int n = mps.numQubits();
        double worst = 0;
        for (int i = 0; i < 1 << n; i++) {
            double[] a = mps.amplitude(bits(i, n));
            worst = Math.max(worst, Math.hypot(a[0] - sv.data[2 * i], a[1] - sv.data[2 * i + 1]));
        }
        return worst;
    }

    @Test
    void randomCircuitsMatchStatevectorAtFullBond() {
        for (int seed = 0; seed < 24; seed++) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(12);
            Circuit c = randomCircuit(n, 10 + rnd.nextInt(60), rnd, false);
            Mps mps = MpsSimulator.run(c, 1 << 12, 0);
            ZMatrixRMaj sv = StatevectorSimulator.run(c);
            double err = maxAmplitudeError(mps, sv);
            assertTrue(err < 1e-10, "seed " + seed + " n=" + n + ": amplitude error " + err);
            assertEquals(0, mps.truncationError(), 1e-12, "seed " + seed);
            assertEquals(1, mps.norm(), 1e-10, "seed " + seed);
        }
    }

    @Test
    void overlapAndExpectationMatchStatevector() {
        Random rnd = new Random(7);
        int n = 9;
        Circuit c1 = randomCircuit(n, 50, rnd, false);
        Circuit c2 = randomCircuit(n, 50, rnd, true);
        Mps a = MpsSimulator.run(c1, 512, 0);
        Mps b = MpsSimulator.run(c2, 512, 0);
        ZMatrixRMaj va = StatevectorSimulator.run(c1);
        ZMatrixRMaj vb = StatevectorSimulator.run(c2);
        double re = 0;
        double im = 0;
        for (int i = 0; i < 1 << n; i++) {
            double ar = va.data[2 * i];
            double ai = -va.data[2 * i + 1];
            re += ar * vb.data[2 * i] - ai * vb.data[2 * i + 1];
            im += ar * vb.data[2 * i + 1] + ai * vb.data[2 * i];
        }
        assertArrayEquals(new double[] {re, im}, a.overlap(b), 1e-10);
        // <Z2 X4 Y5> from the state vector.
        double expect = 0;
        for (int i = 0; i < 1 << n; i++) {
            int j = i ^ (1 << 4) ^ (1 << 5);
            // P|i> = phase |j>; <psi|P|psi> = sum_i conj(psi_j) phase psi_i.
            double pr = ((i >> 2) & 1) == 1 ? -1 : 1;
            double pim = 0;
            // Y on qubit 5: Y|0> = i|1>, Y|1> = -i|0>.
            double yr = 0;
            double yi = ((i >> 5) & 1) == 0 ? 1 : -1;
            double phr = pr * yr - pim * yi;
            double phi = pr * yi + pim * yr;
            double xr = va.data[2 * i] * phr - va.data[2 * i + 1] * phi;
            double xi = va.data[2 * i] * phi + va.data[2 * i + 1] * phr;
            expect += va.data[2 * j] * xr + va.data[2 * j + 1] * xi;
        }
        assertEquals(expect, a.expectation("Z2 X4 Y5"), 1e-10);
        assertEquals(1, a.expectation(""), 1e-10);
    }

    @Test
    void canonicalCentreMovesKeepTheState() {
        Random rnd = new Random(3);
        Circuit c = randomCircuit(8, 60, rnd, false);
        Mps m = MpsSimulator.run(c, 256, 0);
        ZMatrixRMaj sv = StatevectorSimulator.run(c);
        for (int site : new int[] {0, 7, 3, 5, 1}) {
            m.moveCentre(site);
            assertEquals(site, m.centre());
            assertTrue(maxAmplitudeError(m, sv) < 1e-10);
            assertEquals(1, m.norm(), 1e-10);
        }
    }

    @Test
    void truncationDropsWeightAndCountsIt() {
        // Bell pair at bond 1: one Schmidt value of weight 1/2 is dropped and the rest renormalised.
        Circuit bell = Circuit.builder(2, 0).add(Instruction.of(Gate.H, 0)).add(Instruction.of(Gate.CX, 0, 1)).build();
        Mps m = MpsSimulator.run(bell, 1, 0);
        assertEquals(0.5, m.truncationError(), 1e-12);
        assertEquals(1, m.norm(), 1e-12);
        assertArrayEquals(new int[] {1}, m.bondDimensions());
        // A cutoff above the smaller Schmidt weight drops it too.
        Circuit weak = Circuit.builder(2, 0).add(Instruction.of(Gate.RY, List.of(Param.constant(0.02)), 0))
                .add(Instruction.of(Gate.CX, 0, 1)).build();
        Mps w = MpsSimulator.run(weak, 8, 1e-3);
        assertArrayEquals(new int[] {1}, w.bondDimensions());
        assertEquals(Math.pow(Math.sin(0.01), 2), w.truncationError(), 1e-12);
        Mps full = MpsSimulator.run(weak, 8, 1e-6);
        assertArrayEquals(new int[] {2}, full.bondDimensions());
    }

    @Test
    void rejectsWhatItCannotSimulate() {
        Circuit ccx = Circuit.builder(3, 0).add(Instruction.of(Gate.CCX, 0, 1, 2)).build();
        assertThrows(IllegalArgumentException.class, () -> MpsSimulator.run(ccx, 8, 0));
        Circuit meas = Circuit.builder(1, 1).add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(),
                new int[] {0}, null)).build();
        assertThrows(IllegalArgumentException.class, () -> MpsSimulator.run(meas, 8, 0));
    }
}
