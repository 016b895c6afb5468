package qtool.codes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Incremental Gaussian elimination over GF(2) on 2n-bit symplectic vectors (x | z) of Pauli
 * strings, remembering which of the offered generators each reduced row is made of.
 *
 * <p>Rows are kept so that each row lacks the pivots (lowest set bits) of all earlier rows; one
 * pass in insertion order then reduces any vector to zero iff it lies in the span. The
 * combination bookkeeping lets callers recover an element's sign by multiplying the actual
 * generators ({@link #signedProduct}), since the vectors themselves forget phases.
 */
final class SymplecticBasis {
    private final int n;
    private final List<PauliString> generators = new ArrayList<>();
    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final List<BitSet> combos = new ArrayList<>();
    /** Indices (into generators) of the generators that were independent when added. */
    private final List<Integer> independent = new ArrayList<>();

    SymplecticBasis(int n) {
        this.n = n;
    }

    static SymplecticBasis of(int n, List<PauliString> gens) {
        SymplecticBasis b = new SymplecticBasis(n);
        for (PauliString g : gens) {
            b.add(g);
        }
        return b;
    }

    /** Offers a generator; returns true when it was independent of those offered before. */
    boolean add(PauliString p) {
        int index = generators.size();
        generators.add(p);
        long[] v = p.symplectic();
        BitSet combo = new BitSet();
        combo.set(index);
        reduce(v, combo);
        int pivot = lowestBit(v);
        if (pivot < 0) {
            return false;
        }
        rows.add(v);
        pivots.add(pivot);
        combos.add(combo);
        independent.add(index);
        return true;
    }

    int rank() {
        return rows.size();
    }

    List<PauliString> generators() {
        return generators;
    }

    /** The generators that were independent when offered (a basis of the span). */
    List<PauliString> independentGenerators() {
        List<PauliString> out = new ArrayList<>();
        for (int i : independent) {
            out.add(generators.get(i));
        }
        return out;
    }

    boolean containsUpToPhase(PauliString p) {
        return express(p) != null;
    }

    /** Which generators multiply to p up to phase, or null when p is outside the span. */
    BitSet express(PauliString p) {
        if (p.n() != n) {
            throw new IllegalArgumentException("qubit counts differ: " + n + " vs " + p.n());
        }
        long[] v = p.symplectic();
        BitSet combo = new BitSet();
        reduce(v, combo);
        return lowestBit(v) < 0 ? combo : null;
    }

    /** The product, with its phase, of the generators named by combo (in index order). */
    PauliString signedProduct(BitSet combo) {
        PauliString out = PauliString.identity(n);
        for (int i = combo.nextSetBit(0); i >= 0; i = combo.nextSetBit(i + 1)) {
            out = out.times(generators.get(i));
        }
        return out;
    }

    private void reduce(long[] v, BitSet combo) {
        for (int r = 0; r < rows.size(); r++) {
            int piv = pivots.get(r);
            if ((v[piv >>> 6] >>> piv & 1L) != 0) {
                long[] row = rows.get(r);
                for (int i = 0; i < v.length; i++) {
                    v[i] ^= row[i];
                }
                combo.xor(combos.get(r));
            }
        }
    }

    private static int lowestBit(long[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                return i * 64 + Long.numberOfTrailingZeros(v[i]);
            }
        }
        return -1;
    }
}
