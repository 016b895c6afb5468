package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import qtool.grammar.Qasm2Parser;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

/**
 * Lowers OpenQASM 2.0 statements, one at a time, into the IR: registers are flattened to integer
 * indices, gate calls broadcast over registers, user gates are inlined and {@code if (creg == n)}
 * becomes a classical condition. Expressions are real-valued and {@code ^} is the power operator,
 * as in the OpenQASM 2 paper.
 */
final class Qasm2Builder {
    private final Circuit.Builder circuit;
    private final GateEmitter gates;
    private final Map<String, Register> qregs = new HashMap<>();
    private final Map<String, Register> cregs = new HashMap<>();
    private final Map<String, Loc> opaque = new HashMap<>();
    private final Includer includer;
    private SourceText source;

    /** Callback used for {@code include} statements, which the reader resolves. */
    interface Includer {
        void include(String path, Loc loc);
    }

    Qasm2Builder(Circuit.Builder circuit, Includer includer) {
        this.circuit = circuit;
        this.gates = new GateEmitter(true, circuit::add);
        this.includer = includer;
    }

    GateEmitter gates() {
        return gates;
    }

    void setSource(SourceText source) {
        this.source = source;
    }

    private Loc loc(Token t) {
        return new Loc(source, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private Loc loc(ParserRuleContext ctx) {
        return loc(ctx.getStart());
    }

    void statement(Qasm2Parser.StatementContext s) {
        if (s.includeStatement() != null) {
            String text = s.includeStatement().STRING().getText();
            includer.include(text.substring(1, text.length() - 1), loc(s));
        } else if (s.registerDeclaration() != null) {
            declare(s.registerDeclaration());
        } else if (s.gateDeclaration() != null) {
            defineGate(s.gateDeclaration());
        } else if (s.opaqueDeclaration() != null) {
            Qasm2Parser.OpaqueDeclarationContext o = s.opaqueDeclaration();
            String name = o.ID().getText();
            if (gates.isGate(name) || opaque.containsKey(name)) {
                throw loc(o.ID().getSymbol()).error("redefinition of gate '" + name + "'");
            }
            opaque.put(name, loc(o.ID().getSymbol()));
        } else if (s.quantumOperation() != null) {
            quantumOperation(s.quantumOperation(), null);
        } else if (s.ifStatement() != null) {
            ifStatement(s.ifStatement());
        } else if (s.barrierStatement() != null) {
            barrier(s.barrierStatement());
        }
    }

    private void declare(Qasm2Parser.RegisterDeclarationContext d) {
        String name = d.ID().getText();
        Loc at = loc(d.ID().getSymbol());
        if (qregs.containsKey(name) || cregs.containsKey(name)) {
            throw at.error("redefinition of register '" + name + "'");
        }
        BigInteger size = new BigInteger(d.INT().getText());
        if (size.signum() <= 0 || size.bitLength() > 24) {
            throw loc(d.INT().getSymbol()).error("register size must be between 1 and 16777215, got " + size);
        }
        boolean quantum = d.QREG() != null;
        Register r = circuit.addRegister(name, quantum ? Register.Kind.QUBIT : Register.Kind.CLBIT, size.intValue());
        (quantum ? qregs : cregs).put(name, r);
    }

    private void defineGate(Qasm2Parser.GateDeclarationContext g) {
        String name = g.ID().getText();
        Loc at = loc(g.ID().getSymbol());
        if (opaque.containsKey(name)) {
            throw at.error("redefinition of gate '" + name + "' (declared opaque before)");
        }
        List<String> params = g.params == null ? List.of() : ids(g.params);
        List<String> qubits = ids(g.qubits);
        checkUnique(params, "parameter", g.params);
        checkUnique(qubits, "qubit argument", g.qubits);
        for (String p : params) {
            if (qubits.contains(p)) {
                throw at.error("'" + p + "' is both a parameter and a qubit argument of gate '" + name + "'");
            }
        }
        List<GateDef.Call> body = new ArrayList<>();
        for (Qasm2Parser.GateBodyStatementContext st : g.gateBodyStatement()) {
            if (st.barrierStatement() != null) {
                int[] ops = bodyOperands(st.barrierStatement().argumentList(), qubits, name);
                body.add(new GateDef.Call(List.of(), GateDef.BARRIER, List.of(), distinct(ops), loc(st)));
                continue;
            }
            Qasm2Parser.GateCallContext c = st.gateCall();
            String callee = c.ID().getText();
            Loc callAt = loc(c.ID().getSymbol());
            if (callee.equals(name)) {
                throw callAt.error("gate '" + name + "' cannot call itself");
            }
            if (opaque.containsKey(callee)) {
                throw callAt.error("qtool compile does not support opaque gate '" + callee + "' (declared at "
                        + opaque.get(callee).line() + ":" + opaque.get(callee).column() + ")");
            }
            gates.resolve(callee, callAt);
            List<Param> ps = new ArrayList<>();
            if (c.expressionList() != null) {
                for (Qasm2Parser.ExpressionContext e : c.expressionList().expression()) {
                    ps.add(expression(e, params));
                }
            }
            body.add(new GateDef.Call(List.of(), callee, ps, bodyOperands(c.argumentList(), qubits, name), callAt));
        }
        GateDef def = new GateDef(name, params, qubits, body, at);
        checkBodyCalls(def);
        gates.define(def);
    }

    /** Checks arity and parameter counts of body calls now, so that errors point into the definition. */
    private void checkBodyCalls(GateDef def) {
        for (GateDef.Call call : def.body()) {
            if (call.name() == null || call.name().equals(GateDef.BARRIER)) {
                continue;
            }
            Object target = gates.resolve(call.name(), call.loc());
            int arity = target instanceof Gate ? ((Gate) target).numQubits() : ((GateDef) target).qubits().size();
            int nParams = target instanceof Gate ? ((Gate) target).numParams() : ((GateDef) target).params().size();
            if (call.params().size() != nParams) {
                throw call.loc().error("gate '" + call.name() + "' takes " + nParams + " parameter"
                        + (nParams == 1 ? "" : "s") + ", " + call.params().size() + " given");
            }
            if (arity >= 0 && call.operands().length != arity) {
                throw call.loc().error("gate '" + call.name() + "' needs " + arity + " qubit operand"
                        + (arity == 1 ? "" : "s") + ", " + call.operands().length + " given");
            }
            int[] ops = call.operands();
            for (int i = 1; i < ops.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (ops[i] == ops[j]) {
                        throw call.loc().error("duplicate qubit operand in call of '" + call.name() + "'");
                    }
                }
            }
        }
    }

    private int[] bodyOperands(Qasm2Parser.ArgumentListContext args, List<String> qubits, String gate) {
        int[] ops = new int[args.argument().size()];
        for (int i = 0; i < ops.length; i++) {
            Qasm2Parser.ArgumentContext a = args.argument(i);
            if (a.INT() != null) {
                throw loc(a).error("gate bodies use the gate's qubit arguments without indices ('"
                        + a.getText() + "' in gate '" + gate + "')");
            }
            int idx = qubits.indexOf(a.ID().getText());
            if (idx < 0) {
                throw loc(a).error("'" + a.ID().getText() + "' is not a qubit argument of gate '" + gate + "'");
            }
            ops[i] = idx;
        }
        return ops;
    }

    private static int[] distinct(int[] ops) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (int o : ops) {
            seen.add(o);
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<String> ids(Qasm2Parser.IdListContext list) {
        List<String> out = new ArrayList<>();
        for (TerminalNode id : list.ID()) {
            out.add(id.getText());
        }
        return out;
    }

    private void checkUnique(List<String> names, String what, Qasm2Parser.IdListContext ctx) {
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw loc(ctx.ID(i).getSymbol()).error("duplicate " + what + " '" + names.get(i) + "'");
            }
        }
    }

