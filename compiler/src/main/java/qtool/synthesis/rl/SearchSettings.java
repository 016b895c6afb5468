package qtool.synthesis.rl;

/**
 * Budget and shape of one AQ* search.
 *
 * @param expandPerRound nodes taken from the frontier and scored in one network pass
 * @param maxFrontier    frontier size kept (the best by f) after each round
 * @param maxRounds      rounds before the search gives up
 * @param maxLength      longest word considered (without the finishing table's suffix)
 * @param lambda         weight of the path length g in f = λ·g + Q(parent, a)
 * @param finishDepth    depth of the single-qubit finishing table (0: no table, only the exact
 *                       distance check at every node)
 * @param patience       rounds to keep searching for a shorter word after the first success
 */
public record SearchSettings(int expandPerRound, int maxFrontier, int maxRounds, int maxLength, double lambda,
        int finishDepth, int patience) {
    public SearchSettings {
        if (expandPerRound < 1 || maxFrontier < expandPerRound || maxRounds < 1 || maxLength < 1 || lambda < 0
                || finishDepth < 0 || finishDepth > 12 || patience < 0) {
            throw new IllegalArgumentException("invalid search settings");
        }
    }

    /** The settings used for the measurements in docs/benchmarks.md. */
    public static SearchSettings defaults() {
        return new SearchSettings(256, 100_000, 200, 60, 1.0, 8, 5);
    }

    public SearchSettings withFinishDepth(int depth) {
        return new SearchSettings(expandPerRound, maxFrontier, maxRounds, maxLength, lambda, depth, patience);
    }

    public SearchSettings withRounds(int rounds) {
        return new SearchSettings(expandPerRound, maxFrontier, rounds, maxLength, lambda, finishDepth, patience);
    }
}
