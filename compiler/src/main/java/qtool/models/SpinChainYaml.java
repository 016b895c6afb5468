package qtool.models;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import qtool.qasm.Diagnostic;

/**
 * Reads a {@link SpinChain} from YAML:
 * <pre>
 * model: xxz            # xxz | heisenberg | tfim
 * couplings: [1.0, 0.8] # one J per bond (n-1 values); or n: and j: (uniform), or n: and seed: (random)
 * delta: 1.0            # ZZ anisotropy (xxz, heisenberg), default 1
 * field: 0.4            # transverse field (tfim), default 1
 * z_fields: [0.3, -1.2]  # optional Z field h_i per qubit (n values); or
 * disorder: 4.0          # optional: h_i uniform in [-W, W) ...
 * disorder_seed: 7       # ... drawn with this seed (default 0)
 * </pre>
 * Every problem (syntax, unknown or repeated key, wrong type, inconsistent sizes) is reported at
 * file:line:col with a {@link ModelFileException}.
 */
public final class SpinChainYaml {
    private static final Set<String> KEYS = Set.of("model", "n", "j", "seed", "couplings", "delta", "field",
            "z_fields", "disorder", "disorder_seed");
    /** A chain longer than this is a typo, not a model. */
    static final int MAX_QUBITS = 100_000;

    private SpinChainYaml() {
    }

