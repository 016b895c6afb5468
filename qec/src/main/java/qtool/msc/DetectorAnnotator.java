package qtool.msc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.sim.MeasurementPredictor;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Gives a noiseless circuit written without annotations all its detectors and its observable: one
 * detector per deterministic measurement result ({@link MeasurementPredictor}), comparing the
 * result with the earlier results that predict it, placed right after the measuring instruction.
 * These detectors span every parity check of the circuit, so post-selecting on them is the same as
 * post-selecting on any complete hand-written set. One chosen deterministic result is the
 * observable instead. Detector coordinates are (x, y, stage, stage): the measured qubit's position
 * (the mean position for a product) and the stage of the result, so a shot's first firing stage is
 * the same for any complete detector set whose detectors end in their stage.
 *
 * <p>The circuit comes in segments (a noisy body and a noiseless readout, say), annotated in order
 * with one running record count.
 */
final class DetectorAnnotator {
    /** The annotated segments and, per detector, its records, stage and noiseless value. */
    record Result(List<StabilizerCircuit> segments, List<long[]> detectorRecords, List<Integer> detectorStages,
            List<Boolean> detectorValues, long[] observableRecords, boolean observableValue) {
    }

    private DetectorAnnotator() {
    }

    /**
     * @param observableRecord the deterministic result that is the observable (with its predictors)
     * @param stageOf          the stage of each record index
     */
    static Result annotate(List<StabilizerCircuit> segments, long observableRecord, LongUnaryOperator stageOf) {
        StabilizerCircuit.Builder whole = StabilizerCircuit.builder();
        for (StabilizerCircuit s : segments) {
            s.items().forEach(whole::add);
        }
        List<MeasurementPredictor.Prediction> predictions = MeasurementPredictor.predict(whole.build());
        State st = new State(predictions, observableRecord, stageOf);
        List<StabilizerCircuit> out = new ArrayList<>();
        for (StabilizerCircuit s : segments) {
            StabilizerCircuit.Builder b = StabilizerCircuit.builder();
            for (StabilizerCircuit.Item item : s.items()) {
                if (item instanceof RepeatBlock) {
                    throw new IllegalArgumentException("repeat blocks are not annotated; unroll them");
                }
                st.add((Operation) item, b);
            }
            out.add(b.build());
        }
        if (st.observable == null) {
            throw new IllegalArgumentException("no measurement " + observableRecord + " for the observable");
        }
        return new Result(Collections.unmodifiableList(out), Collections.unmodifiableList(st.detectorRecords),
                Collections.unmodifiableList(st.detectorStages), Collections.unmodifiableList(st.detectorValues),
                st.observable, st.observableValue);
    }

    private static final class State {
        final List<MeasurementPredictor.Prediction> predictions;
        final long observableRecord;
        final LongUnaryOperator stageOf;
        final Map<Integer, double[]> coords = new HashMap<>();
        final List<long[]> detectorRecords = new ArrayList<>();
        final List<Integer> detectorStages = new ArrayList<>();
        final List<Boolean> detectorValues = new ArrayList<>();
        long[] observable;
        boolean observableValue;
        long measured;

        State(List<MeasurementPredictor.Prediction> predictions, long observableRecord, LongUnaryOperator stageOf) {
            this.predictions = predictions;
            this.observableRecord = observableRecord;
            this.stageOf = stageOf;
        }

        void add(Operation op, StabilizerCircuit.Builder b) {
            Gate g = op.gate();
            if (g == Gate.DETECTOR || g == Gate.OBSERVABLE_INCLUDE) {
                throw new IllegalArgumentException("the circuit already has annotations: " + op);
            }
            b.add(op);
            if (g == Gate.QUBIT_COORDS) {
                for (int i = 0; i < op.numTargets(); i++) {
                    coords.put(StimTarget.value(op.target(i)), op.args());
                }
                return;
            }
            if (!g.is(GateFlag.MEASURE)) {
                return;
            }
            List<int[]> results = resultQubits(op);
            long first = measured;
            measured += results.size();
            for (int i = 0; i < results.size(); i++) {
                long k = first + i;
                MeasurementPredictor.Prediction p = predictions.get(Math.toIntExact(k));
                if (p == null) {
                    if (k == observableRecord) {
                        throw new IllegalStateException("the observable's measurement " + k + " is random");
                    }
                    continue;
                }
                long[] recs = withResult(p.records(), k);
                int[] targets = new int[recs.length];
                for (int j = 0; j < recs.length; j++) {
                    targets[j] = StimTarget.rec(Math.toIntExact(measured - recs[j]));
                }
                if (k == observableRecord) {
                    observable = recs;
                    observableValue = p.flipped();
                    b.add(new Operation(Gate.OBSERVABLE_INCLUDE, new double[] {0}, targets, null));
                    continue;
                }
                int stage = (int) stageOf.applyAsLong(k);
                double[] at = centroid(results.get(i));
                b.add(new Operation(Gate.DETECTOR, new double[] {at[0], at[1], stage, stage}, targets, null));
                detectorRecords.add(recs);
                detectorStages.add(stage);
                detectorValues.add(p.flipped());
            }
        }

        private double[] centroid(int[] qubits) {
            double x = 0;
            double y = 0;
            for (int q : qubits) {
                double[] c = coords.get(q);
                if (c == null || c.length < 2) {
                    throw new IllegalArgumentException("qubit " + q + " has no coordinates");
                }
                x += c[0];
                y += c[1];
            }
            return new double[] {x / qubits.length, y / qubits.length};
        }
    }

    /** The qubits of each result of a measuring instruction (a product's qubits for MPP). */
    private static List<int[]> resultQubits(Operation op) {
        List<int[]> out = new ArrayList<>();
        if (op.gate() != Gate.MPP) {
            for (int i = 0; i < op.numTargets(); i++) {
                out.add(new int[] {StimTarget.value(op.target(i))});
            }
            return out;
        }
        List<Integer> product = new ArrayList<>();
        for (int i = 0; i < op.numTargets(); i++) {
            int t = op.target(i);
            if (StimTarget.isCombiner(t)) {
                continue;
            }
            product.add(StimTarget.value(t));
            if (i + 1 >= op.numTargets() || !StimTarget.isCombiner(op.target(i + 1))) {
                out.add(product.stream().mapToInt(Integer::intValue).toArray());
                product.clear();
            }
        }
        return out;
    }

    private static long[] withResult(long[] predictors, long k) {
        long[] out = java.util.Arrays.copyOf(predictors, predictors.length + 1);
        out[predictors.length] = k;
        return out;
    }
}
