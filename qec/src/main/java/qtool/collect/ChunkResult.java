package qtool.collect;

/**
 * The counts of one chunk of shots, and the worker time it took.
 *
 * @param custom counts under named keys (sinter's custom_counts), or null when there are none
 */
record ChunkResult(long chunk, int shots, int errors, int discards, long nanos, java.util.Map<String, Long> custom) {
}
