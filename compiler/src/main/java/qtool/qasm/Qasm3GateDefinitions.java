package qtool.qasm;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import qtool.grammar.Qasm3Parser;
import qtool.ir.Gate;
import qtool.ir.Param;

/**
 * OpenQASM 3 {@code gate} definitions for {@link Qasm3Builder}: checks the body (only gate calls,
 * {@code gphase} and {@code barrier}; operands are the gate's own qubit arguments), evaluates
 * parameter expressions with the formal parameters kept symbolic, and hands a {@link GateDef} to
 * the {@link GateEmitter}, which inlines it at every call.
 */
final class Qasm3GateDefinitions {
    private final Qasm3Builder b;

    Qasm3GateDefinitions(Qasm3Builder b) {
        this.b = b;
    }

    void gateDefinition(Qasm3Parser.GateStatementContext g) {
        if (!b.scopes.atGlobalScope()) {
            throw b.loc(g).error("b.gates can only be defined at global scope");
        }
        String name = g.Identifier().getText();
        Loc at = b.loc(g.Identifier().getSymbol());
        if (b.scopes.lookup(name) != null) {
            throw at.error("'" + name + "' is already declared as a variable or subroutine");
        }
        List<String> params = g.params == null ? List.of() : ids(g.params);
        List<String> qubits = ids(g.qubits);
        unique(params, "parameter", at);
        unique(qubits, "qubit argument", at);
        List<GateDef.Call> body = new ArrayList<>();
        b.scopes.push(true);
        try {
            for (String p : params) {
                b.scopes.declare(p, new Symbol.Variable(p, new Value.Real(Param.symbol(p)), "angle", true, at));
            }
            for (String q : qubits) {
                if (params.contains(q)) {
                    throw at.error("'" + q + "' is both a parameter and a qubit argument of gate '" + name + "'");
                }
            }
            gateBody(g.scope(), name, qubits, body);
        } finally {
            b.scopes.pop();
        }
        b.gates.define(new GateDef(name, params, qubits, body, at));
    }

    void gateBody(Qasm3Parser.ScopeContext scope, String gate, List<String> qubits, List<GateDef.Call> body) {
        for (Qasm3Parser.StatementOrScopeContext s : scope.statementOrScope()) {
            if (s.scope() != null) {
                gateBody(s.scope(), gate, qubits, body);
                continue;
            }
            if (s.statement().pragma() != null) {
                continue;
            }
            ParserRuleContext k = (ParserRuleContext) s.statement().statementBody().getChild(0);
            if (k instanceof Qasm3Parser.BarrierStatementContext) {
                Qasm3Parser.BarrierStatementContext barrier = (Qasm3Parser.BarrierStatementContext) k;
                int[] ops = barrier.gateOperandList() == null ? allIndices(qubits.size())
                        : bodyOperands(barrier.gateOperandList(), qubits, gate);
                body.add(new GateDef.Call(List.of(), GateDef.BARRIER, List.of(), ops, b.loc(k)));
                continue;
            }
            if (!(k instanceof Qasm3Parser.GateCallStatementContext)) {
                throw b.loc(k).error("gate bodies may only contain gate calls, gphase and barrier; found "
                        + describeStatement(k) + " in gate '" + gate + "'");
            }
            Qasm3Parser.GateCallStatementContext c = (Qasm3Parser.GateCallStatementContext) k;
            if (c.designator() != null) {
                throw b.unsupported(c.designator(), "gate call durations (timing)");
            }
            List<Modifier> mods = b.modifiers(c.gateModifier());
            List<Param> params = b.params(c.expressionList());
            int[] ops = c.gateOperandList() == null ? new int[0] : bodyOperands(c.gateOperandList(), qubits, gate);
            String callee = null;
            Loc at = b.loc(c);
            if (c.GPHASE() != null) {
                if (params.size() != 1) {
                    throw at.error("gphase takes one parameter, " + params.size() + " given");
                }
            } else {
                callee = c.Identifier().getText();
                at = b.loc(c.Identifier().getSymbol());
                if (callee.equals(gate)) {
                    throw at.error("gate '" + gate + "' cannot call itself");
                }
                Object target = b.gates.resolve(callee, at);
                checkCall(callee, target, mods, params.size(), ops.length, at);
            }
            GateEmitter.checkDistinct(callee == null ? "gphase" : callee, ops, at);
            body.add(new GateDef.Call(mods, callee, params, ops, at));
        }
    }

    static int[] allIndices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static void checkCall(String name, Object target, List<Modifier> mods, int nParams, int nOps, Loc at) {
        int arity = target instanceof Gate ? ((Gate) target).numQubits() : ((GateDef) target).qubits().size();
        int want = target instanceof Gate ? ((Gate) target).numParams() : ((GateDef) target).params().size();
        int controls = 0;
        for (Modifier m : mods) {
            controls += m.controlCount();
        }
        if (nParams != want) {
            throw at.error("gate '" + name + "' takes " + want + " parameter" + (want == 1 ? "" : "s") + ", " + nParams
                    + " given");
        }
        if (arity >= 0 && nOps != arity + controls) {
            throw at.error("gate '" + name + "' needs " + (arity + controls) + " qubit operand"
                    + (arity + controls == 1 ? "" : "s") + ", " + nOps + " given");
        }
    }

    int[] bodyOperands(Qasm3Parser.GateOperandListContext list, List<String> qubits, String gate) {
        List<Qasm3Parser.GateOperandContext> ops = list.gateOperand();
        int[] out = new int[ops.size()];
        for (int i = 0; i < out.length; i++) {
            Qasm3Parser.GateOperandContext op = ops.get(i);
            if (op.HardwareQubit() != null) {
                throw b.loc(op).error("gate bodies cannot use hardware qubits ('" + op.getText() + "' in gate '" + gate
                        + "')");
            }
            Qasm3Parser.IndexedIdentifierContext id = op.indexedIdentifier();
            if (!id.indexOperator().isEmpty()) {
                throw b.loc(op).error("gate bodies use the gate's qubit arguments without indices ('" + op.getText()
                        + "' in gate '" + gate + "')");
            }
            int idx = qubits.indexOf(id.Identifier().getText());
            if (idx < 0) {
                throw b.loc(op).error("'" + id.getText() + "' is not a qubit argument of gate '" + gate + "'");
            }
            out[i] = idx;
        }
        return out;
    }

    static String describeStatement(ParserRuleContext k) {
        String n = k.getClass().getSimpleName().replace("StatementContext", "").replace("Context", "");
        StringBuilder sb = new StringBuilder();
        for (char ch : n.toCharArray()) {
            if (Character.isUpperCase(ch) && sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toLowerCase(ch));
        }
        return "a " + sb + " statement";
    }

    List<String> ids(Qasm3Parser.IdentifierListContext l) {
        List<String> out = new ArrayList<>();
        for (TerminalNode t : l.Identifier()) {
            out.add(t.getText());
        }
        return out;
    }

    static void unique(List<String> names, String what, Loc at) {
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw at.error("duplicate " + what + " '" + names.get(i) + "'");
            }
        }
    }

}
