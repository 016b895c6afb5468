package qtool.ir;

/**
 * Coarse properties of a {@link Gate} that passes and writers branch on.
 *
 * <p>Flags describe the operation, not a particular parameter value: {@code rz} is not
 * {@link #CLIFFORD} even though {@code rz(pi/2)} is. {@code gphase} carries both {@link #UNITARY}
 * (it is one, a 1x1 matrix) and {@link #PHASE}, so code that routes or draws qubit operations can
 * skip it by testing {@link #PHASE}.
 */
public enum GateFlag {
    /** A unitary operation with a matrix; invertible, controllable. */
    UNITARY,
    /** A fixed (parameterless) unitary in the Clifford group. */
    CLIFFORD,
    /** Produces a classical measurement result (in any basis, or of a Pauli product for Stim's MPP). */
    MEASURE,
    /** Resets qubits: to |0> for {@code reset}; Stim's RX and RY reset to |+> and |i>. */
    RESET,
    /** A scheduling barrier. */
    BARRIER,
    /** An instruction that does not change the state (barrier, delay). */
    DIRECTIVE,
    /** The global phase gate {@code gphase}: no qubit operands. */
    PHASE,
    /** A noise channel (Stim circuits). */
    NOISE,
    /** An annotation without semantics on the state (Stim DETECTOR, TICK, ...). */
    ANNOTATION
}
