package qtool.qasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.GateFlag;
import qtool.ir.GateLibrary;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * The part of lowering that both OpenQASM versions share: which gate names are visible (built-ins,
 * included libraries, user definitions), and how one gate call with modifiers, broadcast operands and
 * an optional classical condition becomes flat IR instructions.
 *
 * <p>User gates are inlined. Modifiers are applied exactly: {@code ctrl @} is absorbed into a table
 * gate when one exists ({@code ctrl @ x} is {@code cx}) and is otherwise kept as an instruction
 * control count; {@code ctrl @ gphase(a)} becomes a phase gate on the control; {@code inv @} reverses
 * and inverts; {@code pow(k) @} repeats for integer k and uses the table's exact powers otherwise.
 */
final class GateEmitter {
    /** Upper bound on instructions produced by one call, so that pow(10^9) cannot hang the reader. */
    static final int MAX_EXPANSION = 5_000_000;

    private final Set<GateLibrary> libraries = EnumSet.noneOf(GateLibrary.class);
    private final Map<String, Object> userGates = new HashMap<>();
    private final boolean qasm2;
    private final Consumer<Instruction> sink;
    private final GateRecognizer recognizer;

    GateEmitter(boolean qasm2, Consumer<Instruction> sink) {
        this.qasm2 = qasm2;
        this.sink = sink;
        this.libraries.add(qasm2 ? GateLibrary.OQ2_BUILTIN : GateLibrary.OQ3_BUILTIN);
        this.recognizer = new GateRecognizer(qasm2);
    }

    void include(GateLibrary library) {
        libraries.add(library);
    }

    boolean isQasm2() {
        return qasm2;
    }

    /** True when {@code name} is a gate visible at this point (user definition or library). */
    boolean isGate(String name) {
        return userGates.containsKey(name) || libraryGate(name).isPresent();
    }

    private Optional<Gate> libraryGate(String name) {
        for (GateLibrary lib : libraries) {
            Optional<Gate> g = Gate.lookup(lib, name);
            if (g.isPresent()) {
                return g;
            }
        }
        // OpenQASM 3.0 drafts had CX built in next to U, and the official examples still use it
        // without an include; qtool keeps accepting it.
        if (!qasm2 && name.equals("CX")) {
            return Gate.lookup(GateLibrary.OQ2_BUILTIN, "CX");
        }
        return Optional.empty();
    }

    /** The table gate or user definition for {@code name}, or a located error with a useful hint. */
    Object resolve(String name, Loc loc) {
        Object user = userGates.get(name);
        if (user != null) {
            return user;
        }
        Optional<Gate> g = libraryGate(name);
        if (g.isPresent()) {
            return g.get();
        }
        throw loc.error(undefinedMessage(name));
    }

    private String undefinedMessage(String name) {
        String base = "gate '" + name + "' is not defined";
        if (qasm2) {
            if (Gate.lookup(GateLibrary.QELIB1_STRICT, name).isPresent()) {
                return base + "; it is in qelib1.inc: add `include \"qelib1.inc\";`";
            }
            if (Gate.lookup(GateLibrary.QELIB1, name).isPresent()) {
                if (libraries.contains(GateLibrary.QELIB1_STRICT)) {
                    return base + "; '" + name + "' is a Qiskit extension of qelib1.inc, not in the OpenQASM 2 paper's"
                            + " library: drop --strict-qelib1 to accept it";
                }
                return base + "; it is in qtool's (Qiskit-compatible) qelib1.inc: add `include \"qelib1.inc\";`";
            }
        } else {
            if (Gate.lookup(GateLibrary.STDGATES, name).isPresent()) {
                return base + "; it is in the standard library: add `include \"stdgates.inc\";`";
            }
            if (Gate.lookup(GateLibrary.QELIB1, name).isPresent()) {
                return base + " in OpenQASM 3 (it is an OpenQASM 2 qelib1.inc gate; define it with `gate " + name
                        + " ... { }`)";
            }
        }
        return base;
    }

