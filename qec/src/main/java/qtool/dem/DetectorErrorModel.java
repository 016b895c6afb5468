package qtool.dem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable detector error model (Stim's doc/file_format_dem_detector_error_model.md): a list of
 * instructions, where {@code repeat} blocks hold a nested model.
 *
 * <p>Error mechanisms are independent; a shot's symptoms are the XOR of the targets of the
 * mechanisms that fired. Targets are packed {@link DemTarget}s and are relative to the detector
 * offset accumulated by earlier {@code shift_detectors} instructions, exactly as in the text.
 * Equality compares numbers bit for bit, which is what a text round trip must preserve.
 */
public final class DetectorErrorModel {
    /** One line (or block) of a model. */
    public sealed interface Instruction permits Error, Detector, LogicalObservable, ShiftDetectors, Repeat {
    }

    /** {@code error(p) D0 D1 ^ D2 L0}: targets may contain {@link DemTarget#SEPARATOR}. */
    public record Error(double probability, long[] targets) implements Instruction {
        public Error {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("error probability " + probability + " is outside [0, 1]");
            }
            targets = targets.clone();
        }

        @Override
        public long[] targets() {
            return targets.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Error e && Double.doubleToRawLongBits(probability) == Double
                    .doubleToRawLongBits(e.probability) && Arrays.equals(targets, e.targets);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(probability) + Arrays.hashCode(targets);
        }

        @Override
        public String toString() {
            return DemWriter.line(this);
        }
    }

    /** {@code detector(coords) D<k>}: declares detectors and optionally their coordinates. */
    public record Detector(double[] coordinates, long[] targets) implements Instruction {
        public Detector {
            coordinates = coordinates.clone();
            targets = targets.clone();
        }

        @Override
        public double[] coordinates() {
            return coordinates.clone();
        }

        @Override
        public long[] targets() {
            return targets.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Detector d && Arrays.equals(coordinates, d.coordinates)
                    && Arrays.equals(targets, d.targets);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(coordinates) + Arrays.hashCode(targets);
        }

        @Override
        public String toString() {
            return DemWriter.line(this);
        }
    }

    /** {@code logical_observable L<k>}: declares observables. */
    public record LogicalObservable(long[] targets) implements Instruction {
        public LogicalObservable {
            targets = targets.clone();
        }

        @Override
        public long[] targets() {
            return targets.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogicalObservable l && Arrays.equals(targets, l.targets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(targets);
        }

        @Override
        public String toString() {
            return DemWriter.line(this);
        }
    }

    /** {@code shift_detectors(coords) n}: later detector indices and coordinates are offset. */
    public record ShiftDetectors(double[] coordinates, long shift) implements Instruction {
        public ShiftDetectors {
            if (shift < 0) {
                throw new IllegalArgumentException("negative detector shift " + shift);
            }
            coordinates = coordinates.clone();
        }

        @Override
        public double[] coordinates() {
            return coordinates.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ShiftDetectors s && shift == s.shift && Arrays.equals(coordinates, s.coordinates);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(coordinates) + Long.hashCode(shift);
        }

        @Override
        public String toString() {
            return DemWriter.line(this);
        }
    }

    /** {@code repeat N { ... }}. */
    public record Repeat(long count, DetectorErrorModel body) implements Instruction {
        public Repeat {
            if (count < 0) {
                throw new IllegalArgumentException("negative repeat count " + count);
            }
            Objects.requireNonNull(body);
        }
    }

    private final List<Instruction> instructions;

    public DetectorErrorModel(List<Instruction> instructions) {
        this.instructions = List.copyOf(instructions);
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    /** Total detector shift of this model (shift_detectors, repeats multiplied out). */
    public long totalDetectorShift() {
        long total = 0;
        for (Instruction i : instructions) {
            if (i instanceof ShiftDetectors s) {
                total = Math.addExact(total, s.shift());
            } else if (i instanceof Repeat r) {
                total = Math.addExact(total, Math.multiplyExact(r.count(), r.body().totalDetectorShift()));
            }
        }
        return total;
    }

    /** One more than the largest absolute detector index mentioned (0 when there is none). */
    public long numDetectors() {
        long[] state = {0, 0};
        visit(this, 0, state, null);
        return state[0];
    }

    /** One more than the largest observable index mentioned (0 when there is none). */
    public long numObservables() {
        long[] state = {0, 0};
        visit(this, 0, state, null);
        return state[1];
    }

    /**
     * Every error mechanism with repeats unrolled and detector indices made absolute, in order.
     * Cost is the unrolled size, so this is meant for tests and small models.
     */
    public List<Error> flattenedErrors() {
        List<Error> out = new ArrayList<>();
        visit(this, 0, new long[2], out);
        return out;
    }

    /** Walks the model; returns the offset after it. state = {numDetectors, numObservables}. */
    private static long visit(DetectorErrorModel m, long offset, long[] state, List<Error> errors) {
        for (Instruction i : m.instructions) {
            if (i instanceof ShiftDetectors s) {
                offset += s.shift();
            } else if (i instanceof Repeat r) {
                if (errors == null && r.count() > 2) {
                    // Sizes only: two passes find the per-iteration shift; the last iteration bounds.
                    long before = offset;
                    long after = visit(r.body(), offset, state, null);
                    long per = after - before;
                    offset = visit(r.body(), before + per * (r.count() - 1), state, null);
                } else {
                    for (long k = 0; k < r.count(); k++) {
                        offset = visit(r.body(), offset, state, errors);
                    }
                }
            } else {
                long[] targets = i instanceof Error e ? e.targets : i instanceof Detector d ? d.targets
                        : ((LogicalObservable) i).targets;
                long[] shifted = targets.clone();
                for (int k = 0; k < shifted.length; k++) {
                    shifted[k] = DemTarget.shiftDetector(targets[k], offset);
                    if (DemTarget.isDetector(shifted[k])) {
                        state[0] = Math.max(state[0], shifted[k] + 1);
                    } else if (DemTarget.isObservable(shifted[k])) {
                        state[1] = Math.max(state[1], DemTarget.id(shifted[k]) + 1);
                    }
                }
                if (errors != null && i instanceof Error e) {
                    errors.add(new Error(e.probability(), shifted));
                }
            }
        }
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetectorErrorModel m && instructions.equals(m.instructions);
    }

    @Override
    public int hashCode() {
        return instructions.hashCode();
    }

    /** The model in Stim's text format. */
    @Override
    public String toString() {
        return DemWriter.write(this);
    }
}
