package qtool.synthesis.cliffordt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qtool.dense.Matrices;

class ExactSynthesizerTest {
    private static final Letter[] ALPHABET = Letter.values();

    @Test
    void randomWordsUpToTCount100AreResynthesisedExactlyInNormalFormWithNoMoreTGates() {
        Random rnd = new Random(20261124L);
        for (int trial = 0; trial < 200; trial++) {
            CliffordTWord input = RandomWords.random(rnd, 1 + rnd.nextInt(100));
            ExactUnitary u = input.toExactUnitary();
            CliffordTWord out = ExactSynthesizer.synthesize(u);
            assertEquals(u, out.toExactUnitary(), "exact product");
            assertTrue(NormalForm.isNormal(out), () -> "not in normal form: " + out);
            assertTrue(out.tCount() <= input.tCount(), () -> out.tCount() + " > " + input.tCount());
            assertEquals(ExactSynthesizer.minimalTCount(u), out.tCount());
            assertTrue(Matrices.maxAbsDiff(u.toMatrix(), doubleProduct(out)) < 1e-9);
        }
    }

    /** The word multiplied out in doubles from qtool's own gate table, independent of the exact rings. */
    static org.ejml.data.ZMatrixRMaj doubleProduct(CliffordTWord w) {
        org.ejml.data.ZMatrixRMaj m = Matrices.identity(2);
        for (Letter l : w.letters()) {
            m = Matrices.multiply(m, l.gate().matrix(new double[0]));
        }
        return Matrices.phase(m, Math.PI / 4 * w.omegaPhase());
    }

    @Test
    void disguisedNormalFormsOfTCountUpTo100ComeBackWithExactlyTheirMinimalTCount() {
        Random rnd = new Random(8);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + rnd.nextInt(100);
            CliffordTWord input = RandomWords.disguisedNormalForm(rnd, n);
            assertEquals(n, input.tCount());
            CliffordTWord out = ExactSynthesizer.synthesize(input.toExactUnitary());
            assertEquals(n, out.tCount(), () -> "input " + input);
            assertTrue(NormalForm.isNormal(out));
            assertEquals(input.toExactUnitary(), out.toExactUnitary());
        }
    }

    @Test
    void tCountIsMinimalAgainstBreadthFirstEnumeration() {
        // Layer n holds every operator of T-count exactly n (by BFS over C·T·w), all 192 Cliffords first.
        Map<ExactUnitary, Integer> layerOf = new HashMap<>();
        List<ExactUnitary> cliffords = new ArrayList<>();
        List<ExactUnitary> frontier = new ArrayList<>();
        frontier.add(ExactUnitary.IDENTITY);
        layerOf.put(ExactUnitary.IDENTITY, 0);
        Letter[] cliffordGens = {Letter.H, Letter.S};
        for (int i = 0; i < frontier.size(); i++) {
            for (Letter g : cliffordGens) {
                ExactUnitary v = g.matrix().multiply(frontier.get(i));
                if (layerOf.putIfAbsent(v, 0) == null) {
                    frontier.add(v);
                }
            }
        }
        cliffords.addAll(frontier);
        assertEquals(192, cliffords.size());
        List<ExactUnitary> layer = cliffords;
        for (int n = 1; n <= 3; n++) {
            Set<ExactUnitary> next = new HashSet<>();
            for (ExactUnitary w : layer) {
                ExactUnitary tw = Letter.T.matrix().multiply(w);
                for (ExactUnitary c : cliffords) {
                    ExactUnitary v = c.multiply(tw);
                    if (!layerOf.containsKey(v)) {
                        next.add(v);
                    }
                }
            }
            for (ExactUnitary v : next) {
                layerOf.put(v, n);
            }
            layer = new ArrayList<>(next);
        }
        for (Map.Entry<ExactUnitary, Integer> e : layerOf.entrySet()) {
            CliffordTWord w = ExactSynthesizer.synthesize(e.getKey());
            assertEquals((int) e.getValue(), w.tCount(), () -> "T-count of " + e.getKey());
            assertTrue(NormalForm.isNormal(w));
            assertEquals(e.getKey(), w.toExactUnitary());
        }
    }

    @Test
    void canonicaliserIsIdempotentAndChecksTheForm() {
        CliffordTWord w = new CliffordTWord(List.of(Letter.T, Letter.T, Letter.H, Letter.TDG, Letter.H, Letter.T), 0);
        assertTrue(!NormalForm.isNormal(w));
        CliffordTWord c = NormalForm.canonicalise(w);
        assertTrue(NormalForm.isNormal(c));
        assertEquals(c, NormalForm.canonicalise(c));
        assertEquals(w.toExactUnitary(), c.toExactUnitary());
        assertTrue(NormalForm.isNormal(new CliffordTWord(List.of(Letter.T, Letter.H, Letter.T, Letter.S, Letter.H, Letter.T, Letter.X), 0)));
        assertTrue(!NormalForm.isNormal(new CliffordTWord(List.of(Letter.H, Letter.T, Letter.T), 0)));
    }

    @Test
    void rejectsNonUnitaryInput() {
        ExactUnitary notUnitary = new ExactUnitary(ZOmega.ONE, ZOmega.ONE, ZOmega.ZERO, ZOmega.ONE, 0);
        assertThrows(IllegalArgumentException.class, () -> ExactSynthesizer.synthesize(notUnitary));
    }
}