    /**
     * Adds a user definition. A definition whose name and unitary equal a table gate's is recognised
     * as that table gate (this is how qtool's own output, which defines non-standard gates, reads
     * back to the same IR); a definition may replace a Qiskit extension of qelib1.inc; any other
     * clash is an error.
     */
    void define(GateDef def) {
        String name = def.name();
        if (userGates.containsKey(name)) {
            throw def.loc().error("redefinition of gate '" + name + "'");
        }
        Optional<Gate> visible = libraryGate(name);
        Optional<Gate> table = Gate.byName(name).filter(g -> g.is(GateFlag.UNITARY) || g.is(GateFlag.PHASE));
        Gate candidate = visible.orElse(table.orElse(null));
        if (candidate != null && recognizer.matches(def, candidate, this)) {
            userGates.put(name, candidate);
            return;
        }
        if (visible.isPresent() && !replaceable(name)) {
            throw def.loc().error("redefinition of gate '" + name + "', which the included library already defines"
                    + " (with a different unitary)");
        }
        userGates.put(name, def);
    }

    /** Qiskit's extensions of qelib1.inc may be redefined by files written for the older 35-gate file. */
    private boolean replaceable(String name) {
        return qasm2 && Gate.lookup(GateLibrary.QELIB1_STRICT, name).isEmpty()
                && !Gate.lookup(GateLibrary.OQ2_BUILTIN, name).isPresent();
    }

    /**
     * Emits one call after broadcasting: every operand is a list of qubits (length 1 for a single
     * qubit); operands of length n > 1 must agree in n and produce n calls.
     */
    void call(String name, List<Modifier> modifiers, List<Param> params, List<int[]> operands, Condition condition,
            Loc loc) {
        Object target = resolve(name, loc);
        int arity = target instanceof Gate ? ((Gate) target).numQubits() : ((GateDef) target).qubits().size();
        int nParams = target instanceof Gate ? ((Gate) target).numParams() : ((GateDef) target).params().size();
        int controls = 0;
        for (Modifier m : modifiers) {
            controls += m.controlCount();
        }
        if (params.size() != nParams) {
            throw loc.error("gate '" + name + "' takes " + nParams + " parameter" + (nParams == 1 ? "" : "s") + ", "
                    + params.size() + " given");
        }
        if (arity >= 0 && operands.size() != arity + controls) {
            String expected = (arity + controls) + " qubit operand" + (arity + controls == 1 ? "" : "s");
            String what = controls > 0 ? " (" + controls + " control" + (controls == 1 ? "" : "s") + " + " + arity + ")" : "";
            throw loc.error("gate '" + name + "' needs " + expected + what + ", " + operands.size() + " given");
        }
        int width = 1;
        for (int[] op : operands) {
            if (op.length == 0) {
                throw loc.error("empty qubit operand in call of '" + name + "'");
            }
            if (op.length > 1) {
                if (width > 1 && op.length != width) {
                    throw loc.error("register sizes do not match in broadcast call of '" + name + "': " + width
                            + " and " + op.length);
                }
                width = op.length;
            }
        }
        int[] qubits = new int[operands.size()];
        for (int k = 0; k < width; k++) {
            for (int i = 0; i < qubits.length; i++) {
                int[] op = operands.get(i);
                qubits[i] = op.length == 1 ? op[0] : op[k];
            }
            checkDistinct(name, qubits, loc);
            if (modifiers.isEmpty() && target instanceof Gate) {
                sink.accept(new Instruction((Gate) target, 0, qubits, params, new int[0], condition));
            } else {
                List<Instruction> out = new ArrayList<>();
                expand(target, modifiers, 0, params, qubits, out, loc);
                for (Instruction in : out) {
                    sink.accept(condition == null ? in : in.withCondition(condition));
                }
            }
        }
    }

    /** Emits {@code gphase(angle)} with modifiers on the given control qubits. */
    void globalPhase(List<Modifier> modifiers, Param angle, int[] controlQubits, Condition condition, Loc loc) {
        int controls = 0;
        for (Modifier m : modifiers) {
            controls += m.controlCount();
        }
        if (controls != controlQubits.length) {
            throw loc.error("gphase takes no qubit operands except the " + controls + " control qubit"
                    + (controls == 1 ? "" : "s") + " of its modifiers; " + controlQubits.length + " given");
        }
        checkDistinct("gphase", controlQubits, loc);
        List<Instruction> out = new ArrayList<>();
        expand(Gate.GPHASE, modifiers, 0, List.of(angle), controlQubits, out, loc);
        for (Instruction in : out) {
            sink.accept(condition == null ? in : in.withCondition(condition));
        }
    }

