package qtool.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qtool.collect.CollectionTask;
import qtool.gen.NoiseParams;
import qtool.stats.CanonicalJson;
import qtool.stim.StabilizerCircuit;

/**
 * {@code qtool simulate memory}: a sweep of memory experiments over distances and noise strengths,
 * generated exactly as {@code qtool gen} (and {@code stim gen}) would, decoded and counted into
 * sinter rows whose metadata ({@code b, code, d, noise, p, r}) is what {@code qtool plot} and
 * {@code sinter plot --x_func m.p --group_func m.d} expect.
 */
@Command(name = "memory", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Logical error rates of memory experiments over a sweep of distances and noise strengths.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class MemoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--code", paramLabel = "CODE", defaultValue = "surface",
            description = "surface (rotated surface code, the default) or repetition.")
    GenCommand.Code code;

    @Option(names = {"-d", "--distance"}, paramLabel = "D", split = ",", required = true,
            description = "Code distances, comma-separated (e.g. 3,5,7).")
    List<Integer> distances;

    @Option(names = {"-p", "--noise"}, paramLabel = "P", split = ",",
            description = "Physical error rates, comma-separated (e.g. 1e-3,2e-3,5e-3); all four of stim gen's knobs.")
    List<Double> noises;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME|FILE",
            description = "Take the noise from this target's noise block instead of -p.")
    String target;

    @Option(names = "--rounds", paramLabel = "R", description = "Rounds per experiment (default: the distance).")
    Long rounds;

    @Option(names = "--basis", paramLabel = "B", defaultValue = "x",
            description = "Memory basis of the surface code: x (default) or z. The repetition code is z only.")
    GenCommand.Basis basis;

    @Mixin
    SeedAndThreads run = new SeedAndThreads();

    @Mixin
    CollectionOptions collection = new CollectionOptions();

    java.io.OutputStream stdout = System.out;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        int threadCount = run.threadCount(cl);
        CollectionRunner runner = new CollectionRunner(cl, collection, stdout);
        List<CollectionTask> tasks = new ArrayList<>();
        for (Experiment e : experiments(cl)) {
            tasks.add(runner.task(e.circuit, e.metadata));
        }
        runner.run(tasks, run.seedOrRandom(), threadCount);
        return ExitCodes.OK;
    }

    private record Experiment(StabilizerCircuit circuit, String metadata) {
    }

    private List<Experiment> experiments(CommandLine cl) {
        if ((noises == null) == (target == null)) {
            throw new CommandLine.ParameterException(cl, "give either -p P[,P...] or --target T");
        }
        char b = basis == GenCommand.Basis.z ? 'Z' : 'X';
        if (code == GenCommand.Code.repetition) {
            if (basis == GenCommand.Basis.x && cl.getParseResult().hasMatchedOption("--basis")) {
                throw new CommandLine.ParameterException(cl, "the repetition code memory is in the z basis only");
            }
            b = 'Z';
        }
        qtool.target.NoiseModel targetNoise = null;
        List<Double> ps = new ArrayList<>();
        String noiseName = "uniform_depolarizing";
        if (target != null) {
            targetNoise = GenCommand.targetNoise(cl, TargetsCommand.load(target, cl.getErr()));
            ps.add(targetNoise.p());
            noiseName = targetNoise.model().yamlName();
        } else {
            for (double p : noises) {
                if (!(p >= 0 && p <= 1)) {
                    throw new CommandLine.ParameterException(cl, "noise strength " + p + " is outside [0, 1]");
                }
                ps.add(p);
            }
        }
        List<Experiment> out = new ArrayList<>();
        for (int d : distances) {
            if (d < 2 || d > 101) {
                throw new CommandLine.ParameterException(cl, "distance " + d + " is outside [2, 101]");
            }
            long r = rounds != null ? rounds : d;
            if (r < 1) {
                throw new CommandLine.ParameterException(cl, "--rounds must be at least 1");
            }
            for (int i = 0; i < ps.size(); i++) {
                StabilizerCircuit c = GenCommand.memoryCircuit(code, d, r, b, NoiseParams.uniform(ps.get(i)), targetNoise);
                Map<String, Object> m = new TreeMap<>();
                m.put("b", String.valueOf(b));
                m.put("code", code.name());
                m.put("d", d);
                m.put("noise", noiseName);
                m.put("p", ps.get(i));
                m.put("r", r);
                if (target != null) {
                    m.put("target", target);
                }
                out.add(new Experiment(c, CanonicalJson.write(m)));
            }
        }
        return out;
    }
}
