package qtool.passes.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.PassReport;
import qtool.pass.PropertySet;
import qtool.passes.PassArguments;
import qtool.passes.PassCatalog;
import qtool.qasm.QasmReader;
import qtool.synthesis.rl.GateBasis;
import qtool.synthesis.rl.Mlp;
import qtool.synthesis.rl.RlModel;
import qtool.synthesis.rl.RlSynthesizer;
import qtool.synthesis.rl.SearchSettings;
import qtool.synthesis.rl.TrainingConfig;

/**
 * The rewritten circuit uses only basis letters on its single-qubit runs and its unitary (global
 * phase included) is within the reported operator-norm bound of the input's.
 */
class RlGateSynthesisTest {
    private static RlGateSynthesis pass(double eps) {
        GateBasis hrc = GateBasis.named("hrc");
        RlModel model = new RlModel(hrc, Mlp.initialized(new int[] {8, 16, 6}, 2), TrainingConfig.defaults("hrc", 1, 1));
        return new RlGateSynthesis(new RlSynthesizer(model, new SearchSettings(64, 10_000, 40, 30, 1.0, 5, 1)), eps);
    }

    /** Largest singular value of a square matrix, by power iteration on D†D. */
    static double operatorNorm(ZMatrixRMaj d) {
        ZMatrixRMaj g = Matrices.multiply(Matrices.dagger(d), d);
        int n = g.numRows;
        ZMatrixRMaj v = new ZMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            v.set(i, 0, 1 + 0.1 * i, 0.05 * i);
        }
        double lambda = 0;
        for (int it = 0; it < 500; it++) {
            ZMatrixRMaj w = Matrices.multiply(g, v);
            double norm = 0;
            for (double x : w.data) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0;
            }
            lambda = norm;
            v = Matrices.scale(w, 1 / norm, 0);
        }
        return Math.sqrt(lambda);
    }

    @Test
    void rewritesRunsIntoHrcWordsWithinTheReportedBound() {
        Circuit in = QasmReader.parse("OPENQASM 3;\ninclude \"stdgates.inc\";\nqubit[2] q;\n"
                + "h q[0]; t q[0]; cx q[0], q[1]; rz(0.3) q[1]; sx q[1]; cx q[0], q[1]; ry(1.1) q[0]; s q[1];\n");
        PropertySet props = new PropertySet();
        double eps = 0.05;
        Circuit out = pass(eps).run(in, props);
        Set<String> letters = Set.of("rx", "ry", "rz", "cx", "gphase");
        double hrc = 2 * Math.atan(2);
        for (Instruction i : out.instructions()) {
            assertTrue(letters.contains(i.gate().canonicalName()), "unexpected " + i);
            if (i.gate() == Gate.RX || i.gate() == Gate.RY || i.gate() == Gate.RZ) {
                assertEquals(hrc, Math.abs(i.param(0).value()), 1e-15, i.toString());
            }
        }
        PassReport report = PassReport.all(props).get(0);
        assertEquals("synth-rl", report.pass());
        assertEquals(4, report.values().get("runs"));
        assertEquals(0, report.values().get("failed"));
        double bound = (Double) report.values().get("error_bound");
        assertTrue(bound > 0 && bound <= 4 * eps, "bound " + bound);
        ZMatrixRMaj diff = UnitarySimulator.unitary(in, Map.of());
        ZMatrixRMaj b = UnitarySimulator.unitary(out, Map.of());
        for (int k = 0; k < diff.data.length; k++) {
            diff.data[k] -= b.data[k];
        }
        double err = operatorNorm(diff);
        assertTrue(err <= bound + 1e-9, "operator-norm error " + err + " exceeds the bound " + bound);
    }

    @Test
    void settingsAreCheckedAndTheCatalogKnowsThePass() {
        assertTrue(PassCatalog.configurable().containsKey("synth-rl"));
        assertThrows(IllegalArgumentException.class,
                () -> RlGateSynthesis.fromArguments(PassArguments.parse("synth-rl:epsilonn=1", Path.of("."))));
        assertThrows(IllegalArgumentException.class,
                () -> RlGateSynthesis.fromArguments(PassArguments.parse("synth-rl:model=/no/such/file", Path.of("."))));
        assertThrows(IllegalArgumentException.class, () -> pass(0));
        assertEquals(List.of(), PassReport.all(new PropertySet()));
    }
}
