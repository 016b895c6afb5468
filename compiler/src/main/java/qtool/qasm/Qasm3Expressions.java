package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import qtool.grammar.Qasm3Parser;
import qtool.grammar.Qasm3Parser.ExpressionContext;
import qtool.ir.Condition;
import qtool.ir.Param;

/**
 * Evaluates OpenQASM 3 expressions at compile time with the language's typing: integer arithmetic
 * on arbitrary-precision integers ({@code 1/2 == 0}), {@code **} as power and {@code ^} as XOR,
 * reals as {@link Param} (symbolic when they depend on an {@code input}), and references to runtime
 * bits, which only conditions may compare.
 */
final class Qasm3Expressions {
    /** Resolves identifiers and subroutine calls for the evaluator. */
    interface Environment {
        Value identifier(String name, Loc loc);

        Value call(String name, List<ExpressionContext> args, Loc loc);

        Loc loc(Token t);
    }

    private static final BigInteger MAX_SHIFT = BigInteger.valueOf(1 << 16);

    private final Environment env;
    private final Consumer<Diagnostic> warnings;

    Qasm3Expressions(Environment env, Consumer<Diagnostic> warnings) {
        this.env = env;
        this.warnings = warnings;
    }

    private Loc loc(ParserRuleContext ctx) {
        return env.loc(ctx.getStart());
    }

