package qtool.pass;

import qtool.ir.Circuit;

/**
 * One step of compilation: reads a circuit and the shared {@link PropertySet}, returns a circuit.
 *
 * <p>Qiskit's split into analysis and transformation passes is a convention here, not a type: an
 * analysis pass returns its input unchanged and only writes properties; a transformation pass
 * returns a new circuit (circuits are immutable). Passes talk to each other only through the
 * property set; whatever a pass needs from the device (a {@code Target}) it receives in its
 * constructor.
 */
public interface Pass {
    /** A short stable name for timings, logs and {@code --passes} lists. */
    String name();

    /** Runs the pass; must not mutate {@code in}. */
    Circuit run(Circuit in, PropertySet props);
}
