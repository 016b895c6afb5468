package qtool.collect;

import java.util.Objects;
import qtool.decode.Decoder;
import qtool.dem.DetectorErrorModel;
import qtool.stats.StrongId;
import qtool.stim.StabilizerCircuit;

/**
 * One thing to measure: a noisy circuit, the decoder that corrects it (built from {@code dem}),
 * metadata that says what the circuit is, the detectors whose firing discards a shot, and the
 * budget. The strong id hashes everything that determines the statistics (sinter's rule), so rows
 * of the same task from different runs can be added up and a run can resume.
 *
 * @param postselection detectors that discard a shot when they fire, or {@code null} for none
 * @param maxShots stop after this many shots (counting earlier rows)
 * @param maxErrors stop once this many errors are seen (counting earlier rows)
 * @param discardStages for each detector its stage (≥ 0), or -1; when not null, every discarded
 *     shot is also counted under {@code D<s>} in the custom counts, s being the lowest stage among
 *     the post-selected detectors that fired (the per-stage discard counts of cultivation papers)
 */
public record CollectionTask(StabilizerCircuit circuit, String circuitText, DetectorErrorModel dem, String demText,
        String decoderName, Decoder decoder, String jsonMetadata, boolean[] postselection, long maxShots,
        long maxErrors, int[] discardStages) {
    /** A task without per-stage discard counts. */
    public CollectionTask(StabilizerCircuit circuit, String circuitText, DetectorErrorModel dem, String demText,
            String decoderName, Decoder decoder, String jsonMetadata, boolean[] postselection, long maxShots,
            long maxErrors) {
        this(circuit, circuitText, dem, demText, decoderName, decoder, jsonMetadata, postselection, maxShots, maxErrors,
                null);
    }

    public CollectionTask {
        Objects.requireNonNull(circuit);
        Objects.requireNonNull(circuitText);
        Objects.requireNonNull(decoderName);
        Objects.requireNonNull(decoder);
        Objects.requireNonNull(jsonMetadata);
        if (maxShots < 0 || maxErrors < 0) {
            throw new IllegalArgumentException("budgets must not be negative");
        }
        if (discardStages != null) {
            discardStages = discardStages.clone();
            if (discardStages.length != circuit.numDetectors()) {
                throw new IllegalArgumentException("discard stages given for " + discardStages.length + " of "
                        + circuit.numDetectors() + " detectors");
            }
        }
        if (postselection != null) {
            postselection = postselection.clone();
            if (postselection.length != circuit.numDetectors()) {
                throw new IllegalArgumentException("post-selection mask has " + postselection.length
                        + " entries for " + circuit.numDetectors() + " detectors");
            }
        }
    }

    @Override
    public int[] discardStages() {
        return discardStages == null ? null : discardStages.clone();
    }

    @Override
    public boolean[] postselection() {
        return postselection == null ? null : postselection.clone();
    }

    /** Detector indices that discard a shot, increasing. */
    public int[] postselectedDetectors() {
        if (postselection == null) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(0, postselection.length).filter(d -> postselection[d]).toArray();
    }

    /** sinter's strong id of this task (the budget is not part of it). */
    public String strongId() {
        boolean[] mask = postselectedDetectors().length > 0 ? postselection : null;
        return StrongId.of(circuitText, decoderName, demText, mask, jsonMetadata, null);
    }
}
