package qtool.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qtool.ir.Circuit;
import qtool.models.SpinChain;
import qtool.models.TrotterCircuit;
import qtool.qasm.QasmWriter;

/**
 * {@code qtool gen trotter}: the Trotter circuit of a spin-chain Hamiltonian as OpenQASM 3, the usual
 * input of the {@code aqc} pass (a fine circuit as the target, a coarse one as the ansatz).
 */
@Command(name = "trotter", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Generate the Trotter circuit of e^{-iHt} for an open spin chain as OpenQASM 3."
                + " xxz: H = sum J_i (X X/2 + Y Y/2 + delta Z Z); heisenberg: H = sum J_i (X X + Y Y + delta Z Z);"
                + " tfim: H = sum J_i Z Z + h sum X. --field-disorder W adds sum h_i Z_i with h_i uniform in [-W, W)"
                + " (with heisenberg: the many-body-localisation chain).",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class GenTrotterCommand implements Callable<Integer> {
    /** Largest chain: the file grows linearly, but beyond this the number is a typo. */
    static final int MAX_QUBITS = 100_000;

    enum Model { xxz, heisenberg, tfim }

    enum Initial { zeros, neel }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", description = "xxz, heisenberg or tfim (or give --model-file).")
    Model model;

    @Option(names = "--n", paramLabel = "N", description = "Number of qubits in the chain (at least 2; with --model).")
    Integer n;

    @Option(names = "--model-file", paramLabel = "FILE",
            description = "Read the model from YAML instead of --model/--n/--j/--seed/--delta/--field: keys model,"
                    + " couplings (one J per bond) or n with j or seed, delta, field, and z_fields (one per qubit)"
                    + " or disorder with disorder_seed.")
    java.nio.file.Path modelFile;

    @Option(names = "--t", required = true, paramLabel = "TIME", description = "Evolution time.")
    double time;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "Number of Trotter steps (at least 1).")
    int steps;

    @Option(names = "--order", paramLabel = "1|2", defaultValue = "2",
            description = "Product formula: 1 (Lie-Trotter) or 2 (Suzuki, half steps merged; default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--j", paramLabel = "J", defaultValue = "1",
            description = "Coupling of every bond (default: ${DEFAULT-VALUE}); ignored with --seed.")
    double coupling;

    @Option(names = "--seed", paramLabel = "S",
            description = "Draw each bond's J uniformly from [0.5, 1.5) with this seed instead of --j.")
    Long seed;

    @Option(names = "--delta", paramLabel = "D", defaultValue = "1",
            description = "ZZ anisotropy of xxz and heisenberg (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--field", paramLabel = "H", defaultValue = "1",
            description = "Transverse field h of tfim (default: ${DEFAULT-VALUE}).")
    double field;

    @Option(names = "--field-disorder", paramLabel = "W",
            description = "Add Z fields sum h_i Z_i, h_i uniform in [-W, W) drawn with --disorder-seed (default: none).")
    Double fieldDisorder;

    @Option(names = "--disorder-seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the --field-disorder draws (default: ${DEFAULT-VALUE}).")
    long disorderSeed;

    @Option(names = "--initial", paramLabel = "STATE", defaultValue = "zeros",
            description = "Initial state prepared by the circuit: zeros (|0...0>, the default) or neel (X on odd qubits).")
    Initial initial;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = OutputFile.STDOUT,
            description = "Output file; '-' (the default) writes stdout.")
    String output;

    @Override
    public Integer call() {
        if (fieldDisorder != null && (!Double.isFinite(fieldDisorder) || fieldDisorder < 0)) {
            throw new ParameterException(spec.commandLine(), "--field-disorder must be a finite number >= 0, not " + fieldDisorder);
        }
        if (modelFile != null) {
            if (model != null || n != null) {
                throw new ParameterException(spec.commandLine(), "give --model-file or --model and --n, not both");
            }
            if (fieldDisorder != null) {
                throw new ParameterException(spec.commandLine(), "with --model-file, give the fields in the file (disorder:), not --field-disorder");
            }
        } else if (model == null || n == null) {
            throw new ParameterException(spec.commandLine(), "Missing required options: --model and --n (or --model-file)");
        } else if (n < 2 || n > MAX_QUBITS) {
            throw new ParameterException(spec.commandLine(), "--n must be in 2.." + MAX_QUBITS + ", not " + n);
        }
        if (steps < 1) {
            throw new ParameterException(spec.commandLine(), "--steps must be at least 1, not " + steps);
        }
        if (order != 1 && order != 2) {
            throw new ParameterException(spec.commandLine(), "--order must be 1 or 2, not " + order);
        }
        for (double v : new double[] {time, coupling, delta, field}) {
            if (!Double.isFinite(v)) {
                throw new ParameterException(spec.commandLine(), "--t, --j, --delta and --field must be finite numbers");
            }
        }
        SpinChain chain;
        if (modelFile != null) {
            String text;
            try {
                text = java.nio.file.Files.readString(modelFile, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new FileAccessException("read", modelFile.toString(), e);
            }
            chain = qtool.models.SpinChainYaml.parse(text, modelFile.toString());
        } else {
            SpinChain.Kind kind = SpinChain.Kind.valueOf(model.name().toUpperCase(Locale.ROOT));
            chain = seed == null ? SpinChain.uniform(kind, n, coupling, delta, field)
                    : SpinChain.randomCouplings(kind, n, seed, delta, field);
            if (fieldDisorder != null) {
                chain = chain.withFieldDisorder(fieldDisorder, disorderSeed);
            }
        }
        Circuit c = TrotterCircuit.build(chain, time, steps, order,
                initial == Initial.neel ? TrotterCircuit.Initial.NEEL : TrotterCircuit.Initial.ZEROS);
        OutputFile.write(spec.commandLine(), output, QasmWriter.qasm3().write(c));
        return ExitCodes.OK;
    }
}
