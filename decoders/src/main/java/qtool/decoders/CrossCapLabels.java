package qtool.decoders;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels the cross-cap of an RP² growth for {@link HomologyClassDecoder}. When an RP² patch grows
 * into a planar code, the detectors that compare a check with its antipode (the seam detectors)
 * let error chains close into loops that flip the observable without touching the boundary: loops
 * through the cross-cap. Everywhere else the graph is planar, so the observable has a potential φ on
 * the detectors away from the seam (observable(u, v) = φ(u) ⊕ φ(v) on every edge between them).
 *
 * <p>The second label is L1(e) = L0(e) ⊕ φ(u) ⊕ φ(v) on edges between detectors (φ extended to the
 * seam detectors from a neighbour) and 0 on boundary edges. It vanishes on the planar part, and on
 * every cycle of detector edges it equals the observable's parity, so a loop has odd L1 exactly when
 * it goes through the cross-cap, whatever the geometry. Two corrections of a shot then differ by a
 * cross-cap loop when both labels differ, and by a chain across the planar code (through the
 * boundary) when only the observable does: the two gaps.
 */
public final class CrossCapLabels {
    private CrossCapLabels() {
    }

    /**
     * The graph with a second label as above.
     *
     * @param graph a graph with one observable
     * @param seamDetectors the detectors that compare antipodal checks
     * @throws UndecodableModelException when the observable has no potential away from the seam
     */
    public static DecodingGraph label(DecodingGraph graph, int[] seamDetectors) {
        if (graph.numObservables() != 1) {
            throw new IllegalArgumentException("cross-cap labelling needs a graph with one observable, not "
                    + graph.numObservables());
        }
        int n = graph.numDetectors();
        boolean[] seam = new boolean[n];
        for (int d : seamDetectors) {
            seam[d] = true;
        }
        boolean[] phi = new boolean[n];
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (seen[s] || seam[s]) {
                continue;
            }
            seen[s] = true;
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int i = graph.adjacencyStart(u); i < graph.adjacencyStart(u + 1); i++) {
                    int e = graph.adjacentEdge(i);
                    int v = graph.other(e, u);
                    if (v == graph.boundary() || seam[v]) {
                        continue;
                    }
                    boolean want = phi[u] ^ (graph.observables(e) & 1) != 0;
                    if (!seen[v]) {
                        seen[v] = true;
                        phi[v] = want;
                        queue.add(v);
                    } else if (phi[v] != want) {
                        throw new UndecodableModelException("the observable flips around a cycle of detectors through D"
                                + u + " and D" + v + " that avoids the seam detectors");
                    }
                }
            }
        }
        for (int d : seamDetectors) {
            for (int i = graph.adjacencyStart(d); i < graph.adjacencyStart(d + 1); i++) {
                int e = graph.adjacentEdge(i);
                int v = graph.other(e, d);
                if (v != graph.boundary() && !seam[v]) {
                    phi[d] = phi[v] ^ (graph.observables(e) & 1) != 0;
                    break;
                }
            }
        }
        List<int[]> ends = new ArrayList<>();
        double[] p = new double[graph.numEdges()];
        long[] obs = new long[graph.numEdges()];
        for (int e = 0; e < graph.numEdges(); e++) {
            int a = graph.edgeA(e);
            int b = graph.edgeB(e);
            ends.add(new int[] {a, b});
            p[e] = graph.probability(e);
            long l0 = graph.observables(e) & 1;
            long l1 = b == graph.boundary() ? 0 : l0 ^ (phi[a] ? 1 : 0) ^ (phi[b] ? 1 : 0);
            obs[e] = l0 | l1 << 1;
        }
        return DecodingGraph.of(n, 2, ends, p, obs);
    }
}
