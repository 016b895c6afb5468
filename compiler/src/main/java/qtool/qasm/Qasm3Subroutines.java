package qtool.qasm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qtool.grammar.Qasm3Parser;
import qtool.grammar.Qasm3Parser.ExpressionContext;

/**
 * Calls of OpenQASM 3 {@code def} subroutines for {@link Qasm3Builder}: arguments are checked
 * against the signature (qubit counts, classical types), bound in an isolated scope, and the body is
 * lowered in place (inlined); a compile-time {@code return} value becomes the call's value. Calls of
 * {@code extern} functions are rejected, since their results exist only at run time.
 */
final class Qasm3Subroutines {
    private final Qasm3Builder b;

    Qasm3Subroutines(Qasm3Builder b) {
        this.b = b;
    }

    Value call(String name, List<ExpressionContext> args, Loc at) {
        Symbol s = b.scopes.lookup(name);
        if (s instanceof Symbol.Extern) {
            throw at.error("qtool compile does not support calls of extern functions ('" + name + "') ("
                    + at.source().name() + ":" + at.line() + ":" + at.column() + ")");
        }
        if (!(s instanceof Symbol.Subroutine)) {
            if (b.gates.isGate(name)) {
                throw at.error("'" + name + "' is a gate: apply it to qubits as `" + name + "(...) q;`");
            }
            throw at.error(s == null ? "undefined function '" + name + "'" : "'" + name + "' is not a function");
        }
        Qasm3Parser.DefStatementContext def = ((Symbol.Subroutine) s).def();
        List<Qasm3Parser.ArgumentDefinitionContext> formals = def.argumentDefinitionList() == null ? List.of()
                : def.argumentDefinitionList().argumentDefinition();
        if (formals.size() != args.size()) {
            throw at.error("subroutine '" + name + "' takes " + formals.size() + " argument"
                    + (formals.size() == 1 ? "" : "s") + ", " + args.size() + " given");
        }
        if (b.callDepth >= b.MAX_CALL_DEPTH) {
            throw at.error("subroutine calls nested deeper than " + b.MAX_CALL_DEPTH + " (recursion?)");
        }
        Map<String, Value> bound = new HashMap<>();
        for (int i = 0; i < formals.size(); i++) {
            Qasm3Parser.ArgumentDefinitionContext f = formals.get(i);
            Value v = b.expressions.eval(args.get(i));
            String formal = f.Identifier().getText();
            if (f.qubitType() != null || f.QREG() != null) {
                if (!(v instanceof Value.Qubits)) {
                    throw b.loc(args.get(i)).error("argument '" + formal + "' of '" + name + "' expects qubits");
                }
                Qasm3Parser.DesignatorContext d = f.qubitType() != null ? f.qubitType().designator() : f.designator();
                int want = b.declarations.designatorSize(d, 1);
                if (((Value.Qubits) v).qubits().length != want) {
                    throw b.loc(args.get(i)).error("argument '" + formal + "' of '" + name + "' expects " + want
                            + " qubit" + (want == 1 ? "" : "s") + ", got " + ((Value.Qubits) v).qubits().length);
                }
            } else if (f.scalarType() != null) {
                if (f.scalarType().BIT() != null) {
                    if (!(v instanceof Value.Bits)) {
                        throw b.unsupported(args.get(i), "passing constants as bit arguments");
                    }
                } else {
                    v = b.declarations.convert(v, f.scalarType(), args.get(i));
                }
            } else {
                throw b.unsupported(f, "array and creg subroutine arguments");
            }
            bound.put(formal, v);
        }
        b.callDepth++;
        int savedLoops = b.loopDepth;
        b.loopDepth = 0;
        b.scopes.push(true);
        try {
            for (Map.Entry<String, Value> e : bound.entrySet()) {
                b.scopes.declare(e.getKey(), new Symbol.Variable(e.getKey(), e.getValue(), "argument",
                        e.getValue() instanceof Value.Qubits, at));
            }
            for (Qasm3Parser.StatementOrScopeContext st : def.scope().statementOrScope()) {
                b.statementOrScope(st);
            }
            return null;
        } catch (Qasm3Builder.ReturnSignal r) {
            return r.value;
        } catch (Qasm3Builder.BreakSignal | Qasm3Builder.ContinueSignal e) {
            throw at.error("break/continue outside a loop in subroutine '" + name + "'");
        } finally {
            b.scopes.pop();
            b.loopDepth = savedLoops;
            b.callDepth--;
        }
    }
}
