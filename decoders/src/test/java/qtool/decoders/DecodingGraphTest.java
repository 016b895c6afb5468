package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.dem.DemReader;

class DecodingGraphTest {
    private static DecodingGraph graph(String dem) {
        return DecodingGraph.of(DemReader.parse(dem));
    }

    /** The edge between a and b (b = boundary allowed), or -1. */
    private static int edge(DecodingGraph g, int a, int b) {
        for (int e = 0; e < g.numEdges(); e++) {
            if (g.edgeA(e) == Math.min(a, b) && g.edgeB(e) == Math.max(a, b)) {
                return e;
            }
        }
        return -1;
    }

    @Test
    void piecesBecomeEdgesAndBoundaryEdges() {
        DecodingGraph g = graph("error(0.1) D0 D1\nerror(0.2) D1 L0\nerror(0.05) D0 ^ D1 D2 L0\n");
        assertEquals(3, g.numDetectors());
        assertEquals(1, g.numObservables());
        assertEquals(3, g.boundary());
        int e01 = edge(g, 0, 1);
        int e1b = edge(g, 1, 3);
        int e0b = edge(g, 0, 3);
        int e12 = edge(g, 1, 2);
        assertTrue(e01 >= 0 && e1b >= 0 && e0b >= 0 && e12 >= 0);
        assertEquals(4, g.numEdges());
        assertEquals(1, g.observables(e1b));
        assertEquals(1, g.observables(e12));
        assertEquals(0.05, g.probability(e0b), 1e-15, "each piece of a decomposed error is its own edge");
        assertEquals(Math.log(0.9 / 0.1), g.weight(e01), 1e-12);
        int degree1 = g.degree(1);
        assertEquals(3, degree1);
    }

    @Test
    void parallelEdgesMerge() {
        DecodingGraph same = graph("error(0.1) D0 D1\nerror(0.2) D0 D1\n");
        assertEquals(1, same.numEdges());
        assertEquals(0.1 * 0.8 + 0.2 * 0.9, same.probability(0), 1e-15, "independent causes XOR");
        DecodingGraph different = graph("error(0.1) D0 D1\nerror(0.2) D0 D1 L0\n");
        assertEquals(1, different.numEdges());
        assertEquals(0.2, different.probability(0), 1e-15, "the likelier observable wins");
        assertEquals(1, different.observables(0));
    }

    @Test
    void undetectableAndEmptyPiecesAreDropped() {
        DecodingGraph g = graph("error(0.1) L0\nerror(0) D0 D1\nerror(0.1) D0\n");
        assertEquals(1, g.numEdges());
        assertEquals(g.boundary(), g.edgeB(0));
    }

    @Test
    void hyperedgesAndLikelyErrorsAreRejectedByName() {
        UndecodableModelException hyper = assertThrows(UndecodableModelException.class,
                () -> graph("error(0.1) D0 D1 D2\n"));
        assertTrue(hyper.getMessage().contains("error(0.1) D0 D1 D2"), hyper.getMessage());
        UndecodableModelException likely = assertThrows(UndecodableModelException.class,
                () -> graph("error(0.6) D0 D1\n"));
        assertTrue(likely.getMessage().contains("above 1/2"), likely.getMessage());
    }

    @Test
    void repeatBlocksAndShiftsAreUnrolled() {
        DecodingGraph g = graph("repeat 3 {\n error(0.1) D0 D1\n shift_detectors 1\n}\n");
        assertEquals(4, g.numDetectors());
        assertEquals(3, g.numEdges());
        assertTrue(edge(g, 2, 3) >= 0);
    }
}
