package qtool.qasm;

import qtool.grammar.Qasm3Parser;

/**
 * What a name stands for in an OpenQASM 3 scope. Gates are not symbols here: {@link GateEmitter}
 * owns them, because both language versions share gate handling.
 */
sealed interface Symbol permits Symbol.Variable, Symbol.Subroutine, Symbol.Extern {
    /**
     * A variable: qubits, runtime bits, or a compile-time classical value. {@code constant} marks
     * {@code const} declarations and loop variables, which cannot be assigned.
     */
    record Variable(String name, Value value, String type, boolean constant, Loc loc) implements Symbol {
    }

    /** A {@code def}: its parse subtree is kept (it is small) and inlined at every call. */
    record Subroutine(String name, Qasm3Parser.DefStatementContext def, Loc loc) implements Symbol {
    }

    /** An {@code extern} declaration; calling one is reported as unsupported. */
    record Extern(String name, Loc loc) implements Symbol {
    }
}
