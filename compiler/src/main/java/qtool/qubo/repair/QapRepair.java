package qtool.qubo.repair;

import qtool.qubo.model.Qap;

/**
 * Restores a permutation from an arbitrary assignment matrix: the assignment (Hungarian method)
 * that keeps as many of the chosen facility→location pairs as possible. A valid permutation
 * matrix is returned unchanged.
 */
public final class QapRepair {
    private QapRepair() {
    }

    public static int[] repair(Qap qap, boolean[] x) {
        int n = qap.size();
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                cost[i][k] = x[qap.variable(i, k)] ? 0 : 1;
            }
        }
        return Hungarian.solve(cost);
    }
}
