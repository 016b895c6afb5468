package qtool.qubo.model;

import java.util.OptionalDouble;

/**
 * A quadratic assignment instance (QAPLIB, Koopmans–Beckmann): place facility i at location
 * {@code p[i]} minimising {@code Σ_{i,j} f_{ij} d_{p(i)p(j)}}. As binary variables,
 * {@code x_{i,k} = 1} iff facility i is at location k, with index {@code i·n + k}.
 */
public record Qap(long[][] flow, long[][] distance, OptionalDouble optimum) {
    public int size() {
        return flow.length;
    }

    /** Index of the binary variable "facility i at location k". */
    public int variable(int facility, int location) {
        return facility * flow.length + location;
    }

    /** Cost of a permutation. */
    public long cost(int[] perm) {
        long s = 0;
        int n = flow.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s += flow[i][j] * distance[perm[i]][perm[j]];
            }
        }
        return s;
    }

    /** The permutation encoded by x, or null when x is not a permutation matrix. */
    public int[] permutation(boolean[] x) {
        int n = flow.length;
        int[] perm = new int[n];
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            int found = -1;
            for (int k = 0; k < n; k++) {
                if (x[variable(i, k)]) {
                    if (found >= 0) {
                        return null;
                    }
                    found = k;
                }
            }
            if (found < 0 || used[found]) {
                return null;
            }
            used[found] = true;
            perm[i] = found;
        }
        return perm;
    }

    /** The permutation matrix of perm as binary variables. */
    public boolean[] assignment(int[] perm) {
        boolean[] x = new boolean[flow.length * flow.length];
        for (int i = 0; i < perm.length; i++) {
            x[variable(i, perm[i])] = true;
        }
        return x;
    }
}
