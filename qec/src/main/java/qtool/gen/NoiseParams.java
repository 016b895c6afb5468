package qtool.gen;

/**
 * The four noise knobs of Stim's circuit generator ({@code stim gen}).
 *
 * @param afterCliffordDepolarization DEPOLARIZE1/DEPOLARIZE2 after every single/two-qubit Clifford
 * @param beforeRoundDataDepolarization DEPOLARIZE1 on the data qubits at the start of each round
 * @param beforeMeasureFlipProbability flip (X_ERROR, or Z_ERROR for X basis) before each measurement
 * @param afterResetFlipProbability flip (X_ERROR, or Z_ERROR for X basis) after each reset
 */
public record NoiseParams(double afterCliffordDepolarization, double beforeRoundDataDepolarization,
        double beforeMeasureFlipProbability, double afterResetFlipProbability) {
    public static final NoiseParams NONE = new NoiseParams(0, 0, 0, 0);

    public NoiseParams {
        check("after_clifford_depolarization", afterCliffordDepolarization);
        check("before_round_data_depolarization", beforeRoundDataDepolarization);
        check("before_measure_flip_probability", beforeMeasureFlipProbability);
        check("after_reset_flip_probability", afterResetFlipProbability);
    }

    /** All four knobs set to {@code p}, like Stim's uniform circuit-level noise. */
    public static NoiseParams uniform(double p) {
        return new NoiseParams(p, p, p, p);
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("not 0 <= " + name + " <= 1: " + p);
        }
    }
}
