package qtool.target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qtool.qasm.Diagnostic;

/**
 * Typed access to a {@link YamlNode} tree that records a located {@link Diagnostic} instead of
 * throwing, so one pass over a file reports every problem. Each getter returns null after
 * reporting; callers skip what depends on a bad value. Messages name the key path, e.g.
 * {@code instructions.cz[2].error}.
 */
final class YamlChecks {
    private final String file;
    private final String[] lines;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    YamlChecks(String file, String text) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
    }

    List<Diagnostic> errors() {
        return errors;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    void error(int line, int col, String message) {
        errors.add(Diagnostic.error(file, line, col, message, source(line)));
    }

    void error(YamlNode at, String message) {
        error(at.line(), at.column(), message);
    }

    void error(YamlNode.Entry at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(int line, int col, String message) {
        warnings.add(Diagnostic.warning(file, line, col, message, source(line)));
    }

    private String source(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /**
     * The entries of a mapping by key, in document order. Reports unknown keys (with a
     * suggestion) and repeated keys; only the first occurrence of a key is returned.
     */
    Map<String, YamlNode.Entry> entries(YamlNode.Mapping m, Set<String> allowed, String where) {
        Map<String, YamlNode.Entry> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            if (out.containsKey(e.key())) {
                error(e, "duplicate key '" + e.key() + "' in " + where + " (first on line "
                        + out.get(e.key()).line() + ")");
            } else if (allowed != null && !allowed.contains(e.key())) {
                error(e, "unknown key '" + e.key() + "' in " + where + Spelling.hint(e.key(), allowed));
            } else {
                out.put(e.key(), e);
            }
        }
        return out;
    }

    YamlNode.Mapping mapping(YamlNode v, String what) {
        if (v instanceof YamlNode.Mapping) {
            return (YamlNode.Mapping) v;
        }
        error(v, what + " must be a mapping, found " + v.kindName());
        return null;
    }

    YamlNode.Seq seq(YamlNode v, String what) {
        if (v instanceof YamlNode.Seq) {
            return (YamlNode.Seq) v;
        }
        error(v, what + " must be a list, found " + v.kindName());
        return null;
    }

    /** The text of a non-null scalar (names may look like numbers). */
    String text(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar && !((YamlNode.Scalar) v).isNull()) {
            return ((YamlNode.Scalar) v).text();
        }
        error(v, what + " must be a string, found " + v.kindName());
        return null;
    }

    Double number(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar && ((YamlNode.Scalar) v).number() != null
                && Double.isFinite(((YamlNode.Scalar) v).number())) {
            return ((YamlNode.Scalar) v).number();
        }
        error(v, what + " must be a number, found " + v.kindName());
        return null;
    }

    Double nonNegative(YamlNode v, String what) {
        Double d = number(v, what);
        if (d != null && d < 0) {
            error(v, what + " must not be negative, found " + ((YamlNode.Scalar) v).text());
            return null;
        }
        return d;
    }

    Double positive(YamlNode v, String what) {
        Double d = number(v, what);
        if (d != null && d <= 0) {
            error(v, what + " must be positive, found " + ((YamlNode.Scalar) v).text());
            return null;
        }
        return d;
    }

    Double probability(YamlNode v, String what) {
        Double d = number(v, what);
        if (d != null && (d < 0 || d > 1)) {
            error(v, what + " must be a probability in [0, 1], found " + ((YamlNode.Scalar) v).text());
            return null;
        }
        return d;
    }

    Integer integer(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar && ((YamlNode.Scalar) v).isInteger()) {
            double d = ((YamlNode.Scalar) v).number();
            if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        error(v, what + " must be an integer, found " + v.kindName());
        return null;
    }

    /** A qubit index below {@code numQubits}. */
    Integer qubit(YamlNode v, int numQubits, String what) {
        Integer q = integer(v, what);
        if (q != null && (q < 0 || q >= numQubits)) {
            error(v, what + ": qubit " + q + " does not exist (num_qubits is " + numQubits + ")");
            return null;
        }
        return q;
    }
}
