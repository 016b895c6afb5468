package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import qtool.qasm.QasmWriter;
import qtool.qubo.MdkpInstance;
import qtool.qubo.MisInstance;
import qtool.qubo.ProblemInstance;
import qtool.qubo.QapInstance;
import qtool.qubo.QuboInstance;
import qtool.qubo.QuboShrinkPipeline;
import qtool.qubo.ShrinkOutcome;
import qtool.qubo.ShrinkReport;
import qtool.qubo.ShrinkSettings;
import qtool.qubo.io.MdkpReader;
import qtool.qubo.io.MisReader;
import qtool.qubo.io.QapReader;
import qtool.qubo.io.QuboFileReader;
import qtool.qubo.shrink.CorrelationSource;
import qtool.qubo.shrink.QaoaCorrelations;
import qtool.qubo.shrink.SdpCorrelations;
import qtool.qubo.solve.DiagonalQaoa;

/**
 * {@code qtool compile qubo}: reads a constrained problem (or a plain QUBO), shrinks its QUBO
 * graph to the qubit budget, optimises QAOA angles on the shrunk problem and writes the QAOA
 * circuit as OpenQASM 3. With {@code --solve} it also samples, expands, repairs and polishes a
 * solution. The report goes to stderr (and to {@code --report} as JSON); the circuit is the data.
 * A file literally named {@code qubo} is still compiled by {@code qtool compile ./qubo}.
 */
