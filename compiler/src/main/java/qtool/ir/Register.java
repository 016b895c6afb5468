package qtool.ir;

import java.util.Objects;

/**
 * A named, contiguous range of flat qubit or clbit indices, kept only so that writers can restore
 * the names a source file used ({@code qreg q[5];} is qubits 0..4 named {@code q}).
 */
public record Register(String name, Kind kind, int start, int size) {
    /** Whether the register holds qubits or classical bits. */
    public enum Kind { QUBIT, CLBIT }

    public Register {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if (start < 0 || size < 0) {
            throw new IllegalArgumentException("bad register range " + name + "[" + start + "+" + size + "]");
        }
    }

    public boolean contains(int index) {
        return index >= start && index < start + size;
    }
}
