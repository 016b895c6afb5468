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
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;
import qtool.target.Target;

/**
 * The passes {@code qtool compile --passes a,b,c} can name, each built from the target and seed.
 * It is a plain map, not a plugin mechanism. Passes that need a device fail with a clear message
 * when no target is given.
 */
public final class PassCatalog {
    private static final Map<String, BiFunction<Target, Long, Pass>> PASSES = new LinkedHashMap<>();

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
    }

    private PassCatalog() {
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
