package qtool.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;

/**
 * One row of the {@link Gate} table while it is being written: a small builder, so that each enum
 * constant reads as a sentence ({@code unitary("rx", 1, "theta").matrix(...).def(...).help(...)})
 * instead of a dozen positional arguments.
 */
final class GateSpec {
    /** Computes a gate's matrix from evaluated parameters. */
    @FunctionalInterface
    interface MatrixFn {
        ZMatrixRMaj of(double[] p);
    }

    private static final List<String> QUBIT_NAMES = List.of("a", "b", "c", "d", "e");

    final String name;
    final int qubits;
    final List<String> params;
    final Set<GateFlag> flags;
    final List<String> aliases = new ArrayList<>();
    String qasm2;
    String qasm3;
    boolean namesGiven;
    String stim;
    final List<String> stimAliases = new ArrayList<>();
    /** Stim's parens-argument count range; negative means "the number of parameters". */
    int stimMinArgs = -1;
    int stimMaxArgs = -1;
    MatrixFn matrix;
    String definition;
    String help = "";

    private GateSpec(String name, int qubits, String params, GateFlag first, GateFlag... rest) {
        this.name = name;
        this.qubits = qubits;
        this.params = params.isEmpty() ? List.of() : List.of(params.split(" "));
        this.flags = EnumSet.of(first, rest);
    }

    /** A unitary gate on {@code qubits} qubits with space-separated formal parameter names. */
    static GateSpec unitary(String name, int qubits, String params) {
        return new GateSpec(name, qubits, params, GateFlag.UNITARY);
    }

    /** A fixed unitary in the Clifford group. */
    static GateSpec clifford(String name, int qubits) {
        return new GateSpec(name, qubits, "", GateFlag.UNITARY, GateFlag.CLIFFORD);
    }

    /** A non-unitary operation; its OpenQASM names are its own name in both versions. */
    static GateSpec operation(String name, int qubits, String params, GateFlag first, GateFlag... rest) {
        GateSpec s = new GateSpec(name, qubits, params, first, rest);
        s.qasm2 = name;
        s.qasm3 = name;
        s.namesGiven = true;
        return s;
    }

    /**
     * An operation that only Stim circuits have (noise, annotations, measurements in other bases):
     * no OpenQASM name in either version.
     */
    static GateSpec stimOnly(String name, int qubits, String params, GateFlag first, GateFlag... rest) {
        GateSpec s = new GateSpec(name, qubits, params, first, rest);
        s.namesGiven = true;
        return s;
    }

    GateSpec flag(GateFlag f) {
        flags.add(f);
        return this;
    }

    GateSpec alias(String... names) {
        Collections.addAll(aliases, names);
        return this;
    }

    /** Stim's canonical name, then its alternate names, exactly as Stim's doc/gates.md spells them. */
    GateSpec stim(String stimName, String... stimAliasNames) {
        this.stim = stimName;
        Collections.addAll(stimAliases, stimAliasNames);
        return this;
    }

    /** Stim's parens-argument count, from {@code min} to {@code max} ({@link Integer#MAX_VALUE}: any). */
    GateSpec stimArgs(int min, int max) {
        this.stimMinArgs = min;
        this.stimMaxArgs = max;
        return this;
    }

    GateSpec matrix(MatrixFn fn) {
        this.matrix = fn;
        return this;
    }

    GateSpec def(String body) {
        this.definition = body;
        return this;
    }

    GateSpec help(String text) {
        this.help = text;
        return this;
    }

    List<String> definitionQubits() {
        return qubits < 0 ? List.of() : QUBIT_NAMES.subList(0, qubits);
    }

    /** Own name first, then aliases. */
    List<String> allNames() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /**
     * The name this gate has in OpenQASM 2 output: the first of its names that the paper's
     * qelib1.inc, the built-ins or Qiskit's superset provide, in that order, so that output reads
     * under the strictest reader that knows the gate ({@code u1}, not {@code p}).
     */
    String qasm2Name() {
        if (namesGiven) {
            return qasm2;
        }
        return firstIn(GateLibrary.QELIB1_STRICT, GateLibrary.OQ2_BUILTIN, GateLibrary.QELIB1);
    }

    /** The name in stdgates.inc or among the OpenQASM 3 built-ins, else null. */
    String qasm3Name() {
        if (namesGiven) {
            return qasm3;
        }
        return firstIn(GateLibrary.OQ3_BUILTIN, GateLibrary.STDGATES);
    }

    private String firstIn(GateLibrary... libraries) {
        for (GateLibrary lib : libraries) {
            for (String n : allNames()) {
                if (lib.contains(n)) {
                    return n;
                }
            }
        }
        return null;
    }
}
