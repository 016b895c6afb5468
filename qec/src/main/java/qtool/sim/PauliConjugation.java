package qtool.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * How a Clifford gate of the gate table acts on Pauli operators by conjugation: for every Pauli
 * {@code P} on the gate's operands, {@code U P U† = ±Q} for one Pauli {@code Q}.
 *
 * <p>A Pauli on {@code n} operands is coded as an int of {@code 2n} bits: bit {@code 2k} is the
 * X part and bit {@code 2k+1} the Z part of operand {@code k}, and both bits set mean the
 * Hermitian {@code Y} (not {@code XZ}). Tableau rows and frame bit-planes use the same convention,
 * so the simulators read this table directly. The table is derived once per gate from
 * {@link Gate#matrix}, by expanding {@code U P U†} in the Pauli basis ({@code tr(Q·U P U†)/2^n}),
 * rather than written by hand, so a new Clifford row of the gate table needs no new code. Cost:
 * {@code O(16^n · 8^n)} arithmetic per gate, paid once and cached.
 */
public final class PauliConjugation {
    private static final double TOLERANCE = 1e-9;
    private static final Map<Gate, PauliConjugation> CACHE = buildAll();

    private final Gate gate;
    private final int numQubits;
    private final int[] image;
    private final boolean[] negated;

    private PauliConjugation(Gate gate, int numQubits, int[] image, boolean[] negated) {
        this.gate = gate;
        this.numQubits = numQubits;
        this.image = image;
        this.negated = negated;
    }

    /** The table of a gate flagged {@link GateFlag#CLIFFORD}; throws otherwise. */
    public static PauliConjugation of(Gate gate) {
        PauliConjugation t = CACHE.get(gate);
        if (t == null) {
            throw new IllegalArgumentException(gate.canonicalName() + " is not a Clifford gate of the table");
        }
        return t;
    }

    /** Whether {@link #of} has a table for the gate. */
    public static boolean has(Gate gate) {
        return CACHE.containsKey(gate);
    }

    /** All tables, keyed by gate, in table order. */
    public static Map<Gate, PauliConjugation> all() {
        return CACHE;
    }

    public Gate gate() {
        return gate;
    }

    public int numQubits() {
        return numQubits;
    }

    /** The code of {@code Q} in {@code U P U† = ±Q}, for the Pauli coded {@code p}. */
    public int image(int p) {
        return image[p];
    }

    /** Whether {@code U P U† = -Q}. */
    public boolean negates(int p) {
        return negated[p];
    }

    /**
     * Conjugates one tableau row in place: the row's letters on {@code qubits} (bit words at
     * {@code base} of xs and zs) become their image. Returns whether the row's sign flips.
     */
    boolean conjugateRow(long[] xs, long[] zs, int base, int[] qubits) {
        int code = 0;
        for (int k = 0; k < qubits.length; k++) {
            int q = qubits[k];
            int w = base + (q >>> 6);
            code |= (int) ((xs[w] >>> q) & 1) << (2 * k);
            code |= (int) ((zs[w] >>> q) & 1) << (2 * k + 1);
        }
        if (code == 0) {
            return false;
        }
        int img = image[code];
        for (int k = 0; k < qubits.length; k++) {
            int q = qubits[k];
            int w = base + (q >>> 6);
            long bit = 1L << q;
            xs[w] = ((img >>> (2 * k)) & 1) != 0 ? xs[w] | bit : xs[w] & ~bit;
            zs[w] = ((img >>> (2 * k + 1)) & 1) != 0 ? zs[w] | bit : zs[w] & ~bit;
        }
        return negated[code];
    }

    /** The code of {@code U X_k U†} (without sign). */
    public int imageOfX(int k) {
        return image[1 << (2 * k)];
    }

    /** The code of {@code U Z_k U†} (without sign). */
    public int imageOfZ(int k) {
        return image[2 << (2 * k)];
    }

    /**
     * For a two-qubit gate used with a classical bit on operand {@code k} ({@code CX rec[-1] 3}):
     * the one-qubit Pauli code applied to the other operand when the bit is 1. Such gates are
     * {@code |0><0|_k ⊗ I + |1><1|_k ⊗ P}, which conjugates {@code X_k} to {@code X_k ⊗ P}, so
     * {@code P} is read off that image.
     */
    public int feedbackPauli(int k) {
        if (numQubits != 2 || (imageOfX(k) >>> (2 * k) & 3) != 1) {
            throw new IllegalArgumentException(gate.canonicalName() + " is not Z-controlled on operand " + k);
        }
        return (imageOfX(k) >>> (2 * (1 - k))) & 3;
    }

    /** {@code X_0 -> +Z_0, Z_0 -> +X_0} for H: the images of the generators. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < numQubits; k++) {
            for (int gen : new int[] {1 << (2 * k), 2 << (2 * k)}) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(name(gen, numQubits)).append(" -> ").append(negated[gen] ? '-' : '+')
                        .append(name(image[gen], numQubits));
            }
        }
        return gate.canonicalName() + ": " + sb;
    }

    /** A Pauli code spelled per operand, operand 0 first: {@code "XZ"}, {@code "_Y"}. */
    public static String name(int p, int numQubits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < numQubits; k++) {
            sb.append("_XZY".charAt((p >>> (2 * k)) & 3));
        }
        return sb.toString();
    }

    /** The Hermitian matrix of a Pauli code, big-endian over operands like {@link Gate#matrix}. */
    public static ZMatrixRMaj matrix(int p, int numQubits) {
        ZMatrixRMaj m = Matrices.identity(1);
        for (int k = 0; k < numQubits; k++) {
            m = Matrices.kron(m, single((p >>> (2 * k)) & 3));
        }
        return m;
    }

    private static ZMatrixRMaj single(int code) {
        switch (code) {
            case 0: return Matrices.identity(2);
            case 1: return Matrices.of(2, 2, 0, 0, 1, 0, 1, 0, 0, 0);
            case 2: return Matrices.of(2, 2, 1, 0, 0, 0, 0, 0, -1, 0);
            default: return Matrices.of(2, 2, 0, 0, 0, -1, 0, 1, 0, 0);
        }
    }

    private static Map<Gate, PauliConjugation> buildAll() {
        Map<Gate, PauliConjugation> m = new EnumMap<>(Gate.class);
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.CLIFFORD) && g.is(GateFlag.UNITARY) && g.numParams() == 0 && g.numQubits() > 0) {
                m.put(g, derive(g));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Expands {@code U P U†} in the Pauli basis for every {@code P}; exactly one coefficient must be ±1. */
    static PauliConjugation derive(Gate g) {
        int n = g.numQubits();
        int size = 1 << (2 * n);
        ZMatrixRMaj u = g.matrix();
        ZMatrixRMaj uDag = Matrices.dagger(u);
        ZMatrixRMaj[] paulis = new ZMatrixRMaj[size];
        for (int p = 0; p < size; p++) {
            paulis[p] = matrix(p, n);
        }
        int[] image = new int[size];
        boolean[] negated = new boolean[size];
        double dim = 1 << n;
        for (int p = 0; p < size; p++) {
            ZMatrixRMaj conj = Matrices.multiply(Matrices.multiply(u, paulis[p]), uDag);
            int found = -1;
            for (int q = 0; q < size; q++) {
                double re = traceOfProduct(paulis[q], conj, true) / dim;
                double im = traceOfProduct(paulis[q], conj, false) / dim;
                if (Math.abs(im) > TOLERANCE || (Math.abs(re) > TOLERANCE && Math.abs(Math.abs(re) - 1) > TOLERANCE)) {
                    throw new IllegalStateException(g.canonicalName() + " does not map " + name(p, n)
                            + " to a Hermitian Pauli: it is not Clifford");
                }
                if (Math.abs(re) > 0.5) {
                    if (found >= 0) {
                        throw new IllegalStateException(g.canonicalName() + " maps " + name(p, n) + " to a sum");
                    }
                    found = q;
                    negated[p] = re < 0;
                }
            }
            if (found < 0) {
                throw new IllegalStateException(g.canonicalName() + " has a zero image of " + name(p, n));
            }
            image[p] = found;
        }
        return new PauliConjugation(g, n, image, negated);
    }

    /** Real or imaginary part of {@code tr(a·b)}, without forming the product. */
    private static double traceOfProduct(ZMatrixRMaj a, ZMatrixRMaj b, boolean real) {
        double sum = 0;
        int d = a.numRows;
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double ar = a.getReal(i, k);
                double ai = a.getImag(i, k);
                double br = b.getReal(k, i);
                double bi = b.getImag(k, i);
                sum += real ? ar * br - ai * bi : ar * bi + ai * br;
            }
        }
        return sum;
    }
}
