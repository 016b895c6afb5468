package qtool.msc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;
import qtool.target.Connectivity;
import qtool.target.Target;

/**
 * Decides whether a target's connectivity can run a circuit's two-qubit interactions without
 * routing, and if not names the first gate that cannot be placed. All-to-all and reconfigurable
 * targets run anything that fits in their qubit count. For a fixed coupling map, the circuit's
 * interaction graph must embed in it, which needs (and for the purpose of rejecting, suffices to
 * fail) two checks, applied gate by gate in circuit order: no qubit may interact with more
 * partners than the device's best-connected qubit has neighbours, and a bipartite coupling map
 * (square grids, heavy-hex) cannot host an odd cycle of interactions, such as those RP²'s
 * antipodal checks create. Passing both does not prove an embedding exists; the report says so.
 */
public final class ConnectivityCheck {
    private ConnectivityCheck() {
    }

    /** Empty when the target can run the circuit as far as these checks tell; otherwise why not. */
    public static Optional<String> problem(StabilizerCircuit circuit, Target target) {
        if (circuit.numQubits() > target.numQubits()) {
            return Optional.of("the circuit uses " + circuit.numQubits() + " qubits but " + target.name() + " has "
                    + target.numQubits());
        }
        if (target.connectivity() != Connectivity.EXPLICIT) {
            return Optional.empty();
        }
        Graph<Integer, DefaultEdge> coupling = target.couplingMap();
        int maxDegree = 0;
        for (int v : coupling.vertexSet()) {
            maxDegree = Math.max(maxDegree, coupling.degreeOf(v));
        }
        boolean bipartite = isBipartite(coupling);
        return new Walker(target.name(), maxDegree, bipartite).walk(circuit);
    }

    /** Two-colouring by breadth-first search, each vertex queued once. */
    static boolean isBipartite(Graph<Integer, DefaultEdge> g) {
        Map<Integer, Integer> colour = new HashMap<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int start : g.vertexSet()) {
            if (colour.containsKey(start)) {
                continue;
            }
            colour.put(start, 0);
            queue.add(start);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (DefaultEdge e : g.edgesOf(u)) {
                    int v = org.jgrapht.Graphs.getOppositeVertex(g, e, u);
                    Integer c = colour.get(v);
                    if (c == null) {
                        colour.put(v, 1 - colour.get(u));
                        queue.add(v);
                    } else if (c.equals(colour.get(u))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Adds interactions in circuit order, keeping degrees and a parity union-find. */
    private static final class Walker {
        private final String targetName;
        private final int maxDegree;
        private final boolean bipartite;
        private final Map<Integer, java.util.Set<Integer>> partners = new HashMap<>();
        private final Map<Integer, Integer> parent = new HashMap<>();
        /** Parity of a qubit relative to its union-find parent: which side of the bipartition it is on. */
        private final Map<Integer, Integer> parity = new HashMap<>();
        private int tick;

        Walker(String targetName, int maxDegree, boolean bipartite) {
            this.targetName = targetName;
            this.maxDegree = maxDegree;
            this.bipartite = bipartite;
        }

        Optional<String> walk(StabilizerCircuit c) {
            for (StabilizerCircuit.Item item : c.items()) {
                Optional<String> p = item instanceof RepeatBlock r ? walk(r.body()) : visit((Operation) item);
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        private Optional<String> visit(Operation op) {
            if (op.gate() == qtool.ir.Gate.TICK) {
                tick++;
                return Optional.empty();
            }
            if (!op.gate().is(GateFlag.UNITARY) || op.gate().numQubits() != 2) {
                return Optional.empty();
            }
            for (int k = 0; k + 1 < op.numTargets(); k += 2) {
                int a = op.target(k);
                int b = op.target(k + 1);
                if (!StimTarget.isQubit(a) || !StimTarget.isQubit(b)) {
                    continue;
                }
                Optional<String> p = add(op, StimTarget.value(a), StimTarget.value(b));
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        private Optional<String> add(Operation op, int a, int b) {
            String gate = op.gate().stimName() + " " + a + " " + b + " (after tick " + tick + ")";
            partners.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(b);
            partners.computeIfAbsent(b, k -> new java.util.TreeSet<>()).add(a);
            for (int q : new int[] {a, b}) {
                if (partners.get(q).size() > maxDegree) {
                    return Optional.of(targetName + " cannot run " + gate + ": qubit " + q + " would interact with "
                            + partners.get(q).size() + " partners, but no qubit of the coupling map has more than "
                            + maxDegree + " neighbours");
                }
            }
            if (bipartite) {
                int ra = find(a);
                int rb = find(b);
                int pa = parityOf(a);
                int pb = parityOf(b);
                if (ra == rb && pa == pb) {
                    return Optional.of(targetName + " cannot run " + gate + ": it closes an odd cycle of interactions,"
                            + " which its bipartite coupling map cannot host (RP²'s antipodal checks need non-local"
                            + " connectivity)");
                }
                if (ra != rb) {
                    parent.put(ra, rb);
                    parity.put(ra, pa ^ pb ^ 1);
                }
            }
            return Optional.empty();
        }

        private int find(int q) {
            int p = parent.getOrDefault(q, q);
            return p == q ? q : find(p);
        }

        /** Parity of q relative to its root. */
        private int parityOf(int q) {
            int p = parent.getOrDefault(q, q);
            return p == q ? 0 : parity.get(q) ^ parityOf(p);
        }
    }
}
