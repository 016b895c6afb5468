package qtool.synthesis.rl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.ir.Gate;

/**
 * A finite synthesis alphabet on one or two qubits, with the inverse of each letter when the
 * alphabet contains it (inverse-closed bases let the search skip {@code g·g⁻¹}).
 *
 * <ul>
 * <li>{@code hrc}: Harrow–Recht–Chuang, {@code V_P = (I + 2iP)/√5} for P = X, Y, Z and their inverses
 * (6 letters, as in the paper and the authors' code). {@code V_X = rx(−2·atan 2)} exactly.</li>
 * <li>{@code clifford+t}: H, S, S†, T, T† (inverse-closed generators of Clifford+T).</li>
 * <li>{@code ht}: H and T only, an inverse-free basis (T† costs seven T's).</li>
 * <li>{@code hrc2}: two qubits, the HRC letters on either qubit and CX in both directions (14 letters).</li>
 * </ul>
 */
public final class GateBasis {
    /** Names accepted by {@link #named}. */
    public static final List<String> NAMES = List.of("hrc", "clifford+t", "ht", "hrc2");
    private static final double HRC_ANGLE = 2 * Math.atan(2);

    private final String name;
    private final int numQubits;
    private final List<BasisGate> gates;
    private final int[] inverse;

    private GateBasis(String name, int numQubits, List<BasisGate> gates) {
        this.name = name;
        this.numQubits = numQubits;
        this.gates = List.copyOf(gates);
        this.inverse = new int[gates.size()];
        Arrays.fill(inverse, -1);
        for (int a = 0; a < gates.size(); a++) {
            ZMatrixRMaj m = gates.get(a).matrixOn(numQubits);
            for (int b = 0; b < gates.size(); b++) {
                ZMatrixRMaj prod = Matrices.multiply(gates.get(b).matrixOn(numQubits), m);
                if (Equivalence.equalUpToGlobalPhase(prod, Matrices.identity(1 << numQubits), 1e-12)) {
                    inverse[a] = b;
                }
            }
        }
    }

    /** The basis of a name in {@link #NAMES} (case-insensitive); IllegalArgumentException otherwise. */
    public static GateBasis named(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        switch (n) {
            case "hrc":
                return new GateBasis("hrc", 1, hrcLetters(0, ""));
            case "clifford+t":
            case "clifford_t":
                return new GateBasis("clifford+t", 1, List.of(one("h", Gate.H), one("s", Gate.S), one("sdg", Gate.SDG),
                        one("t", Gate.T), one("tdg", Gate.TDG)));
            case "ht":
                return new GateBasis("ht", 1, List.of(one("h", Gate.H), one("t", Gate.T)));
            case "hrc2": {
                List<BasisGate> g = new ArrayList<>(hrcLetters(0, "0"));
                g.addAll(hrcLetters(1, "1"));
                g.add(new BasisGate("cx01", Gate.CX, 0, new int[] {0, 1}));
                g.add(new BasisGate("cx10", Gate.CX, 0, new int[] {1, 0}));
                return new GateBasis("hrc2", 2, g);
            }
            default:
                throw new IllegalArgumentException("unknown basis '" + name + "'; available: " + String.join(", ", NAMES));
        }
    }

    private static BasisGate one(String name, Gate g) {
        return new BasisGate(name, g, 0, new int[] {0});
    }

    private static List<BasisGate> hrcLetters(int qubit, String suffix) {
        int[] q = {qubit};
        return List.of(new BasisGate("vx" + suffix, Gate.RX, -HRC_ANGLE, q), new BasisGate("vxdg" + suffix, Gate.RX, HRC_ANGLE, q),
                new BasisGate("vy" + suffix, Gate.RY, -HRC_ANGLE, q), new BasisGate("vydg" + suffix, Gate.RY, HRC_ANGLE, q),
                new BasisGate("vz" + suffix, Gate.RZ, -HRC_ANGLE, q), new BasisGate("vzdg" + suffix, Gate.RZ, HRC_ANGLE, q));
    }

    public String name() {
        return name;
    }

    public int numQubits() {
        return numQubits;
    }

    public int size() {
        return gates.size();
    }

    public BasisGate gate(int a) {
        return gates.get(a);
    }

    public List<BasisGate> gates() {
        return gates;
    }

    /** The letter equal to the inverse of letter {@code a} up to phase, or −1 when the basis lacks it. */
    public int inverse(int a) {
        return inverse[a];
    }

    /** Whether every letter's inverse is a letter. */
    public boolean inverseClosed() {
        for (int i : inverse) {
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of a letter by name, or −1. */
    public int indexOf(String letter) {
        for (int a = 0; a < gates.size(); a++) {
            if (gates.get(a).name().equals(letter)) {
                return a;
            }
        }
        return -1;
    }

    /** The unitary of a word given in time order (first letter applied first). */
    public ZMatrixRMaj product(int[] word) {
        ZMatrixRMaj m = Matrices.identity(1 << numQubits);
        for (int a : word) {
            m = Matrices.multiply(gates.get(a).matrixOn(numQubits), m);
        }
        return m;
    }

    /** The letters' names separated by spaces. */
    public String format(int[] word) {
        StringBuilder sb = new StringBuilder();
        for (int a : word) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(gates.get(a).name());
        }
        return sb.toString();
    }
}
