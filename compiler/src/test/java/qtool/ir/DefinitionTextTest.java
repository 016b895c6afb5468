package qtool.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qtool.dense.CircuitMatrices;

/**
 * Every gate body in the table, read by a small test-only parser and simulated, equals the gate's
 * matrix exactly (global phase included). The lead's GateDefinitionTest does the same through the
 * real OpenQASM reader.
 */
class DefinitionTextTest {

    @Test
    void definitionsEqualMatrices() {
        Random rnd = new Random(5);
        for (Gate g : GateTableTest.unitaryGates()) {
            if (g.definition() == null) {
                assertTrue(g == Gate.U || g == Gate.GPHASE, g + " needs a definition");
                continue;
            }
            for (double[] v : GateTableTest.parameterSets(g, rnd)) {
                Circuit c = DefinitionParser.circuit(g, GateTableTest.params(v));
                GateTableTest.assertMatrixEquals(g.matrix(v), CircuitMatrices.inOperandOrder(c, Map.of()),
                        "definition of " + g.canonicalName() + java.util.Arrays.toString(v) + ": " + g.definition());
            }
        }
    }

    @Test
    void definitionsAreWellFormed() {
        for (Gate g : Gate.values()) {
            String body = g.definition();
            if (body == null) {
                continue;
            }
            assertEquals(g.numQubits(), g.definitionQubits().size(), g.toString());
            assertEquals(g.numParams(), g.definitionParams().size(), g.toString());
            for (String p : g.definitionParams()) {
                assertTrue(p.matches("[a-z][A-Za-z0-9_]*"), "OpenQASM 2 identifier " + p);
            }
            for (String st : DefinitionParser.statements(body)) {
                String name = st.replaceAll("^.*@", "").strip().split("[ (]")[0];
                Gate callee = DefinitionParser.resolve(name);
                assertFalse(callee == g, g + " calls itself");
                assertNotNull(callee);
            }
        }
    }

    /**
     * OpenQASM 2 output must define every gate outside the paper's qelib1.inc that it uses, and
     * OpenQASM 2 has neither modifiers nor gphase: those bodies must use neither, so that they are
     * written unchanged and read back as exactly the same gate. Only cx (a built-in there) keeps
     * stdgates.inc's modifier.
     */
    @Test
    void bodiesWrittenToOpenQasm2AreExactWithoutModifiersOrPhase() {
        for (Gate g : Gate.values()) {
            if (g.definition() == null) {
                continue;
            }
            if (g != Gate.CX) {
                assertFalse(g.definition().contains("@"), g + " uses a modifier: " + g.definition());
            }
            Set<GateLibrary> libs = g.libraries();
            if (!libs.contains(GateLibrary.QELIB1_STRICT) && !libs.contains(GateLibrary.OQ2_BUILTIN)) {
                assertFalse(g.definition().contains("gphase"), g + " is written to OpenQASM 2 but uses gphase");
            }
        }
        assertTrue(Gate.CX.libraries().contains(GateLibrary.QELIB1_STRICT));
    }

    @Test
    void parserHandlesModifiersUsedByStdgatesStyleBodies() {
        Circuit c = DefinitionParser.circuit(Gate.CX, List.of());
        assertEquals(1, c.instructions().get(0).controls());
    }
}
