package qtool.decode;

/**
 * A decoder with soft output: besides the prediction, the complementary gap, the weight difference
 * between the best correction and the best one that predicts the opposite value of the observable.
 * Samplers that post-select on confidence histogram this gap (sinter's {@code pymatching-gap}
 * style), so a threshold sweep needs no re-sampling.
 */
public interface GapDecoder extends Decoder {
    /** The prediction, its weight and the gap (infinite when the other parity is impossible). */
    Gap decodeWithGap(int[] events, int count);

    /** One shot's soft decoding. */
    record Gap(long observables, double weight, double gap) {
        /** The gap in decibels, {@code 10·log10(e^gap)}, the unit cultivation papers bin by. */
        public double decibels() {
            return gap * 10 / Math.log(10);
        }
    }

    @Override
    default Correction decode(int[] events, int count) {
        Gap g = decodeWithGap(events, count);
        return new Correction(g.observables(), g.weight());
    }
}
