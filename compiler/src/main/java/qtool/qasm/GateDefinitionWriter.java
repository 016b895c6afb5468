package qtool.qasm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.GateLibrary;

/**
 * Writes {@code gate} definitions for the table gates a circuit uses that the output's include
 * file does not provide, so that strict readers (Qiskit's {@code qasm2} without custom
 * instructions, staq, tket) accept the file.
 *
 * <p>Bodies come from {@link Gate#definition()} (OpenQASM 3 text); gates they call are defined
 * first, recursively, so every definition precedes its use. Each call's gate name is rewritten to
 * the name the output version uses. For OpenQASM 2 the body is translated: {@code gphase}
 * statements are dropped (see {@link #translateToQasm2}) and any gate modifier makes the gate
 * inexpressible, reported as a {@link QasmWriteException} naming it. Cost is linear in the total
 * size of the definitions written.
 */
final class GateDefinitionWriter {
    private static final Pattern CALLEE = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern QASM2_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9_]*");

    private final int version;
    private final Set<Gate> written = new HashSet<>();
    private final Deque<Gate> inProgress = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();

    private GateDefinitionWriter(int version) {
        this.version = version;
    }

    /** The definitions needed by {@code used} (in first-use order), as text ending in a newline. */
    static String definitions(Iterable<Gate> used, int version) {
        GateDefinitionWriter w = new GateDefinitionWriter(version);
        for (Gate g : used) {
            w.define(g);
        }
        return w.out.toString();
    }

    /** Whether the output must define {@code g} itself rather than take it from the include file. */
    static boolean needsDefinition(Gate g, int version) {
        if (!g.is(GateFlag.UNITARY) || g.is(GateFlag.PHASE)) {
            return false;
        }
        Set<GateLibrary> libs = g.libraries();
        return version == 3
                ? !libs.contains(GateLibrary.STDGATES) && !libs.contains(GateLibrary.OQ3_BUILTIN)
                : !libs.contains(GateLibrary.QELIB1_STRICT) && !libs.contains(GateLibrary.OQ2_BUILTIN);
    }

    /** The name a call of {@code g} has in the output of the given version. */
    static String name(Gate g, int version) {
        String n = version == 3 ? g.qasm3Name() : g.qasm2Name();
        if (n != null) {
            return n;
        }
        if (needsDefinition(g, version)) {
            return g.canonicalName(); // defined by us under its own name
        }
        throw new QasmWriteException("gate " + g.canonicalName() + " has no OpenQASM " + version + " form"
                + (version == 2 ? "; write OpenQASM 3" : ""));
    }

    private void define(Gate g) {
        if (!needsDefinition(g, version) || written.contains(g)) {
            return;
        }
        if (inProgress.contains(g)) {
            throw new IllegalStateException("gate table bug: definition of " + g.canonicalName() + " is recursive");
        }
        String body = g.definition();
        if (body == null) {
            throw new QasmWriteException("gate " + g.canonicalName() + " has no definition to write into OpenQASM "
                    + version);
        }
        inProgress.push(g);
        List<String> statements = new ArrayList<>();
        for (String statement : statements(body)) {
            Call call = Call.parse(statement, g);
            define(call.callee());
            String text = version == 3 ? call.rename(name(call.callee(), 3)) : translateToQasm2(g, call);
            if (text != null) {
                statements.add(text);
            }
        }
        inProgress.pop();
        written.add(g);
        appendDefinition(g, statements);
    }

    /**
     * One body statement in OpenQASM 2, or null when it is dropped. OpenQASM 2 has neither
     * {@code gphase} nor modifiers. A bare {@code gphase} only changes the global phase of the
     * gate being defined, which no OpenQASM 2 program can observe (it cannot control a gate), so
     * dropping it is exact; a modifier changes the operation itself, so the gate cannot be written.
     */
    private String translateToQasm2(Gate defined, Call call) {
        if (!call.modifiers().isEmpty()) {
            throw new QasmWriteException("gate " + defined.canonicalName() + " cannot be written in OpenQASM 2: its"
                    + " definition uses the gate modifier `" + call.modifiers().trim() + "`, which OpenQASM 2 lacks;"
                    + " write OpenQASM 3 (--emit qasm3)");
        }
        if (call.callee().is(GateFlag.PHASE)) {
            return null;
        }
        // OpenQASM 3 writes powers as **, OpenQASM 2 as ^ (which is XOR in OpenQASM 3).
        return call.rename(name(call.callee(), 2)).replace("**", "^");
    }

    private void appendDefinition(Gate g, List<String> statements) {
        String name = name(g, version);
        List<String> params = g.definitionParams();
        List<String> qubits = g.definitionQubits();
        if (version == 2) {
            checkQasm2Identifier(g, name);
            params.forEach(p -> checkQasm2Identifier(g, p));
            qubits.forEach(q -> checkQasm2Identifier(g, q));
        }
        out.append("gate ").append(name);
        if (!params.isEmpty()) {
            out.append('(').append(String.join(", ", params)).append(')');
        }
        out.append(' ').append(String.join(", ", qubits));
        if (statements.isEmpty()) {
            out.append(" {\n}\n");
            return;
        }
        out.append(" {\n");
        for (String s : statements) {
            out.append("  ").append(s).append(";\n");
        }
        out.append("}\n");
    }

    private static void checkQasm2Identifier(Gate g, String identifier) {
        if (!QASM2_IDENTIFIER.matcher(identifier).matches()) {
            throw new QasmWriteException("gate " + g.canonicalName() + " cannot be written in OpenQASM 2: '"
                    + identifier + "' is not an OpenQASM 2 identifier; write OpenQASM 3");
        }
    }

    /** Splits a body into statements without their semicolons, whitespace collapsed, comments removed. */
    static List<String> statements(String body) {
        String code = body.replaceAll("//[^\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> result = new ArrayList<>();
        for (String s : code.split(";")) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                result.add(t);
            }
        }
        return result;
    }

    /** A body statement split into its modifier prefix, the called gate and the rest of the text. */
    private record Call(String modifiers, Gate callee, String rest) {
        static Call parse(String statement, Gate defined) {
            // Modifiers (inv, pow(k), ctrl(n), negctrl) all end in '@'; gate names never contain one.
            int at = statement.lastIndexOf('@');
            String modifiers = at < 0 ? "" : statement.substring(0, at + 1) + " ";
            String call = statement.substring(at + 1).strip();
            Matcher m = CALLEE.matcher(call);
            if (!m.find()) {
                throw new IllegalStateException("gate table bug: cannot read statement `" + statement
                        + "` in the definition of " + defined.canonicalName());
            }
            String name = m.group();
            Optional<Gate> callee = Gate.lookup(GateLibrary.OQ3_BUILTIN, name)
                    .or(() -> Gate.lookup(GateLibrary.STDGATES, name))
                    .or(() -> Gate.byName(name));
            if (callee.isEmpty()) {
                throw new IllegalStateException("gate table bug: the definition of " + defined.canonicalName()
                        + " calls unknown gate " + name);
            }
            return new Call(modifiers, callee.get(), call.substring(m.end()));
        }

        String rename(String newName) {
            return modifiers + newName + rest;
        }
    }
}
