package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each event's pair list holds its pairs in the order they were added, with the other event and
 * the cost copied next to the pair index; the queue's bucket width follows the largest cost; reusing
 * the problem for a larger one starts afresh.
 */
class BlossomProblemTest {
    @Test
    void adjacencyListsPairsInOrderWithOtherEndAndCost() {
        BlossomProblem p = new BlossomProblem();
        p.reset(3);
        p.boundaryCost[1] = 6;
        assertEquals(0, p.addEdge(0, 1, 4));
        assertEquals(1, p.addEdge(2, 0, 160));
        assertEquals(2, p.addEdge(1, 2, 2));
        p.buildAdjacency();
        assertEquals("0:(e0 1 4)(e1 2 160) 1:(e0 0 4)(e2 2 2) 2:(e1 0 160)(e2 1 2)", lists(p));
        assertEquals(2, p.other(1, 0));
        assertEquals(0, p.other(1, 2));
        // The largest cost over 4 buckets per event, plus 4: 160 / 16.
        assertEquals(10.0, p.bucketWidth());

        int n = 40;
        p.reset(n);
        for (int i = 0; i + 1 < n; i++) {
            p.addEdge(i + 1, i, 2 * i);
        }
        p.buildAdjacency();
        assertEquals(RegionBlossom.NO_BOUNDARY, p.boundaryCost[1]);
        assertEquals(1, p.adjStart[1] - p.adjStart[0]);
        assertEquals(2, p.adjStart[2] - p.adjStart[1]);
        int first = p.adjStart[5];
        assertEquals(4, p.adjEdge[first]);
        assertEquals(4, p.adjOther[first]);
        assertEquals(8, p.adjCost[first]);
        assertEquals(5, p.adjEdge[first + 1]);
        assertEquals(6, p.adjOther[first + 1]);
        assertEquals(10, p.adjCost[first + 1]);
    }

    private static String lists(BlossomProblem p) {
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < p.k; v++) {
            sb.append(v == 0 ? "" : " ").append(v).append(':');
            for (int i = p.adjStart[v]; i < p.adjStart[v + 1]; i++) {
                sb.append("(e").append(p.adjEdge[i]).append(' ').append(p.adjOther[i]).append(' ')
                        .append(p.adjCost[i]).append(')');
            }
        }
        return sb.toString();
    }
}
