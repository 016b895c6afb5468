package qtool.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.pass.Pass;
import qtool.pass.PassManager;
import qtool.pass.PropertySet;
import qtool.passes.analysis.CheckBasis;
import qtool.passes.analysis.EstimateSuccess;
import qtool.passes.basis.BasisTranslator;
import qtool.passes.basis.GateDirection;
import qtool.passes.optimization.CancelInverses;
import qtool.passes.optimization.CommutativeCancellation;
import qtool.passes.optimization.Optimize1qRuns;
import qtool.passes.optimization.RemoveIdentities;
import qtool.passes.optimization.ResynthesizeTwoQubitBlocks;
import qtool.passes.routing.ApplyLayout;
import qtool.passes.routing.CheckMap;
import qtool.passes.routing.CouplingGraph;
import qtool.passes.routing.SabreLayout;
import qtool.passes.routing.SabreSwap;
import qtool.passes.routing.TrivialLayout;
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;
import qtool.target.Connectivity;
import qtool.target.Target;

/**
 * The optimisation levels of {@code qtool compile -O0..3}, as plain pass lists in Qiskit's stage
 * order. First the circuit is translated into the target's basis, which also breaks gates on three
 * or more qubits into one- and two-qubit gates. Then comes layout: trivial at -O0 and -O1, SABRE at
 * -O2 and -O3. Routing inserts SWAPs, except on all-to-all and reconfigurable targets. A second
 * translation turns the SWAPs into basis gates. Optimisation then runs to a fixed point:
 * <ul>
 *   <li>-O1: identities, inverse pairs and one-qubit runs;</li>
 *   <li>-O2: also commutation-aware cancellation;</li>
 *   <li>-O3: also resynthesis of two-qubit blocks, and more SABRE trials.</li>
 * </ul>
 * Two-qubit gates that the target supports in one direction only are turned around before the
 * optimisation. Every level ends with {@link CheckMap} and {@link CheckBasis}, whose failure is a bug, and with
 * the success estimate.
 */
public final class Presets {
    /** Size of the circuit after each optimisation round: the fixed point watches it. */
    public static final PropertySet.Key<Integer> SIZE = PropertySet.key("size");

    private Presets() {
    }

    /** The pass manager for optimisation level 0–3 on a target; {@code seed} fixes every random choice. */
    public static PassManager level(int level, Target target, long seed) {
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("optimisation level must be 0, 1, 2 or 3, got " + level);
        }
        Set<Gate> basis = target.basisGates();
        List<Pass> passes = new ArrayList<>();
        passes.add(new BasisTranslator(basis));
        passes.addAll(layoutAndRouting(level, target, seed));
        passes.add(new BasisTranslator(basis));
        passes.add(new GateDirection(target));
        List<Pass> optimisation = optimisation(level, basis);
        if (!optimisation.isEmpty()) {
            optimisation.add(size());
            passes.add(PassManager.untilFixedPoint(SIZE, optimisation.toArray(new Pass[0])));
        }
        passes.add(new CheckMap(couplingGraph(target)));
        passes.add(new CheckBasis(basis));
        passes.add(new EstimateSuccess(target));
        return new PassManager(passes);
    }

    /** The device's coupling graph for routing and checks; any-pair targets get the complete graph. */
    public static CouplingGraph couplingGraph(Target target) {
        if (anyPair(target)) {
            return CouplingGraph.allToAll(target.numQubits());
        }
        List<int[]> edges = new ArrayList<>();
        for (var q : target.edges()) {
            edges.add(new int[] {q.get(0), q.get(1)});
        }
        return CouplingGraph.of(target.numQubits(), edges);
    }

    private static boolean anyPair(Target target) {
        return target.connectivity() == Connectivity.ALL_TO_ALL || target.connectivity() == Connectivity.RECONFIGURABLE;
    }

    private static List<Pass> layoutAndRouting(int level, Target target, long seed) {
        if (anyPair(target)) {
            return List.of(new TrivialLayout(target.numQubits()), new ApplyLayout(target.numQubits()));
        }
        CouplingGraph graph = couplingGraph(target);
        Pass layout = level >= 2 ? new SabreLayout(graph, seed, level == 3 ? 8 : SabreLayout.DEFAULT_TRIALS,
                SabreLayout.DEFAULT_ITERATIONS) : new TrivialLayout(graph);
        return List.of(layout, new SabreSwap(graph, seed));
    }

    private static List<Pass> optimisation(int level, Set<Gate> basis) {
        List<Pass> passes = new ArrayList<>();
        if (level == 0) {
            return passes;
        }
        passes.add(new RemoveIdentities());
        passes.add(new CancelInverses());
        if (level >= 2) {
            passes.add(new CommutativeCancellation());
        }
        Optional<EulerDecomposer.Basis> family = EulerDecomposer.Basis.forGates(basis);
        family.ifPresent(b -> passes.add(new Optimize1qRuns(new EulerDecomposer(b))));
        Optional<Gate> entangler = TwoQubitSynthesizer.entanglerFor(basis);
        if (level == 3 && family.isPresent() && entangler.isPresent()) {
            passes.add(new ResynthesizeTwoQubitBlocks(new TwoQubitSynthesizer(entangler.get(),
                    new EulerDecomposer(family.get()))));
        }
        return passes;
    }

    private static Pass size() {
        return new Pass() {
            @Override
            public String name() {
                return "size";
            }

            @Override
            public Circuit run(Circuit in, PropertySet props) {
                props.put(SIZE, in.size());
                return in;
            }
        };
    }
}
