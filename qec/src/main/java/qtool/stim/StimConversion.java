package qtool.stim;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

/**
 * Converts between the qtool IR ({@link Circuit}) and Stim circuits ({@link StabilizerCircuit}).
 *
 * <p>{@link #fromCircuit} accepts Clifford circuits only and throws {@link IllegalArgumentException}
 * naming the first instruction Stim cannot express. {@link #toCircuit} keeps a Stim circuit's
 * unitary gates, measurements and resets (other bases as basis changes around Z ones), drops noise
 * and annotations, turns {@code TICK} into a barrier and unrolls {@code REPEAT} blocks, so that
 * {@code QasmWriter.qasm3().write(toCircuit(s))} exports a Stim circuit as OpenQASM 3.
 */
public final class StimConversion {
    /** The most instructions {@link #toCircuit} produces before refusing to unroll further. */
    static final int MAX_INSTRUCTIONS = 50_000_000;

    private static final double ANGLE_TOLERANCE = 1e-9;

    private StimConversion() {
    }

    // ---------------------------------------------------------------- IR -> Stim

    /**
     * The Stim circuit for a Clifford IR circuit. Measurements become {@code M} in the IR's order,
     * so measurement record indices follow the IR's measurement order; global phases are dropped.
     */
    public static StabilizerCircuit fromCircuit(Circuit c) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        int[] lastMeasurement = new int[c.numClbits()];
        Arrays.fill(lastMeasurement, -1);
        int measurements = 0;
        for (Instruction in : c.instructions()) {
            Gate g = in.gate();
            if (in.controls() > 0) {
                throw reject(in, "extra controls");
            }
            if (in.condition() != null) {
                b.add(conditioned(in, lastMeasurement, measurements));
                continue;
            }
            if (g == Gate.GPHASE) {
                continue;
            }
            if (g == Gate.BARRIER) {
                b.add(Operation.of(Gate.TICK));
                continue;
            }
            if (g == Gate.MEASURE) {
                if (in.numClbits() != 1) {
                    throw reject(in, "measurement without exactly one clbit");
                }
                b.add(Gate.MEASURE, StimTarget.qubit(in.qubit(0)));
                lastMeasurement[in.clbit(0)] = measurements++;
                continue;
            }
            if (g == Gate.RESET) {
                b.add(Gate.RESET, StimTarget.qubit(in.qubit(0)));
                continue;
            }
            Gate stimGate = cliffordGate(in);
            if (stimGate != null) {
                b.add(stimGate, targets(in.qubits()));
            } else if (!isIdentityRotation(in)) {
                throw reject(in, null);
            }
        }
        return b.build();
    }

    /** The Stim gate for a unitary Clifford instruction without condition, or null. */
    private static Gate cliffordGate(Instruction in) {
        Gate g = in.gate();
        if (g.is(GateFlag.CLIFFORD) && g.is(GateFlag.UNITARY) && g.stimName() != null && g.numParams() == 0) {
            return g;
        }
        int quarter = quarterTurns(in);
        if (quarter <= 0) {
            return null;
        }
        switch (g) {
            case RZ:
            case P:
                return quarter == 1 ? Gate.S : quarter == 2 ? Gate.Z : Gate.SDG;
            case RX:
                return quarter == 1 ? Gate.SX : quarter == 2 ? Gate.X : Gate.SXDG;
            case RY:
                return quarter == 1 ? Gate.SQRT_Y : quarter == 2 ? Gate.Y : Gate.SQRT_Y_DAG;
            default:
                return null;
        }
    }

    /** rz/p/rx/ry by a multiple of 2π: the identity up to global phase. */
    private static boolean isIdentityRotation(Instruction in) {
        return quarterTurns(in) == 0;
    }

    /**
     * For rz, p, rx and ry with a constant angle that is a multiple of π/2, the multiple modulo 4;
     * -1 otherwise.
     */
    private static int quarterTurns(Instruction in) {
        Gate g = in.gate();
        if (g != Gate.RZ && g != Gate.P && g != Gate.RX && g != Gate.RY) {
            return -1;
        }
        Param p = in.param(0);
        if (!p.isConstant()) {
            return -1;
        }
        double k = p.value() / (Math.PI / 2);
        double rounded = Math.rint(k);
        if (Double.isNaN(k) || Double.isInfinite(k) || Math.abs(k - rounded) > ANGLE_TOLERANCE) {
            return -1;
        }
        return (int) Math.floorMod((long) rounded, 4L);
    }

    /** {@code if (b == 1) X/Y/Z q} as a classically controlled CX/CY/CZ on the latest result of b. */
    private static Operation conditioned(Instruction in, int[] lastMeasurement, int measurements) {
        Condition cond = in.condition();
        Gate g = in.gate();
        Gate stimGate = g == Gate.X ? Gate.CX : g == Gate.Y ? Gate.CY : g == Gate.Z ? Gate.CZ : null;
        if (stimGate == null || cond.numClbits() != 1 || cond.relation() != Condition.Relation.EQ
                || !cond.value().equals(BigInteger.ONE)) {
            throw reject(in, "only X, Y or Z conditioned on one bit == 1 is supported");
        }
        int at = lastMeasurement[cond.clbit(0)];
        if (at < 0) {
            throw reject(in, "condition on a bit that was never measured");
        }
        return Operation.of(stimGate, StimTarget.rec(measurements - at), StimTarget.qubit(in.qubit(0)));
    }

    private static IllegalArgumentException reject(Instruction in, String why) {
        return new IllegalArgumentException("not a Clifford operation Stim can express: " + in
                + (why == null ? "" : " (" + why + ")"));
    }

    private static int[] targets(int[] qubits) {
        int[] t = new int[qubits.length];
        for (int i = 0; i < qubits.length; i++) {
            t[i] = StimTarget.qubit(qubits[i]);
        }
        return t;
    }

    // ---------------------------------------------------------------- Stim -> IR

    /**
     * The IR circuit for a Stim circuit: qubits in a register {@code q}, one clbit per measurement
     * result in a register {@code m} (record order). Noise channels and annotations are dropped,
     * {@code TICK} becomes a barrier on all qubits and {@code REPEAT} blocks are unrolled.
     * Throws {@link IllegalArgumentException} for operations the IR cannot express ({@code MPP},
     * sweep-controlled gates, ...).
     */
    public static Circuit toCircuit(StabilizerCircuit s) {
        if (s.numMeasurements() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many measurements to unroll: " + s.numMeasurements());
        }
        Circuit.Builder b = Circuit.builder(0, 0);
        int n = s.numQubits();
        if (n > 0) {
            b.addRegister("q", Register.Kind.QUBIT, n);
        }
        int m = (int) s.numMeasurements();
        if (m > 0) {
            b.addRegister("m", Register.Kind.CLBIT, m);
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        new Unroller(b, all).run(s);
        return b.build();
    }

    /** Appends the IR form of Stim items, tracking the measurement record. */
    private static final class Unroller {
        private final Circuit.Builder b;
        private final int[] allQubits;
        private int measured;

        Unroller(Circuit.Builder b, int[] allQubits) {
            this.b = b;
            this.allQubits = allQubits;
        }

        void run(StabilizerCircuit s) {
            for (StabilizerCircuit.Item item : s.items()) {
                if (item instanceof RepeatBlock r) {
                    for (long i = 0; i < r.count(); i++) {
                        run(r.body());
                    }
                } else {
                    operation((Operation) item);
                }
            }
        }

        private void add(Instruction in) {
            if (b.size() >= MAX_INSTRUCTIONS) {
                throw new IllegalArgumentException("circuit too large to unroll (over " + MAX_INSTRUCTIONS
                        + " instructions)");
            }
            b.add(in);
        }

        private void gate(Gate g, int q) {
            add(Instruction.of(g, q));
        }

        private void operation(Operation op) {
            Gate g = op.gate();
            if (g == Gate.TICK) {
                if (allQubits.length > 0) {
                    add(Instruction.of(Gate.BARRIER, allQubits));
                }
                return;
            }
            if (g.is(GateFlag.NOISE) || g.is(GateFlag.ANNOTATION)) {
                return;
            }
            switch (g) {
                case MEASURE: case MEASURE_X: case MEASURE_Y:
                case MEASURE_RESET: case MEASURE_RESET_X: case MEASURE_RESET_Y:
                    for (int t : op.targets()) {
                        measure(op, g, t);
                    }
                    return;
                case RESET: case RESET_X: case RESET_Y:
                    for (int t : op.targets()) {
                        int q = qubitOf(op, t);
                        gate(Gate.RESET, q);
                        prepare(g == Gate.RESET_X ? 'X' : g == Gate.RESET_Y ? 'Y' : 'Z', q);
                    }
                    return;
                default:
                    break;
            }
            if (!g.is(GateFlag.UNITARY) || g.numQubits() < 1) {
                throw unsupported(op, null);
            }
            int arity = g.numQubits();
            int[] t = op.targets();
            if (t.length % arity != 0) {
                throw unsupported(op, "target count is not a multiple of " + arity);
            }
            for (int i = 0; i < t.length; i += arity) {
                int[] group = Arrays.copyOfRange(t, i, i + arity);
                if (arity == 2 && (StimTarget.isRec(group[0]) || StimTarget.isRec(group[1])
                        || StimTarget.isSweep(group[0]) || StimTarget.isSweep(group[1]))) {
                    classicallyControlled(op, group);
                    continue;
                }
                int[] qs = new int[arity];
                for (int j = 0; j < arity; j++) {
                    qs[j] = qubitOf(op, group[j]);
                }
                add(Instruction.of(g, qs));
            }
        }

        /** Measurement in the gate's basis, honouring inverted targets, with reset for MR*. */
        private void measure(Operation op, Gate g, int t) {
            int q = qubitOf(op, t);
            char basis = g == Gate.MEASURE_X || g == Gate.MEASURE_RESET_X ? 'X'
                    : g == Gate.MEASURE_Y || g == Gate.MEASURE_RESET_Y ? 'Y' : 'Z';
            boolean reset = g.is(GateFlag.RESET);
            toZ(basis, q);
            if (StimTarget.isInverted(t)) {
                gate(Gate.X, q);
            }
            add(new Instruction(Gate.MEASURE, 0, new int[] {q}, List.of(), new int[] {measured++}, null));
            if (reset) {
                gate(Gate.RESET, q);
                prepare(basis, q);
            } else {
                if (StimTarget.isInverted(t)) {
                    gate(Gate.X, q);
                }
                fromZ(basis, q);
            }
        }

        /** Maps the basis's +1 eigenstate to |0>. */
        private void toZ(char basis, int q) {
            if (basis == 'X') {
                gate(Gate.H, q);
            } else if (basis == 'Y') {
                gate(Gate.SDG, q);
                gate(Gate.H, q);
            }
        }

        /** Inverse of {@link #toZ}. */
        private void fromZ(char basis, int q) {
            if (basis == 'X') {
                gate(Gate.H, q);
            } else if (basis == 'Y') {
                gate(Gate.H, q);
                gate(Gate.S, q);
            }
        }

        /** From |0>, prepares the +1 eigenstate of the basis. */
        private void prepare(char basis, int q) {
            fromZ(basis, q);
        }

        /** {@code CX rec[-k] q} and friends: a Pauli on q conditioned on a recorded result. */
        private void classicallyControlled(Operation op, int[] group) {
            int a = group[0];
            int c = group[1];
            Gate g = op.gate();
            int control;
            int qubit;
            Gate pauli;
            if (!StimTarget.hasQubit(c) || StimTarget.isInverted(c)) {
                if (g == Gate.CZ && StimTarget.hasQubit(a) && !StimTarget.isInverted(a)) {
                    control = c;
                    qubit = a;
                    pauli = Gate.Z;
                } else if ((g == Gate.XCZ || g == Gate.YCZ) && StimTarget.hasQubit(a) && !StimTarget.isInverted(a)) {
                    control = c;
                    qubit = a;
                    pauli = g == Gate.XCZ ? Gate.X : Gate.Y;
                } else {
                    throw unsupported(op, "classical control in an unsupported position");
                }
            } else if (g == Gate.CX || g == Gate.CY || g == Gate.CZ) {
                control = a;
                qubit = c;
                pauli = g == Gate.CX ? Gate.X : g == Gate.CY ? Gate.Y : Gate.Z;
            } else {
                throw unsupported(op, "classical control in an unsupported position");
            }
            if (StimTarget.isSweep(control)) {
                return; // sweep bits default to 0: the gate never fires
            }
            if (!StimTarget.isRec(control)) {
                throw unsupported(op, "classical control in an unsupported position");
            }
            int bit = measured - StimTarget.value(control);
            if (bit < 0) {
                throw unsupported(op, "rec[-" + StimTarget.value(control) + "] before the first measurement");
            }
            Condition cond = new Condition(new int[] {bit}, Condition.Relation.EQ, BigInteger.ONE);
            add(new Instruction(pauli, 0, new int[] {StimTarget.value(qubit)}, List.of(), new int[0], cond));
        }

        private int qubitOf(Operation op, int t) {
            if (!StimTarget.hasQubit(t) || StimTarget.isPauli(t)) {
                throw unsupported(op, "target " + StimTarget.toString(t) + " is not a qubit");
            }
            if (StimTarget.isInverted(t) && !op.gate().is(GateFlag.MEASURE)) {
                throw unsupported(op, "inverted target " + StimTarget.toString(t));
            }
            return StimTarget.value(t);
        }

        private static IllegalArgumentException unsupported(Operation op, String why) {
            return new IllegalArgumentException("cannot convert Stim operation to the IR: " + op
                    + (why == null ? "" : " (" + why + ")"));
        }
    }
}
