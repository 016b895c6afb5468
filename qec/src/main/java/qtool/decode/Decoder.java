package qtool.decode;

/**
 * Predicts the observable flips of a shot from its detection events.
 *
 * <p>Implementations are immutable after construction and safe to call from many threads at once;
 * per-call scratch space is their own business (thread-local or allocated per call). At most 64
 * observables are supported, packed into a {@code long}.
 */
public interface Decoder {
    /** Detectors the decoder knows about; events must be below this index. */
    int numDetectors();

    /** Observables predicted, at most 64. */
    int numObservables();

    /**
     * Decodes one shot.
     *
     * @param events the fired detectors of the shot, strictly increasing
     * @param count how many entries of {@code events} are used
     */
    Correction decode(int[] events, int count);

    /**
     * Decodes a batch of shots laid out as the frame simulator produces them: detector {@code d}'s
     * bits for the batch are words {@code d·words .. d·words + words - 1} of {@code detectorPlanes},
     * shot {@code s} at bit {@code s % 64} of word {@code s / 64}. Writes the predicted observable
     * flips of shot {@code s} to {@code predictions[s]} for {@code s < shots}.
     */
    default void decodeBatch(long[] detectorPlanes, int words, int shots, long[] predictions) {
        ShotEvents events = new ShotEvents(numDetectors(), words);
        events.load(detectorPlanes, shots);
        for (int s = 0; s < shots; s++) {
            predictions[s] = decode(events.events(s), events.count(s)).observables();
        }
    }
}
