package qtool.ir;

import java.util.List;
import java.util.Set;

/**
 * A set of gate names that a language version or an include file makes visible, with the names
 * exactly as a program spells them (aliases included).
 *
 * <p>{@link Gate#lookup(GateLibrary, String)} resolves a name through a library, so {@code u1} is
 * the phase gate under both qelib1 dialects and stdgates.inc, while {@code phase} exists only in
 * stdgates.inc. The lists are data: openqasm.md §2 gives their sources.
 */
public enum GateLibrary {
    /** OpenQASM 2 built-ins. */
    OQ2_BUILTIN("U CX"),
    /** OpenQASM 3 built-ins. */
    OQ3_BUILTIN("U gphase"),
    /** OpenQASM 3 {@code stdgates.inc}: 32 names including the OpenQASM 2 compatibility aliases. */
    STDGATES("p x y z h s sdg t tdg sx rx ry rz cx cy cz cp crx cry crz ch swap ccx cswap cu"
            + " CX phase cphase id u1 u2 u3"),
    /** Qiskit-compatible {@code qelib1.inc} superset (Qiskit's LEGACY_CUSTOM_INSTRUCTIONS): 43 names. */
    QELIB1("u3 u2 u1 cx id x y z h s sdg t tdg rx ry rz cz cy ch ccx crz cu1 cu3"
            + " u0 u p sx sxdg swap cswap crx cry cp csx cu rxx rzz rccx rc3x c3x c3sqrtx c4x delay"),
    /** {@code qelib1.inc} as in the OpenQASM 2 paper: 23 names. */
    QELIB1_STRICT("u3 u2 u1 cx id x y z h s sdg t tdg rx ry rz cz cy ch ccx crz cu1 cu3");

    private final List<String> names;
    private final Set<String> nameSet;

    GateLibrary(String names) {
        this.names = List.of(names.split(" "));
        this.nameSet = Set.copyOf(this.names);
    }

    /** The visible names in a stable order. */
    public List<String> names() {
        return names;
    }

    public boolean contains(String name) {
        return nameSet.contains(name);
    }
}
