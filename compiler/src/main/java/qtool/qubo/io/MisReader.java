package qtool.qubo.io;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import qtool.qasm.Diagnostic;
import qtool.qubo.model.Mis;

/**
 * Reads a graph in DIMACS edge format: comment lines {@code c ...}, one problem line
 * {@code p edge N M} (also {@code p col}), then M lines {@code e U V} with 1-based vertices.
 * Self-loops, vertices out of range, edges before the problem line and an edge count different
 * from M are errors, located at the offending line and column. Duplicate edges are merged.
 */
public final class MisReader {
    private MisReader() {
    }

    public static Mis read(String file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int n = -1;
        int declared = 0;
        int problemLine = 0;
        List<int[]> edges = new ArrayList<>();
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("c")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            int[] cols = fieldColumns(line);
            int col = cols[0];
            if (f[0].equals("p")) {
                if (n >= 0) {
                    throw error(file, lines, ln + 1, col, "second problem line");
                }
                if (f.length != 4 || !(f[1].equals("edge") || f[1].equals("col"))) {
                    throw error(file, lines, ln + 1, col, "expected 'p edge VERTICES EDGES'");
                }
                n = number(file, lines, ln + 1, cols[2], f[2], 1, 4096, "number of vertices");
                declared = number(file, lines, ln + 1, cols[3], f[3], 0, Integer.MAX_VALUE, "number of edges");
                problemLine = ln + 1;
            } else if (f[0].equals("e")) {
                if (n < 0) {
                    throw error(file, lines, ln + 1, col, "edge before the 'p edge' problem line");
                }
                if (f.length != 3) {
                    throw error(file, lines, ln + 1, col, "expected 'e U V'");
                }
                int u = number(file, lines, ln + 1, cols[1], f[1], 1, n, "vertex");
                int v = number(file, lines, ln + 1, cols[2], f[2], 1, n, "vertex");
                if (u == v) {
                    throw error(file, lines, ln + 1, cols[2], "self-loop on vertex " + u);
                }
                edges.add(new int[] {u - 1, v - 1});
            } else {
                throw error(file, lines, ln + 1, col, "expected a 'c', 'p' or 'e' line, found '" + f[0] + "'");
            }
        }
        if (n < 0) {
            throw error(file, lines, 0, 0, "no 'p edge VERTICES EDGES' problem line");
        }
        if (edges.size() != declared) {
            throw error(file, lines, problemLine, 1, "problem line declares " + declared + " edges, file has " + edges.size());
        }
        return new Mis(n, edges.toArray(int[][]::new), OptionalDouble.empty());
    }

    private static int number(String file, String[] lines, int ln, int col, String token, int min, int max, String what) {
        try {
            long v = Long.parseLong(token);
            if (v >= min && v <= max) {
                return (int) v;
            }
            throw error(file, lines, ln, col, what + " must be in [" + min + ", " + max + "], found " + v);
        } catch (NumberFormatException e) {
            throw error(file, lines, ln, col, "expected " + what + " (an integer), found '" + token + "'");
        }
    }

    /** 1-based start column of each whitespace-separated field of a line. */
    private static int[] fieldColumns(String line) {
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i)) && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                cols.add(i + 1);
            }
        }
        return cols.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ProblemFormatException error(String file, String[] lines, int ln, int col, String message) {
        String src = ln >= 1 && ln <= lines.length ? lines[ln - 1] : null;
        return new ProblemFormatException(Diagnostic.error(file, ln, col, message, src));
    }
}
