package qtool.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import qtool.stim.StabilizerCircuit;

/**
 * Samples detection events and observable flips of a noisy circuit, like {@code stim detect
 * --append_observables}: a {@link BitTable} whose bits are the detectors, then the observables.
 *
 * <p>Shots are simulated in fixed batches of {@link #WORDS_PER_BATCH}·64 by {@link FrameSimulator};
 * batch {@code k} draws from its own generator seeded by a mix of ({@code seed}, {@code k}), and
 * batches are dealt round-robin to the threads, each with its own simulator. Because neither the
 * batch boundaries nor the seeds depend on the thread count, a seeded run gives the same table for
 * any number of threads. Each batch writes a disjoint range of words, so no locking is needed.
 * Cost: {@code ⌈shots/1024⌉} batch simulations spread over the threads; memory: the output table
 * plus one batch per thread.
 */
public final class DetectorSampler {
    /** 16 words = 1024 shots per batch: large enough to amortise per-operation overhead. */
    public static final int WORDS_PER_BATCH = 16;

    private DetectorSampler() {
    }

    /**
     * About how many heap bytes {@link #sample} allocates for these arguments: the output table plus
     * one batch simulator per thread (frames, detectors, observables). {@code Long.MAX_VALUE} when
     * one of those arrays would pass Java's array-size limit, so the run cannot happen at any heap.
     * Callers check it first to refuse an impossible run with a plain message instead of failing
     * inside the allocation.
     */
    public static long heapBytesNeeded(StabilizerCircuit c, long shots, int threads) {
        long bits = c.numDetectors() + c.numObservables();
        long tableWords = Math.max(1, bits) * ((shots + 63) >>> 6);
        long batchWords = (2L * c.numQubits() + bits) * WORDS_PER_BATCH;
        long arrayLimit = Integer.MAX_VALUE - 8;
        if (tableWords > arrayLimit || c.numDetectors() * WORDS_PER_BATCH > arrayLimit) {
            return Long.MAX_VALUE;
        }
        long batches = (shots + 64L * WORDS_PER_BATCH - 1) / (64L * WORDS_PER_BATCH);
        long workers = Math.max(1, Math.min(threads, batches));
        return 8 * (tableWords + workers * batchWords);
    }

    /** {@code shots} samples of every detector and observable of {@code c}. */
    public static BitTable sample(StabilizerCircuit c, long shots, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread");
        }
        int numDet = Math.toIntExact(c.numDetectors());
        int numObs = c.numObservables();
        BitTable table = new BitTable(numDet + numObs, shots);
        long batches = (shots + 64L * WORDS_PER_BATCH - 1) / (64L * WORDS_PER_BATCH);
        int workers = (int) Math.max(1, Math.min(threads, batches));
        if (workers == 1) {
            runStripe(c, table, seed, 0, 1, batches);
            return table;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "qtool-sampler");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int first = i;
                futures.add(pool.submit(() -> runStripe(c, table, seed, first, workers, batches)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sampling interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return table;
    }

    /** Batches first, first + step, ... of the run. */
    private static void runStripe(StabilizerCircuit c, BitTable table, long seed, long first, int step, long batches) {
        FrameSimulator sim = new FrameSimulator(c, WORDS_PER_BATCH);
        int numDet = Math.toIntExact(c.numDetectors());
        for (long b = first; b < batches; b += step) {
            sim.run(new SplittableRandom(batchSeed(seed, b)));
            int dstWord = Math.toIntExact(b * WORDS_PER_BATCH);
            int words = Math.min(WORDS_PER_BATCH, table.wordsPerBit() - dstWord);
            table.copyBitsFrom(sim.detectorPlanes(), WORDS_PER_BATCH, 0, numDet, dstWord, words);
            table.copyBitsFrom(sim.observablePlanes(), WORDS_PER_BATCH, numDet, c.numObservables(), dstWord, words);
        }
    }

    /**
     * The seed of batch {@code k}: SplitMix64's finaliser over the seed and the batch index, so
     * that neighbouring seeds and batches give unrelated streams.
     */
    public static long batchSeed(long seed, long batch) {
        long h = seed * 0x9E3779B97F4A7C15L + (batch + 1) * 0xD1B54A32D192ED03L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
