package qtool.collect;

import java.util.SplittableRandom;
import qtool.decode.Decoder;
import qtool.decode.ShotEvents;
import qtool.sim.DetectorSampler;
import qtool.sim.FrameSimulator;

/**
 * Samples and decodes chunks of {@link #CHUNK_SHOTS} shots of one task: the unit of work whose
 * seed and size depend only on the chunk index, which is what makes a seeded collection identical
 * for any number of threads. One instance per worker thread (it owns a frame simulator and
 * scratch).
 *
 * <p>A shot is discarded when a post-selected detector fires; a kept shot is an error when the
 * decoder's prediction differs from the sampled observable flips in any observable.
 */
final class ChunkSampler {
    static final int WORDS = 16;
    static final int CHUNK_SHOTS = 64 * WORDS;

    private final FrameSimulator simulator;
    private final Decoder decoder;
    private final int[] postselected;
    private final int numObservables;
    private final ShotEvents events;
    private final long[] discarded = new long[WORDS];
    /** Post-selected detectors of each stage, and that stage's firing mask per chunk. */
    private final int[][] stageDetectors;
    private final long[][] stageFired;

    ChunkSampler(CollectionTask task) {
        this.simulator = new FrameSimulator(task.circuit(), WORDS);
        this.decoder = task.decoder();
        this.postselected = task.postselectedDetectors();
        this.numObservables = task.circuit().numObservables();
        if (numObservables > 64) {
            throw new IllegalArgumentException("at most 64 observables are supported, the circuit has " + numObservables);
        }
        this.events = new ShotEvents((int) task.circuit().numDetectors(), WORDS);
        this.stageDetectors = stageDetectors(task.discardStages(), postselected);
        this.stageFired = new long[stageDetectors.length][WORDS];
    }

    /** For stage s, the post-selected detectors whose stage is s (empty arrays for unused stages). */
    private static int[][] stageDetectors(int[] stages, int[] postselected) {
        if (stages == null) {
            return new int[0][];
        }
        int max = -1;
        for (int d : postselected) {
            max = Math.max(max, stages[d]);
        }
        int[][] out = new int[max + 1][];
        for (int s = 0; s <= max; s++) {
            int stage = s;
            out[s] = java.util.Arrays.stream(postselected).filter(d -> stages[d] == stage).toArray();
        }
        return out;
    }

    /** Chunk {@code chunk} of a run seeded with {@code seed}, of which the first {@code shots} count. */
    ChunkResult run(long seed, long chunk, int shots) {
        long start = System.nanoTime();
        simulator.run(new SplittableRandom(DetectorSampler.batchSeed(seed, chunk)));
        long[] det = simulator.detectorPlanes();
        long[] obs = simulator.observablePlanes();
        java.util.Arrays.fill(discarded, 0);
        for (int d : postselected) {
            for (int w = 0; w < WORDS; w++) {
                discarded[w] |= det[d * WORDS + w];
            }
        }
        for (int st = 0; st < stageDetectors.length; st++) {
            java.util.Arrays.fill(stageFired[st], 0);
            for (int d : stageDetectors[st]) {
                for (int w = 0; w < WORDS; w++) {
                    stageFired[st][w] |= det[d * WORDS + w];
                }
            }
        }
        long[] stageCounts = new long[stageDetectors.length];
        events.load(det, shots);
        int errors = 0;
        int discards = 0;
        for (int s = 0; s < shots; s++) {
            int word = s >>> 6;
            if ((discarded[word] >>> s & 1) != 0) {
                discards++;
                for (int st = 0; st < stageDetectors.length; st++) {
                    if ((stageFired[st][word] >>> s & 1) != 0) {
                        stageCounts[st]++;
                        break;
                    }
                }
                continue;
            }
            long actual = 0;
            for (int o = 0; o < numObservables; o++) {
                actual |= (obs[o * WORDS + word] >>> s & 1) << o;
            }
            int count = events.count(s);
            long predicted = count == 0 ? 0 : decoder.decode(events.events(s), count).observables();
            if (predicted != actual) {
                errors++;
            }
        }
        java.util.Map<String, Long> custom = null;
        for (int st = 0; st < stageCounts.length; st++) {
            if (stageCounts[st] > 0) {
                custom = custom == null ? new java.util.TreeMap<>() : custom;
                custom.put("D" + st, stageCounts[st]);
            }
        }
        return new ChunkResult(chunk, shots, errors, discards, System.nanoTime() - start, custom);
    }
}
