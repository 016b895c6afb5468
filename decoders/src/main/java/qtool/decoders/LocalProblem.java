package qtool.decoders;

import java.util.Arrays;

/**
 * One connected component of candidate pairs, renumbered 0..n-1: each event's boundary cost
 * (+∞ when it has no boundary) and the candidate pair edges (u, v, cost). A solver writes, per
 * event, -1 for "to the boundary" or the index of the chosen pair edge into {@link #choice}.
 * Mutable scratch reused across components.
 */
final class LocalProblem {
    int n;
    double[] boundaryCost = new double[16];
    int[] choice = new int[16];

    int m;
    int[] edgeU = new int[16];
    int[] edgeV = new int[16];
    double[] edgeCost = new double[16];

    void reset(int events) {
        n = events;
        m = 0;
        if (events > boundaryCost.length) {
            boundaryCost = new double[events * 2];
            choice = new int[events * 2];
        }
    }

    /** Adds pair edge (u, v) and returns its index. */
    int addEdge(int u, int v, double cost) {
        if (m == edgeU.length) {
            edgeU = Arrays.copyOf(edgeU, m * 2);
            edgeV = Arrays.copyOf(edgeV, m * 2);
            edgeCost = Arrays.copyOf(edgeCost, m * 2);
        }
        edgeU[m] = u;
        edgeV[m] = v;
        edgeCost[m] = cost;
        return m++;
    }

    boolean hasBoundary() {
        return boundaryCost[0] < Double.POSITIVE_INFINITY;
    }

    /** The cost of the current choice. */
    double cost() {
        double c = 0;
        for (int i = 0; i < n; i++) {
            int e = choice[i];
            if (e < 0) {
                c += boundaryCost[i];
            } else if (edgeU[e] == i) {
                c += edgeCost[e];
            }
        }
        return c;
    }
}
