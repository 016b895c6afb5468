package qtool.passes.routing;

import java.util.Arrays;
import qtool.pass.PropertySet;

/**
 * An injective assignment of a circuit's virtual qubits {@code 0..v-1} to a device's physical
 * qubits {@code 0..p-1} ({@code v ≤ p}), with its inverse. Immutable; lookups are O(1).
 *
 * <p>Two property keys carry layouts between passes: {@link #INITIAL}, where each virtual qubit
 * starts (written by a layout pass, read by routing), and {@link #FINAL}, where each virtual qubit
 * ends up after routing has permuted qubits with SWAPs. Together they state what a routed circuit
 * means: if {@code C} acts on virtual qubits and {@code R} is its routed form, then
 * {@code R · E_initial = E_final · C} (up to global phase), where {@code E_L} places virtual qubit
 * {@code v} on physical qubit {@code L.physical(v)} and the unused physical qubits in |0⟩.
 */
public final class Layout {
    /** Where each virtual qubit starts; written by {@link TrivialLayout} / {@link SabreLayout}. */
    public static final PropertySet.Key<Layout> INITIAL = PropertySet.key("layout");
    /** Where each virtual qubit ends after routing; written by {@link SabreSwap} / {@link ApplyLayout}. */
    public static final PropertySet.Key<Layout> FINAL = PropertySet.key("final_layout");

    private final int[] toPhysical;
    private final int[] toVirtual;

    private Layout(int[] toPhysical, int numPhysical) {
        this.toPhysical = toPhysical;
        this.toVirtual = new int[numPhysical];
        Arrays.fill(toVirtual, -1);
        for (int v = 0; v < toPhysical.length; v++) {
            int p = toPhysical[v];
            if (p < 0 || p >= numPhysical) {
                throw new IllegalArgumentException("virtual qubit " + v + " mapped to " + p + ", outside 0.." + (numPhysical - 1));
            }
            if (toVirtual[p] >= 0) {
                throw new IllegalArgumentException("virtual qubits " + toVirtual[p] + " and " + v + " both mapped to physical " + p);
            }
            toVirtual[p] = v;
        }
    }

    /** A layout from {@code virtualToPhysical[v] = p}; must be injective into {@code 0..numPhysical-1}. */
    public static Layout of(int[] virtualToPhysical, int numPhysical) {
        return new Layout(virtualToPhysical.clone(), numPhysical);
    }

    /** Virtual qubit i on physical qubit i. */
    public static Layout trivial(int numVirtual, int numPhysical) {
        if (numVirtual > numPhysical) {
            throw new IllegalArgumentException(numVirtual + " virtual qubits do not fit on " + numPhysical + " physical qubits");
        }
        int[] v2p = new int[numVirtual];
        for (int v = 0; v < numVirtual; v++) {
            v2p[v] = v;
        }
        return new Layout(v2p, numPhysical);
    }

    public int numVirtual() {
        return toPhysical.length;
    }

    public int numPhysical() {
        return toVirtual.length;
    }

    /** The physical qubit holding virtual qubit {@code v}. */
    public int physical(int v) {
        return toPhysical[v];
    }

    /** The virtual qubit on physical qubit {@code p}, or -1 when {@code p} is unused. */
    public int virtual(int p) {
        return toVirtual[p];
    }

    /** {@code virtual → physical} as a fresh array. */
    public int[] toPhysicalArray() {
        return toPhysical.clone();
    }

    /** {@code physical → virtual} as a fresh array, -1 for unused physical qubits. */
    public int[] toVirtualArray() {
        return toVirtual.clone();
    }

    /**
     * {@code virtual → physical} over all {@code numPhysical} slots: entries past
     * {@link #numVirtual()} are ancillas placed on the unused physical qubits in increasing order.
     * Routing works on this full permutation, since a SWAP may move an ancilla.
     */
    int[] withAncillas() {
        int[] full = Arrays.copyOf(toPhysical, toVirtual.length);
        int next = toPhysical.length;
        for (int p = 0; p < toVirtual.length; p++) {
            if (toVirtual[p] < 0) {
                full[next++] = p;
            }
        }
        return full;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout && Arrays.equals(toPhysical, ((Layout) o).toPhysical)
                && toVirtual.length == ((Layout) o).toVirtual.length;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(toPhysical) + toVirtual.length;
    }

    /** {@code Layout[v0->p0, v1->p1, ...] on n} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Layout[");
        for (int v = 0; v < toPhysical.length; v++) {
            sb.append(v == 0 ? "" : ", ").append(v).append("->").append(toPhysical[v]);
        }
        return sb.append("] on ").append(toVirtual.length).toString();
    }
}
