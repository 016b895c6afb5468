package qtool.aqc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import qtool.ir.Circuit;
import qtool.ir.Instruction;
import qtool.mps.Mps;
import qtool.mps.MpsSimulator;
import qtool.pass.Pass;
import qtool.pass.PassReport;
import qtool.pass.PropertySet;

/**
 * The {@code aqc} pass: replaces a circuit by a shallow KAK-block circuit whose state on |0…0⟩
 * approximates the input's (AQC-Tensor, Robertson et al., arXiv:2301.08609). The input is simulated
 * as an MPS (the target), the ansatz comes from a coarse circuit ({@link KakAnsatz#fromCircuit}) or a
 * brickwork of {@code layers}, and L-BFGS minimises {@link FidelityObjective}'s infidelity until the
 * fidelity reaches the goal or the iteration budget runs out. The result keeps the best parameters
 * found; its fidelity is re-checked by simulating the output circuit, and a {@link PassReport}
 * records start and end fidelity, iterations, depths and bond dimensions.
 *
 * <p>Only the state prepared from |0…0⟩ is preserved, not the unitary: this pass is for state
 * preparation and time-evolution circuits, as in the paper.
 */
public final class AqcCompile implements Pass {
    /** Settings of the pass. */
    public record Settings(Circuit coarse, int layers, double fidelity, int maxIterations, int maxBond, double cutoff) {
        public Settings {
            if (coarse == null && layers < 1) {
                throw new IllegalArgumentException("pass aqc needs ansatz=FILE or layers=L (L >= 1)");
            }
            if (!(fidelity > 0 && fidelity <= 1)) {
                throw new IllegalArgumentException("pass aqc: fidelity must be in (0, 1], not " + fidelity);
            }
            if (maxIterations < 0) {
                throw new IllegalArgumentException("pass aqc: max-iterations must be at least 0, not " + maxIterations);
            }
            if (maxBond < 1) {
                throw new IllegalArgumentException("pass aqc: max-bond must be at least 1, not " + maxBond);
            }
            if (!(cutoff >= 0 && cutoff < 1)) {
                throw new IllegalArgumentException("pass aqc: cutoff must be in [0, 1), not " + cutoff);
            }
        }
    }

    /** What one run found, for callers that want more than the circuit (benchmarks). */
    public record Outcome(Circuit circuit, double startFidelity, double endFidelity, double verifiedFidelity,
            int iterations, int evaluations, Lbfgs.Stop stop, int targetBond, double targetTruncation, int ansatzBond,
            int parameters, double targetSeconds, double optimiseSeconds, double seconds) {
    }

    private final Settings settings;
    private Outcome last;

    public AqcCompile(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "aqc";
    }

