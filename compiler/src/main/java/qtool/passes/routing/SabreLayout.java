package qtool.passes.routing;

import java.util.Arrays;
import java.util.SplittableRandom;
import qtool.ir.Circuit;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Initial layout by SABRE's bidirectional search, from Li, Ding and Xie, "Tackling the Qubit
 * Mapping Problem for NISQ-Era Quantum Devices" (ASPLOS 2019, arXiv:1809.02573): route the circuit
 * forwards from a layout, take where the qubits ended up as the starting layout for routing the
 * reversed circuit, and take where <em>that</em> ends as the new starting layout for the original.
 * Each round trip moves qubits that interact early towards each other, without any look at the
 * circuit beyond what routing sees.
 *
 * <p>Candidates: the trivial layout as is, then {@code trials} starting layouts (the trivial one,
 * then seeded uniformly random permutations), each refined by {@code iterations} forward–backward
 * round trips. Every candidate is scored by the SWAP count of a final forward routing with exactly
 * the router and seed {@link SabreSwap} uses, and the fewest wins (ties: the earlier). So with the
 * same seed, {@code SabreLayout} followed by {@code SabreSwap} never inserts more SWAPs than trivial
 * layout followed by {@code SabreSwap}. Writes {@link Layout#INITIAL}; returns the circuit unchanged.
 * Deterministic for a given seed.
 *
 * <p>Cost: {@code trials·(2·iterations + 1) + 1} routing runs, each O(n + s·c·|E|) as in
 * {@link SabreSwap}. Needs a connected coupling graph (random layouts could otherwise strand
 * interacting qubits in different components).
 *
 * @see TrivialLayout
 */
public final class SabreLayout implements Pass {
    /** Default number of starting layouts. */
    public static final int DEFAULT_TRIALS = 4;
    /** Default number of forward–backward round trips per starting layout. */
    public static final int DEFAULT_ITERATIONS = 2;

    private final CouplingGraph graph;
    private final long seed;
    private final int trials;
    private final int iterations;

    public SabreLayout(CouplingGraph graph) {
        this(graph, 0L);
    }

    public SabreLayout(CouplingGraph graph, long seed) {
        this(graph, seed, DEFAULT_TRIALS, DEFAULT_ITERATIONS);
    }

    public SabreLayout(CouplingGraph graph, long seed, int trials, int iterations) {
        if (trials < 1 || iterations < 0) {
            throw new IllegalArgumentException("need trials >= 1 and iterations >= 0, got " + trials + ", " + iterations);
        }
        this.graph = graph;
        this.seed = seed;
        this.trials = trials;
        this.iterations = iterations;
    }

    @Override
    public String name() {
        return "sabre-layout";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        props.put(Layout.INITIAL, layout(in));
        return in;
    }

    /** The chosen layout, without touching any property set. */
    public Layout layout(Circuit in) {
        int n = graph.numQubits();
        int nv = in.numQubits();
        if (nv > n) {
            throw new IllegalArgumentException("sabre layout: the circuit uses " + nv + " qubits but the device has only " + n);
        }
        Layout trivial = Layout.trivial(nv, n);
        RoutingDag dag = RoutingDag.of(in);
        if (dag.numTwoQubit() == 0) {
            return trivial;
        }
        if (!graph.isConnected()) {
            throw new IllegalArgumentException("sabre layout needs a connected coupling graph; use the trivial layout");
        }
        SabreRouter forward = new SabreRouter(graph, dag);
        SabreRouter backward = new SabreRouter(graph, dag.reversed());
        Layout best = trivial;
        int bestSwaps = forward.route(trivial.withAncillas(), seed, false).swaps;
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 0; t < trials && bestSwaps > 0; t++) {
            long trialSeed = rng.nextLong();
            int[] full = t == 0 ? trivial.withAncillas() : randomPermutation(n, new SplittableRandom(trialSeed));
            for (int it = 0; it < iterations; it++) {
                full = forward.route(full, trialSeed + 2 * it, false).finalLayout;
                full = backward.route(full, trialSeed + 2 * it + 1, false).finalLayout;
            }
            Layout candidate = Layout.of(Arrays.copyOf(full, nv), n);
            int swaps = forward.route(candidate.withAncillas(), seed, false).swaps;
            if (swaps < bestSwaps) {
                best = candidate;
                bestSwaps = swaps;
            }
        }
        return best;
    }

    private static int[] randomPermutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
