package qtool.qasm;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Writes a {@link Circuit} as OpenQASM 3 ({@link #qasm3()}, the default) or OpenQASM 2
 * ({@link #qasm2()}).
 *
 * <p>The output is a header and include line, {@code gate} definitions for used gates the include
 * file lacks ({@link GateDefinitionWriter}), {@code input angle} declarations (OpenQASM 3 only),
 * register declarations ({@link OperandNames}) and one line per instruction. It is deterministic,
 * uses {@code \n} line endings and no locale-dependent formatting, and reading it back gives an
 * equal circuit. When OpenQASM 2 cannot express a circuit (modifiers, symbolic parameters,
 * conditions other than {@code creg == n}) the writer throws a {@link QasmWriteException} that names
 * the instruction, as Stim's exporter does, instead of approximating. Linear in the circuit size.
 */
public final class QasmWriter {
    private final int version;

    private QasmWriter(int version) {
        this.version = version;
    }

    public static QasmWriter qasm3() {
        return new QasmWriter(3);
    }

    public static QasmWriter qasm2() {
        return new QasmWriter(2);
    }

    /** 2 or 3. */
    public int version() {
        return version;
    }

    public String write(Circuit c) {
        return render(c);
    }

    /** Appends the text of {@code c} to {@code out}; on a {@link QasmWriteException} nothing was appended. */
    public void write(Circuit c, Appendable out) throws IOException {
        out.append(render(c));
    }

    private String render(Circuit c) {
        if (version == 2 && !c.parameters().isEmpty()) {
            throw new QasmWriteException("OpenQASM 2 has no input parameters (" + String.join(", ", c.parameters())
                    + "); bind them or write OpenQASM 3 (--emit qasm3)");
        }
        StringBuilder sb = new StringBuilder(64 + 24 * c.size());
        sb.append(version == 3 ? "OPENQASM 3.0;\ninclude \"stdgates.inc\";\n" : "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n");
        // Metadata (layouts after routing, ...): a pragma that qtool reads back in OpenQASM 3, a
        // comment in OpenQASM 2, which has no pragmas.
        // The device size of a circuit on hardware qubits: `$i` names carry no declaration, so
        // without this the reader would size the circuit by the highest qubit used.
        for (qtool.ir.Register r : c.registers()) {
            if (version == 3 && r.kind() == qtool.ir.Register.Kind.QUBIT && r.name().equals(Circuit.HARDWARE_REGISTER)) {
                sb.append("pragma qtool hardware_qubits ").append(r.size()).append('\n');
            }
        }
        for (java.util.Map.Entry<String, String> m : c.metadata().entrySet()) {
            sb.append(version == 3 ? "pragma qtool " : "// qtool ").append(m.getKey()).append(' ').append(m.getValue())
                    .append('\n');
        }
        sb.append(GateDefinitionWriter.definitions(gatesToDefine(c), version));
        for (String p : c.parameters()) {
            sb.append("input angle ").append(p).append(";\n");
        }
        OperandNames names = OperandNames.of(c, version, takenNames(c));
        sb.append(names.declarations());
        List<Instruction> instructions = c.instructions();
        for (int i = 0; i < instructions.size(); i++) {
            Instruction in = instructions.get(i);
            String line = version == 3 ? line3(in, names) : line2(in, i, names);
            if (line != null) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private Set<Gate> gatesToDefine(Circuit c) {
        Set<Gate> used = new LinkedHashSet<>();
        for (Instruction in : c.instructions()) {
            // A bare gphase is dropped from OpenQASM 2, so it needs nothing defined.
            if (GateDefinitionWriter.needsDefinition(in.gate(), version)) {
                used.add(in.gate());
            }
        }
        return used;
    }

    /** Identifiers a generated register name must avoid: registers, parameters and every gate name. */
    private static Set<String> takenNames(Circuit c) {
        Set<String> taken = new HashSet<>(c.parameters());
        c.registers().forEach(r -> taken.add(r.name()));
        for (Gate g : Gate.values()) {
            taken.add(g.canonicalName());
            if (g.qasm2Name() != null) {
                taken.add(g.qasm2Name());
            }
            if (g.qasm3Name() != null) {
                taken.add(g.qasm3Name());
            }
        }
        return taken;
    }

    private enum Kind { GATE, GPHASE, MEASURE, RESET, BARRIER, DELAY }

    private static Kind kind(Instruction in) {
        Gate g = in.gate();
        if (g.is(GateFlag.MEASURE)) {
            return Kind.MEASURE;
        }
        if (g.is(GateFlag.RESET)) {
            return Kind.RESET;
        }
        if (g.is(GateFlag.BARRIER)) {
            return Kind.BARRIER;
        }
        if (g.is(GateFlag.PHASE)) {
            return Kind.GPHASE;
        }
        if (g.is(GateFlag.UNITARY)) {
            return Kind.GATE;
        }
        if (g.is(GateFlag.DIRECTIVE) && g.numQubits() == 1 && g.numParams() == 1) {
            return Kind.DELAY;
        }
        throw new QasmWriteException("`" + g.canonicalName() + "` has no OpenQASM form (instruction " + in + ")");
    }

    // ---- OpenQASM 3 ----

    private String line3(Instruction in, OperandNames names) {
        String body;
        switch (kind(in)) {
            case MEASURE:
                requireNoControls(in);
                body = measureOperands(in, names, true);
                break;
            case RESET:
                requireNoControls(in);
                body = "reset " + names.qubits(in.qubits());
                break;
            case BARRIER:
                requireNoControls(in);
                body = in.numQubits() == 0 ? "barrier" : "barrier " + names.qubitsCompressed(in.qubits());
                break;
            case DELAY:
                requireNoControls(in);
                body = "delay[" + durationDt(in) + "dt] " + names.qubits(in.qubits());
                break;
            default:
                body = call(in, names, 3);
        }
        String condition = in.condition() == null ? "" : "if (" + condition3(in, names) + ") ";
        return condition + body + ";";
    }

    private static String condition3(Instruction in, OperandNames names) {
        Condition c = in.condition();
        int[] bits = c.clbits();
        String lhs = names.wholeClbitRegister(bits);
        if (lhs == null && bits.length == 1) {
            lhs = names.clbit(bits[0]);
        }
        if (lhs == null) {
            throw new QasmWriteException("the condition of `" + describe(in, names) + "` tests bits that are neither one"
                    + " whole classical register in order nor a single bit; OpenQASM output cannot name them");
        }
        return lhs + " " + c.relation().symbol() + " " + c.value();
    }

    private static String durationDt(Instruction in) {
        Param p = in.param(0);
        if (!p.isConstant()) {
            throw new QasmWriteException("delay duration `" + p.toQasm() + "` is symbolic; OpenQASM 3 needs a constant"
                    + " duration");
        }
        double v = p.value();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    // ---- OpenQASM 2 ----

    private String line2(Instruction in, int index, OperandNames names) {
        Kind kind = kind(in);
        if (in.controls() > 0) {
            throw new QasmWriteException("OpenQASM 2 has no control modifier: instruction " + (index + 1) + " `"
                    + describe(in, names) + "` has " + in.controls() + " control" + (in.controls() == 1 ? "" : "s")
                    + " that no qelib1 gate absorbs; write OpenQASM 3 (--emit qasm3)");
        }
        for (Param p : in.params()) {
            if (!p.isConstant()) {
                throw new QasmWriteException("instruction " + (index + 1) + " `" + describe(in, names)
                        + "` has a symbolic parameter, which OpenQASM 2 lacks; bind "
                        + String.join(", ", p.free()) + " or write OpenQASM 3 (--emit qasm3)");
            }
        }
        String body;
        switch (kind) {
            case GPHASE:
                // A global phase without controls cannot be observed, and OpenQASM 2 has no gphase
                // statement, so dropping it keeps the program's meaning exactly.
                return null;
            case MEASURE:
                body = measureOperands(in, names, false);
                break;
            case RESET:
                body = "reset " + names.qubits(in.qubits());
                break;
            case BARRIER:
                if (in.condition() != null) {
                    throw new QasmWriteException("OpenQASM 2 cannot condition a barrier (instruction " + (index + 1)
                            + "); write OpenQASM 3");
                }
                body = "barrier " + (in.numQubits() == 0 ? String.join(", ", names.qubitRegisterNames())
                        : names.qubitsCompressed(in.qubits()));
                break;
            case DELAY:
                body = "delay(" + in.param(0).toQasm(2) + ") " + names.qubits(in.qubits());
                break;
            default:
                body = call(in, names, 2);
        }
        return condition2(in, index, names) + body + ";";
    }

    private static String condition2(Instruction in, int index, OperandNames names) {
        Condition c = in.condition();
        if (c == null) {
            return "";
        }
        String creg = names.wholeClbitRegister(c.clbits());
        if (creg == null || c.relation() != Condition.Relation.EQ) {
            throw new QasmWriteException("OpenQASM 2 supports only `if (creg == n)`; write OpenQASM 3 (instruction "
                    + (index + 1) + " `" + describe(in, names) + "` is conditioned on " + conditionText(c, names) + ")");
        }
        return "if (" + creg + " == " + c.value() + ") ";
    }

    private static String conditionText(Condition c, OperandNames names) {
        StringBuilder sb = new StringBuilder("{");
        int[] bits = c.clbits();
        for (int i = 0; i < bits.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names.clbit(bits[i]));
        }
        return sb.append("} ").append(c.relation().symbol()).append(' ').append(c.value()).toString();
    }

    // ---- shared ----

    private static String measureOperands(Instruction in, OperandNames names, boolean qasm3) {
        if (in.numQubits() != 1 || in.numClbits() != 1) {
            throw new QasmWriteException("measure must have one qubit and one clbit: " + in);
        }
        String q = names.qubit(in.qubit(0));
        String c = names.clbit(in.clbit(0));
        return qasm3 ? c + " = measure " + q : "measure " + q + " -> " + c;
    }

    private static void requireNoControls(Instruction in) {
        if (in.controls() > 0) {
            throw new QasmWriteException("`" + in.gate().canonicalName() + "` cannot be controlled: " + in);
        }
    }

    /** {@code [ctrl(k) @ ]name[(params)] operands}, the OpenQASM 3 form of a gate call. */
    private static String call(Instruction in, OperandNames names, int version) {
        StringBuilder sb = new StringBuilder();
        if (in.controls() == 1) {
            sb.append("ctrl @ ");
        } else if (in.controls() > 1) {
            sb.append("ctrl(").append(in.controls()).append(") @ ");
        }
        sb.append(GateDefinitionWriter.name(in.gate(), version));
        if (!in.params().isEmpty()) {
            sb.append('(').append(in.params().stream().map(p -> p.toQasm(version)).collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (in.numQubits() > 0) {
            sb.append(' ').append(names.qubits(in.qubits()));
        }
        return sb.toString();
    }

    /** A short OpenQASM-3-like text of an instruction for error messages; never throws. */
    private static String describe(Instruction in, OperandNames names) {
        try {
            return call(in, names, 3);
        } catch (RuntimeException e) {
            return in.toString();
        }
    }
}
