package qtool.decoders;

import java.util.List;
import qtool.decode.Correction;
import qtool.decode.Decoder;
import qtool.dem.DetectorErrorModel;

/** Makes decoders by the names the command line and the stats CSV use. */
public final class Decoders {
    public static final String MATCHING = "mwpm";
    public static final String UNION_FIND = "uf";
    /** No decoding: every shot with a detection event is discarded by the caller (sinter's perfectionist). */
    public static final String PERFECTIONIST = "perfectionist";
    /** Suffix of the soft-output variants, which also histogram the complementary gap (sinter's pymatching-gap). */
    public static final String GAP_SUFFIX = "-gap";
    public static final List<String> NAMES = List.of(MATCHING, UNION_FIND, PERFECTIONIST, MATCHING + GAP_SUFFIX,
            UNION_FIND + GAP_SUFFIX);

    private Decoders() {
    }

    /**
     * The decoder called {@code name} for {@code dem}.
     *
     * @throws UndecodableModelException when the model is not graph-like
     * @throws IllegalArgumentException for an unknown name
     */
    public static Decoder create(String name, DetectorErrorModel dem) {
        return switch (name) {
            case MATCHING -> new MatchingDecoder(DecodingGraph.of(dem));
            case UNION_FIND -> new UnionFindDecoder(DecodingGraph.of(dem));
            case MATCHING + GAP_SUFFIX -> new ComplementaryGapDecoder(DecodingGraph.of(dem), 0, MatchingDecoder::new);
            case UNION_FIND + GAP_SUFFIX -> new ComplementaryGapDecoder(DecodingGraph.of(dem), 0, UnionFindDecoder::new);
            case PERFECTIONIST -> new NoCorrection(Math.toIntExact(dem.numDetectors()), Math.toIntExact(dem.numObservables()));
            default -> throw new IllegalArgumentException("unknown decoder '" + name + "'; choose one of " + NAMES);
        };
    }

    /** Predicts that no observable flipped: what is left when post-selection does all the work. */
    private record NoCorrection(int numDetectors, int numObservables) implements Decoder {
        @Override
        public Correction decode(int[] events, int count) {
            return new Correction(0, 0);
        }
    }
}
