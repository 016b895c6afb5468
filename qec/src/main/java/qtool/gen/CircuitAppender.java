package qtool.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * A mutable circuit under construction with Stim's append rules: an operation with the same gate
 * and arguments as the previous one is merged into it (annotations never are), and the noise
 * helpers of Stim's generator parameters ({@code append_unitary_1}, {@code append_measure}, ...).
 */
final class CircuitAppender {
    private final List<StabilizerCircuit.Item> items = new ArrayList<>();
    private final NoiseParams noise;

    CircuitAppender(NoiseParams noise) {
        this.noise = noise;
    }

    /** Appends {@code gate(args) targets}, fusing with the previous operation when Stim would. */
    void append(Gate gate, double[] args, int[] targets) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Operation last
                && last.gate() == gate && Arrays.equals(last.args(), args) && last.tag() == null
                && !gate.is(GateFlag.ANNOTATION)) {
            int[] merged = Arrays.copyOf(last.targets(), last.numTargets() + targets.length);
            System.arraycopy(targets, 0, merged, last.numTargets(), targets.length);
            items.set(items.size() - 1, new Operation(gate, args, merged, null));
            return;
        }
        items.add(new Operation(gate, args, targets, null));
    }

    void appendQubits(Gate gate, int[] qubits) {
        append(gate, new double[0], qubits(qubits));
    }

    void appendNoise(Gate gate, double p, int[] qubits) {
        append(gate, new double[] {p}, qubits(qubits));
    }

    void tick() {
        items.add(Operation.of(Gate.TICK));
    }

    void detector(double[] coords, int... lookbacks) {
        int[] t = new int[lookbacks.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = StimTarget.rec(lookbacks[i]);
        }
        items.add(new Operation(Gate.DETECTOR, coords, t, null));
    }

    void observable(int index, int... lookbacks) {
        int[] t = new int[lookbacks.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = StimTarget.rec(lookbacks[i]);
        }
        items.add(new Operation(Gate.OBSERVABLE_INCLUDE, new double[] {index}, t, null));
    }

    void shiftCoords(double... shift) {
        items.add(new Operation(Gate.SHIFT_COORDS, shift, new int[0], null));
    }

    void qubitCoords(int qubit, double... coords) {
        items.add(new Operation(Gate.QUBIT_COORDS, coords, new int[] {StimTarget.qubit(qubit)}, null));
    }

    /** Appends another circuit's items (Stim's {@code +=}). */
    void appendAll(StabilizerCircuit c) {
        items.addAll(c.items());
    }

    /** Appends {@code body} repeated {@code count} times, as Stim's {@code body * count}. */
    void appendRepeated(StabilizerCircuit body, long count) {
        if (count == 1) {
            appendAll(body);
        } else if (count > 1) {
            items.add(new RepeatBlock(count, body, null));
        }
    }

    // Stim's CircuitGenParameters helpers.

    void beginRoundTick(int[] dataQubits) {
        tick();
        if (noise.beforeRoundDataDepolarization() > 0) {
            appendNoise(Gate.DEPOLARIZE1, noise.beforeRoundDataDepolarization(), dataQubits);
        }
    }

    void unitary1(Gate gate, int[] qubits) {
        appendQubits(gate, qubits);
        if (noise.afterCliffordDepolarization() > 0) {
            appendNoise(Gate.DEPOLARIZE1, noise.afterCliffordDepolarization(), qubits);
        }
    }

    void unitary2(Gate gate, int[] qubits) {
        appendQubits(gate, qubits);
        if (noise.afterCliffordDepolarization() > 0) {
            appendNoise(Gate.DEPOLARIZE2, noise.afterCliffordDepolarization(), qubits);
        }
    }

    void reset(int[] qubits, char basis) {
        appendQubits(basis == 'X' ? Gate.RESET_X : Gate.RESET, qubits);
        antiBasisError(qubits, noise.afterResetFlipProbability(), basis);
    }

    void measure(int[] qubits, char basis) {
        antiBasisError(qubits, noise.beforeMeasureFlipProbability(), basis);
        appendQubits(basis == 'X' ? Gate.MEASURE_X : Gate.MEASURE, qubits);
    }

    void measureReset(int[] qubits, char basis) {
        antiBasisError(qubits, noise.beforeMeasureFlipProbability(), basis);
        appendQubits(basis == 'X' ? Gate.MEASURE_RESET_X : Gate.MEASURE_RESET, qubits);
        antiBasisError(qubits, noise.afterResetFlipProbability(), basis);
    }

    private void antiBasisError(int[] qubits, double p, char basis) {
        if (p > 0) {
            appendNoise(basis == 'X' ? Gate.Z_ERROR : Gate.X_ERROR, p, qubits);
        }
    }

    StabilizerCircuit build() {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        items.forEach(b::add);
        return b.build();
    }

    private static int[] qubits(int[] qs) {
        int[] t = new int[qs.length];
        for (int i = 0; i < qs.length; i++) {
            t[i] = StimTarget.qubit(qs[i]);
        }
        return t;
    }
}
