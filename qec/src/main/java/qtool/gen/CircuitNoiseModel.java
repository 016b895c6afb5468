package qtool.gen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Adds circuit-level noise to a noiseless circuit, moment by moment (a moment is the run of
 * operations between two TICKs), in the style of the gen library used by the magic-state
 * cultivation and RP² papers: noise after each gate on its qubits, flips on measurement results,
 * errors after resets, and depolarization on the qubits a moment leaves idle.
 *
 * <p>Two standard models: {@link #uniform} (every rule at strength p; qec.md's model of both
 * cultivation papers) and {@link #si1000} (Gidney, Newman, Fowler, Broughton, "A Fault-Tolerant
 * Honeycomb Memory", 2021: 1-qubit gates and idling p/10, 2-qubit gates p, measurement flips 5p
 * followed by depolarization p, resets 2p, and an extra 2p on qubits idling while others are
 * measured or reset). Gates with a classical control ({@code CX rec[-1] 0}) are Pauli feedback and
 * get no noise; existing noise channels and annotations pass through unchanged.
 *
 * @param oneQubit DEPOLARIZE1 after each 1-qubit Clifford
 * @param twoQubit DEPOLARIZE2 after each 2-qubit Clifford
 * @param idle DEPOLARIZE1 on each qubit a moment does not touch
 * @param idleDuringMeasureOrReset extra DEPOLARIZE1 on idle qubits in moments with a measurement or reset
 * @param measureFlip probability that a measurement result is flipped
 * @param afterMeasure DEPOLARIZE1 after each measurement (not after measure-reset)
 * @param afterReset X_ERROR (Z_ERROR for X-basis resets) after each reset
 * @param beforeMeasure the RP² authors' conventions (Chen, Chen, Lu, Pan 2025, {@link #uniformBeforeMeasure}):
 *        when true, {@code measureFlip} is placed as X_ERROR (Z_ERROR for MX) on the qubits just
 *        before each single-qubit measurement instead of flipping its result (MPP keeps the
 *        result flip), and classically controlled feedback ({@code CX rec[-1] q}) is a Pauli-frame
 *        update that leaves its target idle rather than occupying it; idle noise goes only to
 *        live qubits (touched before and not measured since, like the authors' active set)
 *        instead of every qubit the circuit uses
 */
public record CircuitNoiseModel(double oneQubit, double twoQubit, double idle, double idleDuringMeasureOrReset,
        double measureFlip, double afterMeasure, double afterReset, boolean beforeMeasure) {

    /** The gen-library placement: measurement noise flips results, feedback occupies its target. */
    public CircuitNoiseModel(double oneQubit, double twoQubit, double idle, double idleDuringMeasureOrReset,
            double measureFlip, double afterMeasure, double afterReset) {
        this(oneQubit, twoQubit, idle, idleDuringMeasureOrReset, measureFlip, afterMeasure, afterReset, false);
    }

    public static CircuitNoiseModel uniform(double p) {
        return new CircuitNoiseModel(p, p, p, 0, p, p, p);
    }

    /**
     * The uniform model as the RP² cultivation circuits place it (qec.md §7, the authors'
     * rp_3_T_cult.stim): DEPOLARIZE2(p) after 2-qubit gates, DEPOLARIZE1(p) after 1-qubit gates and
     * on idle live qubits, X_ERROR/Z_ERROR(p) after R/RX and <em>before</em> M/MX, nothing after a
     * measurement, and Pauli feedback that does not occupy its target. For a qubit that is reset
     * or discarded after its measurement the measurement rule gives the same error model as
     * {@link #uniform}'s result flip, and idling outside the live span has no effect; what changes
     * the error model is that feedback targets still idle.
     */
    public static CircuitNoiseModel uniformBeforeMeasure(double p) {
        return new CircuitNoiseModel(p, p, p, 0, p, 0, p, true);
    }

    public static CircuitNoiseModel si1000(double p) {
        return new CircuitNoiseModel(p / 10, p, p / 10, 2 * p, 5 * p, p, 2 * p);
    }

    /** The model a target's {@code noise} block names. */
    public static CircuitNoiseModel of(qtool.target.NoiseModel target) {
        return switch (target.model()) {
            case UNIFORM_DEPOLARIZING -> uniform(target.p());
            case SI1000 -> si1000(target.p());
        };
    }

    /** The noisy version of {@code c}. */
    public StabilizerCircuit apply(StabilizerCircuit c) {
        BitSet used = new BitSet();
        if (!beforeMeasure) {
            collectQubits(c, used);
        } // else 'used' is the live set: qubits join when first touched and leave when measured
        StabilizerCircuit.Builder out = StabilizerCircuit.builder();
        applyBlock(c, used, out);
        return out.build();
    }

    private void applyBlock(StabilizerCircuit c, BitSet used, StabilizerCircuit.Builder out) {
        Moment moment = new Moment();
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock r) {
                moment.close(used, out);
                StabilizerCircuit.Builder body = StabilizerCircuit.builder();
                applyBlock(r.body(), used, body);
                out.add(new RepeatBlock(r.count(), body.build(), r.tag()));
                continue;
            }
            Operation op = (Operation) item;
            if (op.gate() == Gate.TICK) {
                moment.close(used, out);
                out.add(op);
            } else {
                moment.add(op, out);
            }
        }
        moment.close(used, out);
    }

    /** The qubits touched so far in the current moment and whether it measured or reset. */
    private final class Moment {
        final BitSet touched = new BitSet();
        /** Qubits measured without a reset: no longer live in the beforeMeasure convention. */
        final BitSet measuredOut = new BitSet();
        boolean measuresOrResets;
        boolean any;

        void add(Operation op, StabilizerCircuit.Builder out) {
            Gate g = op.gate();
            if (g.is(GateFlag.NOISE) || g.is(GateFlag.ANNOTATION)) {
                out.add(op);
                return;
            }
            any = true;
            int[] qubits = qubitTargets(op);
            // In the beforeMeasure convention a classically controlled Pauli is a frame update: only
            // pairs of two quantum targets occupy their qubits.
            boolean frameFeedback = beforeMeasure && g.is(GateFlag.UNITARY) && g.numQubits() == 2;
            for (int q : frameFeedback ? quantumPairs(op) : qubits) {
                touched.set(q);
            }
            if (g.is(GateFlag.MEASURE) && beforeMeasure && g != Gate.MPP) {
                measuresOrResets = true;
                antiBasisError(g, measureFlip, qubits, out);
                out.add(op);
                if (g.is(GateFlag.RESET)) {
                    resetError(g, qubits, out);
                } else {
                    for (int q : qubits) {
                        measuredOut.set(q);
                    }
                }
            } else if (g.is(GateFlag.MEASURE)) {
                measuresOrResets = true;
                boolean flipArgAllowed = g.stimMaxArgs() >= 1 && op.numArgs() == 0 && measureFlip > 0;
                out.add(flipArgAllowed ? new Operation(g, new double[] {measureFlip}, op.targets(), op.tag()) : op);
                if (g.is(GateFlag.RESET)) {
                    resetError(g, qubits, out);
                } else {
                    channel(Gate.DEPOLARIZE1, afterMeasure, qubits, out);
                }
            } else if (g.is(GateFlag.RESET)) {
                measuresOrResets = true;
                out.add(op);
                resetError(g, qubits, out);
            } else if (g.is(GateFlag.UNITARY) && g.numQubits() == 2) {
                out.add(op);
                channel(Gate.DEPOLARIZE2, twoQubit, quantumPairs(op), out);
            } else if (g.is(GateFlag.UNITARY)) {
                out.add(op);
                channel(Gate.DEPOLARIZE1, oneQubit, qubits, out);
            } else {
                out.add(op);
            }
        }

        /** Idle noise for a moment that did something (an empty moment is not a time step). */
        void close(BitSet used, StabilizerCircuit.Builder out) {
            if (any) {
                BitSet idleSet = (BitSet) used.clone();
                idleSet.andNot(touched);
                int[] idleQubits = idleSet.stream().toArray();
                channel(Gate.DEPOLARIZE1, idle, idleQubits, out);
                if (measuresOrResets) {
                    channel(Gate.DEPOLARIZE1, idleDuringMeasureOrReset, idleQubits, out);
                }
            }
            if (beforeMeasure) {
                used.or(touched);
                used.andNot(measuredOut);
            }
            measuredOut.clear();
            touched.clear();
            measuresOrResets = false;
            any = false;
        }
    }

    private void resetError(Gate g, int[] qubits, StabilizerCircuit.Builder out) {
        antiBasisError(g, afterReset, qubits, out);
    }

    /** Z_ERROR for X-basis measurements and resets, X_ERROR otherwise. */
    private static void antiBasisError(Gate g, double p, int[] qubits, StabilizerCircuit.Builder out) {
        boolean xBasis = g == Gate.RESET_X || g == Gate.MEASURE_RESET_X || g == Gate.MEASURE_X;
        channel(xBasis ? Gate.Z_ERROR : Gate.X_ERROR, p, qubits, out);
    }

    private static void channel(Gate g, double p, int[] qubits, StabilizerCircuit.Builder out) {
        if (p > 0 && qubits.length > 0) {
            out.add(new Operation(g, new double[] {p}, qubits, null));
        }
    }

    /** The qubit of every qubit or Pauli target (MPP products included), in order. */
    private static int[] qubitTargets(Operation op) {
        List<Integer> qs = new ArrayList<>();
        for (int i = 0; i < op.numTargets(); i++) {
            int t = op.target(i);
            if (StimTarget.hasQubit(t)) {
                qs.add(StimTarget.value(t));
            }
        }
        return qs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Target pairs of a 2-qubit gate where both sides are qubits (classically controlled pairs are skipped). */
    private static int[] quantumPairs(Operation op) {
        List<Integer> qs = new ArrayList<>();
        for (int i = 0; i + 1 < op.numTargets(); i += 2) {
            int a = op.target(i);
            int b = op.target(i + 1);
            if (StimTarget.isQubit(a) && StimTarget.isQubit(b)) {
                qs.add(StimTarget.value(a));
                qs.add(StimTarget.value(b));
            }
        }
        return qs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void collectQubits(StabilizerCircuit c, BitSet used) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock r) {
                collectQubits(r.body(), used);
            } else {
                Operation op = (Operation) item;
                if (!op.gate().is(GateFlag.ANNOTATION)) {
                    for (int q : qubitTargets(op)) {
                        used.set(q);
                    }
                }
            }
        }
    }
}