    static void checkDistinct(String name, int[] qubits, Loc loc) {
        for (int i = 1; i < qubits.length; i++) {
            for (int j = 0; j < i; j++) {
                if (qubits[i] == qubits[j]) {
                    throw loc.error("duplicate qubit operand in call of '" + name + "' (operands " + (j + 1) + " and "
                            + (i + 1) + " are the same qubit)");
                }
            }
        }
    }

    /** Expands {@code modifiers[from..] @ target(params) qubits} into {@code out}. */
    void expand(Object target, List<Modifier> modifiers, int from, List<Param> params, int[] qubits,
            List<Instruction> out, Loc loc) {
        if (from == modifiers.size()) {
            expandBase(target, params, qubits, out, loc);
            return;
        }
        Modifier m = modifiers.get(from);
        switch (m.kind()) {
            case CTRL:
            case NEGCTRL: {
                int n = m.count();
                int[] ctrl = Arrays.copyOf(qubits, n);
                int[] rest = Arrays.copyOfRange(qubits, n, qubits.length);
                List<Instruction> inner = new ArrayList<>();
                expand(target, modifiers, from + 1, params, rest, inner, loc);
                if (m.kind() == Modifier.Kind.NEGCTRL) {
                    for (int c : ctrl) {
                        out.add(Instruction.of(Gate.X, c));
                    }
                }
                for (Instruction in : inner) {
                    out.add(addControls(in, ctrl, loc));
                }
                if (m.kind() == Modifier.Kind.NEGCTRL) {
                    for (int c : ctrl) {
                        out.add(Instruction.of(Gate.X, c));
                    }
                }
                return;
            }
            case INV: {
                List<Instruction> inner = new ArrayList<>();
                expand(target, modifiers, from + 1, params, qubits, inner, loc);
                out.addAll(invertAll(inner, loc));
                return;
            }
            default: {
                List<Instruction> inner = new ArrayList<>();
                expand(target, modifiers, from + 1, params, qubits, inner, loc);
                out.addAll(power(inner, m.exponent(), loc));
            }
        }
    }

