package qtool.passes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import qtool.ir.Gate;
import qtool.pass.Pass;
import qtool.passes.analysis.CheckBasis;
import qtool.passes.analysis.EstimateSuccess;
import qtool.passes.basis.BasisTranslator;
import qtool.passes.basis.GateDirection;
import qtool.passes.optimization.CancelInverses;
import qtool.passes.optimization.CommutativeCancellation;
import qtool.passes.optimization.Optimize1qRuns;
import qtool.passes.optimization.RemoveIdentities;
import qtool.passes.optimization.ResynthesizeTwoQubitBlocks;
import qtool.passes.routing.CheckMap;
import qtool.passes.routing.SabreLayout;
import qtool.passes.routing.SabreSwap;
import qtool.passes.routing.TrivialLayout;
import qtool.passes.synthesis.RlGateSynthesis;
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;
import qtool.target.Target;

/**
 * The passes {@code qtool compile --passes a,b,c} can name, each built from the target and seed.
 * It is a plain map, not a plugin mechanism. Passes that need a device fail with a clear message
 * when no target is given.
 *
 * <p>Passes with settings ({@code qtool compile --pass NAME:KEY=VALUE,...}) are registered in
 * {@link #CONFIGURABLE} with a one-line description for the help text; each factory reads its
 * settings from {@link PassArguments} and rejects unknown keys. The plain passes above are also
 * accepted by {@code --pass}, without settings.
 */
public final class PassCatalog {
    private static final Map<String, BiFunction<Target, Long, Pass>> PASSES = new LinkedHashMap<>();
    private static final Map<String, Configurable> CONFIGURABLE = new LinkedHashMap<>();

    /** Builds a pass from its settings, the target (may be null) and the seed. */
    @FunctionalInterface
    public interface Factory {
        Pass create(PassArguments args, Target target, long seed);
    }

    /** A pass with settings and the sentence that describes it in help texts. */
    public record Configurable(String description, Factory factory) {
    }

    static {
        PASSES.put("basis-translator", (t, s) -> new BasisTranslator(need(t, "basis-translator").basisGates()));
        PASSES.put("trivial-layout", (t, s) -> new TrivialLayout(need(t, "trivial-layout").numQubits()));
        PASSES.put("sabre-layout", (t, s) -> new SabreLayout(Presets.couplingGraph(need(t, "sabre-layout")), s));
        PASSES.put("sabre-swap", (t, s) -> new SabreSwap(Presets.couplingGraph(need(t, "sabre-swap")), s));
        PASSES.put("gate-direction", (t, s) -> new GateDirection(need(t, "gate-direction")));
        PASSES.put("remove-identities", (t, s) -> new RemoveIdentities());
        PASSES.put("cancel-inverses", (t, s) -> new CancelInverses());
        PASSES.put("commutative-cancellation", (t, s) -> new CommutativeCancellation());
        PASSES.put("optimize-1q-runs", (t, s) -> new Optimize1qRuns(new EulerDecomposer(t == null ? EulerDecomposer.Basis.U
                : EulerDecomposer.Basis.forGates(t.basisGates()).orElseThrow(() -> new IllegalArgumentException(
                        "optimize-1q-runs: target " + t.name() + " has no supported one-qubit gate family")))));
        PASSES.put("resynthesize-2q-blocks", (t, s) -> {
            Target d = need(t, "resynthesize-2q-blocks");
            EulerDecomposer.Basis family = EulerDecomposer.Basis.forGates(d.basisGates()).orElseThrow(
                    () -> new IllegalArgumentException("target " + d.name() + " has no supported one-qubit gate family"));
            Gate entangler = TwoQubitSynthesizer.entanglerFor(d.basisGates()).orElseThrow(
                    () -> new IllegalArgumentException("target " + d.name() + " has no supported entangling gate"));
            return new ResynthesizeTwoQubitBlocks(new TwoQubitSynthesizer(entangler, new EulerDecomposer(family)));
        });
        PASSES.put("check-map", (t, s) -> new CheckMap(Presets.couplingGraph(need(t, "check-map"))));
        PASSES.put("check-basis", (t, s) -> new CheckBasis(need(t, "check-basis").basisGates()));
        PASSES.put("estimate-success", (t, s) -> new EstimateSuccess(need(t, "estimate-success")));
        configurable("aqc", "Approximate quantum compiling from MPS: a shallow KAK-block circuit preparing the input's"
                + " state. ansatz=COARSE.qasm or layers=L, fidelity=0.9999, max-iterations=500, max-bond=128,"
                + " cutoff=1e-10", (args, t, s) -> qtool.aqc.AqcCompile.fromArguments(args));
        configurable("synth", "Clifford+T synthesis of every non-Clifford rotation (basis=clifford+t,"
                + " epsilon=total operator-norm budget [1e-10], method=gridsynth); method=rl runs synth-rl's"
                + " RL-guided search instead (basis=clifford+t|hrc|ht, epsilon per run, default 1e-3)",
                (args, t, s) -> "rl".equalsIgnoreCase(args.string("method", "gridsynth"))
                        ? RlGateSynthesis.fromSynthArguments(args)
                        : qtool.passes.synthesis.SynthesizeCliffordT.fromArguments(args));
        configurable("synth-rl", "RL-guided synthesis of every 1-qubit run into a discrete-basis word"
                + " (basis=hrc|clifford+t|ht, epsilon=1e-3 Frobenius per run, model=FILE, rounds=200)",
                (args, t, s) -> RlGateSynthesis.fromArguments(args));
    }

    private PassCatalog() {
    }

    static void configurable(String name, String description, Factory factory) {
        CONFIGURABLE.put(name, new Configurable(description, factory));
    }

    /** Passes with settings, by name, in registration order. */
    public static Map<String, Configurable> configurable() {
        return java.util.Collections.unmodifiableMap(CONFIGURABLE);
    }

    /**
     * The pass of a {@code NAME[:KEY=VALUE,...]} specification; relative paths in settings resolve
     * against {@code baseDirectory}. Throws IllegalArgumentException for an unknown name or bad settings.
     */
    public static Pass createConfigured(String spec, java.nio.file.Path baseDirectory, Target target, long seed) {
        PassArguments args = PassArguments.parse(spec, baseDirectory);
        Configurable c = CONFIGURABLE.get(args.name());
        if (c != null) {
            return c.factory().create(args, target, seed);
        }
        BiFunction<Target, Long, Pass> plain = PASSES.get(args.name());
        if (plain == null) {
            java.util.List<String> all = new java.util.ArrayList<>(CONFIGURABLE.keySet());
            all.addAll(PASSES.keySet());
            throw new IllegalArgumentException("unknown pass '" + args.name() + "'; available: " + String.join(", ", all));
        }
        args.checkKnown(Set.of());
        return plain.apply(target, seed);
    }

    /** The names, in a stable order, for help texts. */
    public static Set<String> names() {
        return PASSES.keySet();
    }

    /** The named pass for this target (may be null for passes that need none) and seed. */
    public static Optional<Pass> create(String name, Target target, long seed) {
        BiFunction<Target, Long, Pass> f = PASSES.get(name);
        return f == null ? Optional.empty() : Optional.of(f.apply(target, seed));
    }

    private static Target need(Target t, String pass) {
        if (t == null) {
            throw new IllegalArgumentException("pass '" + pass + "' needs a device: add --target");
        }
        return t;
    }

}
