package qtool.dem;

/**
 * Packs one target of a detector error model instruction into a {@code long}: a detector
 * {@code D<k>}, a logical observable {@code L<k>} or the decomposition separator {@code ^}.
 *
 * <p>The encoding is chosen so that plain signed {@code long} order is Stim's target order
 * (detectors, then observables, then the separator), which fixes the order in which error
 * mechanisms are listed and the lexicographic comparisons the decomposition relies on.
 */
public final class DemTarget {
    /** The separator {@code ^} between the suggested graph-like pieces of one error. */
    public static final long SEPARATOR = Long.MAX_VALUE;
    /** Largest detector or observable index (Stim allows up to 2^62 - 1 detectors as well). */
    public static final long MAX_ID = (1L << 62) - 1;

    private static final long OBSERVABLE = 1L << 62;

    private DemTarget() {
    }

    public static long detector(long k) {
        return checked(k);
    }

    public static long observable(long k) {
        return checked(k) | OBSERVABLE;
    }

    public static boolean isSeparator(long t) {
        return t == SEPARATOR;
    }

    public static boolean isDetector(long t) {
        return t >= 0 && t < OBSERVABLE;
    }

    public static boolean isObservable(long t) {
        return t != SEPARATOR && (t & OBSERVABLE) != 0;
    }

    /** The index of a detector or observable target. */
    public static long id(long t) {
        return t & MAX_ID;
    }

    /** The same kind of target with its index moved by {@code shift} (detectors only; others unchanged). */
    public static long shiftDetector(long t, long shift) {
        return isDetector(t) ? checked(t + shift) : t;
    }

    /** {@code D5}, {@code L0} or {@code ^}. */
    public static String toString(long t) {
        if (isSeparator(t)) {
            return "^";
        }
        return (isObservable(t) ? "L" : "D") + id(t);
    }

    private static long checked(long k) {
        if (k < 0 || k > MAX_ID) {
            throw new IllegalArgumentException("id " + k + " is outside [0, 2^62)");
        }
        return k;
    }
}
