package qtool.synthesis.cliffordt;

/**
 * A Clifford+T approximation of a z-rotation: the word, its operator-norm distance to the target
 * (computed from the exact product at high precision, then rounded up to a double), the level k
 * (u's denominator exponent in √2), how many grid candidates were tried, how many norm equations
 * were abandoned for lack of factoring budget, and how many levels were cut short because they held
 * too many lattice points (0 except for angles within about ε of a multiple of π/4; when it is not 0
 * the T-count is not guaranteed minimal).
 */
public record RzApproximation(CliffordTWord word, double error, int level, int candidatesTried, int factoringGiveUps,
        int truncatedLevels) {
    public int tCount() {
        return word.tCount();
    }
}
