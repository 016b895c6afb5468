package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * For every unitary gate of the table: its OpenQASM definition, as the writer prints it and as
 * qtool's reader reads it, has exactly the table's matrix in OpenQASM 3 (global phase included,
 * since it matters under {@code ctrl @}) and the same matrix up to global phase in OpenQASM 2
 * (which has no observable global phase). The gate's own definition is renamed before reading, so
 * the reader simulates the body instead of recognising the table gate.
 */
class GateDefinitionTest {
    /** The writer's header for a circuit that uses every table gate: it defines all non-standard gates. */
    private static final String HEADER = headerDefiningEveryGate();

    private static String headerDefiningEveryGate() {
        int width = 0;
        for (Gate g : Gate.values()) {
            width = Math.max(width, g.numQubits());
        }
        Circuit.Builder b = Circuit.builder(width, 0);
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.UNITARY) && g.numQubits() >= 1) {
                List<Param> ps = new ArrayList<>();
                for (int i = 0; i < g.numParams(); i++) {
                    ps.add(Param.constant(0.5));
                }
                int[] qs = new int[g.numQubits()];
                for (int i = 0; i < qs.length; i++) {
                    qs[i] = i;
                }
                b.add(Instruction.of(g, ps, qs));
            }
        }
        return QasmWriter.qasm3().write(b.build());
    }
    @TestFactory
    List<DynamicTest> definitionsEqualTableMatrices() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (!g.is(GateFlag.UNITARY) || g.definition() == null || g.definition().isBlank() || g.numQubits() < 1) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(g.canonicalName(), () -> {
                SplittableRandom rng = new SplittableRandom(g.ordinal());
                double[] values = new double[g.numParams()];
                List<Param> params = new ArrayList<>();
                for (int i = 0; i < values.length; i++) {
                    values[i] = rng.nextDouble(-3, 3);
                    params.add(Param.constant(values[i]));
                }
                int[] qubits = new int[g.numQubits()];
                for (int i = 0; i < qubits.length; i++) {
                    qubits[i] = i;
                }
                Circuit c = Circuit.builder(g.numQubits(), 0).add(Instruction.of(g, params, qubits)).build();
                ZMatrixRMaj want = Matrices.reverseQubits(g.matrix(values));
                checkTableDefinition(g, HEADER, values, want);
                if (g.qasm2Name() != null) {
                    check(g, QasmWriter.qasm2().write(c), want, false);
                }
            }));
        }
        return tests;
    }

    /**
     * Reads {@code Gate.definition()} as the body of a fresh gate, after the writer's header (which
     * defines whatever non-standard gates the body calls), and compares its unitary exactly.
     */
    private static void checkTableDefinition(Gate g, String written, double[] values, ZMatrixRMaj want) {
        StringBuilder prog = new StringBuilder();
        for (String line : written.split("\n")) {
            if (line.startsWith("qubit") || line.startsWith("bit") || line.startsWith("input")) {
                break;
            }
            prog.append(line).append('\n');
        }
        String fresh = g.canonicalName() + "_under_test";
        prog.append("gate ").append(fresh);
        if (!g.definitionParams().isEmpty()) {
            prog.append('(').append(String.join(", ", g.definitionParams())).append(')');
        }
        prog.append(' ').append(String.join(", ", g.definitionQubits())).append(" {\n").append(g.definition())
                .append("\n}\nqubit[").append(g.numQubits()).append("] reg_ut;\n").append(fresh);
        if (values.length > 0) {
            StringBuilder args = new StringBuilder();
            for (double v : values) {
                args.append(args.length() == 0 ? "" : ", ").append(Param.constant(v).toQasm());
            }
            prog.append('(').append(args).append(')');
        }
        for (int i = 0; i < g.numQubits(); i++) {
            prog.append(i == 0 ? " " : ", ").append("reg_ut[").append(i).append(']');
        }
        prog.append(";\n");
        ZMatrixRMaj got = UnitarySimulator.unitary(QasmReader.parse(prog.toString()));
        assertTrue(Equivalence.equal(got, want, 1e-10), g.canonicalName() + " definition differs from its matrix"
                + " (phase-invariant distance " + Equivalence.phaseInvariantDistance(got, want) + ") in:\n" + prog);
    }

    private static void check(Gate g, String text, ZMatrixRMaj want, boolean exact) {
        String name = exact ? g.canonicalName() : g.qasm2Name();
        if (name == null || !text.contains("gate " + name + " ") && !text.contains("gate " + name + "(")) {
            return; // a library gate: nothing is defined in the text
        }
        String renamed = text.replaceAll("(?m)^gate " + java.util.regex.Pattern.quote(name) + "\\b", "gate "
                + name + "_under_test").replaceAll("(?m)^" + java.util.regex.Pattern.quote(name) + "\\b",
                name + "_under_test");
        Circuit back = QasmReader.parse(renamed);
        ZMatrixRMaj got = UnitarySimulator.unitary(back);
        boolean ok = exact ? Equivalence.equal(got, want, 1e-10) : Equivalence.equalUpToGlobalPhase(got, want, 1e-10);
        assertTrue(ok, g.canonicalName() + " definition differs from its matrix (distance "
                + Equivalence.phaseInvariantDistance(got, want) + ") in:\n" + renamed);
    }
}
