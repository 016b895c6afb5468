package qtool.stim;

import java.util.ArrayList;
import java.util.List;
import qtool.ir.Gate;

/**
 * An immutable Stim circuit: a list of {@link Operation}s and {@link RepeatBlock}s, as in Stim's
 * own {@code Circuit} (flat instructions plus child blocks, targets packed into ints).
 *
 * <p>Sizes are computed once, at construction, with repeat blocks multiplied out: the number of
 * qubits (largest qubit target + 1), measurement results, detectors, and observables (largest
 * {@code OBSERVABLE_INCLUDE} index + 1). Counts are {@code long} because a block may repeat up to
 * 10^18 times; an overflowing count throws {@link ArithmeticException}. Cost is linear in the
 * number of stored targets, not in the repeated size.
 */
public final class StabilizerCircuit {
    /** An element of a circuit: an operation or a repeat block. */
    public sealed interface Item permits Operation, RepeatBlock {
    }

    private static final StabilizerCircuit EMPTY = new StabilizerCircuit(List.of());

    private final List<Item> items;
    private final int numQubits;
    private final long numMeasurements;
    private final long numDetectors;
    private final int numObservables;

    private StabilizerCircuit(List<Item> items) {
        this.items = List.copyOf(items);
        int qubits = 0;
        long measurements = 0;
        long detectors = 0;
        int observables = 0;
        for (Item item : this.items) {
            if (item instanceof RepeatBlock) {
                RepeatBlock r = (RepeatBlock) item;
                StabilizerCircuit b = r.body();
                qubits = Math.max(qubits, b.numQubits);
                measurements = Math.addExact(measurements, Math.multiplyExact(r.count(), b.numMeasurements));
                detectors = Math.addExact(detectors, Math.multiplyExact(r.count(), b.numDetectors));
                observables = Math.max(observables, b.numObservables);
                continue;
            }
            Operation op = (Operation) item;
            for (int i = 0; i < op.numTargets(); i++) {
                int t = op.target(i);
                if (StimTarget.hasQubit(t)) {
                    qubits = Math.max(qubits, StimTarget.value(t) + 1);
                }
            }
            measurements += op.numMeasurements();
            if (op.gate() == Gate.DETECTOR) {
                detectors++;
            } else if (op.gate() == Gate.OBSERVABLE_INCLUDE) {
                observables = Math.max(observables, (int) op.arg(0) + 1);
            }
        }
        this.numQubits = qubits;
        this.numMeasurements = measurements;
        this.numDetectors = detectors;
        this.numObservables = observables;
    }

    public static StabilizerCircuit empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Item> items() {
        return items;
    }

    public int numQubits() {
        return numQubits;
    }

    public long numMeasurements() {
        return numMeasurements;
    }

    public long numDetectors() {
        return numDetectors;
    }

    public int numObservables() {
        return numObservables;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StabilizerCircuit && items.equals(((StabilizerCircuit) o).items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    /** The circuit in Stim's text format. */
    @Override
    public String toString() {
        return StimWriter.write(this);
    }

    /** Collects items in order; {@link #build} may be called more than once. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Item item) {
            items.add(item);
            return this;
        }

        public Builder add(Gate gate, int... targets) {
            return add(Operation.of(gate, targets));
        }

        public Builder repeat(long count, StabilizerCircuit body) {
            return add(new RepeatBlock(count, body, null));
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }

        public StabilizerCircuit build() {
            return items.isEmpty() ? EMPTY : new StabilizerCircuit(items);
        }
    }
}
