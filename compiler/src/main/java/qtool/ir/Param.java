package qtool.ir;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A real gate parameter: a constant, a free symbol ({@code input angle theta;}) or an expression
 * tree over them.
 *
 * <p>The factories fold constant subtrees eagerly, so a tree never holds an operator whose operands
 * are all constants: {@code Param.PI.dividedBy(Param.constant(2))} is {@code Const(pi/2)}. The
 * binary records reject two constant operands to keep that invariant. Equality is structural, and
 * constants compare by their bits ({@code -0.0 != 0.0}), because readers and writers promise that
 * {@code parse(p.toQasm())} rebuilds the identical tree. Constants are always finite; folding that
 * would produce NaN or an infinity (division by zero, {@code ln(-1)}) throws
 * {@link IllegalArgumentException}, which readers turn into located errors.
 */
public sealed interface Param permits Param.Const, Param.Sym, Param.Neg, Param.Add, Param.Sub, Param.Mul,
        Param.Div, Param.Pow, Param.Fn {

    /** The constant pi, identical to {@code constant(Math.PI)}. */
    Param PI = new Const(Math.PI);

    static Param constant(double v) {
        return new Const(v);
    }

    static Param symbol(String name) {
        return new Sym(name);
    }

    /**
     * {@code name(arg)} for sin cos tan exp ln sqrt asin acos atan; OpenQASM 3's arcsin, arccos and
     * arctan are accepted as the same functions.
     */
    static Param function(String name, Param arg) {
        String canonical = Fn.canonical(name);
        Objects.requireNonNull(arg);
        if (arg instanceof Const) {
            return folded(Fn.apply(canonical, ((Const) arg).value()), canonical + "(" + arg.toQasm() + ")");
        }
        return new Fn(canonical, arg);
    }

    default Param plus(Param q) {
        if (this instanceof Const && q instanceof Const) {
            return folded(value() + q.value(), "sum");
        }
        return new Add(this, q);
    }

    default Param minus(Param q) {
        if (this instanceof Const && q instanceof Const) {
            return folded(value() - q.value(), "difference");
        }
        return new Sub(this, q);
    }

    default Param times(Param q) {
        if (this instanceof Const && q instanceof Const) {
            return folded(value() * q.value(), "product");
        }
        return new Mul(this, q);
    }

    default Param dividedBy(Param q) {
        if (this instanceof Const && q instanceof Const) {
            if (q.value() == 0) {
                throw new IllegalArgumentException("division by zero in " + toQasm() + "/" + q.toQasm());
            }
            return folded(value() / q.value(), "quotient");
        }
        return new Div(this, q);
    }

    default Param pow(Param q) {
        if (this instanceof Const && q instanceof Const) {
            return folded(Math.pow(value(), q.value()), toQasm() + " ** " + q.toQasm());
        }
        return new Pow(this, q);
    }

    default Param negate() {
        if (this instanceof Const) {
            return new Const(-value());
        }
        return new Neg(this);
    }

    default boolean isConstant() {
        return false;
    }

    /** The value of a constant; throws {@link IllegalStateException} for symbolic parameters. */
    default double value() {
        throw new IllegalStateException("parameter " + toQasm() + " is symbolic (free: " + free() + ")");
    }

    /**
     * Evaluates with the given symbol values; throws {@link IllegalArgumentException} naming an
     * unbound symbol, or when the result is not a finite number.
     */
    default double eval(Map<String, Double> env) {
        double v = evalTree(this, env);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("parameter " + toQasm() + " evaluates to " + v + " with " + env);
        }
        return v;
    }


    /** Names of the free symbols, sorted. */
    default Set<String> free() {
        Set<String> out = new TreeSet<>();
        collectSymbols(this, out);
        return Collections.unmodifiableSet(out);
    }


    /** Replaces symbols by the bound parameters (unbound symbols stay) and folds the result. */
    Param substitute(Map<String, Param> bindings);

    /** OpenQASM 3 expression text; see {@link #toQasm(int)}. */
    default String toQasm() {
        return ParamFormat.format(this, 3);
    }

    /**
     * OpenQASM expression text for version 2 or 3 (they differ in {@code **}/{@code ^} and in the
     * inverse trigonometric names). Constants print as float literals or, when that text evaluates
     * to the identical double, as a multiple of pi; parentheses are added exactly where needed for
     * the text to parse back into the same tree.
     */
    default String toQasm(int version) {
        return ParamFormat.format(this, version);
    }

    private static Param folded(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("constant expression " + what + " is not a finite number (" + v + ")");
        }
        return new Const(v);
    }

    private static void checkOperands(Param left, Param right) {
        Objects.requireNonNull(left);
        Objects.requireNonNull(right);
        if (left instanceof Const && right instanceof Const) {
            throw new IllegalArgumentException("use the Param factories: constant operands fold");
        }
    }

    /** Evaluation without the finiteness check, so that only the final result is judged. */
    private static double evalTree(Param p, Map<String, Double> env) {
        if (p instanceof Const) {
            return ((Const) p).value();
        }
        if (p instanceof Sym) {
            Double v = env.get(((Sym) p).name());
            if (v == null) {
                throw new IllegalArgumentException("unbound parameter '" + ((Sym) p).name() + "'");
            }
            return v;
        }
        if (p instanceof Neg) {
            return -evalTree(((Neg) p).arg(), env);
        }
        if (p instanceof Fn) {
            return Fn.apply(((Fn) p).name(), evalTree(((Fn) p).arg(), env));
        }
        Param[] lr = operands(p);
        double a = evalTree(lr[0], env);
        double b = evalTree(lr[1], env);
        if (p instanceof Add) {
            return a + b;
        }
        if (p instanceof Sub) {
            return a - b;
        }
        if (p instanceof Mul) {
            return a * b;
        }
        if (p instanceof Div) {
            return a / b;
        }
        return Math.pow(a, b);
    }

    private static void collectSymbols(Param p, Set<String> out) {
        if (p instanceof Sym) {
            out.add(((Sym) p).name());
        } else if (p instanceof Neg) {
            collectSymbols(((Neg) p).arg(), out);
        } else if (p instanceof Fn) {
            collectSymbols(((Fn) p).arg(), out);
        } else if (!(p instanceof Const)) {
            Param[] lr = operands(p);
            collectSymbols(lr[0], out);
            collectSymbols(lr[1], out);
        }
    }

    /** The two operands of a binary node. */
    private static Param[] operands(Param p) {
        if (p instanceof Add) {
            return new Param[] {((Add) p).left(), ((Add) p).right()};
        }
        if (p instanceof Sub) {
            return new Param[] {((Sub) p).left(), ((Sub) p).right()};
        }
        if (p instanceof Mul) {
            return new Param[] {((Mul) p).left(), ((Mul) p).right()};
        }
        if (p instanceof Div) {
            return new Param[] {((Div) p).left(), ((Div) p).right()};
        }
        return new Param[] {((Pow) p).left(), ((Pow) p).right()};
    }

    /** A finite constant. */
    record Const(double value) implements Param {
        public Const {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("parameter constant must be finite, got " + value);
            }
        }

        @Override
        public boolean isConstant() {
            return true;
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return this;
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** A free symbol. */
    record Sym(String name) implements Param {
        public Sym {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("empty parameter name");
            }
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            Param p = bindings.get(name);
            return p == null ? this : p;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code -arg} of a symbolic argument. */
    record Neg(Param arg) implements Param {
        public Neg {
            Objects.requireNonNull(arg);
            if (arg instanceof Const) {
                throw new IllegalArgumentException("use Param.negate(): constants fold");
            }
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return arg.substitute(bindings).negate();
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** {@code left + right}. */
    record Add(Param left, Param right) implements Param {
        public Add {
            checkOperands(left, right);
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return left.substitute(bindings).plus(right.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** {@code left - right}. */
    record Sub(Param left, Param right) implements Param {
        public Sub {
            checkOperands(left, right);
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return left.substitute(bindings).minus(right.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** {@code left * right}. */
    record Mul(Param left, Param right) implements Param {
        public Mul {
            checkOperands(left, right);
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return left.substitute(bindings).times(right.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** {@code left / right}. */
    record Div(Param left, Param right) implements Param {
        public Div {
            checkOperands(left, right);
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return left.substitute(bindings).dividedBy(right.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** {@code left ** right}. */
    record Pow(Param left, Param right) implements Param {
        public Pow {
            checkOperands(left, right);
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return left.substitute(bindings).pow(right.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

    /** A function of a symbolic argument; {@code name} is canonical (asin, not arcsin). */
    record Fn(String name, Param arg) implements Param {
        public Fn {
            name = canonical(name);
            Objects.requireNonNull(arg);
            if (arg instanceof Const) {
                throw new IllegalArgumentException("use Param.function(): constants fold");
            }
        }

        static String canonical(String name) {
            switch (name) {
                case "sin": case "cos": case "tan": case "exp": case "ln": case "sqrt":
                case "asin": case "acos": case "atan":
                    return name;
                case "arcsin": return "asin";
                case "arccos": return "acos";
                case "arctan": return "atan";
                default:
                    throw new IllegalArgumentException("unknown function '" + name
                            + "' (known: sin cos tan exp ln sqrt asin acos atan, or arcsin arccos arctan)");
            }
        }

        static double apply(String name, double x) {
            switch (name) {
                case "sin": return Math.sin(x);
                case "cos": return Math.cos(x);
                case "tan": return Math.tan(x);
                case "exp": return Math.exp(x);
                case "ln": return Math.log(x);
                case "sqrt": return Math.sqrt(x);
                case "asin": return Math.asin(x);
                case "acos": return Math.acos(x);
                default: return Math.atan(x);
            }
        }



        @Override
        public Param substitute(Map<String, Param> bindings) {
            return Param.function(name, arg.substitute(bindings));
        }

        @Override
        public String toString() {
            return toQasm();
        }
    }

}
