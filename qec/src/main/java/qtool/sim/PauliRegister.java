package qtool.sim;

import java.util.Arrays;
import qtool.stim.Operation;
import qtool.stim.StimTarget;

/**
 * A Pauli string as x/z bit words, built one letter at a time: the product a tableau simulator is
 * about to measure or apply. Also the one row product both tableau simulators share
 * ({@link #product}), so the phase rule lives in one place.
 */
final class PauliRegister {
    private final int words;
    private final long[] x;
    private final long[] z;
    private boolean negative;
    private boolean inverted;

    PauliRegister(int words) {
        this.words = words;
        this.x = new long[words];
        this.z = new long[words];
    }

    void clear() {
        Arrays.fill(x, 0);
        Arrays.fill(z, 0);
    }

    /** Sets qubit q's letter (on a cleared register). */
    void set(char basis, int q) {
        long bit = 1L << q;
        if (basis != 'Z') {
            x[q >>> 6] |= bit;
        }
        if (basis != 'X') {
            z[q >>> 6] |= bit;
        }
    }

    /** Multiplies the held string on the right by a one-qubit Pauli; returns the power of i gained. */
    int multiply(char basis, int q) {
        int w = q >>> 6;
        long bit = 1L << q;
        int x1 = (int) ((x[w] >>> q) & 1);
        int z1 = (int) ((z[w] >>> q) & 1);
        int x2 = basis == 'Z' ? 0 : 1;
        int z2 = basis == 'X' ? 0 : 1;
        int x3 = x1 ^ x2;
        int z3 = z1 ^ z2;
        x[w] = x3 != 0 ? x[w] | bit : x[w] & ~bit;
        z[w] = z3 != 0 ? z[w] | bit : z[w] & ~bit;
        return phase(x1 & z1, x2 & z2, z1 & x2, x3 & z3);
    }

    /**
     * Loads the MPP product that starts at target {@code i} of {@code op} (letters joined by
     * combiners) and returns the index of the next product. Afterwards {@link #negative} says
     * whether the product is −1 times the held unsigned string, {@link #inverted} whether the
     * result is recorded inverted.
     */
    int loadProduct(Operation op, int i) {
        clear();
        int phase = 0;
        inverted = false;
        while (true) {
            int t = op.target(i++);
            inverted ^= StimTarget.isInverted(t);
            phase += multiply(StimTarget.pauliBasis(t), StimTarget.value(t));
            if (i < op.numTargets() && StimTarget.isCombiner(op.target(i))) {
                i++;
                continue;
            }
            break;
        }
        if ((phase & 1) != 0) {
            throw new IllegalArgumentException("MPP product is anti-Hermitian in " + op);
        }
        negative = (phase & 3) == 2;
        return i;
    }

    boolean negative() {
        return negative;
    }

    boolean inverted() {
        return inverted;
    }

    /** Whether row r of the tableau (xs, zs) anticommutes with the held string. */
    boolean anticommutesWithRow(long[] xs, long[] zs, int r) {
        int base = r * words;
        long acc = 0;
        for (int w = 0; w < words; w++) {
            acc ^= (xs[base + w] & z[w]) ^ (zs[base + w] & x[w]);
        }
        return (Long.bitCount(acc) & 1) != 0;
    }

    /** Writes the held string into row r of the tableau. */
    void copyToRow(long[] xs, long[] zs, int r) {
        System.arraycopy(x, 0, xs, r * words, words);
        System.arraycopy(z, 0, zs, r * words, words);
    }

    /**
     * The Pauli product left · right over {@code words} words, written to (dx, dz) at offset
     * {@code dest}; returns the power of i it gains, without the operands' own signs.
     */
    static int product(int words, long[] lx, long[] lz, int lo, long[] rx, long[] rz, int ro, long[] dx, long[] dz, int dest) {
        long y1 = 0;
        long y2 = 0;
        long cross = 0;
        long y3 = 0;
        for (int w = 0; w < words; w++) {
            long x1 = lx[lo + w];
            long z1 = lz[lo + w];
            long x2 = rx[ro + w];
            long z2 = rz[ro + w];
            long x3 = x1 ^ x2;
            long z3 = z1 ^ z2;
            y1 += Long.bitCount(x1 & z1);
            y2 += Long.bitCount(x2 & z2);
            cross += Long.bitCount(z1 & x2);
            y3 += Long.bitCount(x3 & z3);
            dx[dest + w] = x3;
            dz[dest + w] = z3;
        }
        return phase(y1, y2, cross, y3);
    }

    /**
     * The power of i in {@code P(x1,z1)·P(x2,z2) = i^e P(x1^x2, z1^z2)}, summed over qubits, given
     * the counts of Y in the first factor, Y in the second, Z-before-X crossings and Y in the result.
     * With {@code Y = iXZ}: {@code e = #Y1 + #Y2 + 2·#(z1 x2) - #Y3 (mod 4)}.
     */
    private static int phase(long y1, long y2, long crossings, long y3) {
        return (int) ((y1 + y2 + 2 * crossings - y3) & 3);
    }
}
