package qtool.synthesis.cliffordt;

import java.util.List;

/**
 * The Matsumoto–Amano normal form {@code (T | ε)(HT | SHT)* C} of single-qubit Clifford+T words (C
 * any T-free word): a checker, and a canonicaliser that multiplies a word out exactly and
 * re-synthesises it, which by uniqueness of the normal form yields the same T letters and Clifford
 * group element for equal operators, with the minimal T-count.
 */
public final class NormalForm {
    private NormalForm() {
    }

    /** True when the word's letters match (T | ε)(HT | SHT)* followed by T-free letters. */
    public static boolean isNormal(CliffordTWord word) {
        List<Letter> l = word.letters();
        int lastT = -1;
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == Letter.TDG) {
                return false;
            }
            if (l.get(i) == Letter.T) {
                lastT = i;
            }
        }
        int i = 0;
        if (lastT >= 0 && l.get(0) == Letter.T) {
            i = 1;
        }
        while (i <= lastT) {
            if (i + 1 <= lastT && l.get(i) == Letter.H && l.get(i + 1) == Letter.T) {
                i += 2;
            } else if (i + 2 <= lastT && l.get(i) == Letter.S && l.get(i + 1) == Letter.H && l.get(i + 2) == Letter.T) {
                i += 3;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The normal form of the operator the word denotes. */
    public static CliffordTWord canonicalise(CliffordTWord word) {
        return ExactSynthesizer.synthesize(word.toExactUnitary());
    }
}
