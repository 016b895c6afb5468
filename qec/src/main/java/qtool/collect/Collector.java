package qtool.collect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import qtool.stats.TaskStats;

/**
 * Collects one task at a time with a pool of worker threads, sinter style: workers claim batches
 * of consecutive chunks, sample and decode them, and each finished batch becomes one row.
 *
 * <p>Reproducibility: a chunk's seed and size depend only on its index, and results are
 * <em>committed in chunk order</em>, the stop rule (shot budget reached, or error budget reached)
 * being applied chunk by chunk in that order. Chunks computed past the stopping point are thrown
 * away. The counted chunks are therefore the same for any number of threads and any batch sizes,
 * so seeded totals are identical; only the {@code seconds} column varies. Batches ramp from one
 * chunk towards about {@link #TARGET_BATCH_NANOS} of work per worker and shrink near the error
 * budget so that little work is wasted.
 *
 * <p>Resuming: earlier rows of the same task (same strong id) count towards the budget, and this
 * run starts at the chunk after the ones they cover, so a resumed seeded run continues the stream
 * of the interrupted one instead of repeating it.
 */
public final class Collector {
    /** About one second of work per batch, as sinter aims for. */
    static final long TARGET_BATCH_NANOS = 1_000_000_000L;
    private static final int MAX_BATCH_CHUNKS = 1 << 16;

    private final int threads;
    private final long seed;
    private final Consumer<TaskStats> rows;
    private final Consumer<CollectionStatus> progress;

