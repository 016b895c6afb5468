package qtool.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;

/** The derived views of {@link Target}: coupling graph, distances, connectivity kinds, lookups. */
class TargetTest {
    @Test
    void lineHasPathDistances() {
        Target t = Targets.line(5, "cz", "sx", "rz");
        assertEquals(List.of(Qargs.of(0, 1), Qargs.of(1, 2), Qargs.of(2, 3), Qargs.of(3, 4)), t.edges());
        assertEquals(Set.of(Gate.CZ, Gate.SX, Gate.RZ), t.basisGates());
        assertTrue(t.isConnected(2, 1));
        assertFalse(t.isConnected(0, 2));
        assertFalse(t.isConnected(0, 0));
        assertFalse(t.isConnected(0, 9));
        int[][] d = t.distanceMatrix();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, d[0]);
        assertArrayEquals(new int[] {2, 1, 0, 1, 2}, d[2]);
        Graph<Integer, DefaultEdge> g = t.couplingMap();
        assertEquals(5, g.vertexSet().size());
        assertEquals(4, g.edgeSet().size());
        assertThrows(UnsupportedOperationException.class, () -> g.addEdge(0, 4));
    }

    @Test
    void gridDistancesAreManhattan() {
        Target t = Targets.grid(3, 4);
        assertEquals(2 * 3 * 4 - 3 - 4, t.edges().size());
        int[][] d = t.distanceMatrix();
        for (int a = 0; a < 12; a++) {
            for (int b = 0; b < 12; b++) {
                assertEquals(Math.abs(a / 4 - b / 4) + Math.abs(a % 4 - b % 4), d[a][b]);
            }
        }
    }

    @Test
    void heavyHexMatchesEagleAndHummingbird() {
        Target eagle = Targets.heavyHex(7, 15);
        assertEquals(127, eagle.numQubits());
        assertEquals(144, eagle.edges().size());
        // Spot checks against IBM's published Eagle coupling map: bridges 14, 33, 109 and row ends.
        for (int[] e : new int[][] {{0, 14}, {14, 18}, {20, 33}, {33, 39}, {96, 109}, {109, 114}, {108, 112},
                {112, 126}, {12, 13}, {125, 126}, {37, 52}, {52, 56}}) {
            assertTrue(eagle.isConnected(e[0], e[1]), e[0] + "-" + e[1]);
        }
        assertFalse(eagle.isConnected(13, 14));
        int maxDegree = 0;
        for (int q = 0; q < 127; q++) {
            maxDegree = Math.max(maxDegree, eagle.couplingMap().degreeOf(q));
        }
        assertEquals(3, maxDegree);
        int[][] d = eagle.distanceMatrix();
        DijkstraShortestPath<Integer, DefaultEdge> sp = new DijkstraShortestPath<>(eagle.couplingMap());
        for (int[] pair : new int[][] {{0, 126}, {13, 113}, {5, 70}, {63, 64}}) {
            assertEquals((int) sp.getPath(pair[0], pair[1]).getLength(), d[pair[0]][pair[1]]);
        }
        assertEquals(65, Targets.heavyHex(5, 11).numQubits());
        assertEquals(72, Targets.heavyHex(5, 11).edges().size());
        assertThrows(IllegalArgumentException.class, () -> Targets.heavyHex(4, 15));
    }

    @Test
    void anyPairKindsAreCompleteWithoutListingEdges() {
        Target t = Targets.allToAll(4, "rzz", "rx");
        assertEquals(Connectivity.ALL_TO_ALL, t.connectivity());
        assertEquals(List.of(), t.edges());
        assertTrue(t.isConnected(0, 3));
        assertEquals(6, t.couplingMap().edgeSet().size());
        assertArrayEquals(new int[] {1, 1, 0, 1}, t.distanceMatrix()[2]);
        Target atoms = t.toBuilder().connectivity(Connectivity.RECONFIGURABLE)
                .move(new InstructionProps(2e-4, 1e-3)).build();
        assertTrue(atoms.isConnected(1, 2));
        assertEquals(1e-3, atoms.move().error());
        assertEquals(t, atoms.toBuilder().connectivity(Connectivity.ALL_TO_ALL).move(null).build());
    }

    @Test
    void disconnectedGraphsHaveComponentsAndNegativeDistances() {
        Target t = Target.builder("two-islands", 4).add("cz", Qargs.of(0, 1)).add("cz", Qargs.of(2, 3)).build();
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), t.components());
        assertEquals(-1, t.distanceMatrix()[0][3]);
    }

    @Test
    void lookupsFallBackToTheGlobalEntry() {
        Target t = Target.builder("t", 3).connectivity(Connectivity.ALL_TO_ALL)
                .add("cx", Qargs.GLOBAL, new InstructionProps(3e-7, 1e-2))
                .add("cx", Qargs.of(0, 1), new InstructionProps(null, 5e-3))
                .add("sx", Qargs.GLOBAL).build();
        assertEquals(5e-3, t.error("cx", 0, 1).getAsDouble());
        assertTrue(t.duration("cx", 0, 1).isEmpty(), "a specific entry is not merged with the global one");
        assertEquals(1e-2, t.error("CX", 1, 0).getAsDouble());
        assertEquals(3e-7, t.duration(Gate.CX, 2, 1).getAsDouble());
        assertTrue(t.error("sx", 0).isEmpty());
        assertTrue(t.error("h", 0).isEmpty());
        assertTrue(t.props("nonsense", 0).isEmpty());
        assertTrue(t.supports(Gate.CX));
    }

    @Test
    void builderRejectsInconsistentData() {
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 2).add("cz", Qargs.GLOBAL).build());
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 2).add("cz", Qargs.of(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 2).add("cz", Qargs.of(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 2).add("cz", Qargs.of(1)));
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 2).add("nope", Qargs.GLOBAL));
        assertThrows(IllegalArgumentException.class, () -> Target.builder("t", 0));
        assertThrows(IllegalArgumentException.class, () -> new InstructionProps(null, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new QubitProps(-1.0, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Target.builder("t", 2).move(new InstructionProps(1.0, null)).build());
    }

    @Test
    void resolveReportsUnknownNames() {
        TargetException e = assertThrows(TargetException.class, () -> Targets.resolve("ibm-eagle"));
        assertTrue(e.getMessage().startsWith("ibm-eagle: error: no such file or builtin target"), e.getMessage());
        TargetException b = assertThrows(TargetException.class, () -> Targets.builtin("builtin:si1000"));
        assertTrue(b.getMessage().contains("did you mean 'si1000-p1e-3'?") || b.getMessage().contains("builtin targets"),
                b.getMessage());
    }
}
