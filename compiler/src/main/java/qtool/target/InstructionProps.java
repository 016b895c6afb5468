package qtool.target;

/**
 * Calibration data of one instruction on one operand tuple, as Qiskit's
 * {@code InstructionProperties}: a duration in seconds and an error probability. Either may be
 * null (unknown), which is different from zero: a virtual {@code rz} has duration 0 and error 0.
 */
public record InstructionProps(Double durationSeconds, Double error) {
    /** No data at all. */
    public static final InstructionProps EMPTY = new InstructionProps(null, null);

    public InstructionProps {
        if (durationSeconds != null && !(durationSeconds >= 0 && Double.isFinite(durationSeconds))) {
            throw new IllegalArgumentException("duration must be a finite number >= 0, not " + durationSeconds);
        }
        if (error != null && !(error >= 0 && error <= 1)) {
            throw new IllegalArgumentException("error must be a probability in [0, 1], not " + error);
        }
    }

    public boolean isEmpty() {
        return durationSeconds == null && error == null;
    }
}
