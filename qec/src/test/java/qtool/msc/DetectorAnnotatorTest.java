package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;

/**
 * Detectors derived from the deterministic results against the hand-written detectors of the
 * d1 = 3 stage ({@link ColorCultivation}, whose keep rate matches the published one): the same
 * number, the same span, and the same observable up to detectors.
 */
class DetectorAnnotatorTest {
    @Test
    void derivedDetectorsSpanTheHandWrittenOnesOfTheD3Stage() {
        ColorCultivation cc = new ColorCultivation();
        StabilizerCircuit body = stripped(cc.segments().body());
        StabilizerCircuit readout = stripped(cc.segments().finalReadout());
        long last = cc.noiseless().numMeasurements() - 1;
        DetectorAnnotator.Result r = DetectorAnnotator.annotate(List.of(body, readout), last, k -> 0);
        assertEquals(cc.detectorRecords().size(), r.detectorRecords().size());
        List<BitSet> derived = new ArrayList<>();
        r.detectorRecords().forEach(recs -> derived.add(bits(recs)));
        Gf2Span span = new Gf2Span(derived);
        assertEquals(derived.size(), span.rank(), "derived detectors are independent");
        for (long[] hand : cc.detectorRecords()) {
            assertTrue(span.contains(bits(hand)), "hand detector outside the derived span");
        }
        BitSet obs = bits(cc.observableRecords());
        obs.xor(bits(r.observableRecords()));
        assertTrue(span.contains(obs), "observables differ by more than detectors");
        assertEquals(r.segments().get(1).items().stream().filter(i -> ((Operation) i).gate() == Gate.DETECTOR).count(),
                6, "the readout's six checks are detected in the readout segment");
    }

    @Test
    void annotatedCircuitsAreRejected() {
        StabilizerCircuit c = StimReader.parse("M 0\nDETECTOR rec[-1]");
        assertThrows(IllegalArgumentException.class, () -> DetectorAnnotator.annotate(List.of(c), 0, k -> 0));
    }

    private static StabilizerCircuit stripped(StabilizerCircuit c) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit.Item i : c.items()) {
            Gate g = ((Operation) i).gate();
            if (g != Gate.DETECTOR && g != Gate.OBSERVABLE_INCLUDE) {
                b.add(i);
            }
        }
        return b.build();
    }

    private static BitSet bits(long[] recs) {
        BitSet b = new BitSet();
        for (long r : recs) {
            b.flip((int) r);
        }
        return b;
    }

    /** Row-reduced GF(2) vectors with a pivot each. */
    private static final class Gf2Span {
        private final List<BitSet> rows = new ArrayList<>();

        Gf2Span(List<BitSet> vectors) {
            for (BitSet v : vectors) {
                BitSet r = reduce(v);
                if (!r.isEmpty()) {
                    rows.add(r);
                }
            }
        }

        int rank() {
            return rows.size();
        }

        boolean contains(BitSet v) {
            return reduce(v).isEmpty();
        }

        private BitSet reduce(BitSet v) {
            BitSet r = (BitSet) v.clone();
            for (BitSet row : rows) {
                if (r.get(row.length() - 1)) {
                    r.xor(row);
                }
            }
            return r;
        }
    }
}
