package qtool.ir;

import java.util.List;
import java.util.Objects;

/**
 * A gate from the table with its parameters but without operands: the unit in which
 * {@link Gate#inverse}, {@link Gate#controlled} and {@link Gate#power} answer.
 *
 * <p>Every call in such an answer applies to the operands of the instruction it replaces, in the
 * same order; a {@link Gate#GPHASE} call has no operands (when the instruction had controls it
 * becomes a phase on them).
 */
public record GateCall(Gate gate, List<Param> params) {
    public GateCall {
        Objects.requireNonNull(gate);
        params = List.copyOf(params);
        if (params.size() != gate.numParams()) {
            throw new IllegalArgumentException(gate.canonicalName() + " takes " + gate.numParams()
                    + " parameters, got " + params.size());
        }
    }

    public static GateCall of(Gate gate, Param... params) {
        return new GateCall(gate, List.of(params));
    }

    @Override
    public String toString() {
        return params.isEmpty() ? gate.canonicalName() : gate.canonicalName() + params;
    }
}
