package qtool.stim;

/**
 * Packs one target of a Stim instruction into an {@code int}, as Stim's {@code GateTarget} does,
 * so that an operation's targets are a flat {@code int[]} rather than a list of objects.
 *
 * <p>The low 24 bits hold the value (qubit index, look-back {@code k} of {@code rec[-k]}, or sweep
 * bit index); the high bits say what kind of target it is. Pauli targets set an X bit, a Z bit or
 * both (Y), and may be inverted like qubit targets. The combiner {@code *} is a target of its own
 * that glues the Pauli targets on either side into one product.
 */
public final class StimTarget {
    /** The largest value a target can hold (Stim's limit of 2^24 - 1 as well). */
    public static final int MAX_VALUE = (1 << 24) - 1;
    /** The {@code *} between Pauli targets of one product. */
    public static final int COMBINER = 1 << 27;

    private static final int INVERTED = 1 << 31;
    private static final int PAULI_X = 1 << 30;
    private static final int PAULI_Z = 1 << 29;
    private static final int REC = 1 << 28;
    private static final int SWEEP = 1 << 26;

    private StimTarget() {
    }

    public static int qubit(int q) {
        return checked(q);
    }

    /** {@code !q}: the qubit with its recorded measurement result inverted. */
    public static int invertedQubit(int q) {
        return checked(q) | INVERTED;
    }

    /** {@code rec[-lookback]}; {@code lookback} is positive. */
    public static int rec(int lookback) {
        if (lookback < 1) {
            throw new IllegalArgumentException("rec[-k] needs k >= 1, got " + lookback);
        }
        return checked(lookback) | REC;
    }

    public static int sweep(int bit) {
        return checked(bit) | SWEEP;
    }

    /** A Pauli target {@code X q}, {@code Y q} or {@code Z q}, optionally inverted ({@code !X q}). */
    public static int pauli(char basis, int q, boolean inverted) {
        int bits;
        switch (Character.toUpperCase(basis)) {
            case 'X': bits = PAULI_X; break;
            case 'Y': bits = PAULI_X | PAULI_Z; break;
            case 'Z': bits = PAULI_Z; break;
            default: throw new IllegalArgumentException("not a Pauli: " + basis);
        }
        return checked(q) | bits | (inverted ? INVERTED : 0);
    }

    /** The qubit index, look-back, or sweep bit, depending on the kind. */
    public static int value(int t) {
        return t & MAX_VALUE;
    }

    public static boolean isInverted(int t) {
        return (t & INVERTED) != 0;
    }

    public static boolean isCombiner(int t) {
        return t == COMBINER;
    }

    public static boolean isRec(int t) {
        return (t & REC) != 0;
    }

    public static boolean isSweep(int t) {
        return (t & SWEEP) != 0;
    }

    public static boolean isPauli(int t) {
        return (t & (PAULI_X | PAULI_Z)) != 0;
    }

    /** A plain or inverted qubit target (not Pauli, record, sweep or combiner). */
    public static boolean isQubit(int t) {
        return (t & (PAULI_X | PAULI_Z | REC | SWEEP | COMBINER)) == 0;
    }

    /** Whether the target names a qubit (plain, inverted or Pauli). */
    public static boolean hasQubit(int t) {
        return isQubit(t) || isPauli(t);
    }

    /** {@code 'X'}, {@code 'Y'} or {@code 'Z'} for a Pauli target. */
    public static char pauliBasis(int t) {
        boolean x = (t & PAULI_X) != 0;
        boolean z = (t & PAULI_Z) != 0;
        if (!x && !z) {
            throw new IllegalArgumentException("not a Pauli target: " + toString(t));
        }
        return x && z ? 'Y' : x ? 'X' : 'Z';
    }

    /** Stim's spelling: {@code 5}, {@code !5}, {@code rec[-2]}, {@code sweep[3]}, {@code !X4}, {@code *}. */
    public static String toString(int t) {
        if (isCombiner(t)) {
            return "*";
        }
        String inv = isInverted(t) ? "!" : "";
        if (isRec(t)) {
            return "rec[-" + value(t) + "]";
        }
        if (isSweep(t)) {
            return "sweep[" + value(t) + "]";
        }
        if (isPauli(t)) {
            return inv + pauliBasis(t) + value(t);
        }
        return inv + value(t);
    }

    private static int checked(int v) {
        if (v < 0 || v > MAX_VALUE) {
            throw new IllegalArgumentException("target value " + v + " is outside [0, " + MAX_VALUE + "]");
        }
        return v;
    }
}
