/**
 * Monte Carlo collection of logical error statistics, as sinter collects them: tasks of (circuit,
 * decoder, metadata, post-selection), sampled and decoded by worker threads in batches, with one
 * sinter-compatible row per batch, a budget of shots and errors, resumption from earlier rows, and
 * progress on stderr.
 */
package qtool.collect;
