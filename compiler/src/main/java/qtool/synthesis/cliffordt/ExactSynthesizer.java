package qtool.synthesis.cliffordt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact synthesis of a single-qubit unitary over D[ω] = Z[1/√2, i] into a T-optimal Clifford+T word in
 * Matsumoto–Amano normal form {@code (T | ε)(HT | SHT)* C}, C a Clifford.
 *
 * <p>This is the Kliuchnikov–Maslov–Mosca reduction carried out on the SO(3) (Bloch) image, where the
 * least denominator exponent k in √2 equals the minimal T-count: each step peels one syllable T, HT
 * or SHT off the left, chosen as the one whose inverse lowers k by one (exactly one does), so the
 * word has exactly k T gates, which no word can beat since a T raises k by at most one and Cliffords
 * keep it. At k = 0 the rotation is one of the 24 single-qubit Cliffords, read from a table of
 * shortest H/S/S†/X/Y/Z words, and the ω-phase is found by comparing the exact matrices. The result
 * is multiplied out and compared with the input exactly before it is returned. Time is linear in k.
 */
public final class ExactSynthesizer {
    private static final Letter[][] SYLLABLES = {{Letter.T}, {Letter.H, Letter.T}, {Letter.S, Letter.H, Letter.T}};
    private static final BlochMatrix[] SYLLABLE_INVERSES = new BlochMatrix[3];
    private static final Map<String, List<Letter>> CLIFFORDS = new HashMap<>();

    static {
        BlochMatrix tdg = BlochMatrix.of(Letter.TDG.matrix());
        BlochMatrix h = BlochMatrix.of(Letter.H.matrix());
        BlochMatrix sdg = BlochMatrix.of(Letter.SDG.matrix());
        SYLLABLE_INVERSES[0] = tdg;
        SYLLABLE_INVERSES[1] = tdg.multiply(h);
        SYLLABLE_INVERSES[2] = tdg.multiply(h).multiply(sdg);
        buildCliffordTable();
    }

    private ExactSynthesizer() {
    }

    private static void buildCliffordTable() {
        Letter[] generators = {Letter.H, Letter.S, Letter.SDG, Letter.X, Letter.Y, Letter.Z};
        ArrayDeque<List<Letter>> queue = new ArrayDeque<>();
        queue.add(List.of());
        CLIFFORDS.put(BlochMatrix.of(ExactUnitary.IDENTITY).key(), List.of());
        while (!queue.isEmpty()) {
            List<Letter> w = queue.poll();
            for (Letter g : generators) {
                List<Letter> next = new ArrayList<>();
                next.add(g);
                next.addAll(w);
                String key = BlochMatrix.of(new CliffordTWord(next, 0).toExactUnitary()).key();
                if (!CLIFFORDS.containsKey(key)) {
                    CLIFFORDS.put(key, List.copyOf(next));
                    queue.add(next);
                }
            }
        }
        if (CLIFFORDS.size() != 24) {
            throw new IllegalStateException("Clifford table has " + CLIFFORDS.size() + " elements, expected 24");
        }
    }

    /** The minimal T-count of an exact unitary (the Bloch image's least denominator exponent). */
    public static int minimalTCount(ExactUnitary u) {
        return BlochMatrix.of(u).denominatorExponent();
    }

    /**
     * The Matsumoto–Amano normal form of {@code u}; throws IllegalArgumentException when {@code u} is
     * not unitary, and IllegalStateException (a bug) if the word does not multiply out to {@code u}.
     */
    public static CliffordTWord synthesize(ExactUnitary u) {
        if (!u.isUnitary()) {
            throw new IllegalArgumentException("not a unitary matrix: " + u);
        }
        BlochMatrix m = BlochMatrix.of(u);
        List<Letter> letters = new ArrayList<>();
        while (m.denominatorExponent() > 0) {
            int k = m.denominatorExponent();
            BlochMatrix next = null;
            for (int s = 0; s < SYLLABLES.length && next == null; s++) {
                BlochMatrix candidate = SYLLABLE_INVERSES[s].multiply(m);
                if (candidate.denominatorExponent() < k) {
                    next = candidate;
                    letters.addAll(List.of(SYLLABLES[s]));
                }
            }
            if (next == null) {
                throw new IllegalStateException("exact synthesis: no syllable lowers the denominator exponent " + k);
            }
            m = next;
        }
        List<Letter> clifford = CLIFFORDS.get(m.key());
        if (clifford == null) {
            throw new IllegalStateException("exact synthesis: remainder is not a Clifford rotation");
        }
        letters.addAll(clifford);
        ExactUnitary product = new CliffordTWord(letters, 0).toExactUnitary();
        for (int j = 0; j < 8; j++) {
            if (product.timesOmegaPower(j).equals(u)) {
                return new CliffordTWord(letters, j);
            }
        }
        throw new IllegalStateException("exact synthesis: word differs from the input by more than an ω phase");
    }
}
