package qtool.target;

/**
 * Per-qubit properties in SI units, as Qiskit's {@code QubitProperties} plus the readout error:
 * relaxation time T1 and dephasing time T2 in seconds, frequency in Hz, readout error as a
 * probability. Every field may be null (unknown); trapped ions, for instance, have no meaningful T1.
 */
public record QubitProps(Double t1, Double t2, Double frequency, Double readoutError) {
    /** Nothing known about the qubit. */
    public static final QubitProps EMPTY = new QubitProps(null, null, null, null);

    public QubitProps {
        nonNegative("t1", t1);
        nonNegative("t2", t2);
        nonNegative("frequency", frequency);
        if (readoutError != null && !(readoutError >= 0 && readoutError <= 1)) {
            throw new IllegalArgumentException("readout_error must be a probability in [0, 1], not " + readoutError);
        }
    }

    public boolean isEmpty() {
        return t1 == null && t2 == null && frequency == null && readoutError == null;
    }

    private static void nonNegative(String what, Double v) {
        if (v != null && !(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, not " + v);
        }
    }
}
