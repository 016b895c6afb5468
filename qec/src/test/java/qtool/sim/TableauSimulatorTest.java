package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.stim.Operation;
import qtool.stim.StimReader;
import qtool.stim.StimTarget;

/**
 * The tableau simulator against the dense state vector on random small Clifford circuits with
 * mid-circuit single-qubit measurements in X, Y, Z, Pauli-product measurements and resets: a
 * measurement the tableau calls deterministic must have probability 1 for its outcome in the
 * state vector, a random one probability 1/2; both states then collapse to the tableau's outcome.
 */
class TableauSimulatorTest {
    private static final long SEED = 20240611L;
    private static final double EPS = 1e-9;

    @Test
    void agreesWithStatevectorOnRandomCliffordCircuits() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Gate> gates = new ArrayList<>(PauliConjugation.all().keySet());
        int random = 0;
        int ones = 0;
        int deterministic = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(5);
            TableauSimulator tab = new TableauSimulator(n, new SplittableRandom(rnd.nextLong()));
            ZMatrixRMaj psi = new ZMatrixRMaj(1 << n, 1);
            psi.data[0] = 1;
            for (int step = 0; step < 40; step++) {
                int kind = rnd.nextInt(20);
                String where = "seed " + SEED + " trial " + trial + " step " + step;
                if (kind < 13) {
                    Gate g = gates.get(rnd.nextInt(gates.size()));
                    if (g.numQubits() > n) {
                        continue;
                    }
                    int[] qs = distinct(rnd, n, g.numQubits());
                    tab.applyGate(g, qs);
                    psi = apply(psi, n, g, qs);
                    continue;
                }
                int terms = kind < 17 ? 1 : 1 + rnd.nextInt(n);
                int[] qs = distinct(rnd, n, terms);
                char[] bases = new char[terms];
                int[] targets = new int[2 * terms - 1];
                for (int i = 0; i < terms; i++) {
                    bases[i] = "XYZ".charAt(rnd.nextInt(3));
                    targets[2 * i] = StimTarget.pauli(bases[i], qs[i], false);
                    if (i > 0) {
                        targets[2 * i - 1] = StimTarget.COMBINER;
                    }
                }
                boolean result;
                if (terms == 1 && kind < 17) {
                    result = tab.measure(bases[0], qs[0]);
                } else {
                    boolean[] r = new boolean[1];
                    tab.apply(Operation.of(Gate.MPP, targets), b -> r[0] = b);
                    result = r[0];
                }
                double expect = expectation(psi, n, bases, qs);
                double p1 = (1 - expect) / 2;
                if (tab.lastWasRandom()) {
                    assertEquals(0.5, p1, EPS, where + ": random outcome");
                    random++;
                    ones += result ? 1 : 0;
                } else {
                    assertEquals(result ? 1 : 0, p1, EPS, where + ": deterministic outcome");
                    deterministic++;
                }
                psi = collapse(psi, n, bases, qs, result);
                if (kind == 19 && terms == 1 && result) {
                    // A reset: measure, then flip with the Pauli that anticommutes with the basis.
                    Gate flip = bases[0] == 'Z' ? Gate.X : Gate.Z;
                    tab.applyGate(flip, qs[0]);
                    psi = apply(psi, n, flip, qs[0]);
                }
            }
        }
        assertTrue(random > 500 && deterministic > 500, random + " random, " + deterministic + " deterministic");
        double sigma = Math.sqrt(random * 0.25);
        assertTrue(Math.abs(ones - random / 2.0) < 5 * sigma, ones + " ones of " + random + " random outcomes");
    }

    @Test
    void resetLeavesTheBasisEigenstate() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Gate> gates = new ArrayList<>(PauliConjugation.all().keySet());
        for (int trial = 0; trial < 200; trial++) {
            TableauSimulator tab = new TableauSimulator(3, new SplittableRandom(trial));
            for (int step = 0; step < 20; step++) {
                Gate g = gates.get(rnd.nextInt(gates.size()));
                tab.applyGate(g, distinct(rnd, 3, g.numQubits()));
            }
            char basis = "XYZ".charAt(trial % 3);
            tab.reset(basis, 1);
            assertFalse(tab.measure(basis, 1));
            assertFalse(tab.lastWasRandom());
        }
    }

    @Test
    void referenceSampleOfAStimCircuit() {
        String text = "X 0\nM 0 !0\nH 1\nCX 1 2\nMPP X1*X2 Z1*Z2 !Y1*Y2\nMX 1\n"
                + "RX 3\nMX 3\nRY 4\nMY 4 !4\nREPEAT 3 {\n  X 5\n  M 5\n}\nMR 0\nM 0\nMRX 3\nS_DAG 4\nMX 4\n";
        boolean[] ref = TableauSimulator.referenceSample(StimReader.parse(text));
        // M 0 !0 | MPP (Bell pair: XX = ZZ = +1, YY = -1 then inverted) | MX 1 (random: 0) | MX 3 |
        // MY 4 !4 | 3 x M 5 after X | MR 0, M 0 | MRX 3 | MX 4 after S_DAG maps |i> to |+>.
        boolean[] expected = {true, false, false, false, false, false, false, false, true,
            true, false, true, true, false, false, false};
        assertArrayEquals(expected, ref);
    }

    private static int[] distinct(SplittableRandom rnd, int n, int k) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = new int[k];
        System.arraycopy(perm, 0, out, 0, k);
        return out;
    }

    private static ZMatrixRMaj apply(ZMatrixRMaj psi, int n, Gate g, int... qs) {
        Circuit c = Circuit.builder(n, 0).add(Instruction.of(g, qs)).build();
        return StatevectorSimulator.run(c, psi, Map.of());
    }

    /** P|psi> for the Pauli product. */
    private static ZMatrixRMaj applyPauli(ZMatrixRMaj psi, int n, char[] bases, int[] qs) {
        for (int i = 0; i < bases.length; i++) {
            psi = apply(psi, n, bases[i] == 'X' ? Gate.X : bases[i] == 'Y' ? Gate.Y : Gate.Z, qs[i]);
        }
        return psi;
    }

    private static double expectation(ZMatrixRMaj psi, int n, char[] bases, int[] qs) {
        ZMatrixRMaj p = applyPauli(psi, n, bases, qs);
        double re = 0;
        for (int i = 0; i < psi.numRows; i++) {
            re += psi.data[2 * i] * p.data[2 * i] + psi.data[2 * i + 1] * p.data[2 * i + 1];
        }
        return re;
    }

    /** (I ± P)/2 |psi>, normalised: the state after observing the outcome. */
    private static ZMatrixRMaj collapse(ZMatrixRMaj psi, int n, char[] bases, int[] qs, boolean result) {
        ZMatrixRMaj p = applyPauli(psi, n, bases, qs);
        double s = result ? -1 : 1;
        ZMatrixRMaj out = new ZMatrixRMaj(psi.numRows, 1);
        double norm = 0;
        for (int i = 0; i < 2 * psi.numRows; i++) {
            out.data[i] = (psi.data[i] + s * p.data[i]) / 2;
            norm += out.data[i] * out.data[i];
        }
        double f = 1 / Math.sqrt(norm);
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] *= f;
        }
        return out;
    }
}
