package qtool.qasm;

import java.util.List;
import qtool.ir.Param;

/**
 * A user gate definition ({@code gate name(params) qubits { body }}), kept as a list of calls whose
 * parameter expressions refer to the formal parameters as symbols and whose operands are indices
 * into the formal qubit list. Calls of the gate are inlined by {@link GateEmitter}.
 */
record GateDef(String name, List<String> params, List<String> qubits, List<Call> body, Loc loc) {
    /** The callee name of a {@code barrier} inside a gate body (a keyword, so no gate can have it). */
    static final String BARRIER = "barrier";

    /** One statement of a gate body; {@code name == null} means {@code gphase}. */
    record Call(List<Modifier> modifiers, String name, List<Param> params, int[] operands, Loc loc) {
    }
}
