package qtool.target;

import java.util.Locale;
import java.util.Optional;

/**
 * Which qubit pairs may interact. {@link #EXPLICIT}: exactly the pairs that 2-qubit instruction
 * entries name (superconducting chips). {@link #ALL_TO_ALL}: any pair at the same cost (trapped
 * ions, QEC noise models). {@link #RECONFIGURABLE}: any pair, after moving atoms together at the
 * target's {@code move} cost (neutral-atom arrays); routing treats it as all-to-all and a scheduler
 * may charge the move.
 */
public enum Connectivity {
    EXPLICIT, ALL_TO_ALL, RECONFIGURABLE;

    /** The YAML spelling: {@code explicit}, {@code all-to-all}, {@code reconfigurable}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the YAML spelling; underscores are accepted for hyphens. */
    public static Optional<Connectivity> fromYamlName(String s) {
        for (Connectivity c : values()) {
            if (c.yamlName().equals(s.replace('_', '-'))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether every pair of distinct qubits may interact (directly or after a move). */
    public boolean anyPair() {
        return this != EXPLICIT;
    }
}
