package qtool.ir;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A classical condition on an instruction: the unsigned integer formed by {@code clbits}
 * (index 0 is the least significant bit) compared with {@code value}.
 *
 * <p>OpenQASM 2's {@code if (c == 5)} is {@code EQ} over the whole register; OpenQASM 3's
 * {@code if (c[0])} is {@code EQ 1} over one bit and {@code else} branches use the negated
 * relation, so one record covers both languages.
 */
public final class Condition {
    /** Comparison between the register value and the constant. */
    public enum Relation {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The relation that holds exactly when this one does not. */
        public Relation negate() {
            switch (this) {
                case EQ: return NE;
                case NE: return EQ;
                case LT: return GE;
                case LE: return GT;
                case GT: return LE;
                default: return LT;
            }
        }

        public boolean test(BigInteger lhs, BigInteger rhs) {
            int c = lhs.compareTo(rhs);
            switch (this) {
                case EQ: return c == 0;
                case NE: return c != 0;
                case LT: return c < 0;
                case LE: return c <= 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
    }

    private final int[] clbits;
    private final Relation relation;
    private final BigInteger value;

    public Condition(int[] clbits, Relation relation, BigInteger value) {
        if (clbits.length == 0) {
            throw new IllegalArgumentException("a condition needs at least one bit");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("condition value must be non-negative: " + value);
        }
        this.clbits = clbits.clone();
        this.relation = Objects.requireNonNull(relation);
        this.value = value;
    }

    public int[] clbits() {
        return clbits.clone();
    }

    public int numClbits() {
        return clbits.length;
    }

    public int clbit(int i) {
        return clbits[i];
    }

    public Relation relation() {
        return relation;
    }

    public BigInteger value() {
        return value;
    }

    public Condition negate() {
        return new Condition(clbits, relation.negate(), value);
    }

    /** Evaluates the condition on a classical register state. */
    public boolean test(boolean[] bits) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < clbits.length; i++) {
            if (bits[clbits[i]]) {
                v = v.setBit(i);
            }
        }
        return relation.test(v, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition
                && Arrays.equals(clbits, ((Condition) o).clbits)
                && relation == ((Condition) o).relation
                && value.equals(((Condition) o).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(clbits), relation, value);
    }

    @Override
    public String toString() {
        return "bits" + Arrays.toString(clbits) + " " + relation.symbol() + " " + value;
    }
}
