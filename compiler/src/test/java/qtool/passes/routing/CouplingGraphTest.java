package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class CouplingGraphTest {
    @Test
    void gridDistancesAreManhattan() {
        CouplingGraph g = CouplingGraph.grid(3, 4);
        assertEquals(12, g.numQubits());
        assertEquals(3 * 3 + 2 * 4, g.numEdges());
        for (int a = 0; a < 12; a++) {
            for (int b = 0; b < 12; b++) {
                int d = Math.abs(a / 4 - b / 4) + Math.abs(a % 4 - b % 4);
                assertEquals(d, g.distance(a, b));
                assertEquals(d == 1, g.isAdjacent(a, b));
            }
        }
        assertArrayEquals(new int[] {1, 4, 6, 9}, g.neighbours(5));
        assertTrue(g.isConnected());
    }

    @Test
    void edgesAreSortedAndMerged() {
        CouplingGraph g = CouplingGraph.of(4, new int[][] {{2, 1}, {1, 2}, {0, 3}, {3, 2}});
        assertEquals(3, g.numEdges());
        assertArrayEquals(new int[] {0, 3}, g.edge(0));
        assertArrayEquals(new int[] {1, 2}, g.edge(1));
        assertArrayEquals(new int[] {2, 3}, g.edge(2));
        assertThrows(IllegalArgumentException.class, () -> CouplingGraph.of(2, new int[][] {{0, 2}}));
        assertThrows(IllegalArgumentException.class, () -> CouplingGraph.of(2, new int[][] {{1, 1}}));
    }

    @Test
    void ringAndAllToAll() {
        CouplingGraph ring = CouplingGraph.ring(7);
        assertEquals(3, ring.distance(0, 4));
        assertEquals(1, ring.distance(6, 0));
        CouplingGraph all = CouplingGraph.allToAll(5);
        assertEquals(10, all.numEdges());
        assertEquals(1, all.distance(0, 4));
        assertEquals(0, all.distance(3, 3));
        assertFalse(all.isAdjacent(3, 3));
    }

    @Test
    void fromJGraphT() {
        Graph<Integer, DefaultEdge> jg = new SimpleGraph<>(DefaultEdge.class);
        for (int q = 0; q < 4; q++) {
            jg.addVertex(q);
        }
        jg.addEdge(0, 1);
        jg.addEdge(1, 2);
        jg.addEdge(3, 2);
        CouplingGraph g = CouplingGraph.of(jg);
        assertEquals(4, g.numQubits());
        assertEquals(3, g.distance(0, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3}, g.shortestPath(0, 3));
        jg.addVertex(7);
        assertThrows(IllegalArgumentException.class, () -> CouplingGraph.of(jg));
    }

    @Test
    void disconnectedPartsAreUnreachable() {
        CouplingGraph g = CouplingGraph.of(4, new int[][] {{0, 1}, {2, 3}});
        assertFalse(g.isConnected());
        assertEquals(CouplingGraph.UNREACHABLE, g.distance(0, 3));
        assertNull(g.shortestPath(1, 2));
    }

    @Test
    void shortestPathsAreShortestAndDeterministic() {
        CouplingGraph g = RoutingTesting.heavyHex8();
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                int[] p = g.shortestPath(a, b);
                assertEquals(g.distance(a, b) + 1, p.length);
                assertEquals(a, p[0]);
                assertEquals(b, p[p.length - 1]);
                for (int i = 0; i + 1 < p.length; i++) {
                    assertTrue(g.isAdjacent(p[i], p[i + 1]));
                }
                assertArrayEquals(p, g.shortestPath(a, b));
            }
        }
    }
}
