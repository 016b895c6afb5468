package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Shared fixtures and checks for the routing tests: small device graphs, seeded random circuits,
 * and the two ways of checking a routed circuit against its source.
 *
 * <p><b>Conventions of the unitary check.</b> {@code UnitarySimulator} is little-endian: basis
 * index x of an n-qubit circuit has bit v equal to the value of qubit v, and entry (r, x) is
 * ⟨r|U|x⟩. For a layout L of n virtual qubits on N physical ones, {@code E_L} is the 2^N × 2^n
 * 0/1 matrix sending |x⟩ to |y⟩ with bit L(v) of y equal to bit v of x and every unused physical
 * qubit 0. A routed circuit R of C is correct when {@code R · E_initial = e^{iφ} E_final · C}: start
 * with the virtual state placed by the initial layout (ancillas in |0⟩), run R, and read the
 * result off through the final layout. Column x of the left side is column E_initial(x) of R; the
 * right side moves each row r of C's column x to row E_final(r). Comparing isometries rather than
 * full 2^N unitaries sidesteps the question of where ancillas go, which the layouts leave open.
 */
public final class RoutingTesting {
    private RoutingTesting() {
    }

    /** IBM Falcon-style heavy-hex fragment (7 qubits, an "H"): 0-1-2, 1-3, 3-5, 4-5-6. */
    static CouplingGraph heavyHex7() {
        return CouplingGraph.of(7, new int[][] {{0, 1}, {1, 2}, {1, 3}, {3, 5}, {4, 5}, {5, 6}});
    }

