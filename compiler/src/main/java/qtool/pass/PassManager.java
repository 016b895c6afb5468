package qtool.pass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qtool.ir.Circuit;

/**
 * Runs passes in order, threading one {@link PropertySet} through them and recording a
 * {@link PassTiming} per pass run under {@link #TIMINGS}.
 *
 * <p>Deliberately tiny (architecture §2.5): a list plus one loop helper,
 * {@link #untilFixedPoint}, instead of Qiskit's flow-controller classes. Cost is the sum of the
 * passes' costs plus O(1) bookkeeping per pass run.
 */
public final class PassManager {
    /** Timings of every pass run, in order (inner passes of a fixed-point loop included). */
    public static final PropertySet.Key<List<PassTiming>> TIMINGS = PropertySet.key("pass_timings");
    /** Safety cap on {@link #untilFixedPoint} iterations; a loop that hits it stops there. */
    public static final int MAX_FIXED_POINT_ITERATIONS = 1000;

    private final List<Pass> passes;

    public PassManager(List<Pass> passes) {
        this.passes = List.copyOf(passes);
    }

    public PassManager(Pass... passes) {
        this(List.of(passes));
    }

    public List<Pass> passes() {
        return passes;
    }

    /** A manager with {@code pass} appended (managers are immutable). */
    public PassManager with(Pass pass) {
        List<Pass> more = new ArrayList<>(passes);
        more.add(Objects.requireNonNull(pass));
        return new PassManager(more);
    }

    /** Runs every pass with a fresh property set. */
    public Circuit run(Circuit in) {
        return run(in, new PropertySet());
    }

    public Circuit run(Circuit in, PropertySet props) {
        Circuit c = in;
        for (Pass p : passes) {
            c = timed(p, c, props);
        }
        return c;
    }

    /**
     * A pass that runs {@code body} repeatedly until the property {@code watched} has the same
     * value (by {@code equals}) after two consecutive rounds, like Qiskit's
     * {@code FixedPoint("depth")} + do-while loop. The body must write {@code watched} with an
     * immutable value every round (a depth, a size). Stops after
     * {@link #MAX_FIXED_POINT_ITERATIONS} rounds regardless.
     */
    public static Pass untilFixedPoint(PropertySet.Key<?> watched, Pass... body) {
        List<Pass> loop = List.of(body);
        String name = "fixed-point(" + watched.name() + ")";
        return new Pass() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Circuit run(Circuit in, PropertySet props) {
                Circuit c = in;
                Object previous = null;
                for (int round = 0; round < MAX_FIXED_POINT_ITERATIONS; round++) {
                    for (Pass p : loop) {
                        c = timed(p, c, props);
                    }
                    Object now = props.get(watched);
                    if (round > 0 && Objects.equals(previous, now)) {
                        break;
                    }
                    previous = now;
                }
                return c;
            }
        };
    }

    private static Circuit timed(Pass p, Circuit c, PropertySet props) {
        long t0 = System.nanoTime();
        Circuit out = Objects.requireNonNull(p.run(c, props), () -> p.name() + " returned null");
        long dt = System.nanoTime() - t0;
        List<PassTiming> timings = props.get(TIMINGS);
        if (timings == null) {
            timings = new ArrayList<>();
            props.put(TIMINGS, timings);
        }
        timings.add(new PassTiming(p.name(), dt, c.size(), out.size()));
        return out;
    }
}
