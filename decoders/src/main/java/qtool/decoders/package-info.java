/**
 * Decoders for detector error models: the {@link qtool.decoders.DecodingGraph} built from a model,
 * {@link qtool.decoders.UnionFindDecoder} and {@link qtool.decoders.MatchingDecoder}, and
 * {@link qtool.decoders.Decoders}, which makes them by name.
 */
package qtool.decoders;
