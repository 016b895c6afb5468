package qtool.synthesis.cliffordt;

/**
 * A Clifford+T word W for a one-qubit unitary V: V ≈ e^{i·globalPhase}·W. {@code errorBound} bounds
 * ‖V − e^{i·globalPhase}·W‖ (sum of the verified errors of the approximated rotations);
 * {@code rotations} counts the rotations that needed approximation (0 when V is Clifford+T as given).
 */
public record OneQubitApproximation(CliffordTWord word, double globalPhase, double errorBound, int rotations) {
    public int tCount() {
        return word.tCount();
    }
}
