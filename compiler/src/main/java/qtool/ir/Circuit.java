package qtool.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable quantum circuit: qubit and clbit counts, a flat list of {@link Instruction}s over
 * integer indices, the source's register names and the names of free (input) parameters.
 *
 * <p>Passes return new circuits; nothing mutates one, so circuits can be shared between threads.
 * Equality ignores source positions by construction (the IR never stores them).
 */
public final class Circuit {
    /** Name of the register that holds hardware qubits ({@code $0}, {@code $1}, ...). */
    public static final String HARDWARE_REGISTER = "$";

    private final int numQubits;
    private final int numClbits;
    private final List<Instruction> instructions;
    private final List<Register> registers;
    private final List<String> parameters;
    private final java.util.SortedMap<String, String> metadata;

    private Circuit(Builder b) {
        this.numQubits = b.numQubits;
        this.numClbits = b.numClbits;
        this.instructions = Collections.unmodifiableList(new ArrayList<>(b.instructions));
        this.registers = List.copyOf(b.registers);
        this.parameters = List.copyOf(b.parameters);
        this.metadata = Collections.unmodifiableSortedMap(new java.util.TreeMap<>(b.metadata));
    }

    public static Builder builder(int numQubits, int numClbits) {
        return new Builder(numQubits, numClbits);
    }

    /** A builder pre-filled with this circuit's sizes, registers and parameters but no instructions. */
    public Builder emptyCopy() {
        Builder b = new Builder(numQubits, numClbits);
        b.registers.addAll(registers);
        b.parameters.addAll(parameters);
        b.metadata.putAll(metadata);
        return b;
    }

    public int numQubits() {
        return numQubits;
    }

    public int numClbits() {
        return numClbits;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public int size() {
        return instructions.size();
    }

    public List<Register> registers() {
        return registers;
    }

    /** Names of the free parameters ({@code input angle theta;}) in declaration order. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Notes attached by passes, such as the initial and final layout after routing; written as
     * {@code pragma qtool KEY VALUE} lines in OpenQASM 3. Like source positions, metadata is not
     * part of a circuit's equality: two circuits are equal when they do the same thing.
     */
    public java.util.SortedMap<String, String> metadata() {
        return metadata;
    }

    /** A copy with one more metadata entry. */
    public Circuit withMetadata(String key, String value) {
        Builder b = emptyCopy();
        b.instructions.addAll(instructions);
        b.metadata(key, value);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Circuit)) {
            return false;
        }
        Circuit c = (Circuit) o;
        return numQubits == c.numQubits && numClbits == c.numClbits && instructions.equals(c.instructions)
                && registers.equals(c.registers) && parameters.equals(c.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numQubits, numClbits, instructions, registers, parameters);
    }

    @Override
    public String toString() {
        return "Circuit(" + numQubits + " qubits, " + numClbits + " clbits, " + instructions.size() + " instructions)";
    }

    /** Collects instructions, then freezes them into a {@link Circuit}. */
    public static final class Builder {
        private int numQubits;
        private int numClbits;
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<Register> registers = new ArrayList<>();
        private final List<String> parameters = new ArrayList<>();
        private final java.util.Map<String, String> metadata = new java.util.TreeMap<>();

        private Builder(int numQubits, int numClbits) {
            this.numQubits = numQubits;
            this.numClbits = numClbits;
        }

        /** Appends a register of the given kind after the existing indices and returns it. */
        public Register addRegister(String name, Register.Kind kind, int size) {
            Register r;
            if (kind == Register.Kind.QUBIT) {
                r = new Register(name, kind, numQubits, size);
                numQubits += size;
            } else {
                r = new Register(name, kind, numClbits, size);
                numClbits += size;
            }
            registers.add(r);
            return r;
        }

        /**
         * Makes hardware qubits {@code $0 .. $(count-1)} available: they live in one register named
         * {@code "$"}, which grows as higher indices are used and cannot be mixed with named qubit
         * registers.
         */
        public void ensureHardwareQubits(int count) {
            for (int i = 0; i < registers.size(); i++) {
                Register r = registers.get(i);
                if (r.kind() == Register.Kind.QUBIT && r.name().equals(HARDWARE_REGISTER)) {
                    if (r.size() < count) {
                        registers.set(i, new Register(HARDWARE_REGISTER, Register.Kind.QUBIT, 0, count));
                        numQubits = count;
                    }
                    return;
                }
            }
            if (numQubits != 0) {
                throw new IllegalStateException("hardware qubits cannot be mixed with declared qubits");
            }
            // First in the list, so that the register order does not depend on where in the source
            // the first hardware qubit appears.
            registers.add(0, new Register(HARDWARE_REGISTER, Register.Kind.QUBIT, 0, count));
            numQubits = count;
        }

        /** Sets a metadata entry; keys are single words, values single lines. */
        public Builder metadata(String key, String value) {
            if (!key.matches("[A-Za-z0-9_.-]+") || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("bad metadata entry " + key + "=" + value);
            }
            metadata.put(key, value);
            return this;
        }

        public Builder addParameter(String name) {
            parameters.add(name);
            return this;
        }

        public Builder add(Instruction in) {
            for (int q = 0; q < in.numQubits(); q++) {
                int idx = in.qubit(q);
                if (idx < 0 || idx >= numQubits) {
                    throw new IllegalArgumentException("qubit " + idx + " out of range in " + in);
                }
            }
            for (int c = 0; c < in.numClbits(); c++) {
                int idx = in.clbit(c);
                if (idx < 0 || idx >= numClbits) {
                    throw new IllegalArgumentException("clbit " + idx + " out of range in " + in);
                }
            }
            instructions.add(in);
            return this;
        }

        public Builder addAll(Iterable<Instruction> ins) {
            for (Instruction in : ins) {
                add(in);
            }
            return this;
        }

        public int numQubits() {
            return numQubits;
        }

        public int numClbits() {
            return numClbits;
        }

        public int size() {
            return instructions.size();
        }

        public Circuit build() {
            return new Circuit(this);
        }
    }
}
