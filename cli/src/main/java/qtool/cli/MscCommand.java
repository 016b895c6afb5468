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
import qtool.decoders.CrossCapLabels;
import qtool.decoders.DecodingGraph;
import qtool.decoders.HomologyClassDecoder;
import qtool.decoders.MatchingDecoder;
import qtool.dem.CircuitToDem;
import qtool.dem.DemWriter;
import qtool.dem.DetectorCoordinates;
import qtool.dem.DetectorErrorModel;
import qtool.msc.CultivationReport;
import qtool.plot.PlotModel;
import qtool.plot.PngPlotWriter;
import qtool.plot.SvgPlotWriter;
import qtool.stats.TaskStats;
import qtool.stim.StimWriter;
import qtool.decoders.Decoders;
import qtool.gen.CircuitNoiseModel;
import qtool.msc.ColorCultivation;
import qtool.msc.ColorCultivation5;
import qtool.msc.ConnectivityCheck;
import qtool.msc.Rp2Cultivation;
import qtool.msc.Rp2D5Cultivation;
import qtool.stats.CanonicalJson;
import qtool.stim.StabilizerCircuit;
import qtool.target.NoiseModel;
import qtool.target.Target;

/**
 * {@code qtool simulate msc}: magic-state cultivation (S-proxy for T), sampled with every
 * detector post-selected and the discards counted per stage. Implemented so far: the d1 = 3
 * cultivation stage on RP² ({@link Rp2Cultivation}: injection, RP-3 rounds, morph to SRP-3,
 * double check, morph back; its noisy circuit has the published circuit's error model exactly),
 * the d1 = 5 stage ({@link Rp2D5Cultivation}, on the authors' RP-5 schedules), both optionally
 * end-to-end with the escape into a surface code, and the original cultivation's color-code
 * baseline ({@link ColorCultivation}, and for d1 = 5 {@link ColorCultivation5}). Noise comes from
 * the target's noise block, and targets whose
 * coupling map cannot host RP²'s interactions are rejected by {@link ConnectivityCheck}.
 */
