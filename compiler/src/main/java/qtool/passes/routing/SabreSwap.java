package qtool.passes.routing;

import java.util.Arrays;
import java.util.List;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Routing by SWAP insertion with the SABRE heuristic of Li, Ding and Xie, "Tackling the Qubit
 * Mapping Problem for NISQ-Era Quantum Devices" (ASPLOS 2019, arXiv:1809.02573): a front layer of
 * the dependency DAG, SWAP candidates on edges touching it, a distance score with a 20-gate
 * lookahead and per-qubit decay, seeded tie-breaking and a release valve (details in
 * {@code SabreRouter}).
 *
 * <p>Input: a circuit over virtual qubits whose gates act on at most two qubits (barriers may be
 * wider; anything else wider is rejected with the offending instruction named), and
 * {@link Layout#INITIAL} (the trivial layout is assumed, and recorded, when absent). Output: the
 * circuit over the device's physical qubits ({@code numQubits} = device size, one hardware register,
 * classical registers kept), with {@link Gate#SWAP} instructions inserted so that every two-qubit
 * gate sits on a coupling edge; measurements, resets, barriers and conditions keep their order
 * relative to everything sharing a qubit or clbit. Writes {@link Layout#FINAL} (where each virtual
 * qubit ends) and {@link #SWAPS_ADDED}. The same seed and input always give the same output.
 *
 * <p>Cost: O(n + s·(|F| + c·|E|)) for n instructions and s SWAPs (front size |F|, c candidate
 * edges, |E| ≤ 20), plus O(N²) once for the distance table of an N-qubit device.
 *
 * @see SabreLayout
 * @see CheckMap
 */
public final class SabreSwap implements Pass {
    /** Number of SWAPs the last run inserted. */
    public static final PropertySet.Key<Integer> SWAPS_ADDED = PropertySet.key("swaps_added");

    private final CouplingGraph graph;
    private final long seed;
    /** Release-valve threshold, or -1 for the router's default. */
    private final int maxSwapsWithoutProgress;

    public SabreSwap(CouplingGraph graph) {
        this(graph, 0L);
    }

    public SabreSwap(CouplingGraph graph, long seed) {
        this(graph, seed, -1);
    }

    /** Test hook: a router whose release valve opens after {@code maxSwapsWithoutProgress} fruitless SWAPs. */
    SabreSwap(CouplingGraph graph, long seed, int maxSwapsWithoutProgress) {
        this.graph = graph;
        this.seed = seed;
        this.maxSwapsWithoutProgress = maxSwapsWithoutProgress;
    }

    @Override
    public String name() {
        return "sabre-swap";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        Layout initial = initialLayout(in, graph.numQubits(), props, name());
        RoutingDag dag = RoutingDag.of(in);
        SabreRouter router = maxSwapsWithoutProgress < 0 ? new SabreRouter(graph, dag)
                : new SabreRouter(graph, dag, maxSwapsWithoutProgress);
        SabreRouter.Result r = router.route(initial.withAncillas(), seed, true);
        Circuit.Builder out = PhysicalCircuits.builder(in, graph.numQubits());
        List<Instruction> source = in.instructions();
        int[] v2p = initial.withAncillas();
        int[] p2v = new int[v2p.length];
        for (int v = 0; v < v2p.length; v++) {
            p2v[v2p[v]] = v;
        }
        for (int op : r.ops) {
            if (op >= 0) {
                out.add(PhysicalCircuits.map(source.get(op), v2p));
            } else {
                int e = -op - 1;
                int[] pq = graph.edge(e);
                out.add(Instruction.of(Gate.SWAP, pq[0], pq[1]));
                int a = p2v[pq[0]];
                int b = p2v[pq[1]];
                p2v[pq[0]] = b;
                p2v[pq[1]] = a;
                v2p[a] = pq[1];
                v2p[b] = pq[0];
            }
        }
        props.put(Layout.FINAL, Layout.of(Arrays.copyOf(r.finalLayout, in.numQubits()), graph.numQubits()));
        props.put(SWAPS_ADDED, r.swaps);
        return out.build();
    }

    /**
     * {@link Layout#INITIAL} checked against the circuit and device, or the trivial layout (then
     * recorded) when no layout pass ran.
     */
    static Layout initialLayout(Circuit in, int numPhysical, PropertySet props, String pass) {
        if (in.numQubits() > numPhysical) {
            throw new IllegalArgumentException(pass + ": the circuit uses " + in.numQubits()
                    + " qubits but the device has only " + numPhysical);
        }
        Layout layout = props.get(Layout.INITIAL);
        if (layout == null) {
            layout = Layout.trivial(in.numQubits(), numPhysical);
            props.put(Layout.INITIAL, layout);
        } else if (layout.numVirtual() != in.numQubits() || layout.numPhysical() != numPhysical) {
            throw new IllegalArgumentException(pass + ": the initial layout maps " + layout.numVirtual() + " onto "
                    + layout.numPhysical() + " qubits, but the circuit has " + in.numQubits()
                    + " and the device " + numPhysical + " (was the layout already applied?)");
        }
        return layout;
    }
}
