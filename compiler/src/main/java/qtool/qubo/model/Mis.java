package qtool.qubo.model;

import java.util.OptionalDouble;

/**
 * A maximum independent set instance: an undirected simple graph on vertices {@code 0..n-1}
 * (files number them from 1). Keeps adjacency both as sorted lists and as a matrix, since the
 * repair and the merge veto ask "adjacent?" many times.
 */
public final class Mis {
    private final int vertices;
    private final int[][] edges;
    private final int[][] neighbours;
    private final boolean[][] adjacent;
    private final OptionalDouble optimum;

    public Mis(int vertices, int[][] edges, OptionalDouble optimum) {
        this.vertices = vertices;
        this.optimum = optimum;
        this.adjacent = new boolean[vertices][vertices];
        int[] degree = new int[vertices];
        java.util.List<int[]> distinct = new java.util.ArrayList<>();
        for (int[] e : edges) {
            if (!adjacent[e[0]][e[1]]) {
                distinct.add(new int[] {Math.min(e[0], e[1]), Math.max(e[0], e[1])});
                adjacent[e[0]][e[1]] = true;
                adjacent[e[1]][e[0]] = true;
                degree[e[0]]++;
                degree[e[1]]++;
            }
        }
        this.edges = distinct.toArray(int[][]::new);
        neighbours = new int[vertices][];
        for (int v = 0; v < vertices; v++) {
            neighbours[v] = new int[degree[v]];
            int k = 0;
            for (int u = 0; u < vertices; u++) {
                if (adjacent[v][u]) {
                    neighbours[v][k++] = u;
                }
            }
        }
    }

    public int vertices() {
        return vertices;
    }

    /** The distinct edges (0-based, smaller end first), in file order. */
    public int[][] edges() {
        return edges.clone();
    }

    public boolean adjacent(int u, int v) {
        return adjacent[u][v];
    }

    public int[] neighbours(int v) {
        return neighbours[v];
    }

    public int degree(int v) {
        return neighbours[v].length;
    }

    public OptionalDouble optimum() {
        return optimum;
    }

    /** Number of chosen vertices. */
    public int size(boolean[] x) {
        int s = 0;
        for (boolean b : x) {
            s += b ? 1 : 0;
        }
        return s;
    }

    /** Whether no two chosen vertices are adjacent. */
    public boolean independent(boolean[] x) {
        for (int v = 0; v < vertices; v++) {
            if (x[v]) {
                for (int u : neighbours[v]) {
                    if (u > v && x[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