    private void ifStatement(Qasm2Parser.IfStatementContext s) {
        String name = s.ID().getText();
        Register r = cregs.get(name);
        if (r == null) {
            Loc at = loc(s.ID().getSymbol());
            if (qregs.containsKey(name)) {
                throw at.error("'" + name + "' is a quantum register; OpenQASM 2 conditions compare a classical register");
            }
            if (name.equals(GateDef.BARRIER)) {
                throw at.error("undeclared classical register '" + name + "'");
            }
            throw at.error("undeclared classical register '" + name + "'");
        }
        BigInteger value = new BigInteger(s.INT().getText());
        int[] bits = new int[r.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = r.start() + i;
        }
        quantumOperation(s.quantumOperation(), new Condition(bits, Condition.Relation.EQ, value));
    }

    private void quantumOperation(Qasm2Parser.QuantumOperationContext op, Condition condition) {
        if (op.gateCall() != null) {
            gateCall(op.gateCall(), condition);
        } else if (op.MEASURE() != null) {
            int[] q = qubits(op.argument(0));
            int[] c = clbits(op.argument(1));
            if (q.length != c.length) {
                throw loc(op).error("measure needs registers of equal size: " + q.length + " qubits into " + c.length
                        + " bits");
            }
            for (int i = 0; i < q.length; i++) {
                circuit.add(new Instruction(Gate.MEASURE, 0, new int[] {q[i]}, List.of(), new int[] {c[i]}, condition));
            }
        } else {
            for (int q : qubits(op.argument(0))) {
                circuit.add(new Instruction(Gate.RESET, 0, new int[] {q}, List.of(), new int[0], condition));
            }
        }
    }

