package qtool.qubo;

import qtool.qubo.shrink.CorrelationSource;

/**
 * Settings of one shrink-and-solve run. {@code maxQubits}: size of the shrunk problem (at most
 * {@link qtool.qubo.solve.DiagonalQaoa#MAX_QUBITS}); {@code recomputeEvery}/{@code dropFraction}:
 * the adaptive recalculation triggers; {@code depth}/{@code evaluations}: QAOA layers and
 * Nelder–Mead budget per layer; {@code shots}: samples drawn from the optimised state;
 * {@code annealSweeps}: the simulated-annealing baseline's sweeps per restart; {@code solve}: sample,
 * expand, repair and polish (otherwise only the circuit is produced).
 */
public record ShrinkSettings(int maxQubits, CorrelationSource correlations, int recomputeEvery, double dropFraction,
        int depth, int evaluations, int shots, int annealSweeps, boolean solve, long seed) {
}
