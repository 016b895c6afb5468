package qtool.synthesis.rl;

/**
 * The reinforcement-learning environment of synthesis: states are unitaries up to global phase
 * stored as {@link #stateSize()} doubles in flat arrays, an action left-multiplies the state by one
 * letter of the {@link GateBasis}, and the goal is the identity up to phase. Starting from
 * {@code U†}, a word {@code g_k…g_1} that reaches the goal gives {@code U ≈ g_k…g_1}, which works for
 * inverse-free bases too. Two implementations: one qubit (quaternions) and two qubits (4×4 matrices).
 */
public interface SynthesisEnvironment {
    GateBasis basis();

    /** Doubles per state. */
    int stateSize();

    /** Network inputs per state. */
    int featureSize();

    /** Writes the identity. */
    void identity(double[] out, int o);

    /**
     * Writes a random unitary within rotation angle {@code maxAngle} of the identity (training walks
     * start there, as in the authors' code, so that the goal radius is seen from all sides).
     */
    void perturbedIdentity(double[] out, int o, double maxAngle, java.util.SplittableRandom rng);

    /** {@code out = g_a · s}. */
    void step(double[] s, int so, int action, double[] out, int oo);

    /** {@code out = g_a⁻¹ · s}, for backward walks from the goal. */
    void stepInverse(double[] s, int so, int action, double[] out, int oo);

    /** Frobenius distance from the identity, minimised over the global phase. */
    double distanceToIdentity(double[] s, int o);

    /** The network's input features of a state. */
    void encode(double[] s, int o, double[] out, int oo);

    /** The state {@code U†} for a target {@code U} given as real and imaginary parts. */
    double[] start(double[][] re, double[][] im);

    /** A hash of the state's phase class rounded to {@code resolution}, for duplicate detection. */
    long key(double[] s, int o, double resolution);

    /** Resets rounding drift (re-normalises) after many products. */
    void renormalize(double[] s, int o);

    /** The environment of a basis: one or two qubits. */
    static SynthesisEnvironment of(GateBasis basis) {
        return basis.numQubits() == 1 ? new OneQubitEnvironment(basis) : new TwoQubitEnvironment(basis);
    }
}
