package qtool.synthesis.rl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deep Q-learning of the cost-to-go, DeepCubeA style as in the authors' code: states come from
 * backward random walks from (a small perturbation of) the identity, never undoing the previous
 * letter; each state gets, for every action a, the Bellman target
 * {@code 1 + min_a' Q_target(g_a·s, a')}, or 1 when {@code g_a·s} is within ε of the identity; the
 * online network is fit to those targets by Adam on the mean squared error. Every
 * {@code syncPeriod} steps the period's mean loss is checked: below the threshold the target
 * network is synced and the curriculum's longest walk grows by one (up to {@code maxWalk}); after
 * five periods without success the target is synced anyway so that training cannot stall.
 *
 * <p>Deterministic for a seed whatever the thread count: the walks of step t come from a generator
 * seeded by (seed, t), the target network's rows are independent, and the gradient is the mean of
 * {@link #CHUNKS} fixed slices of the batch summed in slice order. The same property makes resuming
 * from a checkpoint bit-identical to an uninterrupted run.
 */
public final class QTrainer implements AutoCloseable {
    /** Fixed number of gradient slices per batch (independent of the threads). */
    public static final int CHUNKS = 4;
    private static final int CHECKPOINT_MAGIC = 0x5152434b;

    /** What a progress listener sees after each step. */
    public record Progress(long step, long steps, double loss, int curriculum, int syncs, double seconds) {
    }

    private final TrainingConfig config;
    private final SynthesisEnvironment env;
    private final Mlp online;
    private final Mlp target;
    private final AdamOptimizer adam;
    private final ExecutorService pool;
    private final int threads;
    private long step;
    private int curriculum = 2;
    private int periodsSinceSync;
    private int syncs;
    private double periodLoss;
    private double lastPeriodLoss = Double.NaN;
    private double secondsBefore;

    public QTrainer(TrainingConfig config, int threads) {
        this.config = config;
        this.env = SynthesisEnvironment.of(GateBasis.named(config.basis()));
        int[] sizes = new int[config.hidden().length + 2];
        sizes[0] = env.featureSize();
        System.arraycopy(config.hidden(), 0, sizes, 1, config.hidden().length);
        sizes[sizes.length - 1] = env.basis().size();
        this.online = Mlp.initialized(sizes, config.seed());
        this.target = online.copy();
        this.adam = new AdamOptimizer(online);
        this.threads = Math.max(1, threads);
        this.pool = this.threads > 1 ? Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "qtool-train");
            t.setDaemon(true);
            return t;
        }) : null;
        curriculum = Math.min(2, config.maxWalk());
    }

    public TrainingConfig config() {
        return config;
    }

    public long step() {
        return step;
    }

    /** The current model (network rounded to floats when written). */
    public RlModel model() {
        return new RlModel(env.basis(), online.copy(), config);
    }

    /**
     * Runs until {@code config.steps()} or until {@code stopAt} steps, calling {@code listener} after
     * every step and {@code checkpoint} every {@code checkpointEvery} steps (when not null).
     */
    public void train(long stopAt, java.util.function.Consumer<Progress> listener, Path checkpoint, long checkpointEvery)
            throws IOException {
        long start = System.nanoTime();
        int b = config.batch();
        int f = env.featureSize();
        int s = env.stateSize();
        int actions = env.basis().size();
        long end = Math.min(stopAt, config.steps());
        while (step < end) {
            SplittableRandom rng = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + step + 1);
            double[] states = new double[b * s];
            int[] lastAction = new int[b];
            for (int r = 0; r < b; r++) {
                lastAction[r] = walk(states, r * s, 1 + rng.nextInt(curriculum), rng);
            }
            // Successors of every state under every action, scored by the target network.
            double[] succ = new double[b * actions * s];
            double[] succFeatures = new double[b * actions * f];
            boolean[] goal = new boolean[b * actions];
            for (int r = 0; r < b; r++) {
                for (int a = 0; a < actions; a++) {
                    int k = r * actions + a;
                    env.step(states, r * s, a, succ, k * s);
                    goal[k] = env.distanceToIdentity(succ, k * s) <= config.epsilon();
                    env.encode(succ, k * s, succFeatures, k * f);
                }
            }
            double[] q = forwardParallel(target, succFeatures, b * actions);
            double cap = 2.0 * config.maxWalk();
            double[] targets = new double[b * actions];
            for (int k = 0; k < b * actions; k++) {
                double best = 0;
                if (!goal[k]) {
                    best = Double.POSITIVE_INFINITY;
                    for (int a2 = 0; a2 < actions; a2++) {
                        best = Math.min(best, q[k * actions + a2]);
                    }
                    best = Math.max(0, best);
                }
                targets[k] = Math.min(cap, 1 + best);
            }
            double[] features = new double[b * f];
            for (int r = 0; r < b; r++) {
                env.encode(states, r * s, features, r * f);
            }
            double loss = fit(features, targets, b);
            step++;
            periodLoss += loss;
            if (step % config.syncPeriod() == 0) {
                double mean = periodLoss / config.syncPeriod();
                lastPeriodLoss = mean;
                periodLoss = 0;
                periodsSinceSync++;
                if (mean < config.lossThreshold() || periodsSinceSync >= 5) {
                    target.copyFrom(online);
                    syncs++;
                    periodsSinceSync = 0;
                    if (mean < config.lossThreshold()) {
                        curriculum = Math.min(config.maxWalk(), curriculum + 1);
                    }
                }
            }
            if (listener != null) {
                listener.accept(new Progress(step, config.steps(), Double.isNaN(lastPeriodLoss) ? loss : lastPeriodLoss,
                        curriculum, syncs, secondsBefore + (System.nanoTime() - start) / 1e9));
            }
            if (checkpoint != null && checkpointEvery > 0 && step % checkpointEvery == 0) {
                double elapsed = secondsBefore + (System.nanoTime() - start) / 1e9;
                writeCheckpoint(checkpoint, elapsed);
            }
        }
        secondsBefore += (System.nanoTime() - start) / 1e9;
    }

    /** A backward walk of {@code length} letters never undoing the previous one; returns the last letter. */
    private int walk(double[] states, int o, int length, SplittableRandom rng) {
        int s = env.stateSize();
        double[] cur = new double[s];
        double[] next = new double[s];
        env.perturbedIdentity(cur, 0, config.epsilon(), rng);
        int prev = -1;
        int actions = env.basis().size();
        for (int k = 0; k < length; k++) {
            int a;
            do {
                a = rng.nextInt(actions);
            } while (prev >= 0 && env.basis().inverse(prev) == a);
            env.stepInverse(cur, 0, a, next, 0);
            double[] t = cur;
            cur = next;
            next = t;
            prev = a;
        }
        env.renormalize(cur, 0);
        System.arraycopy(cur, 0, states, o, s);
        return prev;
    }

    /** One Adam step on the mean of {@link #CHUNKS} slice gradients; returns the batch's mean loss. */
    private double fit(double[] features, double[] targets, int b) {
        int f = env.featureSize();
        int actions = env.basis().size();
        int rows = b / CHUNKS;
        List<java.util.concurrent.Callable<Object[]>> jobs = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
            int from = c * rows;
            jobs.add(() -> {
                double[] x = java.util.Arrays.copyOfRange(features, from * f, (from + rows) * f);
                double[] t = java.util.Arrays.copyOfRange(targets, from * actions, (from + rows) * actions);
                Mlp.Gradients g = online.newGradients();
                double l = online.lossAndGradient(x, t, rows, g);
                return new Object[] {l, g};
            });
        }
        List<Object[]> results = run(jobs);
        Mlp.Gradients total = online.newGradients();
        double loss = 0;
        for (Object[] r : results) {
            loss += (Double) r[0] / CHUNKS;
            Mlp.Gradients g = (Mlp.Gradients) r[1];
            for (int l = 0; l < total.w.length; l++) {
                for (int k = 0; k < total.w[l].length; k++) {
                    total.w[l][k] += g.w[l][k] / CHUNKS;
                }
                for (int k = 0; k < total.b[l].length; k++) {
                    total.b[l][k] += g.b[l][k] / CHUNKS;
                }
            }
        }
        adam.step(online, total, config.learningRate());
        return loss;
    }

    private double[] forwardParallel(Mlp net, double[] x, int rows) {
        int parts = Math.min(threads, rows);
        if (parts <= 1) {
            return net.forward(x, rows);
        }
        int in = net.inputSize();
        int out = net.outputSize();
        int per = (rows + parts - 1) / parts;
        List<java.util.concurrent.Callable<Object[]>> jobs = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = p * per;
            int to = Math.min(rows, from + per);
            jobs.add(() -> new Object[] {from, net.forward(java.util.Arrays.copyOfRange(x, from * in, to * in), to - from)});
        }
        double[] y = new double[rows * out];
        for (Object[] r : run(jobs)) {
            double[] part = (double[]) r[1];
            System.arraycopy(part, 0, y, (Integer) r[0] * out, part.length);
        }
        return y;
    }

    private List<Object[]> run(List<java.util.concurrent.Callable<Object[]>> jobs) {
        List<Object[]> out = new ArrayList<>();
        try {
            if (pool == null) {
                for (java.util.concurrent.Callable<Object[]> j : jobs) {
                    out.add(j.call());
                }
            } else {
                for (Future<Object[]> fu : pool.invokeAll(jobs)) {
                    out.add(fu.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("training failed", e);
        }
        return out;
    }

    /** Saves everything needed to continue exactly (atomically: temporary file, then move). */
    public void writeCheckpoint(Path file, double elapsedSeconds) throws IOException {
        Path tmp = RlModel.temporarySibling(file);
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(CHECKPOINT_MAGIC);
                config.write(out);
                out.writeLong(step);
                out.writeInt(curriculum);
                out.writeInt(periodsSinceSync);
                out.writeInt(syncs);
                out.writeDouble(periodLoss);
                out.writeDouble(lastPeriodLoss);
                out.writeDouble(elapsedSeconds);
                online.write(out, true);
                target.write(out, true);
                adam.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A trainer continuing from a checkpoint. The run's total steps may be raised with
     * {@code steps} (0 keeps the saved value); other settings come from the file.
     */
    public static QTrainer resume(Path file, long steps, int threads) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != CHECKPOINT_MAGIC) {
                throw new IOException(file + ": not a qtool training checkpoint");
            }
            TrainingConfig config = TrainingConfig.read(in);
            if (steps > 0) {
                config = config.withSteps(steps);
            }
            QTrainer t = new QTrainer(config, threads);
            t.step = in.readLong();
            t.curriculum = in.readInt();
            t.periodsSinceSync = in.readInt();
            t.syncs = in.readInt();
            t.periodLoss = in.readDouble();
            t.lastPeriodLoss = in.readDouble();
            t.secondsBefore = in.readDouble();
            Mlp on = Mlp.read(in);
            Mlp tg = Mlp.read(in);
            t.online.copyFrom(on);
            t.target.copyFrom(tg);
            t.adam.read(in);
            return t;
        } catch (java.io.EOFException e) {
            throw new IOException(file + ": truncated checkpoint", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": malformed checkpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
