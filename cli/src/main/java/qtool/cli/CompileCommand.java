package qtool.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.ir.Circuit;
import qtool.ir.CircuitStats;
import qtool.pass.PassManager;
import qtool.target.Target;
import qtool.qasm.CircuitJson;
import qtool.qasm.QasmReader;
import qtool.qasm.QasmWriter;

/**
 * {@code qtool compile}: reads an OpenQASM 2 or 3 file (or stdin) and writes the circuit as
 * OpenQASM 3, OpenQASM 2 or JSON to a file (or stdout). Reader warnings and {@code --stats} go to
 * stderr so that stdout carries only data. A file output is written to a temporary file beside
 * the target and renamed over it only when everything succeeded, so a failed run never leaves a
 * half-written file.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        subcommands = CompileQuboCommand.class,
        description = "Read an OpenQASM 2 or 3 circuit, optionally compile it for a hardware target, and write it as"
                + " OpenQASM 3, OpenQASM 2 or JSON.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class CompileCommand implements Callable<Integer> {
    /** Output formats of {@code --emit}. */
    enum Emit {
        QASM3, QASM2, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Formats of {@code --stats-format}. */
    enum StatsFormat {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String STDIO = "-";

    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from; tests replace it. */
    InputStream stdin = System.in;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN", defaultValue = STDIO,
            description = "OpenQASM input file (version from its header); '-' or none reads stdin.")
    String input;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = STDIO,
            description = "Output file; '-' (the default) writes stdout. Written only when compilation succeeds.")
    String output;

    @Option(names = "--emit", paramLabel = "FORMAT", defaultValue = "qasm3",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Emit emit;

    @Option(names = "--stats", description = "Print circuit statistics (size, depth, gate counts) to stderr.")
    boolean stats;

    @Option(names = "--stats-format", paramLabel = "FORMAT",
            description = "Statistics format: ${COMPLETION-CANDIDATES} (default: text); implies --stats.")
    StatsFormat statsFormat;

    @Option(names = {"-I", "--include-path"}, paramLabel = "DIR",
            description = "Directory searched for include files after the including file's own directory; repeatable.")
    List<Path> includePaths = new ArrayList<>();

    private Integer qasmVersion;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME|FILE",
            description = "Compile for this hardware target: a bundled profile (see `qtool targets list`) or a YAML file.")
    String target;

    @Option(names = {"-O", "--optimization-level"}, paramLabel = "0-3", defaultValue = "1",
            description = "With --target: 0 translate and route only; 1 also cancel and fuse gates; 2 also SABRE layout"
                    + " and commutation-aware cancellation; 3 also 2-qubit block resynthesis (default: ${DEFAULT-VALUE}).")
    int level;

    @Option(names = "--passes", paramLabel = "PASS[,PASS...]", split = ",",
            description = "Run exactly these passes in order instead of a preset. Names: basis-translator, trivial-layout,"
                    + " sabre-layout, sabre-swap, gate-direction, remove-identities, cancel-inverses, commutative-cancellation,"
                    + " optimize-1q-runs, resynthesize-2q-blocks, check-map, check-basis, estimate-success.")
    List<String> passes = new ArrayList<>();

    @Option(names = "--pass", paramLabel = "NAME[:KEY=VALUE,...]",
            description = "Run this pass, with its settings, before the target's preset (or the --passes list);"
                    + " repeatable, runs in the order given. Its report goes to stderr. See `qtool compile --list-passes`.")
    List<String> passSpecs = new ArrayList<>();

    @Option(names = "--list-passes", description = "List the passes --pass and --passes accept, with their settings, and exit.")
    boolean listPasses;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed for every random choice (layout trials, routing ties); same seed, same output (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict-qelib1",
            description = "Make qelib1.inc provide only the 23 gates of the OpenQASM 2 paper, as strict Qiskit does.")
    boolean strictQelib1;

    @Option(names = "--qasm-version", paramLabel = "2|3",
            description = "OpenQASM version of input without an OPENQASM header (default: 3, or 2 when it includes qelib1.inc); a header always wins.")
    void setQasmVersion(int version) {
        if (version != 2 && version != 3) {
            throw new ParameterException(spec.commandLine(), "--qasm-version must be 2 or 3, not " + version);
        }
        this.qasmVersion = version;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (level < 0 || level > 3) {
            throw new ParameterException(spec.commandLine(), "-O must be 0, 1, 2 or 3, not " + level);
        }
        if (listPasses) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(passList());
            out.flush();
            return ExitCodes.OK;
        }
        Target device = target == null ? null : TargetsCommand.load(target, err);
        TargetCompiler compiler = null;
        PassManager pm = null;
        if (device != null || !passes.isEmpty() || !passSpecs.isEmpty()) {
            compiler = new TargetCompiler(device, level, passes, passSpecs, baseDirectory(), seed);
            try {
                pm = compiler.passManager();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Circuit circuit = read(err);
        if (compiler != null) {
            circuit = compiler.compile(circuit, pm);
        }
        String text;
        switch (emit) {
            case QASM2:
                text = QasmWriter.qasm2().write(circuit);
                break;
            case JSON:
                text = CircuitJson.write(circuit);
                break;
            default:
                text = QasmWriter.qasm3().write(circuit);
        }
        writeOutput(text);
        if (compiler != null && statsFormat != StatsFormat.JSON) {
            err.print(compiler.passReportsText());
            err.flush();
        }
        if ((stats || statsFormat != null) && compiler != null) {
            boolean verbose = spec.commandLine().getParseResult() != null && verbose();
            err.print(statsFormat == StatsFormat.JSON ? compiler.reportJson(verbose) : compiler.reportText(verbose));
            err.flush();
        } else if (stats || statsFormat != null) {
            CircuitStats s = CircuitStats.of(circuit);
            err.print(statsFormat == StatsFormat.JSON ? s.toJson() : s.toText());
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** Where relative paths in pass settings resolve: the working directory, as for every other path argument. */
    private static Path baseDirectory() {
        return Path.of("").toAbsolutePath();
    }

    static String passList() {
        StringBuilder sb = new StringBuilder("Passes with settings (--pass NAME:KEY=VALUE,...):\n");
        for (var e : qtool.passes.PassCatalog.configurable().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-24s %s%n", e.getKey(), e.getValue().description()));
        }
        sb.append("Plain passes (--passes A,B,... or --pass NAME):\n");
        for (String n : qtool.passes.PassCatalog.names()) {
            sb.append("  ").append(n).append('\n');
        }
        return sb.toString();
    }

    /** Whether --verbose was given anywhere on the command line (it is inherited from the root). */
    private boolean verbose() {
        for (picocli.CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private Circuit read(PrintWriter err) {
        QasmReader reader = QasmReader.builder()
                .includePaths(includePaths)
                .qasmVersion(qasmVersion)
                .strictQelib1(strictQelib1)
                .warnings(d -> {
                    err.println(d.format());
                    err.flush();
                })
                .build();
        if (STDIO.equals(input)) {
            String source;
            try {
                source = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FileAccessException("read", "<stdin>", e);
            }
            return reader.read(source, "<stdin>", Path.of("").toAbsolutePath());
        }
        Path file = Path.of(input);
        if (Files.isDirectory(file)) {
            throw new FileAccessException("read", input, "is a directory");
        }
        if (!Files.exists(file)) {
            throw new FileAccessException("read", input, "no such file or directory");
        }
        try {
            return reader.read(file);
        } catch (IOException e) {
            throw new FileAccessException("read", input, e);
        }
    }

    private void writeOutput(String text) {
        OutputFile.write(spec.commandLine(), output, text);
    }
}
