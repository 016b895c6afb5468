package qtool.qubo;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import qtool.ir.Circuit;
import qtool.qubo.model.MaxCutGraph;
import qtool.qubo.model.Qubo;
import qtool.qubo.shrink.GraphShrinker;
import qtool.qubo.shrink.ShrunkProblem;
import qtool.qubo.solve.DiagonalQaoa;
import qtool.qubo.solve.QaoaAngles;
import qtool.qubo.solve.QaoaCircuit;
import qtool.qubo.solve.QaoaOptimizer;
import qtool.qubo.solve.SimulatedAnnealing;

/**
 * Constrained problem → QUBO → Max-Cut graph → adaptive shrinking → QAOA on the shrunk problem
 * (and simulated annealing as the classical baseline) → expand → verify → repair → polish. The
 * sampled bit strings are each expanded and repaired; the best repaired one is reported before
 * and after the local-search polish, so the contribution of shrinking + QAOA stays visible.
 * One {@link Random} seeded from the settings drives every random choice, in a fixed order.
 */
public final class QuboShrinkPipeline {
    private QuboShrinkPipeline() {
    }

    public static ShrinkOutcome run(ProblemInstance instance, ShrinkSettings s) {
        if (s.maxQubits() < 0 || s.maxQubits() > DiagonalQaoa.MAX_QUBITS) {
            throw new IllegalArgumentException("--max-qubits must be in [0, " + DiagonalQaoa.MAX_QUBITS + "]");
        }
        Random random = new Random(s.seed());
        long t0 = System.nanoTime();
        Qubo qubo = instance.qubo();
        MaxCutGraph graph = MaxCutGraph.of(qubo.toIsing());
        long t1 = System.nanoTime();
        GraphShrinker shrinker = new GraphShrinker(s.correlations(), instance.veto(), s.recomputeEvery(), s.dropFraction());
        ShrunkProblem shrunk = shrinker.shrink(graph, s.maxQubits(), random);
        long t2 = System.nanoTime();
        DiagonalQaoa sim = new DiagonalQaoa(shrunk.ising());
        QaoaAngles angles = new QaoaOptimizer(s.depth(), s.evaluations()).optimise(sim);
        Circuit circuit = QaoaCircuit.build(shrunk.ising(), angles, true);
        double nan = Double.NaN;
        if (!s.solve()) {
            long t3 = System.nanoTime();
            return new ShrinkOutcome(instance.kind(), instance.decisionVariables(), qubo.size(), shrunk.qubits(),
                    shrunk.record().merges().size(), shrunk.vetoes(), shrunk.forcedMerges(), shrunk.recomputations(),
                    instance.vetoRule(), s.correlations().name(), circuit, angles, false, 0, 0, false, false, nan, nan,
                    nan, nan, instance.optimum(), instance.maximise(), java.util.List.of(), ms(t0, t1), ms(t1, t2),
                    ms(t2, t3), 0);
        }
        TreeMap<Long, Integer> counts = sample(sim.probabilities(), s.shots(), random);
        int[] annealSpins = new SimulatedAnnealing(s.annealSweeps(), 4).minimise(shrunk.ising(), random);
        long t3 = System.nanoTime();
        boolean[] best = null;
        double bestValue = 0;
        boolean bestFeasibleBefore = false;
        int feasibleSamples = 0;
        for (var e : counts.entrySet()) {
            boolean[] x = shrunk.expand(e.getKey());
            boolean ok = instance.feasible(x);
            if (ok) {
                feasibleSamples += e.getValue();
            }
            boolean[] fixed = instance.repair(x);
            double v = instance.objective(fixed);
            if (best == null || better(instance, v, bestValue)) {
                best = fixed;
                bestValue = v;
                bestFeasibleBefore = ok;
            }
        }
        boolean[] polished = instance.polish(best, random);
        boolean[] annealed = instance.repair(shrunk.expand(bitsOf(annealSpins)));
        double annealBefore = instance.objective(annealed);
        double annealAfter = instance.objective(instance.polish(annealed, random));
        if (!instance.feasible(polished) || !instance.feasible(best)) {
            throw new IllegalStateException("repair or polish returned an infeasible solution");
        }
        long t4 = System.nanoTime();
        return new ShrinkOutcome(instance.kind(), instance.decisionVariables(), qubo.size(), shrunk.qubits(),
                shrunk.record().merges().size(), shrunk.vetoes(), shrunk.forcedMerges(), shrunk.recomputations(),
                instance.vetoRule(), s.correlations().name(), circuit, angles, true, s.shots(), feasibleSamples,
                bestFeasibleBefore, instance.feasible(polished), bestValue, instance.objective(polished), annealBefore,
                annealAfter, instance.optimum(), instance.maximise(), instance.solution(polished), ms(t0, t1), ms(t1, t2),
                ms(t2, t3), ms(t3, t4));
    }

    private static boolean better(ProblemInstance instance, double v, double incumbent) {
        return instance.maximise() ? v > incumbent : v < incumbent;
    }

    /** Shot counts per basis state, drawn by inverse-CDF sampling. */
    static TreeMap<Long, Integer> sample(double[] p, int shots, Random random) {
        double[] cdf = new double[p.length];
        double acc = 0;
        for (int z = 0; z < p.length; z++) {
            acc += p[z];
            cdf[z] = acc;
        }
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (int t = 0; t < shots; t++) {
            double r = random.nextDouble() * acc;
            int z = Arrays.binarySearch(cdf, r);
            z = z >= 0 ? z : Math.min(p.length - 1, -z - 1);
            counts.merge((long) z, 1, Integer::sum);
        }
        return counts;
    }

    private static long bitsOf(int[] spins) {
        long b = 0;
        for (int q = 0; q < spins.length; q++) {
            if (spins[q] < 0) {
                b |= 1L << q;
            }
        }
        return b;
    }

    private static double ms(long a, long b) {
        return (b - a) / 1e6;
    }
}
