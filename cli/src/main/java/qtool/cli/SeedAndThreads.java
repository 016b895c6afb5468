package qtool.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --seed} and {@code --threads}, shared by the commands that sample. */
final class SeedAndThreads {
    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed; the same seed gives the same output for any --threads. Default: random.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    /** The given seed, or a fresh random one. */
    long seedOrRandom() {
        return seed != null ? seed : ThreadLocalRandom.current().nextLong();
    }

    /** The given thread count (checked to be positive), or the number of processors. */
    int threadCount(CommandLine cl) {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
