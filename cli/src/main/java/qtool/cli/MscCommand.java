package qtool.cli;

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
import qtool.decoders.Decoders;
import qtool.gen.CircuitNoiseModel;
import qtool.msc.ColorCultivation;
import qtool.msc.ConnectivityCheck;
import qtool.msc.Rp2Cultivation;
import qtool.stats.CanonicalJson;
import qtool.stim.StabilizerCircuit;
import qtool.target.NoiseModel;
import qtool.target.Target;

/**
 * {@code qtool simulate msc}: magic-state cultivation (S-proxy for T), sampled with every
 * detector post-selected and the discards counted per stage. Implemented so far: the d1 = 3
 * cultivation stage on RP² ({@link Rp2Cultivation}: injection, RP-3 rounds, morph to SRP-3,
 * double check, morph back; its noisy circuit has the published circuit's error model exactly)
 * and the original cultivation's color-code baseline ({@link ColorCultivation}). Noise comes from the target's noise block, and targets whose
 * coupling map cannot host RP²'s interactions are rejected by {@link ConnectivityCheck}.
 */
@Command(name = "msc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Magic-state cultivation with the S proxy for T: sample with every detector post-selected and"
                + " count the discards per stage (custom_counts D0, D1, ...) and the Y-observable errors among kept shots.",
            "Available now: --d1 3 --stage cultivation, for --code rp2 (RP² codes) and --code color (the original"
                + " cultivation's color code, the baseline). d1 = 5 and the end-to-end escape stage are not"
                + " implemented yet."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class MscCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--code", paramLabel = "CODE", defaultValue = "rp2", description = "rp2 (default) or color.")
    String code;

    @Option(names = "--d1", paramLabel = "D", defaultValue = "3", description = "Cultivation distance: 3 (default) or 5.")
    int d1;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "cultivation",
            description = "cultivation (the post-selected stages, default) or end-to-end.")
    String stage;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME|FILE", defaultValue = "uniform-p1e-3",
            description = "Target whose noise block sets the noise (default ${DEFAULT-VALUE}: the papers' uniform model).")
    String target;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "2",
            description = "RP-3 syndrome rounds before the morph (default ${DEFAULT-VALUE}, as in the published circuit).")
    int rounds;

    @Mixin
    SeedAndThreads run = new SeedAndThreads();

    @Mixin
    CollectionOptions collection = new CollectionOptions();

    java.io.OutputStream stdout = System.out;

    /**
     * The noisy cultivation circuit, after checking the target can run it. Each protocol gets its
     * own paper's uniform model: RP² flips before measuring, the original cultivation flips the
     * result and depolarizes after; any other target model (SI1000) is applied as it is.
     */
    private StabilizerCircuit circuit(Target t, NoiseModel noise) {
        boolean uniform = noise.model() == NoiseModel.Kind.UNIFORM_DEPOLARIZING;
        StabilizerCircuit noiseless;
        java.util.function.Function<CircuitNoiseModel, StabilizerCircuit> noisy;
        CircuitNoiseModel model;
        if (code.equals("rp2")) {
            Rp2Cultivation g = new Rp2Cultivation(rounds);
            noiseless = g.noiseless();
            noisy = g::noisy;
            model = uniform ? CircuitNoiseModel.uniformBeforeMeasure(noise.p()) : CircuitNoiseModel.of(noise);
        } else {
            ColorCultivation g = new ColorCultivation();
            noiseless = g.noiseless();
            noisy = g::noisy;
            model = CircuitNoiseModel.of(noise);
        }
        ConnectivityCheck.problem(noiseless, t).ifPresent(why -> {
            throw new CommandLine.ParameterException(spec.commandLine(), why);
        });
        return noisy.apply(model);
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!(code.equals("rp2") || code.equals("color")) || d1 != 3 || !stage.equals("cultivation")) {
            throw new CommandLine.ParameterException(cl, "only --d1 3 --stage cultivation (with --code rp2 or color) is"
                    + " implemented so far (asked for --code " + code + " --d1 " + d1 + " --stage " + stage + ")");
        }
        if (rounds < 1 || rounds > 20) {
            throw new CommandLine.ParameterException(cl, "--rounds must be in [1, 20]");
        }
        int threadCount = run.threadCount(cl);
        if (collection.decoder != null && !collection.decoder.equals(Decoders.PERFECTIONIST)) {
            throw new CommandLine.ParameterException(cl, "the cultivation stage post-selects every detector; --decoder"
                    + " does not apply");
        }
        if (collection.postselect != null || collection.stageCoordinate != null) {
            throw new CommandLine.ParameterException(cl, "msc sets the post-selection (all detectors) and the stage"
                    + " coordinate (3) itself");
        }
        Target t = TargetsCommand.load(target, cl.getErr());
        NoiseModel noise = GenCommand.targetNoise(cl, t);
        StabilizerCircuit circuit = circuit(t, noise);
        collection.decoder = Decoders.PERFECTIONIST;
        collection.stageCoordinate = 3;
        Map<String, Object> m = new TreeMap<>();
        m.put("code", code);
        m.put("d1", d1);
        m.put("noise", noise.model().yamlName());
        m.put("p", noise.p());
        if (code.equals("rp2")) {
            m.put("r", rounds);
        }
        m.put("stage", stage);
        m.put("target", t.name());
        CollectionRunner runner = new CollectionRunner(cl, collection, stdout);
        CollectionTask task = runner.task(circuit, CanonicalJson.write(m));
        runner.run(List.of(task), run.seedOrRandom(), threadCount);
        return ExitCodes.OK;
    }
}
