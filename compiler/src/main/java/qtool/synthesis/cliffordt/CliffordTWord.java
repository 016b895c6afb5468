package qtool.synthesis.cliffordt;

import java.util.ArrayList;
import java.util.List;

/**
 * A single-qubit Clifford+T operator written as ω^phase · L1·L2·…·Ln: the letters in matrix-product
 * order (the rightmost letter acts first, as in Ross–Selinger's and gridsynth's output), and a global
 * phase that is a power of ω = e^{iπ/4}. {@link #circuitOrder()} gives the gates in the order a circuit
 * applies them.
 */
public record CliffordTWord(List<Letter> letters, int omegaPhase) {
    public CliffordTWord {
        letters = List.copyOf(letters);
        omegaPhase = Math.floorMod(omegaPhase, 8);
    }

    /** Number of T and T† letters. */
    public int tCount() {
        int n = 0;
        for (Letter l : letters) {
            if (l.isT()) {
                n++;
            }
        }
        return n;
    }

    public int count(Letter letter) {
        int n = 0;
        for (Letter l : letters) {
            if (l == letter) {
                n++;
            }
        }
        return n;
    }

    /** Number of gates (the global phase is not a gate). */
    public int length() {
        return letters.size();
    }

    /** The letters in the order a circuit applies them (reverse of the matrix-product order). */
    public List<Letter> circuitOrder() {
        List<Letter> r = new ArrayList<>(letters);
        java.util.Collections.reverse(r);
        return r;
    }

    /** The exact operator ω^phase·L1·…·Ln. */
    public ExactUnitary toExactUnitary() {
        ExactUnitary u = ExactUnitary.IDENTITY;
        for (Letter l : letters) {
            u = u.multiply(l);
        }
        return u.timesOmegaPower(omegaPhase);
    }

    /** Space-separated letters in matrix order, with {@code ω^p} first when the phase is not 1. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (omegaPhase != 0) {
            sb.append("ω^").append(omegaPhase);
        }
        for (Letter l : letters) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l.name());
        }
        return sb.length() == 0 ? "I" : sb.toString();
    }

    /**
     * Compact gridsynth-style text: letters concatenated in matrix order ({@code HTSHT...}), lower-case
     * {@code s}/{@code t} for S†/T†, and one {@code W} per factor ω of the phase.
     */
    public String compact() {
        StringBuilder sb = new StringBuilder();
        for (Letter l : letters) {
            sb.append(switch (l) {
                case SDG -> "s";
                case TDG -> "t";
                default -> l.name();
            });
        }
        sb.append("W".repeat(omegaPhase));
        return sb.length() == 0 ? "I" : sb.toString();
    }
}
