package qtool.codes;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable n-qubit Pauli operator {@code i^phase · σ_0 ⊗ … ⊗ σ_{n-1}} with every
 * {@code σ_j ∈ {I, X, Y, Z}} (Y is the Hermitian letter, not XZ).
 *
 * <p>The phase is tracked exactly, modulo 4, because the RP² morph prepares some Bell pairs in
 * |1⟩ and transversal H_XY flips Z signs: whether a code is invariant under a gate <em>with</em>
 * signs is a real question (see {@link StabilizerCode#isInvariantUnder}). Callers that do not care
 * compare with {@link #equalsUpToPhase}. Qubit letters are stored as two bit planes (x, z) in
 * {@code long[]} words: X = (1,0), Y = (1,1), Z = (0,1).
 */
public final class PauliString {
    private final int n;
    private final long[] x;
    private final long[] z;
    private final int phase;

    private PauliString(int n, long[] x, long[] z, int phase) {
        this.n = n;
        this.x = x;
        this.z = z;
        this.phase = Math.floorMod(phase, 4);
    }

    static int words(int n) {
        return (n + 63) >>> 6;
    }

    /** The identity on n qubits. */
    public static PauliString identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative qubit count " + n);
        }
        return new PauliString(n, new long[words(n)], new long[words(n)], 0);
    }

    /** The same letter (X, Y or Z) on each listed qubit, phase +1. */
    public static PauliString of(int n, char letter, int... qubits) {
        Builder b = new Builder(n);
        for (int q : qubits) {
            b.set(q, letter);
        }
        return b.build();
    }

    /** The same letter on each qubit of {@code qubits}. */
    public static PauliString of(int n, char letter, Iterable<Integer> qubits) {
        Builder b = new Builder(n);
        for (int q : qubits) {
            b.set(q, letter);
        }
        return b.build();
    }

    /** Letter on every qubit 0..n-1 (e.g. transversal Y). */
    public static PauliString transversal(int n, char letter) {
        Builder b = new Builder(n);
        for (int q = 0; q < n; q++) {
            b.set(q, letter);
        }
        return b.build();
    }

    /**
     * Parses the sparse form produced by {@link #toString()}: letters followed by qubit indices,
     * separated by spaces or '*' (Stim's MPP product syntax, e.g. {@code "X0*Z3*Y4"}), with an
     * optional leading sign {@code +, -, +i, -i, i}. {@code "I"} or an empty body is the identity.
     */
    public static PauliString parse(int n, String text) {
        String s = text.trim();
        int ph = 0;
        if (s.startsWith("+i") || s.startsWith("-i") || s.startsWith("i")) {
            ph = s.startsWith("-") ? 3 : 1;
            s = s.substring(s.startsWith("i") ? 1 : 2);
        } else if (s.startsWith("-") || s.startsWith("+")) {
            ph = s.startsWith("-") ? 2 : 0;
            s = s.substring(1);
        }
        Builder b = new Builder(n);
        for (String tok : s.trim().split("[\\s*]+")) {
            if (tok.isEmpty() || tok.equals("I")) {
                continue;
            }
            char letter = Character.toUpperCase(tok.charAt(0));
            int q;
            try {
                q = Integer.parseInt(tok.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad Pauli token '" + tok + "' in '" + text + "'");
            }
            if (b.letter(q) != 'I') {
                throw new IllegalArgumentException("qubit " + q + " repeated in '" + text + "'");
            }
            b.set(q, letter);
        }
        return b.build().withPhase(ph);
    }

    /** Dense form: one letter per qubit, e.g. {@code "XIZY"}; optional leading sign as in parse. */
    public static PauliString parseDense(String text) {
        String s = text.trim();
        int ph = 0;
        if (s.startsWith("-") || s.startsWith("+")) {
            ph = s.startsWith("-") ? 2 : 0;
            s = s.substring(1);
        }
        Builder b = new Builder(s.length());
        for (int q = 0; q < s.length(); q++) {
            char c = Character.toUpperCase(s.charAt(q));
            if (c != 'I' && c != '_') {
                b.set(q, c);
            }
        }
        return b.build().withPhase(ph);
    }

    public int n() {
        return n;
    }

    /** Phase exponent k of the prefactor i^k, in 0..3. */
    public int phase() {
        return phase;
    }

    public boolean isHermitian() {
        return (phase & 1) == 0;
    }

    public PauliString withPhase(int newPhase) {
        return new PauliString(n, x, z, newPhase);
    }

    /** Multiplies by the scalar i^k. */
    public PauliString timesPhase(int k) {
        return new PauliString(n, x, z, phase + k);
    }

    public boolean hasX(int q) {
        check(q);
        return (x[q >>> 6] >>> q & 1L) != 0;
    }

    public boolean hasZ(int q) {
        check(q);
        return (z[q >>> 6] >>> q & 1L) != 0;
    }

    /** 'I', 'X', 'Y' or 'Z' on qubit q. */
    public char letter(int q) {
        boolean hx = hasX(q);
        boolean hz = hasZ(q);
        return hx ? (hz ? 'Y' : 'X') : (hz ? 'Z' : 'I');
    }

    public int weight() {
        int w = 0;
        for (int i = 0; i < x.length; i++) {
            w += Long.bitCount(x[i] | z[i]);
        }
        return w;
    }

    /** Qubits where the letter is not I, ascending. */
    public int[] support() {
        int[] out = new int[weight()];
        int k = 0;
        for (int q = 0; q < n; q++) {
            if (hasX(q) || hasZ(q)) {
                out[k++] = q;
            }
        }
        return out;
    }

    public BitSet xBits() {
        return BitSet.valueOf(x);
    }

    public BitSet zBits() {
        return BitSet.valueOf(z);
    }

    /** True when only I and X letters occur (the identity counts as both X- and Z-type). */
    public boolean isXType() {
        return isZero(z);
    }

    public boolean isZType() {
        return isZero(x);
    }

    public boolean isIdentityUpToPhase() {
        return isZero(x) && isZero(z);
    }

    /** Symplectic form: P and Q commute iff x_P·z_Q + z_P·x_Q is even. */
    public boolean commutes(PauliString o) {
        sameSize(o);
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            c += Long.bitCount((x[i] & o.z[i]) ^ (z[i] & o.x[i]));
        }
        return (c & 1) == 0;
    }

    /**
     * The operator product {@code this · o}, phase included. Per qubit σ_a σ_b = i^e σ_{a⊕b} with
     * e = +1 for the cyclic pairs XY, YZ, ZX and −1 for the reversed ones; counted word-wise.
     */
    public PauliString times(PauliString o) {
        sameSize(o);
        long[] rx = new long[x.length];
        long[] rz = new long[z.length];
        int e = phase + o.phase;
        for (int i = 0; i < x.length; i++) {
            long ax = x[i];
            long az = z[i];
            long bx = o.x[i];
            long bz = o.z[i];
            long aX = ax & ~az;
            long aY = ax & az;
            long aZ = ~ax & az;
            long bX = bx & ~bz;
            long bY = bx & bz;
            long bZ = ~bx & bz;
            long plus = (aX & bY) | (aY & bZ) | (aZ & bX);
            long minus = (aY & bX) | (aZ & bY) | (aX & bZ);
            e += Long.bitCount(plus) - Long.bitCount(minus);
            rx[i] = ax ^ bx;
            rz[i] = az ^ bz;
        }
        return new PauliString(n, rx, rz, e);
    }

    /** This string with qubits in {@code qubits} set to I (phase kept); used by gate conjugation. */
    PauliString cleared(int... qubits) {
        long[] rx = x.clone();
        long[] rz = z.clone();
        for (int q : qubits) {
            check(q);
            rx[q >>> 6] &= ~(1L << q);
            rz[q >>> 6] &= ~(1L << q);
        }
        return new PauliString(n, rx, rz, phase);
    }

    /** Re-embeds into {@code newN ≥ n} qubits (new qubits carry I). */
    public PauliString extendedTo(int newN) {
        if (newN < n) {
            throw new IllegalArgumentException("cannot shrink " + n + " to " + newN);
        }
        return new PauliString(newN, Arrays.copyOf(x, words(newN)), Arrays.copyOf(z, words(newN)), phase);
    }

    /** Relabels qubit q to {@code map[q]} in a register of {@code newN} qubits. */
    public PauliString relabeled(int newN, int[] map) {
        Builder b = new Builder(newN);
        for (int q = 0; q < n; q++) {
            char c = letter(q);
            if (c != 'I') {
                b.set(map[q], c);
            }
        }
        return b.build().withPhase(phase);
    }

    /** The 2n-bit symplectic vector (x words then z words), a fresh array. */
    long[] symplectic() {
        long[] v = new long[2 * x.length];
        System.arraycopy(x, 0, v, 0, x.length);
        System.arraycopy(z, 0, v, x.length, z.length);
        return v;
    }

    public boolean equalsUpToPhase(PauliString o) {
        return n == o.n && Arrays.equals(x, o.x) && Arrays.equals(z, o.z);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PauliString o && phase == o.phase && equalsUpToPhase(o);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(z)) + phase + n;
    }

    /** Sparse form {@code "X0 Z3 Y4"}, prefixed by -, +i or -i when the phase is not +1; "I" for identity. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(switch (phase) {
            case 1 -> "+i ";
            case 2 -> "-";
            case 3 -> "-i ";
            default -> "";
        });
        int start = sb.length();
        for (int q = 0; q < n; q++) {
            char c = letter(q);
            if (c != 'I') {
                if (sb.length() > start) {
                    sb.append(' ');
                }
                sb.append(c).append(q);
            }
        }
        if (sb.length() == start) {
            sb.append('I');
        }
        return sb.toString();
    }

    private static boolean isZero(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    private void check(int q) {
        if (q < 0 || q >= n) {
            throw new IndexOutOfBoundsException("qubit " + q + " outside 0.." + (n - 1));
        }
    }

    private void sameSize(PauliString o) {
        if (o.n != n) {
            throw new IllegalArgumentException("qubit counts differ: " + n + " vs " + o.n);
        }
    }

    /** Mutable helper for assembling a string letter by letter (phase +1). */
    public static final class Builder {
        private final int n;
        private final long[] x;
        private final long[] z;

        public Builder(int n) {
            this.n = n;
            this.x = new long[words(n)];
            this.z = new long[words(n)];
        }

        public Builder set(int q, char letter) {
            if (q < 0 || q >= n) {
                throw new IndexOutOfBoundsException("qubit " + q + " outside 0.." + (n - 1));
            }
            long bit = 1L << q;
            int w = q >>> 6;
            x[w] &= ~bit;
            z[w] &= ~bit;
            switch (Character.toUpperCase(letter)) {
                case 'I' -> { }
                case 'X' -> x[w] |= bit;
                case 'Z' -> z[w] |= bit;
                case 'Y' -> {
                    x[w] |= bit;
                    z[w] |= bit;
                }
                default -> throw new IllegalArgumentException("not a Pauli letter: " + letter);
            }
            return this;
        }

        char letter(int q) {
            boolean hx = (x[q >>> 6] >>> q & 1L) != 0;
            boolean hz = (z[q >>> 6] >>> q & 1L) != 0;
            return hx ? (hz ? 'Y' : 'X') : (hz ? 'Z' : 'I');
        }

        public PauliString build() {
            return new PauliString(n, x.clone(), z.clone(), 0);
        }
    }
}
