package qtool.qasm;

import java.math.BigInteger;
import qtool.ir.Param;

/**
 * A value while lowering OpenQASM 3: compile-time integers, reals (possibly symbolic, for
 * {@code input} angles) and booleans, or references to runtime bits and qubits.
 */
sealed interface Value permits Value.Int, Value.Real, Value.Bool, Value.Bits, Value.Qubits {
    /** An integer known at compile time ({@code int}, {@code uint}, literals, bit strings). */
    record Int(BigInteger value) implements Value {
    }

    /** A real number ({@code float}, {@code angle}); symbolic when it depends on an input. */
    record Real(Param value) implements Value {
    }

    /** A boolean known at compile time. */
    record Bool(boolean value) implements Value {
    }

    /** Runtime classical bits (index 0 least significant); {@code single} for a {@code bit}. */
    record Bits(int[] clbits, boolean single) implements Value {
    }

    /** Qubits, for subroutine arguments and aliases; {@code single} for a {@code qubit}. */
    record Qubits(int[] qubits, boolean single) implements Value {
    }

    static String describe(Value v) {
        if (v == null) {
            return "no value (the subroutine returns nothing)";
        }
        if (v instanceof Int) {
            return "an integer";
        }
        if (v instanceof Real) {
            return "a real number";
        }
        if (v instanceof Bool) {
            return "a boolean";
        }
        if (v instanceof Bits) {
            return "classical bits";
        }
        return "qubits";
    }
}
