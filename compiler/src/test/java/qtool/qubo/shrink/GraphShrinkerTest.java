package qtool.qubo.shrink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import qtool.qubo.model.MaxCutGraph;
import qtool.qubo.model.Qubo;

/** Merging keeps energies exact: the shrunk energy of every bit string equals the original energy of its expansion. */
class GraphShrinkerTest {
    static Qubo randomQubo(int n, Random r) {
        Qubo.Builder b = Qubo.builder(n).offset(r.nextGaussian());
        for (int i = 0; i < n; i++) {
            b.linear(i, r.nextGaussian());
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < 0.6) {
                    b.quadratic(i, j, r.nextGaussian());
                }
            }
        }
        return b.build();
    }

    @Test
    void mergeThenExpandPreservesEveryEnergy() {
        Random r = new Random(3);
        for (CorrelationSource source : new CorrelationSource[] {new SdpCorrelations(), new QaoaCorrelations()}) {
            for (int trial = 0; trial < 4; trial++) {
                Qubo q = randomQubo(9, r);
                ShrunkProblem p = new GraphShrinker(source, MergeVeto.NONE, 2, 0.8).shrink(MaxCutGraph.of(q.toIsing()), 4, r);
                assertEquals(4, p.qubits());
                assertEquals(5, p.record().merges().size());
                for (long bits = 0; bits < 16; bits++) {
                    boolean[] x = p.expand(bits);
                    int[] s = new int[4];
                    for (int k = 0; k < 4; k++) {
                        s[k] = ((bits >>> k) & 1) == 1 ? -1 : 1;
                    }
                    assertEquals(q.energy(x), p.ising().energy(s), 1e-9, source.name() + " bits " + bits);
                }
            }
        }
    }

    @Test
    void shrinkingToZeroFixesEveryVariable() {
        Qubo q = randomQubo(6, new Random(5));
        ShrunkProblem p = new GraphShrinker(new SdpCorrelations(), MergeVeto.NONE, 1, 0.8).shrink(MaxCutGraph.of(q.toIsing()), 0,
                new Random(1));
        assertEquals(0, p.qubits());
        assertEquals(q.energy(p.expand(0)), p.ising().offset(), 1e-9);
    }

    @Test
    void recordExpandsMergesBackwards() {
        MergeRecord rec = new MergeRecord(4);
        rec.merge(3, 2, -1);
        rec.merge(2, 1, 1);
        assertEquals(1, rec.representative(3));
        assertEquals(-1, rec.orientation(3));
        assertArrayEquals(new int[] {1, -1, -1, 1}, rec.expand(new int[] {1, -1, 0, 0}));
        assertTrue(rec.members(1).containsAll(java.util.List.of(1, 2, 3)));
    }

    @Test
    void mergeWithTheAnchorFixesTheVariable() {
        // x_0 wants to be 1 (spin -1): its correlation with the anchor is -1, so it is fixed to 1.
        Qubo q = Qubo.builder(1).linear(0, -10).build();
        for (CorrelationSource source : new CorrelationSource[] {new SdpCorrelations(), new QaoaCorrelations()}) {
            ShrunkProblem p = new GraphShrinker(source, MergeVeto.NONE, 1, 0.8).shrink(MaxCutGraph.of(q.toIsing()), 0,
                    new Random(2));
            assertEquals(0, p.qubits());
            assertEquals(new MergeRecord.Merge(1, 0, -1), p.record().merges().get(0), source.name());
            assertTrue(p.expand(0)[0]);
            assertEquals(-10, p.ising().offset(), 1e-12);
        }
    }
}