    private void gateCall(Qasm2Parser.GateCallContext c, Condition condition) {
        String name = c.ID().getText();
        Loc at = loc(c.ID().getSymbol());
        if (opaque.containsKey(name)) {
            throw at.error("qtool compile does not support opaque gate '" + name + "' (declared at "
                    + opaque.get(name).line() + ":" + opaque.get(name).column() + ")");
        }
        List<Param> params = new ArrayList<>();
        if (c.expressionList() != null) {
            for (Qasm2Parser.ExpressionContext e : c.expressionList().expression()) {
                params.add(expression(e, List.of()));
            }
        }
        List<int[]> operands = new ArrayList<>();
        for (Qasm2Parser.ArgumentContext a : c.argumentList().argument()) {
            operands.add(qubits(a));
        }
        gates.call(name, List.of(), params, operands, condition, at);
    }

    private void barrier(Qasm2Parser.BarrierStatementContext b) {
        Set<Integer> all = new LinkedHashSet<>();
        for (Qasm2Parser.ArgumentContext a : b.argumentList().argument()) {
            for (int q : qubits(a)) {
                all.add(q);
            }
        }
        circuit.add(Instruction.of(Gate.BARRIER, all.stream().mapToInt(Integer::intValue).toArray()));
    }

    private int[] qubits(Qasm2Parser.ArgumentContext a) {
        return indices(a, qregs, cregs, "quantum", "qubit");
    }

    private int[] clbits(Qasm2Parser.ArgumentContext a) {
        return indices(a, cregs, qregs, "classical", "bit");
    }

    private int[] indices(Qasm2Parser.ArgumentContext a, Map<String, Register> wanted, Map<String, Register> other,
            String kind, String element) {
        String name = a.ID().getText();
        Register r = wanted.get(name);
        Loc at = loc(a);
        if (r == null) {
            if (other.containsKey(name)) {
                throw at.error("'" + name + "' is not a " + kind + " register");
            }
            throw at.error("undeclared " + kind + " register '" + name + "'");
        }
        if (a.INT() == null) {
            int[] all = new int[r.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = r.start() + i;
            }
            return all;
        }
        BigInteger idx = new BigInteger(a.INT().getText());
        if (idx.compareTo(BigInteger.valueOf(r.size())) >= 0) {
            throw loc(a.INT().getSymbol()).error(element + " index " + idx + " out of range for register '" + name
                    + "' of size " + r.size());
        }
        return new int[] {r.start() + idx.intValue()};
    }

