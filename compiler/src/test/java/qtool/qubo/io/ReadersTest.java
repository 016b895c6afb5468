package qtool.qubo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.qasm.Diagnostic;
import qtool.qubo.model.Mdkp;
import qtool.qubo.model.Mis;
import qtool.qubo.model.Qap;
import qtool.qubo.model.Qubo;

/** The four readers accept their formats and locate every error at file:line:col. */
class ReadersTest {
    private static Diagnostic error(Runnable r) {
        ProblemFormatException e = assertThrows(ProblemFormatException.class, r::run);
        return e.diagnostics().get(0);
    }

    private static void assertAt(Diagnostic d, String file, int line, int col, String fragment) {
        assertEquals(file, d.file());
        assertEquals(line, d.line(), d.header());
        assertEquals(col, d.column(), d.header());
        assertTrue(d.message().contains(fragment), d.header());
    }

    @Test
    void mdkp() {
        Mdkp m = MdkpReader.read("k.dat", "3 2 11\n 5 6 7\n 1 2 3\n 3 2 1\n 4 4\n");
        assertEquals(3, m.items());
        assertEquals(2, m.constraints());
        assertEquals(11, m.optimum().getAsDouble());
        assertEquals(2, m.weights()[1][1]);
        assertAt(error(() -> MdkpReader.read("k.dat", "3 2 11\n 5 x 7\n")), "k.dat", 2, 4, "profit of item 1");
        assertAt(error(() -> MdkpReader.read("k.dat", "3 2 11\n 5 6 7\n 1 2 3\n 3 2 1\n 4")), "k.dat", 5, 3, "end of file");
        assertAt(error(() -> MdkpReader.read("k.dat", "2 1 0\n1 1\n1 1\n2 9\n")), "k.dat", 4, 3, "unexpected data");
        assertAt(error(() -> MdkpReader.read("k.dat", "2 1 0\n-1 1\n")), "k.dat", 2, 1, "profit of item 0");
    }

    @Test
    void mis() {
        Mis g = MisReader.read("g.txt", "c comment\np edge 4 3\ne 1 2\ne 2 3\ne 3 4\n");
        assertEquals(4, g.vertices());
        assertTrue(g.adjacent(0, 1) && g.adjacent(3, 2) && !g.adjacent(0, 3));
        assertAt(error(() -> MisReader.read("g.txt", "p edge 4 1\ne 1  9\n")), "g.txt", 2, 6, "vertex must be in [1, 4]");
        assertAt(error(() -> MisReader.read("g.txt", "p edge 4 1\ne 2 2\n")), "g.txt", 2, 5, "self-loop");
        assertAt(error(() -> MisReader.read("g.txt", "e 1 2\n")), "g.txt", 1, 1, "before the 'p edge'");
        assertAt(error(() -> MisReader.read("g.txt", "p edge 4 2\ne 1 2\n")), "g.txt", 1, 1, "declares 2 edges");
        assertAt(error(() -> MisReader.read("g.txt", "p edge 4 1\n  x 1 2\n")), "g.txt", 2, 3, "found 'x'");
    }

    @Test
    void qap() {
        Qap q = QapReader.read("q.dat", "2\n\n0 1\n1 0\n\n0 5\n5 0\n");
        assertEquals(2, q.size());
        assertEquals(10, q.cost(new int[] {0, 1}));
        assertAt(error(() -> QapReader.read("q.dat", "2\n0 1\n1 0\n0 5\n5\n")), "q.dat", 5, 2, "end of file");
        assertAt(error(() -> QapReader.read("q.dat", "2\n0 1\n1 0.5\n")), "q.dat", 3, 3, "flow entry (2, 2)");
    }

    @Test
    void quboYamlAndJson() {
        String yaml = "type: qubo\nvariables: 3\noffset: 1\nlinear: [[0, -1], [2, 0.5]]\nquadratic:\n  - [0, 1, 2]\n  - [1, 2, -1]\noptimum: -1\n";
        QuboFileReader.Result r = QuboFileReader.read("p.yaml", yaml);
        Qubo q = r.qubo();
        assertEquals(-1, r.optimum().getAsDouble());
        assertEquals(1 - 1 + 0.5, q.energy(new boolean[] {true, false, true}), 1e-12);
        assertEquals(1 - 1 + 2, q.energy(new boolean[] {true, true, false}), 1e-12);
        String json = "{\"type\": \"ising\", \"variables\": 2, \"linear\": [[0, 1]], \"quadratic\": [[0, 1, -2]]}";
        Qubo ising = QuboFileReader.read("p.json", json).qubo();
        // s = 1 - 2x: x = (1, 0) is s = (-1, +1): h s_0 + J s_0 s_1 = -1 + 2 = 1.
        assertEquals(1, ising.energy(new boolean[] {true, false}), 1e-12);
        assertEquals(-1, ising.energy(new boolean[] {false, false}), 1e-12);
        assertAt(error(() -> QuboFileReader.read("p.yaml", "type: qubo\nvariables: 2\nquadratic: [[0, 5, 1]]\n")), "p.yaml", 3, 17,
                "variable index");
        assertAt(error(() -> QuboFileReader.read("p.yaml", "type: qubo\nvariables: 2\nlinear: [[0]]\n")), "p.yaml", 3, 10,
                "a linear term");
        assertAt(error(() -> QuboFileReader.read("p.yaml", "type: qubit\nvariables: 2\n")), "p.yaml", 1, 7, "'qubo' or 'ising'");
        assertAt(error(() -> QuboFileReader.read("p.yaml", "type: qubo\nvariables: 2\nweights: []\n")), "p.yaml", 3, 10,
                "unknown key 'weights'");
        Diagnostic d = error(() -> QuboFileReader.read("p.json", "{\"type\": \"qubo\",\n \"variables\": }"));
        assertEquals(2, d.line(), d.header());
        assertTrue(d.message().startsWith("invalid JSON"), d.header());
        assertAt(error(() -> QuboFileReader.read("p.yaml", "type: qubo\n")), "p.yaml", 1, 1, "missing required key 'variables'");
    }
}
