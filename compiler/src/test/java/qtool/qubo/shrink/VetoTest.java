package qtool.qubo.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import qtool.qubo.model.MaxCutGraph;
import qtool.qubo.model.Mdkp;
import qtool.qubo.model.Mis;
import qtool.qubo.model.MisQubo;
import qtool.qubo.model.Qubo;

/** The constraint-aware vetoes forbid exactly the merges that could break a constraint, and are counted. */
class VetoTest {
    @Test
    void conflictVetoForbidsEqualMergesOfAdjacentVertices() {
        Mis path = new Mis(3, new int[][] {{0, 1}, {1, 2}}, OptionalDouble.empty());
        ConflictVeto veto = new ConflictVeto(path::adjacent, 3);
        MergeRecord rec = new MergeRecord(4);
        assertTrue(veto.forbids(rec, 2, 1, 1), "equal merge of adjacent 0,1");
        assertFalse(veto.forbids(rec, 2, 1, -1), "opposite merge is fine");
        assertFalse(veto.forbids(rec, 3, 1, 1), "0 and 2 are not adjacent");
        rec.merge(3, 1, 1); // x0 = x2
        assertTrue(veto.forbids(rec, 2, 1, 1), "1 would equal 0 and 2");
        // Fixing vertex 1 to 1 (spin -1, merge into the anchor with sign -1) is fine alone.
        assertFalse(veto.forbids(rec, 2, 0, -1));
        rec.merge(2, 0, -1);
        // Fixing {0,2} to 1 next to the fixed 1 is forbidden; fixing them to 0 is allowed.
        assertTrue(veto.forbids(rec, 1, 0, -1));
        assertFalse(veto.forbids(rec, 1, 0, 1));
    }

    @Test
    void capacityVetoChecksJointSelections() {
        Mdkp m = new Mdkp(new long[] {1, 1, 1}, new long[][] {{3, 3, 5}}, new long[] {7}, OptionalDouble.empty());
        CapacityVeto veto = new CapacityVeto(m);
        MergeRecord rec = new MergeRecord(4);
        assertFalse(veto.forbids(rec, 2, 1, 1), "3 + 3 fits");
        assertTrue(veto.forbids(rec, 3, 1, 1), "3 + 5 does not fit");
        assertFalse(veto.forbids(rec, 3, 1, -1), "opposite: never together");
        assertFalse(veto.forbids(rec, 3, 0, 1), "fixing item 2 to 0");
    }

    @Test
    void shrinkingAMisNeverCreatesAnInfeasibleCluster() {
        int n = 12;
        Random r = new Random(11);
        java.util.List<int[]> edges = new java.util.ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (r.nextDouble() < 0.3) {
                    edges.add(new int[] {u, v});
                }
            }
        }
        Mis mis = new Mis(n, edges.toArray(int[][]::new), OptionalDouble.empty());
        ShrunkProblem p = new GraphShrinker(new SdpCorrelations(), new ConflictVeto(mis::adjacent, n), 3, 0.8)
                .shrink(MaxCutGraph.of(MisQubo.encode(mis, 2).toIsing()), 3, new Random(4));
        assertEquals(3, p.qubits());
        assertEquals(0, p.forcedMerges());
        // A conflict in an expanded set can only join two different clusters.
        for (long bits = 0; bits < 8; bits++) {
            boolean[] x = p.expand(bits);
            for (int[] e : mis.edges()) {
                if (x[e[0]] && x[e[1]]) {
                    int ru = p.record().representative(e[0] + 1);
                    int rv = p.record().representative(e[1] + 1);
                    assertTrue(ru != rv, "conflict inside one cluster");
                }
            }
        }
    }

    @Test
    void whenEveryMergeIsVetoedTheBestIsForcedAndCounted() {
        Qubo q = Qubo.builder(4).linear(0, 1).quadratic(0, 1, -2).quadratic(2, 3, 1).quadratic(1, 2, 0.5).build();
        MergeVeto all = (record, removed, kept, sign) -> true;
        ShrunkProblem p = new GraphShrinker(new SdpCorrelations(), all, 5, 0.8).shrink(MaxCutGraph.of(q.toIsing()), 2,
                new Random(1));
        assertEquals(2, p.qubits());
        assertEquals(2, p.forcedMerges());
        assertTrue(p.vetoes() >= 10, "every pair of the 5 vertices was vetoed once: " + p.vetoes());
    }
}
