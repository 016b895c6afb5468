package qtool.qubo.shrink;

import java.util.Random;

/**
 * Estimates how strongly pairs of Max-Cut vertices agree: for a weight matrix w (symmetric, zero
 * diagonal, the energy {@code Σ_{a<b} w_ab s_a s_b} to be minimised) returns c with
 * {@code c_ab} in [-1, 1], positive when the spins tend to be equal.
 */
public interface CorrelationSource {
    double[][] correlations(double[][] w, Random random);

    /** Short name for reports ({@code sdp}, {@code qaoa1}). */
    String name();
}