    private void expandBase(Object target, List<Param> params, int[] qubits, List<Instruction> out, Loc loc) {
        if (target instanceof Gate) {
            out.add(new Instruction((Gate) target, 0, qubits, params, new int[0], null));
            return;
        }
        GateDef def = (GateDef) target;
        Map<String, Param> bindings = new HashMap<>();
        for (int i = 0; i < def.params().size(); i++) {
            bindings.put(def.params().get(i), params.get(i));
        }
        for (GateDef.Call call : def.body()) {
            List<Param> actual = new ArrayList<>(call.params().size());
            for (Param p : call.params()) {
                actual.add(bindings.isEmpty() ? p : p.substitute(bindings));
            }
            int[] mapped = new int[call.operands().length];
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = qubits[call.operands()[i]];
            }
            List<Modifier> mods = call.modifiers();
            if (!bindings.isEmpty() && !mods.isEmpty()) {
                mods = new ArrayList<>(mods);
                for (int i = 0; i < mods.size(); i++) {
                    Modifier m = mods.get(i);
                    if (m.exponent() != null) {
                        mods.set(i, Modifier.pow(m.exponent().substitute(bindings)));
                    }
                }
            }
            Object inner = call.name() == null ? Gate.GPHASE
                    : GateDef.BARRIER.equals(call.name()) ? Gate.BARRIER : resolve(call.name(), call.loc());
            expand(inner, mods, 0, actual, mapped, out, call.loc());
            if (out.size() > MAX_EXPANSION) {
                throw loc.error("gate expansion exceeds " + MAX_EXPANSION + " instructions");
            }
        }
    }

    /** {@code ctrl @ in} on the given control qubits, absorbing controls into table gates where possible. */
    static Instruction addControls(Instruction in, int[] ctrl, Loc loc) {
        if (ctrl.length == 0) {
            return in;
        }
        Gate gate = in.gate();
        if (gate == Gate.BARRIER) {
            return in;
        }
        if (!gate.is(GateFlag.UNITARY) && !gate.is(GateFlag.PHASE)) {
            throw loc.error("cannot control the non-unitary operation '" + gate.canonicalName() + "'");
        }
        if (in.controls() > 0) {
            return new Instruction(gate, in.controls() + ctrl.length, concat(ctrl, in.qubits()), in.params(), new int[0],
                    null);
        }
        GateCall cur = new GateCall(gate, in.params());
        int[] qubits = in.qubits();
        int remaining = ctrl.length;
        while (remaining > 0) {
            Optional<GateCall> next = cur.gate().controlled(cur.params());
            if (next.isEmpty()) {
                break;
            }
            cur = next.get();
            int c = ctrl[--remaining];
            if (qubits.length == 0) {
                qubits = new int[] {c};
            } else {
                qubits = concat(new int[] {c}, qubits);
            }
        }
        int[] left = Arrays.copyOf(ctrl, remaining);
        return new Instruction(cur.gate(), remaining, concat(left, qubits), cur.params(), new int[0], null);
    }

    static List<Instruction> invertAll(List<Instruction> ins, Loc loc) {
        List<Instruction> out = new ArrayList<>(ins.size());
        for (int i = ins.size() - 1; i >= 0; i--) {
            Instruction in = ins.get(i);
            Gate gate = in.gate();
            if (gate == Gate.BARRIER) {
                out.add(in);
                continue;
            }
            if (!gate.is(GateFlag.UNITARY) && !gate.is(GateFlag.PHASE)) {
                throw loc.error("cannot invert the non-unitary operation '" + gate.canonicalName() + "'");
            }
            for (GateCall call : gate.inverse(in.params())) {
                out.add(onSameQubits(call, in, loc));
            }
        }
        return out;
    }

    private List<Instruction> power(List<Instruction> inner, Param exponent, Loc loc) {
        if (!exponent.isConstant()) {
            throw loc.error("qtool compile does not support pow(k) @ with a symbolic exponent");
        }
        double k = exponent.value();
        if (Double.isNaN(k) || Double.isInfinite(k)) {
            throw loc.error("pow(k) @ needs a finite exponent, got " + k);
        }
        if (k == Math.rint(k)) {
            long n = Math.abs((long) k);
            List<Instruction> base = k < 0 ? invertAll(inner, loc) : inner;
            if (n * (long) base.size() > MAX_EXPANSION) {
                throw loc.error("pow(" + (long) k + ") @ would expand to more than " + MAX_EXPANSION + " instructions");
            }
            List<Instruction> out = new ArrayList<>();
            for (long r = 0; r < n; r++) {
                out.addAll(base);
            }
            return out;
        }
        if (inner.size() == 1) {
            Instruction in = inner.get(0);
            Optional<List<GateCall>> calls = in.gate().power(in.params(), k);
            if (calls.isPresent()) {
                List<Instruction> out = new ArrayList<>();
                for (GateCall c : calls.get()) {
                    out.add(onSameQubits(c, in, loc));
                }
                return out;
            }
        }
        List<Instruction> single = OneQubitProduct.power(inner, k);
        if (single != null) {
            return single;
        }
        throw loc.error("qtool compile does not support pow(" + k + ") @ of an operation on more than one qubit"
                + " that is not a rotation");
    }

    /**
     * A call that replaces {@code like} (its inverse or power) on the same qubits and controls; a
     * global phase keeps only the controls, where it becomes a phase gate.
     */
    private static Instruction onSameQubits(GateCall call, Instruction like, Loc loc) {
        if (call.gate() == Gate.GPHASE && like.gate() != Gate.GPHASE) {
            int[] ctrl = Arrays.copyOf(like.qubits(), like.controls());
            return addControls(Instruction.of(Gate.GPHASE, call.params()), ctrl, loc);
        }
        return new Instruction(call.gate(), like.controls(), like.qubits(), call.params(), new int[0], null);
    }

    static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