@Command(name = "msc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Magic-state cultivation with the S proxy for T. The cultivation stages post-select every"
                + " detector (discards per stage in custom_counts D0, D1, ...). End-to-end (the default for rp2), the"
                + " RP-3 (RP-5) state is then grown into a distance-7 (11) surface code, measured for 3 (5) rounds and decoded exactly"
                + " per logical class, with two soft outputs histogrammed as C<gap_mono>|<gap> / E<gap_mono>|<gap>;"
                + " the report gives keep rate, attempts, Y error with likelihood bounds and expected volume on the"
                + " Pareto front of the two gap thresholds.",
            "Available: --d1 3 with --code rp2 (end-to-end or cultivation) and --code color (the original"
                + " cultivation's color code, cultivation stage only: the baseline); --d1 5 with --code rp2 (RP-3 -> RP-5"
                + " growth, one RP-5 round, SRP-5 double check; end-to-end or cultivation) and with --code color (the"
                + " d1 = 3 stage, growth to d = 5, three superdense cycles and the d = 5 double check; discards D0..D9)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class MscCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--code", paramLabel = "CODE", defaultValue = "rp2", description = "rp2 (default) or color.")
    String code;

    @Option(names = "--d1", paramLabel = "D", defaultValue = "3", description = "Cultivation distance: 3 (default) or 5.")
    int d1;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "end-to-end (default for rp2: cultivation, escape and gap decoding) or cultivation (the"
                    + " post-selected stages alone; the only one, and default, for color).")
    String stage;

    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
            description = "End-to-end: also draw Y error per kept shot against expected volume (the Pareto front).")
    String plot;

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

    /** Set by {@code qtool simulate} without arguments: report on stdout, the CSV only into --csv. */
    boolean reportOnStdout;

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
        if (code.equals("rp2") && d1 == 5) {
            Rp2D5Cultivation g = new Rp2D5Cultivation(rounds);
            noiseless = g.noiseless();
            noisy = g::noisy;
            model = uniform ? CircuitNoiseModel.uniformBeforeMeasure(noise.p()) : CircuitNoiseModel.of(noise);
        } else if (code.equals("rp2")) {
            Rp2Cultivation g = new Rp2Cultivation(rounds);
            noiseless = g.noiseless();
            noisy = g::noisy;
            model = uniform ? CircuitNoiseModel.uniformBeforeMeasure(noise.p()) : CircuitNoiseModel.of(noise);
        } else if (d1 == 5) {
            ColorCultivation5 g = new ColorCultivation5();
            noiseless = g.noiseless();
            noisy = g::noisy;
            model = CircuitNoiseModel.of(noise);
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
        if (!(code.equals("rp2") || code.equals("color"))) {
            throw new CommandLine.ParameterException(cl, "--code must be rp2 or color, not " + code);
        }
        if (d1 != 3 && d1 != 5) {
            throw new CommandLine.ParameterException(cl, "--d1 must be 3 or 5 (asked for --d1 " + d1 + ")");
        }
        if (stage == null) {
            stage = code.equals("rp2") ? "end-to-end" : "cultivation";
        }
        if (!stage.equals("cultivation") && !stage.equals("end-to-end")) {
            throw new CommandLine.ParameterException(cl, "--stage must be cultivation or end-to-end, not " + stage);
        }
        if (code.equals("color") && stage.equals("end-to-end")) {
            throw new CommandLine.ParameterException(cl, "--code color runs the cultivation stage only (the baseline);"
                    + " use --stage cultivation");
        }
        if (plot != null && stage.equals("cultivation")) {
            throw new CommandLine.ParameterException(cl, "--plot draws the end-to-end gap sweep; add --stage end-to-end");
        }
        if (rounds < 1 || rounds > 20) {
            throw new CommandLine.ParameterException(cl, "--rounds must be in [1, 20]");
        }
        int threadCount = run.threadCount(cl);
        if (collection.postselect != null || collection.stageCoordinate != null) {
            throw new CommandLine.ParameterException(cl, "msc sets the post-selection and the stage coordinate (3) itself");
        }
        Target t = TargetsCommand.load(target, cl.getErr());
        NoiseModel noise = GenCommand.targetNoise(cl, t);
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
        if (stage.equals("end-to-end")) {
            return endToEnd(cl, t, noise, m, threadCount);
        }
        if (collection.decoder != null && !collection.decoder.equals(Decoders.PERFECTIONIST)) {
            throw new CommandLine.ParameterException(cl, "the cultivation stage post-selects every detector; --decoder"
                    + " does not apply");
        }
        StabilizerCircuit circuit = circuit(t, noise);
        collection.decoder = Decoders.PERFECTIONIST;
        collection.stageCoordinate = 3;
        CollectionRunner runner = new CollectionRunner(cl, collection, stdout);
        CollectionTask task = runner.task(circuit, CanonicalJson.write(m));
        runner.run(List.of(task), run.seedOrRandom(), threadCount);
        return ExitCodes.OK;
    }

    /**
     * Cultivation, growth into the distance-7 surface code and three rounds (d1 = 3) or the distance-11
     * code and five rounds (d1 = 5); detectors with a stage
     * coordinate are post-selected, the others decoded by {@link HomologyClassDecoder} on the model of
     * the kept shots with the RP² cross-cap labelled ({@link CrossCapLabels}).
     */
    private int endToEnd(CommandLine cl, Target t, NoiseModel noise, Map<String, Object> m, int threadCount) {
        if (collection.decoder != null) {
            throw new CommandLine.ParameterException(cl, "end-to-end decodes the escape stage itself; --decoder does not apply");
        }
        int escapeDistance = d1 == 5 ? ESCAPE_DISTANCE_D5 : ESCAPE_DISTANCE;
        int escapeRounds = d1 == 5 ? ESCAPE_ROUNDS_D5 : ESCAPE_ROUNDS;
        boolean uniform = noise.model() == NoiseModel.Kind.UNIFORM_DEPOLARIZING;
        CircuitNoiseModel model = uniform ? CircuitNoiseModel.uniformBeforeMeasure(noise.p()) : CircuitNoiseModel.of(noise);
        StabilizerCircuit noiseless;
        StabilizerCircuit circuit;
        List<double[]> antipodal;
        qtool.msc.VolumeModel volume;
        if (d1 == 5) {
            Rp2D5Cultivation g = Rp2D5Cultivation.endToEnd(rounds, escapeDistance, escapeRounds);
            noiseless = g.noiseless();
            circuit = g.noisy(model);
            antipodal = g.antipodalDetectors();
            volume = g.volumeModel();
        } else {
            Rp2Cultivation g = Rp2Cultivation.endToEnd(rounds, escapeDistance, escapeRounds);
            noiseless = g.noiseless();
            circuit = g.noisy(model);
            antipodal = g.antipodalDetectors();
            volume = g.volumeModel();
        }
        ConnectivityCheck.problem(noiseless, t).ifPresent(why -> {
            throw new CommandLine.ParameterException(cl, why);
        });
        double[][] coords = DetectorCoordinates.of(CircuitToDem.convert(circuit, false));
        boolean[] mask = new boolean[coords.length];
        int[] stages = new int[coords.length];
        for (int d = 0; d < coords.length; d++) {
            mask[d] = coords[d].length >= 4;
            stages[d] = mask[d] ? (int) coords[d][3] : -1;
        }
        DetectorErrorModel dem = CircuitToDem.convertPostselected(circuit, true, mask);
        int[] seam = antipodal.stream().mapToInt(a -> (int) a[0]).toArray();
        DecodingGraph graph = CrossCapLabels.label(DecodingGraph.of(dem), seam);
        HomologyClassDecoder decoder = new HomologyClassDecoder(graph, MAX_EXACT_EVENTS, new MatchingDecoder(graph));
        m.put("d2", escapeDistance);
        m.put("r2", escapeRounds);
        long[] budgets = collection.budgets(cl);
        CollectionTask task = new CollectionTask(circuit, StimWriter.write(circuit), dem, DemWriter.write(dem),
                DECODER_NAME, decoder, CanonicalJson.write(m), mask, budgets[0], budgets[1], stages);
        CollectionRunner runner = new CollectionRunner(cl, collection, stdout);
        if (reportOnStdout && collection.csv == null && collection.saveResume == null) {
            runner.discardRows();
        }
        TaskStats total = runner.run(List.of(task), run.seedOrRandom(), threadCount).get(0);
        String title = String.format(java.util.Locale.ROOT, "RP² cultivation d1 = %d (%d RP-3 rounds) -> surface code d = %d"
                + " (%d rounds), %s p = %s, target %s", d1, rounds, escapeDistance, escapeRounds, noise.model().yamlName(),
                noise.p(), t.name());
        boolean paperSetting = uniform && noise.p() == 1e-3 && rounds == 2;
        CultivationReport report = new CultivationReport(title, total, volume,
                paperSetting ? (d1 == 5 ? CultivationReport.RP2_D5 : CultivationReport.RP2_D3) : List.of());
        java.io.PrintWriter out = reportOnStdout || collection.csv != null || collection.saveResume != null
                ? cl.getOut() : cl.getErr();
        out.print(report.text());
        out.flush();
        if (plot != null) {
            PlotModel drawing = report.plot().withTitle(String.format(java.util.Locale.ROOT,
                    "RP² cultivation d1 = %d -> surface code d = %d, p = %s", d1, escapeDistance, noise.p()));
            if (plot.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try {
                    PngPlotWriter.write(drawing, 800, 560, bytes);
                } catch (java.io.IOException e) {
                    throw new FileAccessException("write", plot, e);
                }
                OutputFile.writeBytes(cl, plot, bytes.toByteArray());
            } else {
                OutputFile.write(cl, plot, SvgPlotWriter.write(drawing, 800, 560));
            }
        }
        return ExitCodes.OK;
    }

    static final String DECODER_NAME = "exact-2d-gap";
    static final int ESCAPE_DISTANCE = 7;
    static final int ESCAPE_ROUNDS = 3;
    static final int ESCAPE_DISTANCE_D5 = 11;
    static final int ESCAPE_ROUNDS_D5 = 5;
    static final int MAX_EXACT_EVENTS = 16;
}
