package qtool.collect;

/** The counts of one chunk of shots, and the worker time it took. */
record ChunkResult(long chunk, int shots, int errors, int discards, long nanos) {
}
