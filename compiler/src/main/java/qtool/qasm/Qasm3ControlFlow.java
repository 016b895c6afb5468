package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qtool.grammar.Qasm3Parser;
import qtool.grammar.Qasm3Parser.ExpressionContext;
import qtool.ir.Condition;

/**
 * Control flow of OpenQASM 3 for {@link Qasm3Builder}. Everything decided at compile time is
 * executed here: {@code for} loops are unrolled, {@code while} and {@code switch} on compile-time
 * values are evaluated, {@code if} on a compile-time value picks its branch. An {@code if}/{@code
 * else} on measured bits sets the builder's current condition for the instructions of its branches;
 * other runtime control flow is rejected as unsupported.
 */
final class Qasm3ControlFlow {
    private final Qasm3Builder b;

    Qasm3ControlFlow(Qasm3Builder b) {
        this.b = b;
    }

    void ifStatement(Qasm3Parser.IfStatementContext s) {
        Object c = b.expressions.condition(s.expression());
        if (c instanceof Boolean) {
            if ((Boolean) c) {
                b.body(s.thenBody);
            } else if (s.elseBody != null) {
                b.body(s.elseBody);
            }
            return;
        }
        if (b.condition != null) {
            throw b.unsupported(s, "nested runtime conditions");
        }
        Condition cond = (Condition) c;
        b.condition = cond;
        try {
            b.body(s.thenBody);
            if (s.elseBody != null) {
                b.condition = cond.negate();
                b.body(s.elseBody);
            }
        } finally {
            b.condition = null;
        }
    }

    void forStatement(Qasm3Parser.ForStatementContext f) {
        String var = f.Identifier().getText();
        List<Value> items = new ArrayList<>();
        if (f.setExpression() != null) {
            for (ExpressionContext e : f.setExpression().expression()) {
                items.add(b.expressions.eval(e));
            }
        } else if (f.rangeExpression() != null) {
            for (int i : b.expressions.range(f.rangeExpression(), Integer.MAX_VALUE)) {
                items.add(new Value.Int(BigInteger.valueOf(i)));
            }
        } else {
            Value v = b.expressions.eval(f.expression());
            if (v instanceof Value.Bits) {
                throw b.unsupported(f, "loops over runtime bits");
            }
            if (v instanceof Value.Qubits) {
                throw b.loc(f).error("cannot loop over qubits");
            }
            throw b.loc(f).error("a for loop needs a range [a:b], a set {..} or an array, not " + Value.describe(v));
        }
        Qasm3Parser.ScalarTypeContext type = f.scalarType();
        b.loopDepth++;
        try {
            for (Value item : items) {
                if (++b.iterations > b.MAX_LOOP_ITERATIONS) {
                    throw b.loc(f).error("loops unroll to more than " + b.MAX_LOOP_ITERATIONS + " iterations");
                }
                Value bound = type == null ? item : b.declarations.convert(item, type, f);
                b.scopes.push(false);
                try {
                    b.scopes.declare(var, new Symbol.Variable(var, bound, type == null ? "int" : type.getText(), false,
                            b.loc(f.Identifier().getSymbol())));
                    b.body(f.body);
                } catch (Qasm3Builder.ContinueSignal c) {
                    // next iteration
                } finally {
                    b.scopes.pop();
                }
            }
        } catch (Qasm3Builder.BreakSignal b) {
            // loop finished early
        } finally {
            b.loopDepth--;
        }
    }

    void whileStatement(Qasm3Parser.WhileStatementContext w) {
        b.loopDepth++;
        try {
            while (true) {
                Object c;
                try {
                    c = b.expressions.condition(w.expression());
                } catch (CompileError e) {
                    throw e;
                }
                if (c instanceof Condition) {
                    throw b.unsupported(w, "`while` loops on runtime values");
                }
                if (!(Boolean) c) {
                    return;
                }
                if (++b.iterations > b.MAX_LOOP_ITERATIONS) {
                    throw b.loc(w).error("while loop does not terminate within " + b.MAX_LOOP_ITERATIONS + " b.iterations");
                }
                try {
                    b.body(w.body);
                } catch (Qasm3Builder.ContinueSignal e) {
                    // re-test the b.condition
                }
            }
        } catch (Qasm3Builder.BreakSignal b) {
            // done
        } finally {
            b.loopDepth--;
        }
    }

    void switchStatement(Qasm3Parser.SwitchStatementContext s) {
        Value v = b.expressions.eval(s.expression());
        if (v instanceof Value.Bits) {
            throw b.unsupported(s, "`switch` on runtime values");
        }
        BigInteger key = b.expressions.integer(v, s.expression());
        Qasm3Parser.SwitchCaseItemContext chosen = null;
        int defaults = 0;
        Set<BigInteger> seen = new java.util.HashSet<>();
        for (Qasm3Parser.SwitchCaseItemContext item : s.switchCaseItem()) {
            if (item.DEFAULT() != null) {
                if (++defaults > 1) {
                    throw b.loc(item).error("switch has more than one default");
                }
                continue;
            }
            for (ExpressionContext e : item.expressionList().expression()) {
                BigInteger k = b.expressions.integer(b.expressions.eval(e), e);
                if (!seen.add(k)) {
                    throw b.loc(e).error("duplicate case value " + k);
                }
                if (k.equals(key) && chosen == null) {
                    chosen = item;
                }
            }
        }
        if (chosen == null) {
            for (Qasm3Parser.SwitchCaseItemContext item : s.switchCaseItem()) {
                if (item.DEFAULT() != null) {
                    chosen = item;
                }
            }
        }
        if (chosen != null) {
            b.scope(chosen.scope());
        }
    }

    void returnStatement(Qasm3Parser.ReturnStatementContext r) {
        if (b.callDepth == 0) {
            throw b.loc(r).error("return outside a subroutine");
        }
        if (b.condition != null) {
            throw b.unsupported(r, "`return` under a runtime b.condition");
        }
        if (r.measureExpression() != null) {
            throw b.unsupported(r, "subroutines that return measured values");
        }
        throw new Qasm3Builder.ReturnSignal(r.expression() == null ? null : b.expressions.eval(r.expression()));
    }

}
