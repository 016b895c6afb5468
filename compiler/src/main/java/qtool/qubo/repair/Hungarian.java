package qtool.qubo.repair;

/**
 * Minimum-cost perfect assignment on a square cost matrix by the Hungarian method with row
 * potentials (the O(n³) shortest-augmenting-path form of Kuhn–Munkres).
 */
public final class Hungarian {
    private Hungarian() {
    }

    /** {@code result[row] = column}, minimising the summed cost. */
    public static int[] solve(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] match = new int[n + 1]; // match[col] = row (1-based), 0 = free
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            match[0] = row;
            int col0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[col0] = true;
                int r = match[col0];
                double delta = Double.POSITIVE_INFINITY;
                int col1 = 0;
                for (int c = 1; c <= n; c++) {
                    if (!used[c]) {
                        double cur = cost[r - 1][c - 1] - u[r] - v[c];
                        if (cur < minv[c]) {
                            minv[c] = cur;
                            way[c] = col0;
                        }
                        if (minv[c] < delta) {
                            delta = minv[c];
                            col1 = c;
                        }
                    }
                }
                for (int c = 0; c <= n; c++) {
                    if (used[c]) {
                        u[match[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minv[c] -= delta;
                    }
                }
                col0 = col1;
            } while (match[col0] != 0);
            do {
                int col1 = way[col0];
                match[col0] = match[col1];
                col0 = col1;
            } while (col0 != 0);
        }
        int[] result = new int[n];
        for (int c = 1; c <= n; c++) {
            result[match[c] - 1] = c - 1;
        }
        return result;
    }
}
