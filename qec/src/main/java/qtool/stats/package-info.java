/**
 * Monte Carlo statistics in sinter's CSV format: rows ({@link qtool.stats.TaskStats}), the reader and
 * combiner ({@link qtool.stats.SinterCsv}), the task identity hash ({@link qtool.stats.StrongId}), the
 * JSON text sinter writes ({@link qtool.stats.CanonicalJson}) and the likelihood error bars
 * ({@link qtool.stats.BinomialFit}). Files written here are read by {@code sinter plot} and
 * {@code sinter combine}, and files sinter writes are read here.
 */
package qtool.stats;
