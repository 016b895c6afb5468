package qtool.qubo.solve;

/**
 * Optimised QAOA angles for the physical (unnormalised) cost: layer l applies
 * {@code e^{-iγ_l C}} then {@code e^{-iβ_l Σ X}}. {@code expectation} is {@code <C>} at these
 * angles, {@code evaluations} the number of simulator runs spent finding them.
 */
public record QaoaAngles(double[] gammas, double[] betas, double expectation, int evaluations) {
    public int depth() {
        return gammas.length;
    }
}