    /**
     * @param rows receives every finished batch's row, in order, from one thread at a time
     * @param progress receives status updates (often; throttling is the receiver's job)
     */
    public Collector(int threads, long seed, Consumer<TaskStats> rows, Consumer<CollectionStatus> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread");
        }
        this.threads = threads;
        this.seed = seed;
        this.rows = rows;
        this.progress = progress;
    }

    /**
     * Runs a task until its budget is met, counting {@code prior} (earlier rows of the same task,
     * or {@code null}); returns the totals including {@code prior}.
     */
    public TaskStats collect(CollectionTask task, TaskStats prior, int taskIndex, int taskCount) {
        String strongId = task.strongId();
        TaskStats start = prior != null ? prior
                : new TaskStats(0, 0, 0, 0, task.decoderName(), strongId, task.jsonMetadata(), new TreeMap<>());
        Run run = new Run(task, start, taskIndex, taskCount);
        if (run.isFinished()) {
            progress.accept(run.status());
            return start;
        }
        int workers = (int) Math.max(1, Math.min(threads, run.endChunk - run.firstChunk));
        run.workers = workers;
        if (workers == 1) {
            work(task, run);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "qtool-collect");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    futures.add(pool.submit(() -> work(task, run)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("collection interrupted", e);
            } catch (ExecutionException e) {
                run.abort();
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        run.finish();
        return run.total;
    }

    private void work(CollectionTask task, Run run) {
        ChunkSampler sampler = new ChunkSampler(task);
        int batch = 1;
        while (true) {
            long[] claim = run.claim(batch);
            if (claim == null) {
                return;
            }
            long t0 = System.nanoTime();
            for (long k = claim[0]; k < claim[0] + claim[1]; k++) {
                if (run.isFinished()) {
                    return;
                }
                run.complete(sampler.run(seed, k, run.shotsInChunk(k)));
            }
            long took = System.nanoTime() - t0;
            if (took < TARGET_BATCH_NANOS / 2 && batch < MAX_BATCH_CHUNKS) {
                batch *= 2;
            } else if (took > 2 * TARGET_BATCH_NANOS && batch > 1) {
                batch /= 2;
            }
        }
    }

    /** The shared state of one task's run; every method is synchronized. */
    private final class Run {
        final CollectionTask task;
        final int taskIndex;
        final int taskCount;
        final long firstChunk;
        final long endChunk;
        final long shotBudget;
        final long startNanos = System.nanoTime();
        int workers = 1;
        TaskStats total;
        long nextClaim;
        long nextCommit;
        long newShots;
        long newErrors;
        boolean finished;
        /** Claimed batches not yet written, oldest first: {first chunk, end chunk}. */
        final Deque<long[]> batches = new ArrayDeque<>();
        /** Counts committed for the oldest batch so far. */
        long rowShots;
        long rowErrors;
        long rowDiscards;
        long rowNanos;
        final java.util.SortedMap<String, Long> rowCustom = new TreeMap<>();
        final Map<Long, ChunkResult> pending = new TreeMap<>();

        Run(CollectionTask task, TaskStats prior, int taskIndex, int taskCount) {
            this.task = task;
            this.total = prior;
            this.taskIndex = taskIndex;
            this.taskCount = taskCount;
            this.firstChunk = (prior.shots() + ChunkSampler.CHUNK_SHOTS - 1) / ChunkSampler.CHUNK_SHOTS;
            this.shotBudget = Math.max(0, task.maxShots() - prior.shots());
            this.endChunk = firstChunk + (shotBudget + ChunkSampler.CHUNK_SHOTS - 1) / ChunkSampler.CHUNK_SHOTS;
            this.nextClaim = firstChunk;
            this.nextCommit = firstChunk;
            this.finished = shotBudget == 0 || prior.errors() >= task.maxErrors();
        }

        synchronized boolean isFinished() {
            return finished;
        }

        int shotsInChunk(long k) {
            long before = (k - firstChunk) * ChunkSampler.CHUNK_SHOTS;
            return (int) Math.min(ChunkSampler.CHUNK_SHOTS, shotBudget - before);
        }

        /** The next batch {first, count} for a worker that wants {@code wanted} chunks, or null when done. */
        synchronized long[] claim(int wanted) {
            if (finished || nextClaim >= endChunk) {
                return null;
            }
            long n = Math.min(wanted, endChunk - nextClaim);
            long errorsLeft = task.maxErrors() - total.errors();
            if (total.errors() > 0 && newShots > 0 && newErrors > 0) {
                // Near the error budget, claim only about what is still expected to be needed.
                double errorsPerChunk = (double) newErrors / newShots * ChunkSampler.CHUNK_SHOTS;
                long needed = (long) Math.ceil(errorsLeft / errorsPerChunk / workers);
                n = Math.max(1, Math.min(n, needed));
            }
            long[] batch = {nextClaim, nextClaim + n};
            nextClaim += n;
            batches.addLast(batch);
            return new long[] {batch[0], n};
        }

        synchronized void complete(ChunkResult r) {
            if (finished) {
                return;
            }
            pending.put(r.chunk(), r);
            ChunkResult next;
            while (!finished && (next = pending.remove(nextCommit)) != null) {
                nextCommit++;
                rowShots += next.shots();
                rowErrors += next.errors();
                rowDiscards += next.discards();
                rowNanos += next.nanos();
                if (next.custom() != null) {
                    next.custom().forEach((k, v) -> rowCustom.merge(k, v, Long::sum));
                }
                newShots += next.shots();
                newErrors += next.errors();
                long shotsSoFar = total.shots() + rowShots;
                long errorsSoFar = total.errors() + rowErrors;
                if (nextCommit >= endChunk || shotsSoFar >= task.maxShots() || errorsSoFar >= task.maxErrors()) {
                    finished = true;
                }
                if (finished || nextCommit >= batches.peekFirst()[1]) {
                    emitRow();
                }
            }
            progress.accept(status());
        }

        /** Writes the oldest batch's committed counts as one row. */
        private void emitRow() {
            batches.pollFirst();
            if (rowShots == 0) {
                return;
            }
            TaskStats row = new TaskStats(rowShots, rowErrors, rowDiscards, rowNanos / 1e9, task.decoderName(),
                    total.strongId(), task.jsonMetadata(), new TreeMap<>(rowCustom));
            rowCustom.clear();
            total = total.plus(row);
            rowShots = 0;
            rowErrors = 0;
            rowDiscards = 0;
            rowNanos = 0;
            rows.accept(row);
        }

        synchronized void abort() {
            finished = true;
        }

        synchronized void finish() {
            finished = true;
            progress.accept(status());
        }

        synchronized CollectionStatus status() {
            return new CollectionStatus(taskIndex, taskCount, task.jsonMetadata(), task.decoderName(), workers,
                    total.shots() + rowShots, task.maxShots(), total.errors() + rowErrors, task.maxErrors(),
                    total.discards() + rowDiscards, newShots, newErrors, (System.nanoTime() - startNanos) / 1e9,
                    finished);
        }
    }
}
