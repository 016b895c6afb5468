package qtool.collect;

/**
 * Where one task's collection stands, for progress reports: counts include rows from earlier runs.
 *
 * @param label what the task is (its metadata), for people
 * @param wallSeconds wall-clock time since this run of the task started
 * @param newShots shots taken in this run (the rate estimate uses only these)
 */
public record CollectionStatus(int taskIndex, int taskCount, String label, String decoder, int workers, long shots,
        long maxShots, long errors, long maxErrors, long discards, long newShots, long newErrors,
        double wallSeconds, boolean finished) {

    /**
     * Seconds left: the smaller of the shot-based and the error-based estimate, since collection
     * stops at whichever budget runs out first; infinite before any rate is known.
     */
    public double etaSeconds() {
        if (finished) {
            return 0;
        }
        if (newShots == 0 || wallSeconds <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double shotsPerSecond = newShots / wallSeconds;
        double byShots = (maxShots - shots) / shotsPerSecond;
        double byErrors = Double.POSITIVE_INFINITY;
        if (newErrors > 0) {
            double errorsPerSecond = newErrors / wallSeconds;
            byErrors = (maxErrors - errors) / errorsPerSecond;
        }
        return Math.max(0, Math.min(byShots, byErrors));
    }

    /** Fraction done in [0, 1]: the larger of the shot and error fractions. */
    public double fraction() {
        if (finished) {
            return 1;
        }
        double f = maxShots == 0 ? 1 : (double) shots / maxShots;
        if (maxErrors > 0) {
            f = Math.max(f, (double) errors / maxErrors);
        }
        return Math.min(1, f);
    }
}
