package qtool.decode;

/**
 * A decoder's answer for one shot: the observables its correction flips (bit {@code k} of
 * {@code observables} = observable {@code k}) and the total weight of that correction, the sum of
 * the log-likelihood weights {@code ln((1-p)/p)} of its edges. The weight lets a caller compare two
 * decodings of the same shot, e.g. for the complementary gap.
 */
public record Correction(long observables, double weight) {
}