@Command(name = "qubo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Shrink a constrained problem's QUBO graph (adaptive, constraint-aware merging) and write the QAOA"
                + " circuit of the shrunk problem as OpenQASM 3; --solve also samples, repairs and polishes a solution.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class CompileQuboCommand implements Callable<Integer> {
    /** Problem file formats. */
    enum Problem {
        MDKP, MIS, QAP, QUBO;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Correlation sources. */
    enum Correlations {
        SDP, QAOA1;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** MDKP encodings. */
    enum MdkpForm {
        SLACK, LAGRANGIAN;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Qubit budget when neither --max-qubits nor --target is given. */
    static final int DEFAULT_QUBITS = 16;

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "KIND",
            description = "Input format: ${COMPLETION-CANDIDATES} (MDKP: SAC-94 format; MIS: DIMACS 'p edge'; QAP: QAPLIB;"
                    + " qubo: sparse QUBO/Ising YAML or JSON).")
    Problem problem;

    @Parameters(index = "0", paramLabel = "FILE", description = "Problem file.")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "-",
            description = "QAOA circuit (OpenQASM 3); '-' (the default) writes stdout.")
    String output;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the report as JSON.")
    String report;

    @Option(names = "--max-qubits", paramLabel = "N",
            description = "Qubits of the shrunk problem, 0.." + DiagonalQaoa.MAX_QUBITS
                    + " (default: the target's qubit count capped at " + DiagonalQaoa.MAX_QUBITS + ", else "
                    + DEFAULT_QUBITS + ").")
    Integer maxQubits;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME|FILE", description = "Hardware target whose qubit count is the default budget.")
    String target;

    @Option(names = "--solve", description = "Sample the QAOA state, expand, verify, repair and polish a solution; compare with simulated annealing.")
    boolean solve;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--correlations", paramLabel = "SOURCE", defaultValue = "sdp",
            description = "Correlation source: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Correlations correlations;

    @Option(names = "--recompute-every", paramLabel = "K", defaultValue = "5",
            description = "Recompute correlations after K merges (default: ${DEFAULT-VALUE}).")
    int recomputeEvery;

    @Option(names = "--recompute-drop", paramLabel = "F", defaultValue = "0.8",
            description = "Also recompute when the best |correlation| falls below F times its value after the last update"
                    + " (default: ${DEFAULT-VALUE}).")
    double dropFraction;

    @Option(names = {"-p", "--depth"}, paramLabel = "P", defaultValue = "2", description = "QAOA layers (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "60",
            description = "Nelder–Mead evaluations per QAOA layer (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--shots", paramLabel = "N", defaultValue = "1024", description = "Samples of the QAOA state (default: ${DEFAULT-VALUE}).")
    int shots;

    @Option(names = "--penalty", paramLabel = "X",
            description = "Penalty weight: MIS edge weight B (default 2); QAP one-hot factor (default 1); MDKP slack A/max"
                    + " profit (default 2) or Lagrangian rho/items (default 4).")
    Double penalty;

    @Option(names = "--mdkp-form", paramLabel = "FORM", defaultValue = "lagrangian",
            description = "MDKP encoding: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MdkpForm mdkpForm;

    @Option(names = "--optimum", paramLabel = "V", description = "Known optimum, for the ratio (MDKP files carry their own).")
    Double optimum;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int budget = budget(err);
        if (depth < 1 || evaluations < 1 || shots < 1 || recomputeEvery < 1 || !(dropFraction >= 0 && dropFraction <= 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--depth, --evaluations, --shots and --recompute-every must be positive, --recompute-drop in [0, 1]");
        }
        if (penalty != null && !(penalty > 0 && Double.isFinite(penalty))) {
            throw new ParameterException(spec.commandLine(), "--penalty must be a positive number");
        }
        ProblemInstance instance = instance(read());
        CorrelationSource source = correlations == Correlations.SDP ? new SdpCorrelations() : new QaoaCorrelations();
        ShrinkSettings settings = new ShrinkSettings(budget, source, recomputeEvery, dropFraction, depth, evaluations, shots,
                200, solve, seed);
        ShrinkOutcome outcome = QuboShrinkPipeline.run(instance, settings);
        OutputFile.write(spec.commandLine(), output, QasmWriter.qasm3().write(outcome.circuit()));
        if (report != null) {
            OutputFile.write(spec.commandLine(), report, ShrinkReport.json(outcome));
        }
        err.print(ShrinkReport.text(outcome));
        err.flush();
        return ExitCodes.OK;
    }

    private int budget(PrintWriter err) {
        if (maxQubits != null) {
            if (maxQubits < 0 || maxQubits > DiagonalQaoa.MAX_QUBITS) {
                throw new ParameterException(spec.commandLine(),
                        "--max-qubits must be in [0, " + DiagonalQaoa.MAX_QUBITS + "], not " + maxQubits);
            }
            return maxQubits;
        }
        if (target != null) {
            return Math.min(TargetsCommand.load(target, err).numQubits(), DiagonalQaoa.MAX_QUBITS);
        }
        return DEFAULT_QUBITS;
    }

    private String read() {
        if (Files.isDirectory(file)) {
            throw new FileAccessException("read", file.toString(), "is a directory");
        }
        if (!Files.exists(file)) {
            throw new FileAccessException("read", file.toString(), "no such file or directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileAccessException("read", file.toString(), e);
        }
    }

    private ProblemInstance instance(String text) {
        String name = file.toString();
        OptionalDouble known = optimum == null ? OptionalDouble.empty() : OptionalDouble.of(optimum);
        switch (problem) {
            case MIS:
                return new MisInstance(MisReader.read(name, text), penalty == null ? 2 : penalty, known);
            case QAP:
                return new QapInstance(QapReader.read(name, text), penalty == null ? 1 : penalty, 1000, known);
            case MDKP: {
                qtool.qubo.model.Mdkp m = MdkpReader.read(name, text);
                if (optimum != null) {
                    m = new qtool.qubo.model.Mdkp(m.profits(), m.weights(), m.capacities(), known);
                }
                MdkpInstance.Form form = mdkpForm == MdkpForm.SLACK ? MdkpInstance.Form.SLACK : MdkpInstance.Form.LAGRANGIAN;
                double def = form == MdkpInstance.Form.SLACK ? 2 : 4;
                return new MdkpInstance(m, form, penalty == null ? def : penalty, new Random(seed ^ 0x5DEECE66DL));
            }
            default: {
                QuboFileReader.Result r = QuboFileReader.read(name, text);
                return new QuboInstance(r.qubo(), optimum == null ? r.optimum() : known);
            }
        }
    }
}
