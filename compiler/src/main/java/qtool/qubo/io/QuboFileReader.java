package qtool.qubo.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import qtool.qasm.Diagnostic;
import qtool.qubo.model.Qubo;

/**
 * Reads a sparse QUBO or Ising problem from YAML or JSON (JSON when the text starts with '{'):
 * <pre>
 * type: qubo            # or ising (spins s = 1 - 2x, so s = -1 means x = 1)
 * variables: 4          # number of variables, 1..4096
 * offset: 0.5           # optional constant
 * linear: [[0, -1.0], [2, 0.5]]          # optional [i, a_i]: a_i x_i (or h_i s_i)
 * quadratic: [[0, 1, 2.0], [1, 3, -1]]   # optional [i, j, b_ij], i != j: b_ij x_i x_j (or J_ij s_i s_j)
 * optimum: -1.0         # optional known minimum energy
 * </pre>
 * Indices are 0-based; repeated terms add up. Every error names {@code file:line:col}. The result
 * is always a binary {@link Qubo}; Ising input is converted exactly.
 */
public final class QuboFileReader {
    /** The problem and its optional known minimum. */
    public record Result(Qubo qubo, OptionalDouble optimum) {
    }

    private static final int MAX_VARIABLES = 4096;

    private final String file;
    private final String[] lines;

    private QuboFileReader(String file, String text) {
        this.file = file;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** A parsed value with the 1-based position where it starts. */
    private record Node(Object value, int line, int column) {
    }

    public static Result read(String file, String text) {
        return new QuboFileReader(file, text).parse(text);
    }

    private Result parse(String text) {
        Node root;
        boolean json = text.stripLeading().startsWith("{");
        try (JsonParser p = (json ? new JsonFactory() : new YAMLFactory()).createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw error(1, 1, "empty file: expected a mapping with 'type' and 'variables'");
            }
            root = node(p, t);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "invalid " + (json ? "JSON" : "YAML") + ": " + msg);
        } catch (IOException e) {
            throw error(0, 0, "cannot parse: " + e.getMessage());
        }
        Map<String, Node> map = mapping(root, "the document");
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!List.of("type", "variables", "offset", "linear", "quadratic", "optimum").contains(e.getKey())) {
                throw error(e.getValue().line(), e.getValue().column(), "unknown key '" + e.getKey()
                        + "' (expected type, variables, offset, linear, quadratic, optimum)");
            }
        }
        Node type = required(map, "type", root);
        if (!(type.value() instanceof String) || !List.of("qubo", "ising").contains(type.value())) {
            throw error(type.line(), type.column(), "type must be 'qubo' or 'ising'");
        }
        boolean ising = type.value().equals("ising");
        int n = (int) integer(required(map, "variables", root), 1, MAX_VARIABLES, "variables");
        double offset = map.containsKey("offset") ? number(map.get("offset"), "offset") : 0;
        double[] h = new double[n];
        double[][] j = new double[n][n];
        if (map.containsKey("linear")) {
            for (Node term : list(map.get("linear"), "linear")) {
                List<Node> f = tuple(term, 2, "a linear term [i, value]");
                int i = (int) integer(f.get(0), 0, n - 1, "variable index");
                h[i] += number(f.get(1), "coefficient");
            }
        }
        if (map.containsKey("quadratic")) {
            for (Node term : list(map.get("quadratic"), "quadratic")) {
                List<Node> f = tuple(term, 3, "a quadratic term [i, j, value]");
                int a = (int) integer(f.get(0), 0, n - 1, "variable index");
                int b = (int) integer(f.get(1), 0, n - 1, "variable index");
                if (a == b) {
                    throw error(f.get(1).line(), f.get(1).column(), "a quadratic term needs two different variables (put x_i² = x_i in linear)");
                }
                double v = number(f.get(2), "coefficient");
                j[a][b] += v;
                j[b][a] += v;
            }
        }
        OptionalDouble optimum = map.containsKey("optimum") ? OptionalDouble.of(number(map.get("optimum"), "optimum"))
                : OptionalDouble.empty();
        return new Result(ising ? fromIsing(offset, h, j) : fromQubo(offset, h, j), optimum);
    }

    private static Qubo fromQubo(double offset, double[] a, double[][] b) {
        Qubo.Builder q = Qubo.builder(a.length).offset(offset);
        for (int i = 0; i < a.length; i++) {
            q.linear(i, a[i]);
            for (int k = i + 1; k < a.length; k++) {
                q.quadratic(i, k, b[i][k]);
            }
        }
        return q.build();
    }

    /** s = 1 - 2x: h s = h - 2h x; J s_i s_k = J (1 - 2x_i - 2x_k + 4 x_i x_k). */
    private static Qubo fromIsing(double offset, double[] h, double[][] j) {
        Qubo.Builder q = Qubo.builder(h.length).offset(offset);
        for (int i = 0; i < h.length; i++) {
            q.offset(h[i]).linear(i, -2 * h[i]);
            for (int k = i + 1; k < h.length; k++) {
                double c = j[i][k];
                if (c != 0) {
                    q.offset(c).linear(i, -2 * c).linear(k, -2 * c).quadratic(i, k, 4 * c);
                }
            }
        }
        return q.build();
    }

    private Node node(JsonParser p, JsonToken t) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    Node v = node(p, p.nextToken());
                    if (m.containsKey(key)) {
                        throw error(kl.getLineNr(), kl.getColumnNr(), "duplicate key '" + key + "'");
                    }
                    m.put(key, v);
                }
                return new Node(m, line, col);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(node(p, k));
                }
                return new Node(items, line, col);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getDoubleValue(), line, col);
            case VALUE_STRING: {
                String s = p.getText();
                try {
                    return new Node(Double.parseDouble(s.strip()), line, col);
                } catch (NumberFormatException e) {
                    return new Node(s, line, col);
                }
            }
            case VALUE_NULL:
                return new Node(null, line, col);
            default:
                return new Node(p.getText(), line, col);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> mapping(Node n, String what) {
        if (!(n.value() instanceof Map)) {
            throw error(n.line(), n.column(), what + " must be a mapping");
        }
        return (Map<String, Node>) n.value();
    }

    @SuppressWarnings("unchecked")
    private List<Node> list(Node n, String what) {
        if (!(n.value() instanceof List)) {
            throw error(n.line(), n.column(), "'" + what + "' must be a list of terms");
        }
        return (List<Node>) n.value();
    }

    private List<Node> tuple(Node n, int size, String what) {
        if (!(n.value() instanceof List) || ((List<?>) n.value()).size() != size) {
            throw error(n.line(), n.column(), "expected " + what);
        }
        return list(n, what);
    }

    private Node required(Map<String, Node> map, String key, Node root) {
        Node n = map.get(key);
        if (n == null) {
            throw error(root.line(), root.column(), "missing required key '" + key + "'");
        }
        return n;
    }

    private double number(Node n, String what) {
        if (!(n.value() instanceof Double) || !Double.isFinite((Double) n.value())) {
            throw error(n.line(), n.column(), what + " must be a finite number");
        }
        return (Double) n.value();
    }

    private long integer(Node n, long min, long max, String what) {
        double v = number(n, what);
        if (v != Math.rint(v) || v < min || v > max) {
            throw error(n.line(), n.column(), what + " must be an integer in [" + min + ", " + max + "], found " + v);
        }
        return (long) v;
    }

    private ProblemFormatException error(int line, int column, String message) {
        String src = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new ProblemFormatException(Diagnostic.error(file, line, column, message, src));
    }
}
