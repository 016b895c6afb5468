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
     * Decodes shots {@code from .. to-1} of a list already split into events: shot {@code s} has
     * the fired detectors {@code events[s][0 .. counts[s]-1]} (strictly increasing) and its
     * predicted observable flips go to {@code predictions[s]}. The same as calling {@link #decode}
     * on each shot; an implementation may override it to set up its per-thread scratch once per
     * call rather than once per shot, and so that the loop is compiled for that decoder alone.
     */
    default void decodeShots(int[][] events, int[] counts, int from, int to, long[] predictions) {
        for (int s = from; s < to; s++) {
            predictions[s] = decode(events[s], counts[s]).observables();
        }
    }

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
