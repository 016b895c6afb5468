package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.qubo.MdkpInstance;
import qtool.qubo.MisInstance;
import qtool.qubo.ProblemInstance;
import qtool.qubo.QapInstance;
import qtool.qubo.QuboShrinkPipeline;
import qtool.qubo.ShrinkOutcome;
import qtool.qubo.ShrinkSettings;
import qtool.qubo.io.MdkpReader;
import qtool.qubo.io.MisReader;
import qtool.qubo.io.QapReader;
import qtool.qubo.shrink.QaoaCorrelations;
import qtool.qubo.shrink.SdpCorrelations;

/**
 * {@code qtool bench qubo FILE...}: runs {@code compile qubo --solve} on benchmark instances and
 * prints one Markdown row per instance — sizes, merges, vetoes, feasibility, objective before and
 * after polish, the known optimum and ratio, the wall time of each stage and the thread's CPU time
 * (the honest figure on a shared machine). The problem kind is the
 * name of the file's directory (mdkp, mis or qap, as in the shared reference set); optima come from
 * the file (MDKP) or from a {@code | name | ... | optimum |} row of the README.md one level up.
 */
@Command(name = "qubo", description = "Shrink + QAOA + repair on MDKP/MIS/QAP instances; Markdown table of quality and stage times.")
final class BenchQuboCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Instances in directories named mdkp, mis or qap.")
    List<Path> files;

    @Option(names = "--max-qubits", paramLabel = "N", defaultValue = "20", description = "Qubits of the shrunk problem (default: ${DEFAULT-VALUE}).")
    int maxQubits;

    @Option(names = {"-p", "--depth"}, paramLabel = "P", defaultValue = "2", description = "QAOA layers (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--correlations", paramLabel = "SOURCE", defaultValue = "sdp", description = "sdp or qaoa1 (default: ${DEFAULT-VALUE}).")
    String correlations;

    @Option(names = "--mdkp-form", paramLabel = "FORM", defaultValue = "lagrangian", description = "slack or lagrangian (default: ${DEFAULT-VALUE}).")
    String mdkpForm;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (maxQubits < 0 || maxQubits > 24) {
            throw new ParameterException(spec.commandLine(), "--max-qubits must be in [0, 24]");
        }
        if (!List.of("sdp", "qaoa1").contains(correlations) || !List.of("slack", "lagrangian").contains(mdkpForm)) {
            throw new ParameterException(spec.commandLine(), "--correlations sdp|qaoa1, --mdkp-form slack|lagrangian");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("| instance | n (QUBO) | n after | merges | vetoes | feasible | objective before polish | objective"
                + " | SA baseline | optimum | ratio | build ms | shrink ms | solve ms | repair ms | CPU s |");
        out.println("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Path f : files) {
            ProblemInstance instance = instance(f);
            ShrinkSettings s = new ShrinkSettings(maxQubits, correlations.equals("sdp") ? new SdpCorrelations()
                    : new QaoaCorrelations(), 5, 0.8, depth, 60, 1024, 200, true, seed);
            long cpu0 = cpu.getCurrentThreadCpuTime();
            ShrinkOutcome o = QuboShrinkPipeline.run(instance, s);
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %.0f | %.0f | %.0f | %.0f | %.1f |",
                    f.getFileName(), o.quboVariables(), o.variablesAfter(), o.merges(), o.vetoes(),
                    o.feasible() ? "yes" : "no", num(o.objectiveBeforePolish()), num(o.objective()), num(o.annealObjective()),
                    o.optimum().isPresent() ? num(o.optimum().getAsDouble()) : "?",
                    Double.isNaN(o.ratio()) ? "?" : String.format(Locale.ROOT, "%.3f", o.ratio()), o.buildMs(), o.shrinkMs(),
                    o.solveMs(), o.repairMs(), cpuSeconds));
            out.flush();
        }
        return 0;
    }

    private ProblemInstance instance(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String kind = f.toAbsolutePath().getParent().getFileName().toString();
        OptionalDouble opt = qtool.qubo.io.ReferenceOptima.lookup(f);
        switch (kind) {
            case "mis":
                return new MisInstance(MisReader.read(f.toString(), text), 2, opt);
            case "qap":
                return new QapInstance(QapReader.read(f.toString(), text), 1, 1000, opt);
            case "mdkp":
                boolean slack = mdkpForm.equals("slack");
                return new MdkpInstance(MdkpReader.read(f.toString(), text),
                        slack ? MdkpInstance.Form.SLACK : MdkpInstance.Form.LAGRANGIAN, slack ? 2 : 4,
                        new Random(seed ^ 0x5DEECE66DL));
            default:
                throw new ParameterException(spec.commandLine(), f + ": directory must be mdkp, mis or qap");
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
