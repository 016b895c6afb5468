package qtool.passes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pass with its settings as written on the command line, {@code NAME[:KEY=VALUE,KEY=VALUE...]}
 * ({@code aqc:ansatz=coarse.qasm,fidelity=0.9999}). Typed getters fail with a message naming the pass
 * and key; {@link #checkKnown} rejects misspelt keys, so {@code fidelty=0.9} is an error rather than
 * silently ignored. Relative paths resolve against {@link #baseDirectory}.
 */
public final class PassArguments {
    private final String name;
    private final Map<String, String> values;
    private final Path baseDirectory;

    private PassArguments(String name, Map<String, String> values, Path baseDirectory) {
        this.name = name;
        this.values = values;
        this.baseDirectory = baseDirectory;
    }

    /** Parses {@code NAME[:K=V,...]}; throws IllegalArgumentException for malformed text. */
    public static PassArguments parse(String spec, Path baseDirectory) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("pass specification '" + spec + "' has no pass name");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = s.substring(colon + 1);
            if (!rest.isBlank()) {
                for (String item : rest.split(",")) {
                    int eq = item.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("pass " + name + ": expected KEY=VALUE, got '" + item.strip() + "'");
                    }
                    String key = item.substring(0, eq).strip();
                    if (values.put(key, item.substring(eq + 1).strip()) != null) {
                        throw new IllegalArgumentException("pass " + name + ": '" + key + "' given twice");
                    }
                }
            }
        }
        return new PassArguments(name, values, baseDirectory);
    }

    public String name() {
        return name;
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    /** Throws when a key outside {@code allowed} was given, listing the allowed ones. */
    public PassArguments checkKnown(Set<String> allowed) {
        for (String k : values.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("pass " + name + " has no setting '" + k + "'; settings: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public String requiredString(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("pass " + name + " needs " + key + "=...");
        }
        return v;
    }

    public double real(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pass " + name + ": " + key + " must be a number, not '" + v + "'");
        }
    }

    public int integer(String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pass " + name + ": " + key + " must be an integer, not '" + v + "'");
        }
    }

    public boolean flag(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("pass " + name + ": " + key + " must be true or false, not '" + v + "'");
        };
    }

    /** A path setting resolved against the base directory, or null when absent. */
    public Path path(String key) {
        String v = values.get(key);
        return v == null ? null : baseDirectory.resolve(v);
    }
}
