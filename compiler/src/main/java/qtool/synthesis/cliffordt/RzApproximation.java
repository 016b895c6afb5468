package qtool.synthesis.cliffordt;

/**
 * A Clifford+T approximation of a z-rotation: the word, its operator-norm distance to the target
 * (computed from the exact product at high precision, then rounded up to a double), the level k
 * (u's denominator exponent in √2), and how many grid candidates were tried.
 */
public record RzApproximation(CliffordTWord word, double error, int level, int candidatesTried, int factoringGiveUps) {
    public int tCount() {
        return word.tCount();
    }
}