    /**
     * Evaluates an expression. Arithmetic that leaves the representable range (an overflowing
     * literal, a division giving infinity, an exponent too large) becomes a located error.
     */
    Value eval(ExpressionContext e) {
        try {
            return evaluate(e);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw loc(e).error("cannot evaluate '" + shorten(e.getText()) + "': " + ex.getMessage());
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private Value evaluate(ExpressionContext e) {
        if (e instanceof Qasm3Parser.ParenthesisExpressionContext) {
            return eval(((Qasm3Parser.ParenthesisExpressionContext) e).expression());
        }
        if (e instanceof Qasm3Parser.LiteralExpressionContext) {
            return literal(e.getStart());
        }
        if (e instanceof Qasm3Parser.UnaryExpressionContext) {
            Qasm3Parser.UnaryExpressionContext u = (Qasm3Parser.UnaryExpressionContext) e;
            Value v = eval(u.expression());
            switch (u.op.getType()) {
                case Qasm3Parser.MINUS:
                    if (v instanceof Value.Int) {
                        return new Value.Int(((Value.Int) v).value().negate());
                    }
                    return new Value.Real(real(v, u.expression()).negate());
                case Qasm3Parser.EXCLAMATION_POINT:
                    return new Value.Bool(!bool(v, u.expression()));
                default:
                    return new Value.Int(integer(v, u.expression()).not());
            }
        }
        if (e instanceof Qasm3Parser.PowerExpressionContext) {
            Qasm3Parser.PowerExpressionContext p = (Qasm3Parser.PowerExpressionContext) e;
            Value a = eval(p.expression(0));
            Value b = eval(p.expression(1));
            if (a instanceof Value.Int && b instanceof Value.Int && ((Value.Int) b).value().signum() >= 0) {
                BigInteger exp = ((Value.Int) b).value();
                if (exp.bitLength() > 16) {
                    throw loc(p).error("integer power exponent too large: " + exp);
                }
                return new Value.Int(((Value.Int) a).value().pow(exp.intValue()));
            }
            return new Value.Real(real(a, p.expression(0)).pow(real(b, p.expression(1))));
        }
        if (e instanceof Qasm3Parser.MultiplicativeExpressionContext) {
            Qasm3Parser.MultiplicativeExpressionContext m = (Qasm3Parser.MultiplicativeExpressionContext) e;
            return arithmetic(m.op, eval(m.expression(0)), eval(m.expression(1)), m);
        }
        if (e instanceof Qasm3Parser.AdditiveExpressionContext) {
            Qasm3Parser.AdditiveExpressionContext m = (Qasm3Parser.AdditiveExpressionContext) e;
            return arithmetic(m.op, eval(m.expression(0)), eval(m.expression(1)), m);
        }
        if (e instanceof Qasm3Parser.BitshiftExpressionContext) {
            Qasm3Parser.BitshiftExpressionContext s = (Qasm3Parser.BitshiftExpressionContext) e;
            BigInteger a = integer(eval(s.expression(0)), s.expression(0));
            BigInteger b = integer(eval(s.expression(1)), s.expression(1));
            if (b.abs().compareTo(MAX_SHIFT) > 0) {
                throw loc(s).error("shift amount too large: " + b);
            }
            return new Value.Int(s.op.getText().equals("<<") ? a.shiftLeft(b.intValue()) : a.shiftRight(b.intValue()));
        }
        if (e instanceof Qasm3Parser.ComparisonExpressionContext) {
            Qasm3Parser.ComparisonExpressionContext c = (Qasm3Parser.ComparisonExpressionContext) e;
            return new Value.Bool(compare(c.op.getText(), eval(c.expression(0)), eval(c.expression(1)), c));
        }
        if (e instanceof Qasm3Parser.EqualityExpressionContext) {
            Qasm3Parser.EqualityExpressionContext c = (Qasm3Parser.EqualityExpressionContext) e;
            return new Value.Bool(compare(c.op.getText(), eval(c.expression(0)), eval(c.expression(1)), c));
        }
        if (e instanceof Qasm3Parser.BitwiseAndExpressionContext) {
            Qasm3Parser.BitwiseAndExpressionContext b = (Qasm3Parser.BitwiseAndExpressionContext) e;
            return new Value.Int(integer(eval(b.expression(0)), b.expression(0)).and(integer(eval(b.expression(1)),
                    b.expression(1))));
        }
        if (e instanceof Qasm3Parser.BitwiseOrExpressionContext) {
            Qasm3Parser.BitwiseOrExpressionContext b = (Qasm3Parser.BitwiseOrExpressionContext) e;
            return new Value.Int(integer(eval(b.expression(0)), b.expression(0)).or(integer(eval(b.expression(1)),
                    b.expression(1))));
        }
        if (e instanceof Qasm3Parser.BitwiseXorExpressionContext) {
            Qasm3Parser.BitwiseXorExpressionContext b = (Qasm3Parser.BitwiseXorExpressionContext) e;
            Value l = eval(b.expression(0));
            Value r = eval(b.expression(1));
            if (l instanceof Value.Real || r instanceof Value.Real) {
                throw loc(b).error("'^' is bitwise XOR in OpenQASM 3 and needs integers; use '**' for powers");
            }
            return new Value.Int(integer(l, b.expression(0)).xor(integer(r, b.expression(1))));
        }
        if (e instanceof Qasm3Parser.LogicalAndExpressionContext) {
            Qasm3Parser.LogicalAndExpressionContext b = (Qasm3Parser.LogicalAndExpressionContext) e;
            return new Value.Bool(bool(eval(b.expression(0)), b.expression(0)) && bool(eval(b.expression(1)),
                    b.expression(1)));
        }
        if (e instanceof Qasm3Parser.LogicalOrExpressionContext) {
            Qasm3Parser.LogicalOrExpressionContext b = (Qasm3Parser.LogicalOrExpressionContext) e;
            return new Value.Bool(bool(eval(b.expression(0)), b.expression(0)) || bool(eval(b.expression(1)),
                    b.expression(1)));
        }
        if (e instanceof Qasm3Parser.CastExpressionContext) {
            return cast((Qasm3Parser.CastExpressionContext) e);
        }
        if (e instanceof Qasm3Parser.IndexExpressionContext) {
            Qasm3Parser.IndexExpressionContext ix = (Qasm3Parser.IndexExpressionContext) e;
            return index(eval(ix.expression()), ix.indexOperator(), loc(ix));
        }
        if (e instanceof Qasm3Parser.CallExpressionContext) {
            Qasm3Parser.CallExpressionContext c = (Qasm3Parser.CallExpressionContext) e;
            List<ExpressionContext> args = c.expressionList() == null ? List.of() : c.expressionList().expression();
            return function(c.Identifier().getText(), args, loc(c));
        }
        if (e instanceof Qasm3Parser.DurationofExpressionContext) {
            throw loc(e).error("qtool compile does not support durationof (timing)");
        }
        throw loc(e).error("unsupported expression '" + e.getText() + "'");
    }

    private Value literal(Token t) {
        String text = t.getText();
        Loc at = env.loc(t);
        switch (t.getType()) {
            case Qasm3Parser.Identifier:
                return env.identifier(text, at);
            case Qasm3Parser.DecimalIntegerLiteral:
                return new Value.Int(new BigInteger(text.replace("_", "")));
            case Qasm3Parser.HexIntegerLiteral:
                return new Value.Int(new BigInteger(text.substring(2).replace("_", ""), 16));
            case Qasm3Parser.OctalIntegerLiteral:
                return new Value.Int(new BigInteger(text.substring(2).replace("_", ""), 8));
            case Qasm3Parser.BinaryIntegerLiteral:
                return new Value.Int(new BigInteger(text.substring(2).replace("_", ""), 2));
            case Qasm3Parser.FloatLiteral:
                return new Value.Real(Param.constant(Double.parseDouble(text.replace("_", ""))));
            case Qasm3Parser.BooleanLiteral:
                return new Value.Bool(text.equals("true"));
            case Qasm3Parser.BitstringLiteral:
                return new Value.Int(new BigInteger(text.substring(1, text.length() - 1).replace("_", ""), 2));
            case Qasm3Parser.ImaginaryLiteral:
                throw at.error("qtool compile does not support complex numbers ('" + text + "')");
            case Qasm3Parser.TimingLiteral:
                throw at.error("qtool compile does not support durations ('" + text + "'): timing is not modelled");
            case Qasm3Parser.HardwareQubit:
                throw at.error("hardware qubit '" + text + "' cannot be used in a classical expression");
            default:
                throw at.error("unexpected literal '" + text + "'");
        }
    }

    private Value arithmetic(Token op, Value a, Value b, Qasm3Parser.ExpressionContext ctx) {
        if (a instanceof Value.Int && b instanceof Value.Int) {
            BigInteger x = ((Value.Int) a).value();
            BigInteger y = ((Value.Int) b).value();
            switch (op.getType()) {
                case Qasm3Parser.PLUS:
                    return new Value.Int(x.add(y));
                case Qasm3Parser.MINUS:
                    return new Value.Int(x.subtract(y));
                case Qasm3Parser.ASTERISK:
                    return new Value.Int(x.multiply(y));
                case Qasm3Parser.SLASH:
                    if (y.signum() == 0) {
                        throw loc(ctx).error("integer division by zero");
                    }
                    if (x.remainder(y).signum() != 0) {
                        warnings.accept(loc(ctx).warning("integer division " + x + "/" + y + " = " + x.divide(y)
                                + " in OpenQASM 3; write " + x + ".0/" + y + " for a real quotient"));
                    }
                    return new Value.Int(x.divide(y));
                default:
                    if (y.signum() == 0) {
                        throw loc(ctx).error("integer modulo by zero");
                    }
                    return new Value.Int(x.remainder(y));
            }
        }
        ParserRuleContext l = (ParserRuleContext) ctx.getChild(0);
        ParserRuleContext r = (ParserRuleContext) ctx.getChild(2);
        Param x = real(a, l);
        Param y = real(b, r);
        switch (op.getType()) {
            case Qasm3Parser.PLUS:
                return new Value.Real(x.plus(y));
            case Qasm3Parser.MINUS:
                return new Value.Real(x.minus(y));
            case Qasm3Parser.ASTERISK:
                return new Value.Real(x.times(y));
            case Qasm3Parser.SLASH:
                return new Value.Real(x.dividedBy(y));
            default:
                if (!x.isConstant() || !y.isConstant()) {
                    throw loc(ctx).error("'%' needs compile-time operands");
                }
                return new Value.Real(Param.constant(x.value() % y.value()));
        }
    }

    private boolean compare(String op, Value a, Value b, ParserRuleContext ctx) {
        if (a instanceof Value.Bits || b instanceof Value.Bits) {
            throw loc(ctx).error("qtool compile does not support this use of runtime (measured) bits: they can"
                    + " only be compared with a constant in an if condition");
        }
        int c;
        if (a instanceof Value.Int && b instanceof Value.Int) {
            c = ((Value.Int) a).value().compareTo(((Value.Int) b).value());
        } else if (a instanceof Value.Bool && b instanceof Value.Bool) {
            c = Boolean.compare(((Value.Bool) a).value(), ((Value.Bool) b).value());
        } else {
            Param x = real(a, ctx);
            Param y = real(b, ctx);
            if (!x.isConstant() || !y.isConstant()) {
                throw loc(ctx).error("qtool compile does not support comparisons of input parameters");
            }
            c = Double.compare(x.value(), y.value());
        }
        switch (op) {
            case "==": return c == 0;
            case "!=": return c != 0;
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            default: return c >= 0;
        }
    }

    private Value cast(Qasm3Parser.CastExpressionContext c) {
        Value v = eval(c.expression());
        if (c.arrayType() != null) {
            throw loc(c).error("qtool compile does not support array casts");
        }
        Qasm3Parser.ScalarTypeContext t = c.scalarType();
        if (v instanceof Value.Bits) {
            if (t.INT() != null || t.UINT() != null || t.BIT() != null || t.BOOL() != null) {
                return v;
            }
            throw loc(c).error("cannot cast runtime bits to " + t.getText());
        }
        if (t.FLOAT() != null || t.ANGLE() != null) {
            return new Value.Real(real(v, c.expression()));
        }
        if (t.BOOL() != null) {
            return new Value.Bool(bool(v, c.expression()));
        }
        if (t.INT() != null || t.UINT() != null || t.BIT() != null) {
            if (v instanceof Value.Real) {
                Param p = ((Value.Real) v).value();
                if (!p.isConstant()) {
                    throw loc(c).error("cannot cast a symbolic parameter to an integer");
                }
                return new Value.Int(java.math.BigDecimal.valueOf(p.value()).toBigInteger());
            }
            if (v instanceof Value.Bool) {
                return new Value.Int(((Value.Bool) v).value() ? BigInteger.ONE : BigInteger.ZERO);
            }
            return v;
        }
        throw loc(c).error("qtool compile does not support casts to " + t.getText());
    }

    /** Indexing a value: bits and qubits by set, range or integer; integers by bit. */
    Value index(Value v, Qasm3Parser.IndexOperatorContext op, Loc at) {
        if (v instanceof Value.Bits) {
            Value.Bits b = (Value.Bits) v;
            Selection s = select(op, b.clbits().length, at);
            return new Value.Bits(pick(b.clbits(), s.positions), s.single);
        }
        if (v instanceof Value.Qubits) {
            Value.Qubits q = (Value.Qubits) v;
            Selection s = select(op, q.qubits().length, at);
            return new Value.Qubits(pick(q.qubits(), s.positions), s.single);
        }
        if (v instanceof Value.Int) {
            Selection s = select(op, Integer.MAX_VALUE, at);
            if (!s.single) {
                throw at.error("qtool compile supports only single-bit indexing of integers");
            }
            return new Value.Int(((Value.Int) v).value().testBit(s.positions[0]) ? BigInteger.ONE : BigInteger.ZERO);
        }
        throw at.error("cannot index " + Value.describe(v));
    }

    private static int[] pick(int[] from, int[] positions) {
        int[] r = new int[positions.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = from[positions[i]];
        }
        return r;
    }

    /** Positions selected by an index operator in a 1-D register of the given size. */
    record Selection(int[] positions, boolean single) {
    }

    Selection select(Qasm3Parser.IndexOperatorContext op, int size, Loc at) {
        if (op.setExpression() != null) {
            List<ExpressionContext> items = op.setExpression().expression();
            int[] pos = new int[items.size()];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = position(items.get(i), size);
            }
            return new Selection(pos, false);
        }
        int items = op.expression().size() + op.rangeExpression().size();
        if (items != 1) {
            throw at.error("qtool compile supports only one-dimensional indexing (got " + items + " indices)");
        }
        if (!op.expression().isEmpty()) {
            return new Selection(new int[] {position(op.expression(0), size)}, true);
        }
        return new Selection(range(op.rangeExpression(0), size), false);
    }

    private int position(ExpressionContext e, int size) {
        BigInteger i = integer(eval(e), e);
        BigInteger n = BigInteger.valueOf(size);
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw loc(e).error("index " + e.getText() + " out of range for size " + size);
        }
        return i.intValue();
    }

