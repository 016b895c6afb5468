package qtool.stim;

import java.util.Arrays;
import java.util.Objects;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * One instruction line of a Stim circuit: a {@link Gate} from the shared table, its parens
 * arguments, its packed {@link StimTarget}s and an optional tag ({@code H[tag] 0}).
 *
 * <p>Immutable: arrays are copied in and out. Equality compares arguments bit for bit
 * ({@code -0.0 != 0.0}), which is what a text round trip must preserve. An empty tag is stored as
 * null, because Stim treats {@code H[] 0} and {@code H 0} alike.
 */
public final class Operation implements StabilizerCircuit.Item {
    private final Gate gate;
    private final double[] args;
    private final int[] targets;
    private final String tag;

    public Operation(Gate gate, double[] args, int[] targets, String tag) {
        this.gate = Objects.requireNonNull(gate);
        if (gate.stimName() == null) {
            throw new IllegalArgumentException(gate.canonicalName() + " has no Stim form");
        }
        this.args = args.clone();
        this.targets = targets.clone();
        this.tag = tag == null || tag.isEmpty() ? null : tag;
    }

    public static Operation of(Gate gate, int... targets) {
        return new Operation(gate, new double[0], targets, null);
    }

    public Gate gate() {
        return gate;
    }

    public double[] args() {
        return args.clone();
    }

    public int numArgs() {
        return args.length;
    }

    public double arg(int i) {
        return args[i];
    }

    public int[] targets() {
        return targets.clone();
    }

    public int numTargets() {
        return targets.length;
    }

    public int target(int i) {
        return targets[i];
    }

    /** The tag, or null when there is none. */
    public String tag() {
        return tag;
    }

    /** Results this operation appends to the measurement record: one per target, or per product for MPP. */
    public int numMeasurements() {
        if (!gate.is(GateFlag.MEASURE)) {
            return 0;
        }
        if (gate != Gate.MPP) {
            return targets.length;
        }
        int combiners = 0;
        for (int t : targets) {
            if (StimTarget.isCombiner(t)) {
                combiners++;
            }
        }
        return targets.length - 2 * combiners;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Operation)) {
            return false;
        }
        Operation that = (Operation) o;
        return gate == that.gate && Arrays.equals(args, that.args) && Arrays.equals(targets, that.targets)
                && Objects.equals(tag, that.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, Arrays.hashCode(args), Arrays.hashCode(targets), tag);
    }

    @Override
    public String toString() {
        return StimWriter.line(this);
    }
}
