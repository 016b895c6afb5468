package qtool.target;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The QEC noise block of a target: which Stim-style circuit noise model the qec module attaches
 * and its strength {@code p}. {@link Kind#UNIFORM_DEPOLARIZING} puts depolarizing noise of
 * strength p after every gate and flips measurements and resets with probability p (as in the
 * RP² and magic-state-cultivation papers); {@link Kind#SI1000} is the superconducting-inspired
 * model of Gidney, Newman, Fowler and Broughton, "A Fault-Tolerant Honeycomb Memory" (2021),
 * which scales p per operation (CZ p, 1-qubit p/10, measurement 5p, reset 2p, idle p/10). Other
 * named parameters are kept, sorted, for models that need them.
 */
public record NoiseModel(Kind model, double p, Map<String, Double> params) {
    /** The supported noise models. */
    public enum Kind {
        UNIFORM_DEPOLARIZING, SI1000;

        /** The YAML spelling: {@code uniform_depolarizing}, {@code si1000}. */
        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses the YAML spelling; hyphens are accepted for underscores. */
        public static Optional<Kind> fromYamlName(String s) {
            for (Kind k : values()) {
                if (k.yamlName().equals(s.replace('-', '_'))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public NoiseModel {
        Objects.requireNonNull(model);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("noise p must be a probability in [0, 1], not " + p);
        }
        for (Map.Entry<String, Double> e : params.entrySet()) {
            if (e.getKey().equals("p") || e.getKey().equals("model") || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("bad noise parameter " + e.getKey() + " = " + e.getValue());
            }
        }
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public static NoiseModel of(Kind model, double p) {
        return new NoiseModel(model, p, Map.of());
    }
}