    /**
     * A heavy-hex-like 8-qubit fragment: a 6-cycle (0..5) with pendant qubits 6 on 1 and 7 on 4,
     * mixing degree-2 and degree-3 qubits as a heavy-hex lattice does.
     */
    static CouplingGraph heavyHex8() {
        return CouplingGraph.of(8, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {1, 6}, {4, 7}});
    }

    /** The small devices every equivalence test runs over. */
    static List<CouplingGraph> smallDevices() {
        return List.of(CouplingGraph.line(6), CouplingGraph.ring(7), CouplingGraph.grid(2, 4), heavyHex7(), heavyHex8());
    }

    private static final Gate[] ONE = {Gate.H, Gate.T, Gate.SX, Gate.S, Gate.RX, Gate.RZ, Gate.U3};
    private static final Gate[] TWO = {Gate.CX, Gate.CZ, Gate.CP, Gate.RZZ, Gate.SWAP, Gate.CRY, Gate.ECR};

    /**
     * A seeded random unitary circuit on n qubits: ~45% two-qubit gates (SWAPs among them unless
     * {@code noSwaps}), some controlled-X written with an explicit control ({@code controls = 1}),
     * some barriers.
     */
    static Circuit randomUnitary(int n, int gates, long seed, boolean noSwaps) {
        SplittableRandom rng = new SplittableRandom(seed);
        Circuit.Builder b = Circuit.builder(n, 0);
        for (int i = 0; i < gates; i++) {
            double r = rng.nextDouble();
            if (n >= 2 && r < 0.45) {
                int[] pair = pair(n, rng);
                Gate g = TWO[rng.nextInt(TWO.length)];
                if (noSwaps && g == Gate.SWAP) {
                    g = Gate.CX;
                }
                b.add(Instruction.of(g, params(g, rng), pair));
            } else if (n >= 2 && r < 0.5) {
                int[] pair = pair(n, rng);
                b.add(new Instruction(Gate.X, 1, pair, List.of(), new int[0], null));
            } else if (r < 0.53) {
                b.add(Instruction.of(Gate.BARRIER, subset(n, rng)));
            } else {
                Gate g = ONE[rng.nextInt(ONE.length)];
                b.add(Instruction.of(g, params(g, rng), rng.nextInt(n)));
            }
        }
        return b.build();
    }

    /**
     * A seeded random circuit with classical parts: measurements, resets and gates conditioned on
     * earlier results, on top of {@link #randomUnitary}'s gates (without SWAPs, so that every SWAP in
     * a routed circuit was inserted by the router).
     */
    static Circuit randomDynamic(int n, int clbits, int gates, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Circuit.Builder b = Circuit.builder(n, clbits);
        for (int i = 0; i < gates; i++) {
            double r = rng.nextDouble();
            if (r < 0.1) {
                b.add(new Instruction(Gate.MEASURE, 0, new int[] {rng.nextInt(n)}, List.of(),
                        new int[] {rng.nextInt(clbits)}, null));
            } else if (r < 0.13) {
                b.add(Instruction.of(Gate.RESET, rng.nextInt(n)));
            } else if (r < 0.2) {
                Condition c = new Condition(new int[] {rng.nextInt(clbits)}, Condition.Relation.EQ, BigInteger.ONE);
                Instruction g = rng.nextBoolean() ? Instruction.of(Gate.X, rng.nextInt(n))
                        : Instruction.of(Gate.CX, pair(n, rng));
                b.add(g.withCondition(c));
            } else {
                for (Instruction in : randomUnitary(n, 1, rng.nextLong(), true).instructions()) {
                    b.add(in);
                }
            }
        }
        return b.build();
    }

    /** Random circuit for routing studies: n qubits, {@code gates} gates of which {@code twoQubitShare} are CX on uniform random pairs. */
    static Circuit randomCx(int n, int gates, double twoQubitShare, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Circuit.Builder b = Circuit.builder(n, 0);
        for (int i = 0; i < gates; i++) {
            if (rng.nextDouble() < twoQubitShare) {
                b.add(Instruction.of(Gate.CX, pair(n, rng)));
            } else {
                b.add(Instruction.of(Gate.H, rng.nextInt(n)));
            }
        }
        return b.build();
    }

    private static int[] pair(int n, SplittableRandom rng) {
        int a = rng.nextInt(n);
        int b = rng.nextInt(n - 1);
        return new int[] {a, b >= a ? b + 1 : b};
    }

    private static int[] subset(int n, SplittableRandom rng) {
        List<Integer> chosen = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            if (rng.nextInt(3) == 0) {
                chosen.add(q);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(rng.nextInt(n));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Param> params(Gate g, SplittableRandom rng) {
        List<Param> ps = new ArrayList<>();
        for (int i = 0; i < g.numParams(); i++) {
            ps.add(Param.constant(rng.nextDouble(-Math.PI, Math.PI)));
        }
        return ps;
    }

    /** The basis index of the physical state that places virtual basis state x through layout. */
    public static int embed(int x, Layout layout) {
        int y = 0;
        for (int v = 0; v < layout.numVirtual(); v++) {
            if ((x >> v & 1) != 0) {
                y |= 1 << layout.physical(v);
            }
        }
        return y;
    }

    /** Asserts {@code routed · E_initial = e^{iφ} E_final · source} (see the class comment). */
    public static void assertRoutedEquivalent(Circuit source, Circuit routed, Layout initial, Layout fin) {
        int n = source.numQubits();
        int bigN = routed.numQubits();
        assertEquals(n, initial.numVirtual());
        assertEquals(n, fin.numVirtual());
        ZMatrixRMaj u = UnitarySimulator.unitary(source);
        ZMatrixRMaj r = UnitarySimulator.unitary(routed);
        ZMatrixRMaj lhs = new ZMatrixRMaj(1 << bigN, 1 << n);
        ZMatrixRMaj rhs = new ZMatrixRMaj(1 << bigN, 1 << n);
        for (int x = 0; x < 1 << n; x++) {
            int col = embed(x, initial);
            for (int row = 0; row < 1 << bigN; row++) {
                lhs.set(row, x, r.getReal(row, col), r.getImag(row, col));
            }
            for (int row = 0; row < 1 << n; row++) {
                rhs.set(embed(row, fin), x, u.getReal(row, x), u.getImag(row, x));
            }
        }
        assertTrue(Equivalence.equalUpToGlobalPhase(lhs, rhs, 1e-9),
                () -> "routed circuit differs: distance " + Equivalence.phaseInvariantDistance(lhs, rhs)
                        + ", initial " + initial + ", final " + fin);
    }

    /**
     * Structural check for any circuit, including measurements and conditions: undo the routing by
     * following the inserted SWAPs from the initial layout and mapping every other instruction
     * back to virtual qubits; then each qubit and each clbit must see exactly the source's
     * instructions in the source's order, and the walk must end in the final layout. The source must
     * contain no SWAP of its own (so every output SWAP was inserted).
     */
    static void assertRoutedFaithfully(Circuit source, Circuit routed, Layout initial, Layout fin, int swapsAdded) {
        int n = source.numQubits();
        int[] p2v = new int[routed.numQubits()];
        int[] full = initial.withAncillas();
        for (int v = 0; v < full.length; v++) {
            p2v[full[v]] = v;
        }
        Circuit.Builder back = Circuit.builder(n, source.numClbits());
        int swaps = 0;
        for (Instruction in : routed.instructions()) {
            if (in.gate() == Gate.SWAP) {
                int a = p2v[in.qubit(0)];
                p2v[in.qubit(0)] = p2v[in.qubit(1)];
                p2v[in.qubit(1)] = a;
                swaps++;
                continue;
            }
            int[] q = new int[in.numQubits()];
            for (int i = 0; i < q.length; i++) {
                q[i] = p2v[in.qubit(i)];
                assertTrue(q[i] < n, () -> "instruction " + in + " touches an ancilla");
            }
            back.add(in.withQubits(q));
        }
        assertEquals(swapsAdded, swaps, "SWAPS_ADDED");
        for (int v = 0; v < n; v++) {
            assertEquals(fin.physical(v), indexOf(p2v, v), "final position of virtual qubit " + v);
        }
        Circuit unrouted = back.build();
        assertEquals(source.size(), unrouted.size());
        for (int w = 0; w < n + source.numClbits(); w++) {
            assertEquals(onWire(source, w), onWire(unrouted, w), "instructions on wire " + w);
        }
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** Instructions touching wire w (qubits first, then clbits, conditions included), in order. */
    private static List<Instruction> onWire(Circuit c, int w) {
        int n = c.numQubits();
        List<Instruction> out = new ArrayList<>();
        for (Instruction in : c.instructions()) {
            boolean touches = false;
            for (int i = 0; i < in.numQubits(); i++) {
                touches |= in.qubit(i) == w;
            }
            for (int i = 0; i < in.numClbits(); i++) {
                touches |= n + in.clbit(i) == w;
            }
            if (in.condition() != null) {
                for (int i = 0; i < in.condition().numClbits(); i++) {
                    touches |= n + in.condition().clbit(i) == w;
                }
            }
            if (touches) {
                out.add(in);
            }
        }
        return out;
    }

    /** Every SWAP in {@code c} replaced by three CX, so routed SWAPs can be told apart. */
    static Circuit withoutSwaps(Circuit c) {
        Circuit.Builder b = c.emptyCopy();
        for (Instruction in : c.instructions()) {
            if (in.gate() == Gate.SWAP && in.controls() == 0) {
                int x = in.qubit(0);
                int y = in.qubit(1);
                Condition cond = in.condition();
                for (int[] p : new int[][] {{x, y}, {y, x}, {x, y}}) {
                    Instruction cx = Instruction.of(Gate.CX, p);
                    b.add(cond == null ? cx : cx.withCondition(cond));
                }
            } else {
                b.add(in);
            }
        }
        return b.build();
    }

    /**
     * A stand-in with the same interactions for circuits with gates on three or more qubits: each
     * such gate becomes CX on every pair of its qubits (as a Toffoli decomposition has). Not
     * equivalent, only for comparing SWAP counts.
     */
    static Circuit interactionProxy(Circuit c) {
        Circuit.Builder b = c.emptyCopy();
        for (Instruction in : c.instructions()) {
            if (in.numQubits() >= 3 && !in.gate().is(GateFlag.BARRIER)) {
                for (int x = 0; x < in.numQubits(); x++) {
                    for (int y = x + 1; y < in.numQubits(); y++) {
                        b.add(Instruction.of(Gate.CX, in.qubit(x), in.qubit(y)));
                    }
                }
            } else {
                b.add(in);
            }
        }
        return b.build();
    }
}
