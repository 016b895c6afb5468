package qtool.ir;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One operation of a {@link Circuit}: a gate from the {@link Gate} table applied to integer qubit
 * indices, with parameters, measured-into classical bits and an optional classical condition.
 *
 * <p>{@code controls} counts extra control qubits that a {@code ctrl @} modifier added and that no
 * table gate absorbs (for example {@code ctrl(2) @ rz(t) a, b, c}); they come first in
 * {@code qubits}, so {@code qubits.length == controls + gate.numQubits()} for fixed-arity gates.
 * Instances are immutable; arrays are copied in and out.
 */
public final class Instruction {
    private final Gate gate;
    private final int controls;
    private final int[] qubits;
    private final List<Param> params;
    private final int[] clbits;
    private final Condition condition;

    public Instruction(Gate gate, int controls, int[] qubits, List<Param> params, int[] clbits, Condition condition) {
        this.gate = Objects.requireNonNull(gate);
        if (controls < 0) {
            throw new IllegalArgumentException("negative control count");
        }
        this.controls = controls;
        this.qubits = qubits.clone();
        this.params = List.copyOf(params);
        this.clbits = clbits.clone();
        this.condition = condition;
        if (gate.numQubits() >= 0 && this.qubits.length != controls + gate.numQubits()) {
            throw new IllegalArgumentException(gate.canonicalName() + " with " + controls + " controls needs "
                    + (controls + gate.numQubits()) + " qubits, got " + this.qubits.length);
        }
        if (this.params.size() != gate.numParams()) {
            throw new IllegalArgumentException(gate.canonicalName() + " takes " + gate.numParams()
                    + " parameters, got " + this.params.size());
        }
    }

    /** A plain gate application without controls, clbits or condition. */
    public static Instruction of(Gate gate, List<Param> params, int... qubits) {
        return new Instruction(gate, 0, qubits, params, new int[0], null);
    }

    /** A plain parameterless gate application. */
    public static Instruction of(Gate gate, int... qubits) {
        return new Instruction(gate, 0, qubits, List.of(), new int[0], null);
    }

    public Gate gate() {
        return gate;
    }

    public int controls() {
        return controls;
    }

    public int[] qubits() {
        return qubits.clone();
    }

    public int numQubits() {
        return qubits.length;
    }

    public int qubit(int i) {
        return qubits[i];
    }

    public List<Param> params() {
        return params;
    }

    public Param param(int i) {
        return params.get(i);
    }

    public int[] clbits() {
        return clbits.clone();
    }

    public int numClbits() {
        return clbits.length;
    }

    public int clbit(int i) {
        return clbits[i];
    }

    /** The classical condition, or null when the instruction always runs. */
    public Condition condition() {
        return condition;
    }

    public Instruction withCondition(Condition c) {
        return new Instruction(gate, controls, qubits, params, clbits, c);
    }

    public Instruction withQubits(int[] newQubits) {
        return new Instruction(gate, controls, newQubits, params, clbits, condition);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Instruction)) {
            return false;
        }
        Instruction that = (Instruction) o;
        return gate == that.gate && controls == that.controls && Arrays.equals(qubits, that.qubits)
                && params.equals(that.params) && Arrays.equals(clbits, that.clbits)
                && Objects.equals(condition, that.condition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, controls, Arrays.hashCode(qubits), params, Arrays.hashCode(clbits), condition);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (condition != null) {
            sb.append("if(").append(condition).append(") ");
        }
        if (controls > 0) {
            sb.append("ctrl(").append(controls).append(")@");
        }
        sb.append(gate.canonicalName());
        if (!params.isEmpty()) {
            sb.append(params);
        }
        sb.append(' ').append(Arrays.toString(qubits));
        if (clbits.length > 0) {
            sb.append(" -> ").append(Arrays.toString(clbits));
        }
        return sb.toString();
    }
}
