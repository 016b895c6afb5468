package qtool.passes.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * The undirected connectivity of a device as the layout and routing passes see it: physical qubits
 * {@code 0..n-1}, a sorted edge list, adjacency lists and all-pairs hop distances.
 *
 * <p>Distances come from one breadth-first search per qubit, so construction costs
 * O(n·(n + m)) time and O(n²) memory for n qubits and m edges (a 1000-qubit device needs 4 MB);
 * afterwards {@link #distance} and {@link #isAdjacent} are O(1). Qubits in different connected
 * components are at distance {@link #UNREACHABLE}. Edge direction is ignored: routing only needs to
 * know which pairs may interact, and direction is the basis translator's business.
 *
 * <p>Deliberately independent of {@code qtool.target.Target}: a target's coupling map is a JGraphT
 * graph, so {@code CouplingGraph.of(target.couplingMap())} is the whole bridge.
 */
public final class CouplingGraph {
    /** Distance between qubits in different components. Large, but far from overflowing a sum. */
    public static final int UNREACHABLE = 1 << 20;

    private final int numQubits;
    private final int[][] edges;
    private final int[][] neighbours;
    /** neighbourEdge[p][k] is the index in {@link #edges} of the edge (p, neighbours[p][k]). */
    private final int[][] neighbourEdge;
    /** Row-major n×n hop distances; a flat array because routing reads it in its innermost loop. */
    private final int[] dist;
    private final boolean connected;

    private CouplingGraph(int numQubits, TreeSet<Long> sortedEdges) {
        if (numQubits < 0) {
            throw new IllegalArgumentException("negative qubit count " + numQubits);
        }
        this.numQubits = numQubits;
        this.edges = new int[sortedEdges.size()][];
        int[] degree = new int[numQubits];
        int k = 0;
        for (long key : sortedEdges) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            edges[k++] = new int[] {a, b};
            degree[a]++;
            degree[b]++;
        }
        neighbours = new int[numQubits][];
        neighbourEdge = new int[numQubits][];
        for (int q = 0; q < numQubits; q++) {
            neighbours[q] = new int[degree[q]];
            neighbourEdge[q] = new int[degree[q]];
        }
        int[] fill = new int[numQubits];
        // Edges are sorted, so every adjacency list comes out sorted as well (deterministic order).
        for (int e = 0; e < edges.length; e++) {
            int a = edges[e][0];
            int b = edges[e][1];
            neighbourEdge[a][fill[a]] = e;
            neighbours[a][fill[a]++] = b;
        }
        for (int e = 0; e < edges.length; e++) {
            int a = edges[e][0];
            int b = edges[e][1];
            neighbourEdge[b][fill[b]] = e;
            neighbours[b][fill[b]++] = a;
        }
        for (int q = 0; q < numQubits; q++) {
            sortByNeighbour(neighbours[q], neighbourEdge[q]);
        }
        dist = new int[numQubits * numQubits];
        Arrays.fill(dist, UNREACHABLE);
        int[] queue = new int[numQubits];
        for (int s = 0; s < numQubits; s++) {
            int row = s * numQubits;
            dist[row + s] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                int du = dist[row + u];
                for (int v : neighbours[u]) {
                    if (dist[row + v] == UNREACHABLE) {
                        dist[row + v] = du + 1;
                        queue[tail++] = v;
                    }
                }
            }
        }
        boolean all = true;
        for (int q = 0; q < numQubits && all; q++) {
            all = dist[q] != UNREACHABLE;
        }
        connected = all;
    }

    private static void sortByNeighbour(int[] nb, int[] eid) {
        // Insertion sort: adjacency lists are short (device degree), and the pair must move together.
        for (int i = 1; i < nb.length; i++) {
            int n = nb[i];
            int e = eid[i];
            int j = i - 1;
            while (j >= 0 && nb[j] > n) {
                nb[j + 1] = nb[j];
                eid[j + 1] = eid[j];
                j--;
            }
            nb[j + 1] = n;
            eid[j + 1] = e;
        }
    }

    private static long key(int numQubits, int a, int b) {
        if (a < 0 || b < 0 || a >= numQubits || b >= numQubits) {
            throw new IllegalArgumentException("edge (" + a + ", " + b + ") names a qubit outside 0.." + (numQubits - 1));
        }
        if (a == b) {
            throw new IllegalArgumentException("self-loop on qubit " + a);
        }
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** A graph on {@code numQubits} qubits with the given undirected edges (duplicates and both directions are merged). */
    public static CouplingGraph of(int numQubits, int[][] edgeList) {
        TreeSet<Long> set = new TreeSet<>();
        for (int[] e : edgeList) {
            if (e.length != 2) {
                throw new IllegalArgumentException("an edge needs two qubits, got " + Arrays.toString(e));
            }
            set.add(key(numQubits, e[0], e[1]));
        }
        return new CouplingGraph(numQubits, set);
    }

    /** Same as {@link #of(int, int[][])} for a list of pairs. */
    public static CouplingGraph of(int numQubits, List<int[]> edgeList) {
        return of(numQubits, edgeList.toArray(new int[0][]));
    }

    /**
     * The graph of a JGraphT graph whose vertices are exactly {@code 0..n-1} (the form
     * {@code Target.couplingMap()} returns); directed graphs are read as undirected.
     */
    public static CouplingGraph of(Graph<Integer, ?> graph) {
        int n = graph.vertexSet().size();
        for (Integer v : graph.vertexSet()) {
            if (v == null || v < 0 || v >= n) {
                throw new IllegalArgumentException("coupling graph vertices must be 0.." + (n - 1) + ", found " + v);
            }
        }
        TreeSet<Long> set = new TreeSet<>();
        for (Object e : graph.edgeSet()) {
            @SuppressWarnings("unchecked")
            Graph<Integer, Object> g = (Graph<Integer, Object>) graph;
            int a = g.getEdgeSource(e);
            int b = g.getEdgeTarget(e);
            if (a != b) {
                set.add(key(n, a, b));
            }
        }
        return new CouplingGraph(n, set);
    }

    /** Every pair connected: routing never inserts a SWAP. O(n²) edges, so meant for small n. */
    public static CouplingGraph allToAll(int numQubits) {
        TreeSet<Long> set = new TreeSet<>();
        for (int a = 0; a < numQubits; a++) {
            for (int b = a + 1; b < numQubits; b++) {
                set.add(key(numQubits, a, b));
            }
        }
        return new CouplingGraph(numQubits, set);
    }

    /** The path 0 – 1 – … – (n-1). */
    public static CouplingGraph line(int numQubits) {
        List<int[]> e = new ArrayList<>();
        for (int q = 0; q + 1 < numQubits; q++) {
            e.add(new int[] {q, q + 1});
        }
        return of(numQubits, e);
    }

    /** The cycle 0 – 1 – … – (n-1) – 0 (a line when n ≤ 2). */
    public static CouplingGraph ring(int numQubits) {
        List<int[]> e = new ArrayList<>();
        for (int q = 0; q + 1 < numQubits; q++) {
            e.add(new int[] {q, q + 1});
        }
        if (numQubits > 2) {
            e.add(new int[] {numQubits - 1, 0});
        }
        return of(numQubits, e);
    }

    /** A rows×cols square grid, qubit {@code r*cols + c} at row r, column c. */
    public static CouplingGraph grid(int rows, int cols) {
        List<int[]> e = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int q = r * cols + c;
                if (c + 1 < cols) {
                    e.add(new int[] {q, q + 1});
                }
                if (r + 1 < rows) {
                    e.add(new int[] {q, q + cols});
                }
            }
        }
        return of(rows * cols, e);
    }

    public int numQubits() {
        return numQubits;
    }

    public int numEdges() {
        return edges.length;
    }

    /** Edge {@code e} as {@code {a, b}} with {@code a < b}; edges are sorted lexicographically. */
    public int[] edge(int e) {
        return edges[e].clone();
    }

    int edgeLow(int e) {
        return edges[e][0];
    }

    int edgeHigh(int e) {
        return edges[e][1];
    }

    /** The neighbours of {@code q} in increasing order (a copy). */
    public int[] neighbours(int q) {
        return neighbours[q].clone();
    }

    /** Internal access without copying, for the routing inner loop. */
    int[] neighboursView(int q) {
        return neighbours[q];
    }

    int[] neighbourEdgesView(int q) {
        return neighbourEdge[q];
    }

    public int degree(int q) {
        return neighbours[q].length;
    }

    public boolean isAdjacent(int a, int b) {
        return a != b && dist[a * numQubits + b] == 1;
    }

    /** Hop distance, or {@link #UNREACHABLE} across components. */
    public int distance(int a, int b) {
        return dist[a * numQubits + b];
    }

    /** Row-major distance matrix, shared (not copied) with package code for speed. */
    int[] distanceView() {
        return dist;
    }

    public boolean isConnected() {
        return connected;
    }

    /**
     * One shortest path from {@code a} to {@code b}, both included; at each step the smallest
     * neighbour that gets closer is taken, so the path is deterministic. Null when unreachable.
     */
    public int[] shortestPath(int a, int b) {
        int d = distance(a, b);
        if (d >= UNREACHABLE) {
            return null;
        }
        int[] path = new int[d + 1];
        path[0] = a;
        int cur = a;
        for (int step = 1; step <= d; step++) {
            for (int nb : neighbours[cur]) {
                if (distance(nb, b) == d - step) {
                    cur = nb;
                    break;
                }
            }
            path[step] = cur;
        }
        return path;
    }

    @Override
    public String toString() {
        return "CouplingGraph(" + numQubits + " qubits, " + edges.length + " edges)";
    }
}
