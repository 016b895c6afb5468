package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossCapLabelsTest {
    /**
     * A ring of detectors 0–5 whose closing edge (5, 0) flips the observable: a loop through a
     * "cross-cap" at seam detector 0, plus boundary edges on 2 and 4, one flipping the observable.
     */
    private static DecodingGraph ring(boolean closingFlips) {
        List<int[]> ends = new ArrayList<>();
        List<Long> obs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ends.add(new int[] {i, (i + 1) % 6});
            obs.add(i == 5 && closingFlips ? 1L : 0L);
        }
        ends.add(new int[] {2, 6});
        obs.add(0L);
        ends.add(new int[] {4, 6});
        obs.add(1L);
        double[] p = new double[ends.size()];
        java.util.Arrays.fill(p, 0.01);
        return DecodingGraph.of(6, 1, ends, p, obs.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void loopsThroughTheSeamAreOddInTheSecondLabelAndTheRestIsZero() {
        DecodingGraph g = CrossCapLabels.label(ring(true), new int[] {0});
        long ringParity = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            if (g.edgeB(e) == g.boundary()) {
                assertEquals(0, g.observables(e) >> 1, "boundary edges carry no seam label");
            } else {
                ringParity ^= g.observables(e) >> 1;
                if (g.edgeA(e) != 0 && g.edgeB(e) != 0) {
                    assertEquals(0, g.observables(e) >> 1, "edges away from the seam carry no seam label");
                }
            }
        }
        assertEquals(1, ringParity, "the loop through the seam is odd");
    }

    @Test
    void decoderSplitsTheTwoWaysOfFailing() {
        DecodingGraph g = CrossCapLabels.label(ring(true), new int[] {0});
        HomologyClassDecoder dec = new HomologyClassDecoder(g, 10, new MatchingDecoder(g));
        var none = dec.decodeWithGaps(new int[0], 0);
        assertEquals(0, none.observables());
        double w = g.weight(0);
        assertEquals(6 * w, none.secondGap(), 1e-9, "the cheapest cross-cap loop is the whole ring");
        assertEquals(4 * w, none.gap(), 1e-9, "boundary to boundary through 2-3-4");
    }

    @Test
    void anObservableLoopAwayFromTheSeamIsRejected() {
        assertThrows(UndecodableModelException.class, () -> CrossCapLabels.label(ring(true), new int[0]));
        assertEquals(2, CrossCapLabels.label(ring(false), new int[0]).numObservables(), "a planar ring needs no seam");
    }
}
