package qtool.decoders;

import qtool.decode.Correction;
import qtool.decode.Decoder;

/**
 * A decoder that works on a {@link DecodingGraph} and can say which edges its correction uses (as
 * PyMatching's {@code decode_to_edges} does). The returned edges' symptoms, XORed, equal the shot's
 * events; their observables, XORed, are the prediction; their weights add up to the correction's
 * weight. The contract test checks exactly this for every implementation.
 */
public interface GraphDecoder extends Decoder {
    DecodingGraph graph();

    /** Edge indices of the correction for one shot (each at most once), in no particular order. */
    int[] decodeToEdges(int[] events, int count);

    @Override
    default int numDetectors() {
        return graph().numDetectors();
    }

    @Override
    default int numObservables() {
        return graph().numObservables();
    }

    /** The correction of a set of edges: XOR of observables, sum of weights. */
    static Correction correctionOf(DecodingGraph g, int[] edges) {
        long obs = 0;
        double w = 0;
        for (int e : edges) {
            obs ^= g.observables(e);
            w += g.weight(e);
        }
        return new Correction(obs, w);
    }
}
