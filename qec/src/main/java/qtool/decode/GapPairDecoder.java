package qtool.decode;

/**
 * A decoder with two soft outputs, for codes where a logical failure can happen in two distinct
 * ways: the gap to the best correction that flips the observable one way (for RP² escape circuits:
 * across the surface code, boundary to boundary) and the gap to the best that flips it the other way
 * (through the RP² cross-cap). Samplers histogram both as {@code C<second>|<gap>} /
 * {@code E<second>|<gap>}, the 2-D gap keys of Chen et al., so thresholds on the pair can be swept
 * without sampling again.
 */
public interface GapPairDecoder extends Decoder {
    /** The prediction, its weight and both gaps (infinite when that alternative is impossible). */
    GapPair decodeWithGaps(int[] events, int count);

    /** One shot's soft decoding. */
    record GapPair(long observables, double weight, double gap, double secondGap) {
        /** The first gap in decibels, {@code 10·log10(e^gap)}. */
        public double gapDecibels() {
            return gap * 10 / Math.log(10);
        }

        public double secondGapDecibels() {
            return secondGap * 10 / Math.log(10);
        }
    }

    @Override
    default Correction decode(int[] events, int count) {
        GapPair g = decodeWithGaps(events, count);
        return new Correction(g.observables(), g.weight());
    }
}