    /** Parses the text of {@code file} (the name is only used in messages). */
    public static SpinChain parse(String text, String file) {
        String[] lines = text.split("\n", -1);
        String kind = null;
        Integer n = null;
        Double j = null;
        Long seed = null;
        List<Double> couplings = null;
        double delta = 1;
        double field = 1;
        List<Double> zFields = null;
        Double disorder = null;
        Long disorderSeed = null;
        int[] modelAt = {1, 1};
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw error(file, lines, p.currentTokenLocation(), "a model file is a mapping with model: and couplings: or n:");
            }
            Set<String> seen = new HashSet<>();
            for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                JsonLocation keyAt = p.currentTokenLocation();
                String key = p.currentName();
                if (!KEYS.contains(key)) {
                    throw error(file, lines, keyAt, "unknown key '" + key + "'; keys: " + String.join(", ",
                            new java.util.TreeSet<>(KEYS)));
                }
                if (!seen.add(key)) {
                    throw error(file, lines, keyAt, "'" + key + "' given twice");
                }
                JsonToken v = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (key) {
                    case "model" -> {
                        kind = text(p, v, file, lines, at, key).toUpperCase(Locale.ROOT);
                        modelAt = new int[] {at.getLineNr(), at.getColumnNr()};
                        if (!Set.of("XXZ", "HEISENBERG", "TFIM").contains(kind)) {
                            throw error(file, lines, at, "model must be xxz, heisenberg or tfim, not '"
                                    + kind.toLowerCase(Locale.ROOT) + "'");
                        }
                    }
                    case "n" -> {
                        long nv = integer(p, v, file, lines, at, key);
                        if (nv < 2 || nv > MAX_QUBITS) {
                            throw error(file, lines, at, "n must be in 2.." + MAX_QUBITS + ", not " + nv);
                        }
                        n = (int) nv;
                    }
                    case "seed" -> seed = integer(p, v, file, lines, at, key);
                    case "j" -> j = number(p, v, file, lines, at, key);
                    case "delta" -> delta = number(p, v, file, lines, at, key);
                    case "field" -> field = number(p, v, file, lines, at, key);
                    case "disorder" -> {
                        disorder = number(p, v, file, lines, at, key);
                        if (disorder < 0) {
                            throw error(file, lines, at, "disorder must be >= 0, not " + disorder);
                        }
                    }
                    case "disorder_seed" -> disorderSeed = integer(p, v, file, lines, at, key);
                    case "z_fields" -> {
                        if (v != JsonToken.START_ARRAY) {
                            throw error(file, lines, at, "z_fields must be a list of numbers, one per qubit");
                        }
                        zFields = new ArrayList<>();
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                            zFields.add(number(p, e, file, lines, p.currentTokenLocation(), "a Z field"));
                        }
                    }
                    default -> {
                        if (v != JsonToken.START_ARRAY) {
                            throw error(file, lines, at, "couplings must be a list of numbers, one per bond");
                        }
                        couplings = new ArrayList<>();
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                            couplings.add(number(p, e, file, lines, p.currentTokenLocation(), "a coupling"));
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ModelFileException(Diagnostic.error(file, at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr(), "YAML syntax error: " + e.getOriginalMessage(),
                    sourceLine(lines, at == null ? 1 : at.getLineNr())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (kind == null) {
            throw new ModelFileException(Diagnostic.error(file, 1, 1, "missing 'model:' (xxz, heisenberg or tfim)",
                    sourceLine(lines, 1)));
        }
        SpinChain.Kind k = SpinChain.Kind.valueOf(kind);
        int sources = (couplings != null ? 1 : 0) + (j != null ? 1 : 0) + (seed != null ? 1 : 0);
        String problem = null;
        if (sources > 1) {
            problem = "give only one of couplings:, j: and seed:";
        } else if (couplings != null && n != null && couplings.size() != n - 1) {
            problem = "couplings has " + couplings.size() + " values but a chain of n = " + n + " has " + (n - 1) + " bonds";
        } else if (couplings == null && n == null) {
            problem = "give couplings: (one per bond) or n:";
        } else if (couplings != null && couplings.isEmpty()) {
            problem = "couplings: needs at least one value (a chain of 2 qubits)";
        } else if (zFields != null && disorder != null) {
            problem = "give z_fields: or disorder:, not both";
        } else if (disorderSeed != null && disorder == null) {
            problem = "disorder_seed: needs disorder:";
        } else if (zFields != null && zFields.size() != (couplings != null ? couplings.size() + 1 : n)) {
            problem = "z_fields has " + zFields.size() + " values but the chain has "
                    + (couplings != null ? couplings.size() + 1 : n) + " qubits";
        }
        if (problem != null) {
            throw new ModelFileException(Diagnostic.error(file, modelAt[0], modelAt[1], problem, sourceLine(lines, modelAt[0])));
        }
        SpinChain chain;
        if (couplings != null) {
            chain = new SpinChain(k, couplings.stream().mapToDouble(Double::doubleValue).toArray(), delta, field);
        } else if (seed != null) {
            chain = SpinChain.randomCouplings(k, n, seed, delta, field);
        } else {
            chain = SpinChain.uniform(k, n, j == null ? 1 : j, delta, field);
        }
        if (zFields != null) {
            chain = chain.withZFields(zFields.stream().mapToDouble(Double::doubleValue).toArray());
        } else if (disorder != null) {
            chain = chain.withFieldDisorder(disorder, disorderSeed == null ? 0 : disorderSeed);
        }
        return chain;
    }

    private static String text(JsonParser p, JsonToken v, String file, String[] lines, JsonLocation at, String key)
            throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            throw error(file, lines, at, key + " must be a name");
        }
        return p.getText();
    }

    private static double number(JsonParser p, JsonToken v, String file, String[] lines, JsonLocation at, String key)
            throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(file, lines, at, key + " must be a number");
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            throw error(file, lines, at, key + " must be a finite number");
        }
        return d;
    }

    private static long integer(JsonParser p, JsonToken v, String file, String[] lines, JsonLocation at, String key)
            throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw error(file, lines, at, key + " must be an integer");
        }
        return p.getLongValue();
    }

    private static ModelFileException error(String file, String[] lines, JsonLocation at, String message) {
        return new ModelFileException(Diagnostic.error(file, at.getLineNr(), at.getColumnNr(), message,
                sourceLine(lines, at.getLineNr())));
    }

    private static String sourceLine(String[] lines, int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
