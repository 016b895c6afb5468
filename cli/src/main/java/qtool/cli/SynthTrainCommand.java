package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qtool.synthesis.rl.QTrainer;
import qtool.synthesis.rl.TrainingConfig;

/**
 * {@code qtool synth-rl train}: trains the Q-network of a basis ({@link QTrainer}) and writes the
 * model file. Progress goes to stderr (a redrawn bar on a terminal, a plain line every 10 s
 * otherwise); {@code --checkpoint} saves the full training state every {@code --checkpoint-every}
 * steps and {@code --resume} continues from it bit-identically. Deterministic for a seed whatever
 * {@code --threads}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train the Q-network of a basis by deep Q-learning on backward random walks; write the model file.")
final class SynthTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--basis", defaultValue = "hrc", description = "hrc, clifford+t, ht or hrc2 (default: ${DEFAULT-VALUE}).")
    String basis;

    @Option(names = "--steps", defaultValue = "12000", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of weights and walks (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
    Path out;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint file written during training.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", defaultValue = "500", description = "Steps between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointEvery;

    @Option(names = "--resume", description = "Continue from --checkpoint (its settings win; --steps may extend the run).")
    boolean resume;

    @Option(names = "--threads", defaultValue = "2", description = "Threads (results do not depend on it) (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--hidden", split = ",", paramLabel = "W", description = "Hidden layer widths (default: 256,256,128).")
    int[] hidden;

    @Option(names = "--batch", description = "States per step, a multiple of 4 (default: 256).")
    Integer batch;

    @Option(names = "--max-walk", description = "Longest walk of the curriculum (default: 16 for hrc/hrc2, 24 otherwise).")
    Integer maxWalk;

    @Option(names = "--progress", description = "Draw a progress bar even when stderr is not a terminal.")
    boolean progressBar;

    @Override
    public Integer call() throws IOException {
        if (steps < 1 || threads < 1 || checkpointEvery < 1) {
            throw new ParameterException(spec.commandLine(), "--steps, --threads and --checkpoint-every must be positive");
        }
        if (resume && checkpoint == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --checkpoint FILE");
        }
        QTrainer trainer;
        if (resume && Files.exists(checkpoint)) {
            try {
                trainer = QTrainer.resume(checkpoint, steps, threads);
            } catch (IOException e) {
                throw new FileAccessException("read", checkpoint.toString(), e);
            }
        } else {
            TrainingConfig c;
            try {
                TrainingConfig d = TrainingConfig.defaults(basis, steps, seed);
                c = new TrainingConfig(d.basis(), hidden == null ? d.hidden() : hidden, steps, batch == null ? d.batch() : batch,
                        d.learningRate(), maxWalk == null ? d.maxWalk() : maxWalk, d.epsilon(), d.syncPeriod(),
                        d.lossThreshold(), seed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            trainer = new QTrainer(c, threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("training " + trainer.config() + (trainer.step() > 0 ? " (resumed at step " + trainer.step() + ")" : ""));
        err.flush();
        boolean bar = progressBar || System.console() != null;
        long[] lastPrint = {0};
        double[] seconds = {0};
        try (trainer) {
            trainer.train(Long.MAX_VALUE, p -> {
                seconds[0] = p.seconds();
                long now = System.nanoTime();
                boolean last = p.step() == p.steps();
                if (!last && now - lastPrint[0] < (bar ? 200_000_000L : 10_000_000_000L)) {
                    return;
                }
                lastPrint[0] = now;
                String line = line(p);
                if (bar) {
                    err.print("\r" + line);
                    if (last) {
                        err.println();
                    }
                } else {
                    err.println(line);
                }
                err.flush();
            }, checkpoint, checkpointEvery);
            try {
                trainer.model().write(out);
            } catch (IOException e) {
                throw new FileAccessException("write", out.toString(), e);
            }
            if (checkpoint != null) {
                trainer.writeCheckpoint(checkpoint, seconds[0]);
            }
        }
        err.println(String.format(Locale.ROOT, "wrote %s (%d bytes, %d parameters) after %.1f s of training", out,
                Files.size(out), trainer.model().network().parameterCount(), seconds[0]));
        err.flush();
        return ExitCodes.OK;
    }

    private static String line(QTrainer.Progress p) {
        int width = 24;
        int filled = (int) Math.round(width * (double) p.step() / p.steps());
        double eta = p.step() == 0 ? Double.NaN : p.seconds() * (p.steps() - p.step()) / p.step();
        return String.format(Locale.ROOT, "[%s%s] step %d/%d loss %.4f walk<=%d syncs %d %s", "#".repeat(filled),
                ".".repeat(width - filled), p.step(), p.steps(), p.loss(), p.curriculum(), p.syncs(),
                p.step() == p.steps() ? "done" : "eta " + ProgressPrinter.duration(eta));
    }
}
