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
 * decoder's prediction differs from the sampled observable flips in any observable. With a
 * {@link qtool.decode.GapDecoder}, every kept shot is also counted under {@code C<gap>} (correct)
 * or {@code E<gap>} (error), the gap in whole decibels, so a post-selection threshold on the gap
 * can be swept later without sampling again.
 */
final class ChunkSampler {
    static final int WORDS = 16;
    static final int CHUNK_SHOTS = 64 * WORDS;

    private final FrameSimulator simulator;
    private final Decoder decoder;
    /** The decoder again when it gives a complementary gap, which is then histogrammed; else null. */
    private final qtool.decode.GapDecoder gapDecoder;
    /** The decoder again when it gives two gaps, histogrammed as {@code C<second>|<gap>}; else null. */
    private final qtool.decode.GapPairDecoder gapPairDecoder;
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
        this.gapDecoder = decoder instanceof qtool.decode.GapDecoder g ? g : null;
        this.gapPairDecoder = decoder instanceof qtool.decode.GapPairDecoder g ? g : null;
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

    /**
     * The gap in whole decibels, as the cultivation papers bin it; gaps beyond {@link #MAX_GAP_DB}
     * (or infinite, when only one parity is possible) share the last bin.
     */
    static long gapBin(qtool.decode.GapDecoder.Gap g) {
        double db = g.decibels();
        return db >= MAX_GAP_DB ? MAX_GAP_DB : Math.round(db);
    }

    static final long MAX_GAP_DB = 1000;

    /** A gap in decibels binned like {@link #gapBin(qtool.decode.GapDecoder.Gap)}. */
    static long decibelBin(double db) {
        return db >= MAX_GAP_DB ? MAX_GAP_DB : Math.round(db);
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
        java.util.Map<String, Long> gaps = gapDecoder == null && gapPairDecoder == null ? null : new java.util.TreeMap<>();
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
            long predicted;
            if (gapPairDecoder != null) {
                qtool.decode.GapPairDecoder.GapPair g = gapPairDecoder.decodeWithGaps(events.events(s), count);
                predicted = g.observables();
                gaps.merge((predicted == actual ? "C" : "E") + decibelBin(g.secondGapDecibels()) + "|"
                        + decibelBin(g.gapDecibels()), 1L, Long::sum);
            } else if (gapDecoder != null) {
                qtool.decode.GapDecoder.Gap g = gapDecoder.decodeWithGap(events.events(s), count);
                predicted = g.observables();
                gaps.merge((predicted == actual ? "C" : "E") + gapBin(g), 1L, Long::sum);
            } else {
                predicted = count == 0 ? 0 : decoder.decode(events.events(s), count).observables();
            }
            if (predicted != actual) {
                errors++;
            }
        }
        java.util.Map<String, Long> custom = gaps == null || gaps.isEmpty() ? null : gaps;
        for (int st = 0; st < stageCounts.length; st++) {
            if (stageCounts[st] > 0) {
                custom = custom == null ? new java.util.TreeMap<>() : custom;
                custom.put("D" + st, stageCounts[st]);
            }
        }
        return new ChunkResult(chunk, shots, errors, discards, System.nanoTime() - start, custom);
    }
}
