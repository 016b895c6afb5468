package qtool.qubo.io;

import java.util.OptionalDouble;
import qtool.qubo.model.Mdkp;

/**
 * Reads a multidimensional knapsack file in the SAC-94 / Drake et al. format: whitespace-separated
 * integers {@code n m optimum}, then n profits, the m×n weight matrix row by row (one constraint
 * per row) and m capacities. An optimum of 0 means unknown. Errors are located at the token.
 */
public final class MdkpReader {
    private MdkpReader() {
    }

    public static Mdkp read(String file, String text) {
        TokenScanner s = new TokenScanner(file, text);
        int n = s.nextInt("number of items n", 1, 100_000);
        int m = s.nextInt("number of constraints m", 1, 100_000);
        long opt = s.nextLong("optimum", 0, Long.MAX_VALUE / 4);
        long[] profits = new long[n];
        for (int i = 0; i < n; i++) {
            profits[i] = s.nextLong("profit of item " + i, 0, Long.MAX_VALUE / 4 / n);
        }
        long[][] weights = new long[m][n];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                weights[k][i] = s.nextLong("weight of item " + i + " in constraint " + k, 0, Long.MAX_VALUE / 4 / n);
            }
        }
        long[] caps = new long[m];
        for (int k = 0; k < m; k++) {
            caps[k] = s.nextLong("capacity of constraint " + k, 0, Long.MAX_VALUE / 4);
        }
        if (s.hasNext()) {
            s.next("end of file");
            throw s.errorAtToken("unexpected data after the " + m + " capacities (n = " + n + ", m = " + m + ")");
        }
        return new Mdkp(profits, weights, caps, opt > 0 ? OptionalDouble.of(opt) : OptionalDouble.empty());
    }
}