    /** The positions of an inclusive range {@code start:step:stop} (the stop is included). */
    int[] range(Qasm3Parser.RangeExpressionContext r, int size) {
        // Which of start/step/stop are present follows from the colons' positions.
        ExpressionContext start = null;
        ExpressionContext step = null;
        ExpressionContext stop = null;
        int colon = 0;
        for (int i = 0; i < r.getChildCount(); i++) {
            Object child = r.getChild(i);
            if (child instanceof ExpressionContext) {
                if (colon == 0) {
                    start = (ExpressionContext) child;
                } else if (colon == 1) {
                    stop = (ExpressionContext) child;
                } else {
                    step = stop;
                    stop = (ExpressionContext) child;
                }
            } else {
                colon++;
            }
        }
        if (stop == null && size == Integer.MAX_VALUE) {
            throw loc(r).error("a range needs explicit bounds here");
        }
        long s = start == null ? 0 : signedPosition(start, size);
        long st = step == null ? 1 : integer(eval(step), step).longValueExact();
        long e = stop == null ? size - 1L : signedPosition(stop, size);
        if (st == 0) {
            throw loc(r).error("range step cannot be zero");
        }
        List<Integer> out = new ArrayList<>();
        for (long i = s; st > 0 ? i <= e : i >= e; i += st) {
            if (size != Integer.MAX_VALUE && (i < 0 || i >= size)) {
                throw loc(r).error("range " + r.getText() + " goes out of range for size " + size);
            }
            out.add((int) i);
            if (out.size() > GateEmitter.MAX_EXPANSION) {
                throw loc(r).error("range too long");
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private long signedPosition(ExpressionContext e, int size) {
        long v = integer(eval(e), e).longValueExact();
        return v < 0 && size != Integer.MAX_VALUE ? v + size : v;
    }

    private Value function(String name, List<ExpressionContext> args, Loc at) {
        String fn = FUNCTIONS.get(name);
        if (fn != null) {
            if (args.size() != 1) {
                throw at.error(name + " takes one argument");
            }
            return new Value.Real(Param.function(fn, real(eval(args.get(0)), args.get(0))));
        }
        switch (name) {
            case "floor":
            case "ceiling": {
                Param p = real(eval(args.get(0)), args.get(0));
                if (!p.isConstant()) {
                    throw at.error(name + " needs a compile-time argument");
                }
                double v = name.equals("floor") ? Math.floor(p.value()) : Math.ceil(p.value());
                return new Value.Real(Param.constant(v));
            }
            case "mod": {
                if (args.size() != 2) {
                    throw at.error("mod takes two arguments");
                }
                Value a = eval(args.get(0));
                Value b = eval(args.get(1));
                if (a instanceof Value.Int && b instanceof Value.Int) {
                    return new Value.Int(((Value.Int) a).value().mod(((Value.Int) b).value().abs()));
                }
                Param x = real(a, args.get(0));
                Param y = real(b, args.get(1));
                return new Value.Real(Param.constant(x.value() - y.value() * Math.floor(x.value() / y.value())));
            }
            case "pow": {
                Value a = eval(args.get(0));
                Value b = eval(args.get(1));
                return new Value.Real(real(a, args.get(0)).pow(real(b, args.get(1))));
            }
            default:
                return env.call(name, args, at);
        }
    }

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("sin", "sin"), Map.entry("cos", "cos"), Map.entry("tan", "tan"),
            Map.entry("arcsin", "asin"), Map.entry("arccos", "acos"), Map.entry("arctan", "atan"),
            Map.entry("exp", "exp"), Map.entry("log", "ln"), Map.entry("ln", "ln"), Map.entry("sqrt", "sqrt"));

    Param real(Value v, ParserRuleContext ctx) {
        if (v instanceof Value.Real) {
            return ((Value.Real) v).value();
        }
        if (v instanceof Value.Int) {
            return Param.constant(((Value.Int) v).value().doubleValue());
        }
        if (v instanceof Value.Bool) {
            return Param.constant(((Value.Bool) v).value() ? 1 : 0);
        }
        throw loc(ctx).error("expected a number, found " + Value.describe(v) + " ('" + ctx.getText() + "')");
    }

    BigInteger integer(Value v, ParserRuleContext ctx) {
        if (v instanceof Value.Int) {
            return ((Value.Int) v).value();
        }
        if (v instanceof Value.Bool) {
            return ((Value.Bool) v).value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof Value.Real && ((Value.Real) v).value().isConstant()) {
            double d = ((Value.Real) v).value().value();
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return java.math.BigDecimal.valueOf(d).toBigIntegerExact();
            }
        }
        throw loc(ctx).error("expected an integer, found " + Value.describe(v) + " ('" + ctx.getText() + "')");
    }

    boolean bool(Value v, ParserRuleContext ctx) {
        if (v instanceof Value.Bool) {
            return ((Value.Bool) v).value();
        }
        if (v instanceof Value.Int) {
            return ((Value.Int) v).value().signum() != 0;
        }
        if (v instanceof Value.Bits) {
            throw loc(ctx).error("qtool compile does not support this use of runtime (measured) bits: they can"
                    + " only be compared with a constant in an if condition");
        }
        throw loc(ctx).error("expected a boolean, found " + Value.describe(v) + " ('" + ctx.getText() + "')");
    }

    /**
     * A condition that is either decided at compile time ({@code Boolean}) or depends on measured
     * bits ({@link Condition}: a bit register compared with a constant).
     */
    Object condition(ExpressionContext e) {
        if (e instanceof Qasm3Parser.ParenthesisExpressionContext) {
            return condition(((Qasm3Parser.ParenthesisExpressionContext) e).expression());
        }
        if (e instanceof Qasm3Parser.UnaryExpressionContext
                && ((Qasm3Parser.UnaryExpressionContext) e).op.getType() == Qasm3Parser.EXCLAMATION_POINT) {
            Object inner = condition(((Qasm3Parser.UnaryExpressionContext) e).expression());
            return inner instanceof Boolean ? (Object) !(Boolean) inner : ((Condition) inner).negate();
        }
        String op = null;
        ExpressionContext l = null;
        ExpressionContext r = null;
        if (e instanceof Qasm3Parser.EqualityExpressionContext) {
            Qasm3Parser.EqualityExpressionContext c = (Qasm3Parser.EqualityExpressionContext) e;
            op = c.op.getText();
            l = c.expression(0);
            r = c.expression(1);
        } else if (e instanceof Qasm3Parser.ComparisonExpressionContext) {
            Qasm3Parser.ComparisonExpressionContext c = (Qasm3Parser.ComparisonExpressionContext) e;
            op = c.op.getText();
            l = c.expression(0);
            r = c.expression(1);
        }
        if (op != null) {
            Value a = eval(l);
            Value b = eval(r);
            if (a instanceof Value.Bits || b instanceof Value.Bits) {
                boolean swap = !(a instanceof Value.Bits);
                Value.Bits bits = (Value.Bits) (swap ? b : a);
                Value other = swap ? a : b;
                if (other instanceof Value.Bits) {
                    throw loc(e).error("qtool compile does not support comparing two runtime bit registers");
                }
                BigInteger k = integer(other, swap ? l : r);
                Condition.Relation rel = relation(op);
                if (swap) {
                    rel = mirror(rel);
                }
                if (k.signum() < 0) {
                    throw loc(e).error("bit registers are unsigned; comparison with " + k + " is not supported");
                }
                return new Condition(bits.clbits(), rel, k);
            }
            return compare(op, a, b, e);
        }
        Value v = eval(e);
        if (v instanceof Value.Bits) {
            Value.Bits b = (Value.Bits) v;
            return new Condition(b.clbits(), b.single() ? Condition.Relation.EQ : Condition.Relation.NE,
                    b.single() ? BigInteger.ONE : BigInteger.ZERO);
        }
        return bool(v, e);
    }

    private static Condition.Relation relation(String op) {
        switch (op) {
            case "==": return Condition.Relation.EQ;
            case "!=": return Condition.Relation.NE;
            case "<": return Condition.Relation.LT;
            case "<=": return Condition.Relation.LE;
            case ">": return Condition.Relation.GT;
            default: return Condition.Relation.GE;
        }
    }

    private static Condition.Relation mirror(Condition.Relation r) {
        switch (r) {
            case LT: return Condition.Relation.GT;
            case LE: return Condition.Relation.GE;
            case GT: return Condition.Relation.LT;
            case GE: return Condition.Relation.LE;
            default: return r;
        }
    }
}
