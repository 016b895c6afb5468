package qtool.synthesis.cliffordt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random Clifford+T words for tests and benchmarks of exact synthesis: plain random words
 * (T or T† between random Clifford letters, whose T gates often cancel or merge), and disguised
 * normal forms, whose minimal T-count is known exactly: a random Matsumoto–Amano word with n
 * syllables, rewritten with T = S·T† and random g·g⁻¹ insertions so that it is no longer normal.
 */
public final class RandomWords {
    private static final Letter[] CLIFFORDS = {Letter.H, Letter.S, Letter.SDG, Letter.X, Letter.Y, Letter.Z};

    private RandomWords() {
    }

    /** T or T† at each of tCount positions, each preceded by 0–3 random Clifford letters, then H. */
    public static CliffordTWord random(Random rnd, int tCount) {
        List<Letter> letters = new ArrayList<>();
        for (int t = 0; t < tCount; t++) {
            for (int c = rnd.nextInt(4); c > 0; c--) {
                letters.add(CLIFFORDS[rnd.nextInt(CLIFFORDS.length)]);
            }
            letters.add(rnd.nextBoolean() ? Letter.T : Letter.TDG);
        }
        letters.add(Letter.H);
        return new CliffordTWord(letters, rnd.nextInt(8));
    }

    /** A word equal to a random normal form with exactly {@code tCount} syllables (so minimal T-count tCount). */
    public static CliffordTWord disguisedNormalForm(Random rnd, int tCount) {
        List<Letter> normal = new ArrayList<>();
        for (int i = 0; i < tCount; i++) {
            if (i == 0 && rnd.nextBoolean()) {
                normal.add(Letter.T);
            } else {
                if (rnd.nextBoolean()) {
                    normal.add(Letter.S);
                }
                normal.add(Letter.H);
                normal.add(Letter.T);
            }
        }
        normal.add(CLIFFORDS[rnd.nextInt(CLIFFORDS.length)]);
        List<Letter> disguised = new ArrayList<>();
        for (Letter l : normal) {
            if (rnd.nextInt(4) == 0) {
                Letter g = CLIFFORDS[rnd.nextInt(CLIFFORDS.length)];
                disguised.add(g);
                disguised.add(inverse(g));
            }
            if (l == Letter.T && rnd.nextBoolean()) {
                disguised.add(Letter.S);
                disguised.add(Letter.TDG);
            } else {
                disguised.add(l);
            }
        }
        return new CliffordTWord(disguised, rnd.nextInt(8));
    }

    private static Letter inverse(Letter g) {
        return switch (g) {
            case S -> Letter.SDG;
            case SDG -> Letter.S;
            case T -> Letter.TDG;
            case TDG -> Letter.T;
            default -> g;
        };
    }
}
