package qtool.target;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The undirected interaction graph of a target, derived once from its 2-qubit qargs (Qiskit's
 * {@code build_coupling_map}): sorted edge list, adjacency lists, BFS distances and components.
 * For targets where any pair may interact the graph is complete, but is not materialised unless
 * {@link #toGraph()} asks for it, because a 1000-qubit complete graph has half a million edges.
 */
final class Coupling {
    private final int numQubits;
    private final boolean anyPair;
    private final List<Qargs> edges;
    private final int[][] neighbours;

    Coupling(int numQubits, Connectivity connectivity, Collection<Map<Qargs, InstructionProps>> entries) {
        this.numQubits = numQubits;
        this.anyPair = connectivity.anyPair();
        TreeSet<Qargs> set = new TreeSet<>();
        for (Map<Qargs, InstructionProps> byQargs : entries) {
            for (Qargs q : byQargs.keySet()) {
                if (q.size() == 2) {
                    set.add(Qargs.of(Math.min(q.get(0), q.get(1)), Math.max(q.get(0), q.get(1))));
                }
            }
        }
        this.edges = List.copyOf(set);
        int[] degree = new int[numQubits];
        for (Qargs e : edges) {
            degree[e.get(0)]++;
            degree[e.get(1)]++;
        }
        neighbours = new int[numQubits][];
        for (int q = 0; q < numQubits; q++) {
            neighbours[q] = new int[degree[q]];
        }
        int[] fill = new int[numQubits];
        for (Qargs e : edges) {
            neighbours[e.get(0)][fill[e.get(0)]++] = e.get(1);
            neighbours[e.get(1)][fill[e.get(1)]++] = e.get(0);
        }
    }

    List<Qargs> edges() {
        return edges;
    }

    boolean isConnected(int a, int b) {
        if (a == b || a < 0 || b < 0 || a >= numQubits || b >= numQubits) {
            return false;
        }
        if (anyPair) {
            return true;
        }
        // Neighbour lists are sorted because the edge list is.
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }

    /** Hop counts between all pairs by one BFS per qubit, O(n·(n + m)); -1 where unreachable. */
    int[][] distances() {
        int[][] d = new int[numQubits][numQubits];
        for (int s = 0; s < numQubits; s++) {
            if (anyPair) {
                Arrays.fill(d[s], 1);
                d[s][s] = 0;
            } else {
                bfs(s, d[s]);
            }
        }
        return d;
    }

    private void bfs(int source, int[] dist) {
        Arrays.fill(dist, -1);
        dist[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v : neighbours[u]) {
                if (dist[v] < 0) {
                    dist[v] = dist[u] + 1;
                    queue.add(v);
                }
            }
        }
    }

    /** Connected components, each sorted, ordered by their smallest qubit. */
    List<List<Integer>> components() {
        List<List<Integer>> out = new ArrayList<>();
        if (anyPair) {
            List<Integer> all = new ArrayList<>();
            for (int q = 0; q < numQubits; q++) {
                all.add(q);
            }
            out.add(all);
            return out;
        }
        int[] dist = new int[numQubits];
        boolean[] seen = new boolean[numQubits];
        for (int s = 0; s < numQubits; s++) {
            if (!seen[s]) {
                bfs(s, dist);
                List<Integer> comp = new ArrayList<>();
                for (int q = 0; q < numQubits; q++) {
                    if (dist[q] >= 0) {
                        seen[q] = true;
                        comp.add(q);
                    }
                }
                out.add(comp);
            }
        }
        return out;
    }

    Graph<Integer, DefaultEdge> toGraph() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int q = 0; q < numQubits; q++) {
            g.addVertex(q);
        }
        if (anyPair) {
            for (int a = 0; a < numQubits; a++) {
                for (int b = a + 1; b < numQubits; b++) {
                    g.addEdge(a, b);
                }
            }
        } else {
            for (Qargs e : edges) {
                g.addEdge(e.get(0), e.get(1));
            }
        }
        return g;
    }
}