    /** The outcome of the last run, or null. */
    public Outcome lastOutcome() {
        return last;
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        long t0 = System.nanoTime();
        Mps target = MpsSimulator.run(in, settings.maxBond(), settings.cutoff());
        target.normalize();
        long t1 = System.nanoTime();
        KakAnsatz ansatz;
        double[] start;
        if (settings.coarse() != null) {
            if (settings.coarse().numQubits() != in.numQubits()) {
                throw new IllegalArgumentException("the ansatz circuit has " + settings.coarse().numQubits()
                        + " qubits, the input " + in.numQubits());
            }
            KakAnsatz.Fitted fitted = KakAnsatz.fromCircuit(settings.coarse());
            ansatz = fitted.ansatz();
            start = fitted.parameters();
        } else {
            ansatz = KakAnsatz.brickwork(in.numQubits(), settings.layers());
            start = productStart(ansatz, target);
        }
        Fit fit = optimise(target, ansatz, start, settings);
        double[] best = fit.parameters();
        long t2 = System.nanoTime();
        Circuit out = ansatz.toCircuit(best);
        Mps check = MpsSimulator.run(out, settings.maxBond(), settings.cutoff());
        double verified = check.fidelity(target);
        double seconds = (System.nanoTime() - t0) / 1e9;
        last = new Outcome(out, fit.startFidelity(), fit.endFidelity(), verified, fit.iterations(), fit.evaluations(), fit.stop(),
                target.largestBond(), target.truncationError(), Math.max(fit.ansatzBond(), check.largestBond()),
                ansatz.numParameters(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, seconds);
        PassReport.add(props, report(in, out, ansatz, last));
        return out;
    }

    /** Optimised parameters and how the optimisation went. */
    public record Fit(double[] parameters, double startFidelity, double endFidelity, int iterations, int evaluations,
            Lbfgs.Stop stop, int ansatzBond) {
    }

    /**
     * Minimises the infidelity to {@code target} (normalised) from {@code start}; returns the best
     * parameters seen. Progress goes to stderr at most every 2 seconds.
     */
    public static Fit optimise(Mps target, KakAnsatz ansatz, double[] start, Settings settings) {
        return optimise(target, ansatz, start, settings, System.nanoTime() + Long.MAX_VALUE / 2);
    }

    /**
     * As {@link #optimise(Mps, KakAnsatz, double[], Settings)}, stopping after the first iteration that
     * ends past {@code deadlineNanos} ({@link System#nanoTime()} scale), with stop {@code max-iterations}.
     */
    public static Fit optimise(Mps target, KakAnsatz ansatz, double[] start, Settings settings, long deadlineNanos) {
        FidelityObjective objective = new FidelityObjective(ansatz, target, settings.maxBond(), settings.cutoff());
        FidelityObjective.Value first = objective.evaluate(start);
        final double[][] bestHolder = {start};
        final double[] bestValue = {first.cost()};
        long[] lastPrint = {System.nanoTime()};
        int[] done = {0};
        double[] from = start;
        Lbfgs.Result r;
        for (int kick = 0;; kick++) {
            Lbfgs lbfgs = new Lbfgs(20, settings.maxIterations() - done[0], 1 - settings.fidelity(), 1e-12);
            r = lbfgs.minimize(x -> {
                FidelityObjective.Value v = objective.evaluate(x);
                if (v.cost() < bestValue[0]) {
                    bestValue[0] = v.cost();
                    bestHolder[0] = x.clone();
                }
                return new Lbfgs.Point(v.cost(), v.gradient());
            }, from, (it, value) -> {
                long now = System.nanoTime();
                if (now - lastPrint[0] > 2_000_000_000L) {
                    System.err.printf(Locale.ROOT, "aqc: iteration %d, fidelity %.8f%n", done[0] + it, 1 - value);
                    lastPrint[0] = now;
                }
                return now - deadlineNanos < 0;
            });
            done[0] += r.iterations();
            boolean stalled = (r.stop() == Lbfgs.Stop.CONVERGED || r.stop() == Lbfgs.Stop.LINE_SEARCH_FAILED)
                    && bestValue[0] > 1 - settings.fidelity();
            if (!stalled || kick == MAX_KICKS || done[0] >= settings.maxIterations() || System.nanoTime() - deadlineNanos >= 0) {
                break;
            }
            from = kicked(bestHolder[0], kick);
        }
        return new Fit(bestHolder[0], first.fidelity(), 1 - bestValue[0], done[0], objective.evaluations(), r.stop(),
                objective.largestBond());
    }

    /** How often a fit that stalls at a stationary point below the goal is pushed off it. */
    static final int MAX_KICKS = 8;
    /** Largest angle of a kick, in radians: enough to leave a saddle, small next to the angles themselves. */
    static final double KICK_ANGLE = 0.1;

    /**
     * The parameters moved by a small seeded random step. Identity blocks on a target whose
     * one-qubit states are mixed (a GHZ state, say) are a stationary point with zero gradient, so
     * L-BFGS stops there at once; a kick breaks the symmetry. Seeded by the kick number alone, so a
     * run is reproducible.
     */
    static double[] kicked(double[] x, int kick) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5DEECE66DL + kick);
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += KICK_ANGLE * (2 * random.nextDouble() - 1);
        }
        return y;
    }

    private PassReport report(Circuit in, Circuit out, KakAnsatz ansatz, Outcome o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ansatz", settings.coarse() != null ? "coarse circuit" : "brickwork " + settings.layers() + " layers");
        v.put("parameters", o.parameters());
        v.put("start_fidelity", o.startFidelity());
        v.put("end_fidelity", o.endFidelity());
        v.put("verified_fidelity", o.verifiedFidelity());
        v.put("goal_fidelity", settings.fidelity());
        v.put("iterations", o.iterations());
        v.put("evaluations", o.evaluations());
        v.put("stop", o.stop().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        v.put("two_qubit_depth_in", twoQubitDepth(in));
        v.put("two_qubit_depth_out", twoQubitDepth(out));
        v.put("two_qubit_gates_in", twoQubitGates(in));
        v.put("two_qubit_gates_out", twoQubitGates(out));
        v.put("block_layers_out", ansatz.numLayers());
        v.put("target_bond", o.targetBond());
        v.put("target_truncation", o.targetTruncation());
        v.put("ansatz_bond", o.ansatzBond());
        v.put("max_bond", settings.maxBond());
        v.put("seconds", o.seconds());
        return new PassReport("aqc", v);
    }

    /** Initial rotations pointing each qubit along the target's Bloch vector; blocks start at identity. */
    static double[] productStart(KakAnsatz ansatz, Mps target) {
        double[] p = new double[ansatz.numParameters()];
        Mps work = target.copy();
        for (int q = 0; q < ansatz.numQubits(); q++) {
            double[] r = work.blochVector(q);
            double len = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
            if (len > 1e-12) {
                p[3 * q + 1] = Math.acos(Math.max(-1, Math.min(1, r[2] / len)));
                p[3 * q + 2] = Math.atan2(r[1], r[0]);
            }
        }
        return p;
    }

    /** Depth counting only gates on two or more qubits. */
    public static int twoQubitDepth(Circuit c) {
        int[] level = new int[c.numQubits()];
        int depth = 0;
        for (Instruction in : c.instructions()) {
            if (in.numQubits() < 2 || in.gate().is(qtool.ir.GateFlag.DIRECTIVE)) {
                continue;
            }
            int d = 0;
            for (int q : in.qubits()) {
                d = Math.max(d, level[q]);
            }
            for (int q : in.qubits()) {
                level[q] = d + 1;
            }
            depth = Math.max(depth, d + 1);
        }
        return depth;
    }

    public static int twoQubitGates(Circuit c) {
        int k = 0;
        for (Instruction in : c.instructions()) {
            if (in.numQubits() >= 2 && !in.gate().is(qtool.ir.GateFlag.DIRECTIVE)) {
                k++;
            }
        }
        return k;
    }

    /** The setting names {@code --pass aqc:KEY=VALUE} accepts. */
    public static final java.util.Set<String> SETTINGS = java.util.Set.of("ansatz", "layers", "fidelity", "max-iterations",
            "max-bond", "cutoff");

    /**
     * The pass from {@code --pass aqc:...} settings. The ansatz file is read here, so a malformed one
     * fails before any work with its file:line:col diagnostics ({@link qtool.qasm.QasmException});
     * bad or missing settings throw IllegalArgumentException.
     */
    public static AqcCompile fromArguments(qtool.passes.PassArguments args) {
        args.checkKnown(SETTINGS);
        Circuit coarse = null;
        java.nio.file.Path file = args.path("ansatz");
        if (file != null) {
            if (args.has("layers")) {
                throw new IllegalArgumentException("pass aqc: give ansatz=FILE or layers=L, not both");
            }
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException("pass aqc: ansatz file '" + args.string("ansatz", "") + "' does not exist");
            }
            try {
                coarse = qtool.qasm.QasmReader.defaults().read(file);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("pass aqc: cannot read ansatz file '" + args.string("ansatz", "") + "': "
                        + e.getMessage());
            }
        }
        return new AqcCompile(new Settings(coarse, args.integer("layers", 0), args.real("fidelity", 0.9999),
                args.integer("max-iterations", 500), args.integer("max-bond", 128), args.real("cutoff", 1e-10)));
    }
}