    /**
     * Evaluates an OpenQASM 2 expression; identifiers must be gate parameters (kept symbolic).
     * Values outside the representable range (an overflowing literal, 1/0) are located errors.
     */
    private Param expression(Qasm2Parser.ExpressionContext e, List<String> params) {
        try {
            return evaluate(e, params);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            String text = e.getText().length() > 60 ? e.getText().substring(0, 57) + "..." : e.getText();
            throw loc(e).error("cannot evaluate '" + text + "': " + ex.getMessage());
        }
    }

    private Param evaluate(Qasm2Parser.ExpressionContext e, List<String> params) {
        if (e instanceof Qasm2Parser.ParenthesisExpressionContext) {
            return expression(((Qasm2Parser.ParenthesisExpressionContext) e).expression(), params);
        }
        if (e instanceof Qasm2Parser.PowerExpressionContext) {
            Qasm2Parser.PowerExpressionContext p = (Qasm2Parser.PowerExpressionContext) e;
            return expression(p.expression(0), params).pow(expression(p.expression(1), params));
        }
        if (e instanceof Qasm2Parser.NegationExpressionContext) {
            return expression(((Qasm2Parser.NegationExpressionContext) e).expression(), params).negate();
        }
        if (e instanceof Qasm2Parser.UnaryPlusExpressionContext) {
            return expression(((Qasm2Parser.UnaryPlusExpressionContext) e).expression(), params);
        }
        if (e instanceof Qasm2Parser.MultiplicativeExpressionContext) {
            Qasm2Parser.MultiplicativeExpressionContext m = (Qasm2Parser.MultiplicativeExpressionContext) e;
            Param a = expression(m.expression(0), params);
            Param b = expression(m.expression(1), params);
            return m.op.getType() == Qasm2Parser.STAR ? a.times(b) : a.dividedBy(b);
        }
        if (e instanceof Qasm2Parser.AdditiveExpressionContext) {
            Qasm2Parser.AdditiveExpressionContext m = (Qasm2Parser.AdditiveExpressionContext) e;
            Param a = expression(m.expression(0), params);
            Param b = expression(m.expression(1), params);
            return m.op.getType() == Qasm2Parser.PLUS ? a.plus(b) : a.minus(b);
        }
        if (e instanceof Qasm2Parser.FunctionExpressionContext) {
            Qasm2Parser.FunctionExpressionContext f = (Qasm2Parser.FunctionExpressionContext) e;
            String fn = f.ID().getText();
            if (!FUNCTIONS.contains(fn)) {
                throw loc(f).error("unknown function '" + fn + "' (OpenQASM 2 has sin, cos, tan, exp, ln, sqrt;"
                        + " qtool also accepts asin, acos, atan)");
            }
            return Param.function(fn, expression(f.expression(), params));
        }
        Qasm2Parser.AtomExpressionContext a = (Qasm2Parser.AtomExpressionContext) e;
        Token t = a.getStart();
        switch (t.getType()) {
            case Qasm2Parser.PI:
                return Param.PI;
            case Qasm2Parser.REAL:
            case Qasm2Parser.INT:
                return Param.constant(Double.parseDouble(t.getText()));
            default:
                if (params.contains(t.getText())) {
                    return Param.symbol(t.getText());
                }
                throw loc(t).error("unknown identifier '" + t.getText() + "' in expression");
        }
    }

    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "exp", "ln", "sqrt", "asin", "acos", "atan");
}
