package qtool.qubo.io;

import java.util.OptionalDouble;
import qtool.qubo.model.Qap;

/**
 * Reads a QAPLIB instance: the size n, then the n×n flow matrix and the n×n distance matrix as
 * whitespace-separated non-negative or negative integers (QAPLIB's order for Koopmans–Beckmann
 * files is {@code n, A, B} with the cost {@code Σ a_ij b_p(i)p(j)}; A is taken as the flow).
 * QAPLIB files carry no optimum.
 */
public final class QapReader {
    private QapReader() {
    }

    public static Qap read(String file, String text) {
        TokenScanner s = new TokenScanner(file, text);
        int n = s.nextInt("instance size n", 1, 1000);
        long[][] flow = matrix(s, n, "flow");
        long[][] dist = matrix(s, n, "distance");
        if (s.hasNext()) {
            s.next("end of file");
            throw s.errorAtToken("unexpected data after the two " + n + "x" + n + " matrices");
        }
        return new Qap(flow, dist, OptionalDouble.empty());
    }

    private static long[][] matrix(TokenScanner s, int n, String name) {
        long[][] a = new long[n][n];
        long bound = 1L << 24;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = s.nextLong(name + " entry (" + (i + 1) + ", " + (j + 1) + ")", -bound, bound);
            }
        }
        return a;
    }
}
