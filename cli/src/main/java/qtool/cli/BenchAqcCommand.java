package qtool.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.ZMatrixRMaj;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qtool.aqc.AqcCompile;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.models.SpinChain;
import qtool.models.TrotterCircuit;
import qtool.mps.Mps;
import qtool.mps.MpsSimulator;
import qtool.pass.PropertySet;

/**
 * {@code qtool bench aqc}: the AQC-Tensor reproduction and scale runs. Builds a spin-chain target (a
 * fine Trotter circuit, the stand-in for exact evolution) and a coarse ansatz circuit, optionally
 * scans Trotter step counts for the depth a plain Trotter circuit needs to reach the goal fidelity,
 * runs the {@code aqc} pass and prints its numbers: fidelities (re-checked by state vector up to 12
 * qubits, by MPS overlap beyond), iterations, time per cost+gradient evaluation, total time, heap peak.
 */
@Command(name = "aqc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Run AQC on a generated spin-chain evolution and report fidelities, depths and timings.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE})
final class BenchAqcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "xxz", description = "xxz, heisenberg or tfim (default: ${DEFAULT-VALUE}).")
    GenTrotterCommand.Model model;

    @Option(names = "--n", defaultValue = "10", description = "Chain length (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--t", defaultValue = "0.2", description = "Evolution time (default: ${DEFAULT-VALUE}).")
    double time;

    @Option(names = "--seed", description = "Random couplings J_i in [0.5, 1.5) with this seed; uniform J = 1 without it.")
    Long seed;

    @Option(names = "--delta", defaultValue = "1", description = "ZZ coupling factor delta of xxz and heisenberg, as in gen trotter (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--field-disorder", paramLabel = "W",
            description = "Add Z fields sum h_i Z_i, h_i uniform in [-W, W) (as in gen trotter; default: none).")
    Double fieldDisorder;

    @Option(names = "--disorder-seed", defaultValue = "0", description = "Seed of the --field-disorder draws (default: ${DEFAULT-VALUE}).")
    long disorderSeed;

    @Option(names = "--target-steps", defaultValue = "32", description = "Second-order steps of the target circuit (default: ${DEFAULT-VALUE}).")
    int targetSteps;

    @Option(names = "--ansatz-steps", defaultValue = "1", description = "Steps of the coarse ansatz circuit (default: ${DEFAULT-VALUE}).")
    int ansatzSteps;

    @Option(names = "--ansatz-order", defaultValue = "2", description = "Order of the coarse circuit (default: ${DEFAULT-VALUE}).")
    int ansatzOrder;

    @Option(names = "--trotter-scan", defaultValue = "0",
            description = "Also find the fewest Trotter steps (up to this many, of --trotter-order) reaching --fidelity against the target.")
    int trotterScan;

    @Option(names = "--trotter-scan-from", defaultValue = "1",
            description = "First step count of the scan (doubled until one passes, then bisection; default: ${DEFAULT-VALUE}).")
    int trotterScanFrom;

    @Option(names = "--trotter-order", defaultValue = "2", description = "Order of the --trotter-scan circuits, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int trotterOrder;

    @Option(names = "--check-steps", defaultValue = "0",
            description = "Convergence check of the target: also simulate it with this many second-order steps at --check-bond"
                    + " and print the fidelity between the two (default: no check).")
    int checkSteps;

    @Option(names = "--check-bond", defaultValue = "0", description = "Max bond of the --check-steps run (default: 2 x --max-bond).")
    int checkBond;

    @Option(names = "--stages", defaultValue = "1",
            description = "Incremental time stepping: fit at t/S, 2t/S, ..., t, each stage starting from whichever is closest"
                    + " of the coarse circuit for that time, the previous parameters, the previous parameters followed by the"
                    + " step's Z-field rotations, and the extrapolation of the last two fits (default: ${DEFAULT-VALUE}).")
    int stages;

    @Option(names = "--stage-iterations", defaultValue = "-1",
            description = "L-BFGS iterations of each stage before the last (default: --max-iterations): intermediate fits"
                    + " only need to give the next stage a good start.")
    int stageIterations;

    @Option(names = "--stage-fidelity", defaultValue = "0",
            description = "Goal fidelity of each stage before the last (default 0: --fidelity); above --fidelity, an"
                    + " intermediate fit goes on past the goal so that the next stage starts closer.")
    double stageFidelity;

    @Option(names = "--extra-layers", defaultValue = "0",
            description = "Brickwork layers of KAK blocks added after the coarse circuit's, starting as the identity (so"
                    + " the start fidelity is unchanged), for an ansatz deeper than the coarse circuit (default: ${DEFAULT-VALUE}).")
    int extraLayers;

    @Option(names = "--fidelity", defaultValue = "0.9999", description = "Goal fidelity (default: ${DEFAULT-VALUE}).")
    double fidelity;

    @Option(names = "--max-iterations", defaultValue = "500", description = "L-BFGS iterations (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--max-bond", defaultValue = "128", description = "MPS bond limit (default: ${DEFAULT-VALUE}).")
    int maxBond;

    @Option(names = "--time-limit", defaultValue = "0", paramLabel = "SECONDS",
            description = "Stop the fit after the iteration that passes this many seconds of wall time since the start,"
                    + " skip any stages left, and still check and print the result (default 0: no limit).")
    double timeLimit;

    @Option(names = "--fit-bond", defaultValue = "0",
            description = "Max bond of the states inside the cost and gradient (default 0: --max-bond). The target, the"
                    + " Trotter scan and the final fidelity check keep --max-bond, so a smaller value only makes the fit"
                    + " cheaper and its gradient approximate; the reported fidelity stays exact at --max-bond.")
    int fitBond;

    @Option(names = "--cutoff", defaultValue = "1e-10", description = "MPS truncation cutoff (default: ${DEFAULT-VALUE}).")
    double cutoff;

    @Override
    public Integer call() {
        if (n < 2 || targetSteps < 1 || ansatzSteps < 1 || (ansatzOrder != 1 && ansatzOrder != 2)
                || (trotterOrder != 1 && trotterOrder != 2)) {
            throw new ParameterException(spec.commandLine(), "need --n >= 2, steps >= 1 and --ansatz-order, --trotter-order 1 or 2");
        }
        PrintWriter out = spec.commandLine().getOut();
        SpinChain.Kind kind = SpinChain.Kind.valueOf(model.name().toUpperCase(Locale.ROOT));
        if (fieldDisorder != null && (!Double.isFinite(fieldDisorder) || fieldDisorder < 0)) {
            throw new ParameterException(spec.commandLine(), "--field-disorder must be a finite number >= 0");
        }
        SpinChain chain = seed == null ? SpinChain.uniform(kind, n, 1, delta, 1) : SpinChain.randomCouplings(kind, n, seed, delta, 1);
        if (fieldDisorder != null) {
            chain = chain.withFieldDisorder(fieldDisorder, disorderSeed);
        }
        Circuit target = TrotterCircuit.build(chain, time, targetSteps, 2, TrotterCircuit.Initial.NEEL);
        Circuit coarse = TrotterCircuit.build(chain, time, ansatzSteps, ansatzOrder, TrotterCircuit.Initial.NEEL);
        out.printf(Locale.ROOT, "model %s, n %d, t %s, target %d steps (2q depth %d), ansatz %d steps order %d (2q depth %d)%n",
                model, n, time, targetSteps, AqcCompile.twoQubitDepth(target), ansatzSteps, ansatzOrder,
                AqcCompile.twoQubitDepth(coarse));
        out.flush();
        if (stages < 1 || extraLayers < 0 || fitBond < 0 || !(stageFidelity >= 0 && stageFidelity <= 1)
                || !(timeLimit >= 0)) {
            throw new ParameterException(spec.commandLine(), "need --stages >= 1, --extra-layers >= 0, --fit-bond >= 0,"
                    + " --stage-fidelity in [0, 1] and --time-limit >= 0");
        }
        if (stages > 1 || extraLayers > 0 || fitBond > 0 || timeLimit > 0) {
            return staged(out, chain);
        }
        if (trotterScan > 0 || checkSteps > 0) {
            Mps reference = MpsSimulator.run(target, maxBond, cutoff);
            reference.normalize();
            out.printf(Locale.ROOT, "target: bond %d, truncation %.2g%n", reference.largestBond(), reference.truncationError());
            if (checkSteps > 0) {
                referenceCheck(out, chain, reference);
            }
            if (trotterScan > 0) {
                trotterBaseline(out, chain, reference);
            }
        }
        AqcCompile pass = new AqcCompile(new AqcCompile.Settings(coarse, 0, fidelity, maxIterations, maxBond, cutoff));
        Circuit result = pass.run(target, new PropertySet());
        AqcCompile.Outcome o = pass.lastOutcome();
        double check;
        String how;
        if (n <= 12) {
            check = fidelity(StatevectorSimulator.run(target), StatevectorSimulator.run(result));
            how = "statevector";
        } else {
            check = o.verifiedFidelity();
            how = "MPS overlap";
        }
        out.printf(Locale.ROOT, "aqc: %d parameters, fidelity %.6f -> %.6f (%s check %.6f), %d iterations, %d evaluations, stop %s%n",
                o.parameters(), o.startFidelity(), o.endFidelity(), how, check, o.iterations(), o.evaluations(),
                o.stop().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "aqc: 2q depth %d -> %d, 2q gates %d -> %d, target bond %d (truncation %.2g), ansatz bond %d%n",
                AqcCompile.twoQubitDepth(target), AqcCompile.twoQubitDepth(result), AqcCompile.twoQubitGates(target),
                AqcCompile.twoQubitGates(result), o.targetBond(), o.targetTruncation(), o.ansatzBond());
        out.printf(Locale.ROOT, "time: target %.2f s, optimisation %.2f s (%.1f ms per cost+gradient), total %.2f s; heap peak %d MB; CPU %.2f s%n",
                o.targetSeconds(), o.optimiseSeconds(), 1000 * o.optimiseSeconds() / Math.max(1, o.evaluations()), o.seconds(),
                heapPeakMb(), cpuSeconds());
        out.flush();
        return ExitCodes.OK;
    }

    /** The incremental-time run: one fit per stage, the target evolved stage by stage. */
    private int staged(PrintWriter out, SpinChain chain) {
        long t0 = System.nanoTime();
        long deadline = timeLimit > 0 ? t0 + (long) (timeLimit * 1e9) : t0 + Long.MAX_VALUE / 2;
        double reachedTime = time;
        Mps target = Mps.zeros(n, maxBond, cutoff);
        Circuit neel = TrotterCircuit.build(chain, 0, 1, 2, TrotterCircuit.Initial.NEEL);
        MpsSimulator.apply(neel, target);
        int stepsPerStage = Math.max(1, targetSteps / stages);
        AqcCompile.Settings settings = new AqcCompile.Settings(TrotterCircuit.build(chain, time, 1, 2,
                TrotterCircuit.Initial.NEEL), 0, fidelity, maxIterations, fitMaxBond(), cutoff);
        qtool.aqc.KakAnsatz ansatz = null;
        double[] params = null;
        double[] olderParams = null;
        double[] previousCoarse = null;
        double targetSeconds = 0;
        double optimiseSeconds = 0;
        int evaluations = 0;
        int iterations = 0;
        int ansatzBond = 0;
        for (int s = 1; s <= stages; s++) {
            double ts = time * s / stages;
            long a = System.nanoTime();
            MpsSimulator.apply(TrotterCircuit.build(chain, time / stages, stepsPerStage, 2, TrotterCircuit.Initial.ZEROS),
                    target);
            Mps normalised = target.copy();
            normalised.normalize();
            long b = System.nanoTime();
            targetSeconds += (b - a) / 1e9;
            qtool.aqc.KakAnsatz.Fitted coarse = qtool.aqc.KakAnsatz.fromCircuit(TrotterCircuit.build(chain, ts, ansatzSteps,
                    ansatzOrder, TrotterCircuit.Initial.NEEL));
            if (extraLayers > 0) {
                qtool.aqc.KakAnsatz wider = coarse.ansatz().withExtraLayers(extraLayers);
                coarse = new qtool.aqc.KakAnsatz.Fitted(wider, coarse.ansatz().padded(coarse.parameters(), wider));
            }
            String from = "coarse";
            String candidates = "";
            if (ansatz == null) {
                ansatz = coarse.ansatz();
                params = coarse.parameters();
            } else {
                // Candidates: the coarse circuit for this time, the previous fit, the previous fit followed by the
                // free Z-field rotations of the time step (a big part of the change when the fields are strong), and
                // the extrapolation below; the one with the lowest cost starts the stage.
                qtool.aqc.FidelityObjective probe = new qtool.aqc.FidelityObjective(ansatz, normalised, fitMaxBond(), cutoff);
                double[] h = chain.zFields();
                double[] theta = new double[n];
                for (int q = 0; q < n; q++) {
                    theta[q] = 2 * h[q] * time / stages;
                }
                double[] moved = ansatz.followedByRz(params, theta);
                double best = probe.cost(coarse.parameters());
                double previous = probe.cost(params);
                double shifted = chain.hasZFields() ? probe.cost(moved) : Double.POSITIVE_INFINITY;
                // Linear extrapolation of the last two fits: the optimum moves smoothly with t when each
                // stage starts from the one before.
                double[] extrapolated = null;
                double ahead = Double.POSITIVE_INFINITY;
                if (olderParams != null) {
                    extrapolated = new double[params.length];
                    for (int i = 0; i < params.length; i++) {
                        extrapolated[i] = 2 * params[i] - olderParams[i];
                    }
                    ahead = probe.cost(extrapolated);
                }
                // The previous fit moved by the coarse circuit's change of parameters over the step: while the
                // fit stays near the coarse circuit, this carries the fit along the Trotter step's change.
                double[] stepped = new double[params.length];
                for (int i = 0; i < params.length; i++) {
                    stepped[i] = params[i] + coarse.parameters()[i] - previousCoarse[i];
                }
                double steppedCost = probe.cost(stepped);
                candidates = String.format(Locale.ROOT, " (candidates: coarse %.6f, previous %.6f, previous+coarse step %.6f%s%s)",
                        1 - best, 1 - previous, 1 - steppedCost,
                        chain.hasZFields() ? String.format(Locale.ROOT, ", previous+fields %.6f", 1 - shifted) : "",
                        olderParams != null ? String.format(Locale.ROOT, ", extrapolated %.6f", 1 - ahead) : "");
                double[] start = coarse.parameters();
                if (steppedCost < best) {
                    best = steppedCost;
                    start = stepped;
                    from = "previous+coarse step";
                }
                if (previous < best) {
                    best = previous;
                    start = params;
                    from = "previous";
                }
                if (shifted < best) {
                    best = shifted;
                    start = moved;
                    from = "previous+fields";
                }
                if (ahead < best) {
                    start = extrapolated;
                    from = "extrapolated";
                }
                olderParams = params;
                params = start;
            }
            previousCoarse = coarse.parameters();
            AqcCompile.Settings stageSettings = s == stages ? settings : new AqcCompile.Settings(settings.coarse(), 0,
                    stageFidelity > 0 ? stageFidelity : fidelity, stageIterations >= 0 ? stageIterations : maxIterations,
                    fitMaxBond(), cutoff);
            AqcCompile.Fit fit = AqcCompile.optimise(normalised, ansatz, params, stageSettings, deadline);
            params = fit.parameters();
            long c = System.nanoTime();
            optimiseSeconds += (c - b) / 1e9;
            evaluations += fit.evaluations();
            iterations += fit.iterations();
            ansatzBond = Math.max(ansatzBond, fit.ansatzBond());
            out.printf(Locale.ROOT, "stage %d t=%.4f: target bond %d, start (%s) %.6f -> %.6f, %d iterations, %.1f s%s%n", s, ts,
                    target.largestBond(), from, fit.startFidelity(), fit.endFidelity(), fit.iterations(), (c - b) / 1e9, candidates);
            out.flush();
            if (s < stages && System.nanoTime() - deadline >= 0) {
                reachedTime = ts;
                out.printf(Locale.ROOT, "time limit of %s s reached after stage %d: the result below is for t=%.4f, not %s%n",
                        timeLimit, s, ts, time);
                break;
            }
        }
        Mps reference = target.copy();
        reference.normalize();
        if (checkSteps > 0) {
            referenceCheck(out, chain, reference);
        }
        Circuit result = ansatz.toCircuit(params);
        double verified = MpsSimulator.run(result, maxBond, cutoff).fidelity(reference);
        out.printf(Locale.ROOT, "aqc: %d parameters, %d block layers, 2q depth %d, fidelity (MPS overlap) %.6f, %d iterations, %d evaluations%n",
                ansatz.numParameters(), ansatz.numLayers(), AqcCompile.twoQubitDepth(result), verified, iterations, evaluations);
        if (trotterScan > 0 && reachedTime == time) {
            trotterBaseline(out, chain, reference);
        }
        out.printf(Locale.ROOT, "time: target %.2f s, optimisation %.2f s (%.1f ms per cost+gradient), total %.2f s; heap peak %d MB; CPU %.2f s%n",
                targetSeconds, optimiseSeconds, 1000 * optimiseSeconds / Math.max(1, evaluations), (System.nanoTime() - t0) / 1e9,
                heapPeakMb(), cpuSeconds());
        out.flush();
        return ExitCodes.OK;
    }

    private int fitMaxBond() {
        return fitBond > 0 ? fitBond : maxBond;
    }

    /**
     * The fewest Trotter steps (at most --trotter-scan) whose state reaches the goal fidelity with the
     * reference: steps k0, 2k0, 4k0, … (k0 = --trotter-scan-from) until one passes, then bisection between the last failing and the first
     * passing count (Trotter fidelity grows with the step count in this regime; every evaluated count is
     * printed, so a non-monotone case shows). Costs about three simulations of the final circuit instead
     * of the quadratic cost of trying every count.
     */
    private void trotterBaseline(PrintWriter out, SpinChain chain, Mps reference) {
        java.util.function.IntToDoubleFunction at = k -> {
            Circuit trotter = TrotterCircuit.build(chain, time, k, trotterOrder, TrotterCircuit.Initial.NEEL);
            double f = MpsSimulator.run(trotter, maxBond, cutoff).fidelity(reference);
            out.printf(Locale.ROOT, "trotter %d steps (order %d): 2q depth %d, fidelity %.6f%n", k, trotterOrder,
                    AqcCompile.twoQubitDepth(trotter), f);
            out.flush();
            return f;
        };
        int fail = 0;
        int pass = 0;
        double passFidelity = 0;
        for (int k = Math.max(1, Math.min(trotterScanFrom, trotterScan)); ; k = Math.min(2 * k, trotterScan)) {
            double f = at.applyAsDouble(k);
            if (f >= fidelity) {
                pass = k;
                passFidelity = f;
                break;
            }
            fail = k;
            if (k == trotterScan) {
                out.printf(Locale.ROOT, "trotter baseline: %d steps do not reach %s%n", trotterScan, fidelity);
                return;
            }
        }
        while (pass - fail > 1) {
            int mid = (pass + fail) / 2;
            double f = at.applyAsDouble(mid);
            if (f >= fidelity) {
                pass = mid;
                passFidelity = f;
            } else {
                fail = mid;
            }
        }
        Circuit best = TrotterCircuit.build(chain, time, pass, trotterOrder, TrotterCircuit.Initial.NEEL);
        out.printf(Locale.ROOT, "trotter baseline: %d steps (order %d), 2q depth D = %d, fidelity %.6f%n", pass, trotterOrder,
                AqcCompile.twoQubitDepth(best), passFidelity);
        out.flush();
    }

    /** Prints how far the target is from a finer, higher-bond evolution: the "exact" state must be converged. */
    private void referenceCheck(PrintWriter out, SpinChain chain, Mps reference) {
        int bond = checkBond > 0 ? checkBond : 2 * maxBond;
        long a = System.nanoTime();
        Mps finer = MpsSimulator.run(TrotterCircuit.build(chain, time, checkSteps, 2, TrotterCircuit.Initial.NEEL), bond, cutoff / 10);
        double truncation = finer.truncationError();
        finer.normalize();
        out.printf(Locale.ROOT, "reference check: %d steps, max bond %d, cutoff %.1g -> bond %d (truncation %.2g), fidelity with the target %.8f (%.1f s)%n",
                checkSteps, bond, cutoff / 10, finer.largestBond(), truncation, finer.fidelity(reference), (System.nanoTime() - a) / 1e9);
        out.flush();
    }

    private static double fidelity(ZMatrixRMaj x, ZMatrixRMaj y) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.numRows; i++) {
            re += x.data[2 * i] * y.data[2 * i] + x.data[2 * i + 1] * y.data[2 * i + 1];
            im += x.data[2 * i] * y.data[2 * i + 1] - x.data[2 * i + 1] * y.data[2 * i];
        }
        return re * re + im * im;
    }

    /** CPU time of this thread, which does all the work: wall time on a loaded machine overstates the cost. */
    private static double cpuSeconds() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP && b.getPeakUsage() != null) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
