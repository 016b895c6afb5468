package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.qasm.QasmReader;

/** {@code qtool compile --pass aqc:...}: end to end on a small chain, with its report and errors. */
class CompileAqcTest {
    private static double fidelity(Circuit a, Circuit b) {
        ZMatrixRMaj x = StatevectorSimulator.run(a);
        ZMatrixRMaj y = StatevectorSimulator.run(b);
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.numRows; i++) {
            re += x.data[2 * i] * y.data[2 * i] + x.data[2 * i + 1] * y.data[2 * i + 1];
            im += x.data[2 * i] * y.data[2 * i + 1] - x.data[2 * i + 1] * y.data[2 * i];
        }
        return re * re + im * im;
    }

    @Test
    void compressesATrotterCircuit(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.qasm");
        Path coarse = dir.resolve("coarse.qasm");
        Path out = dir.resolve("out.qasm");
        String[] common = {"--model", "xxz", "--n", "6", "--t", "0.5", "--seed", "1", "--initial", "neel"};
        assertEquals(0, Cli.run(concat(new String[] {"gen", "trotter", "--steps", "16", "-o", target.toString()}, common)).exit());
        assertEquals(0, Cli.run(concat(new String[] {"gen", "trotter", "--steps", "1", "-o", coarse.toString()}, common)).exit());
        Cli.Result r = Cli.run("compile", target.toString(), "--pass", "aqc:ansatz=" + coarse + ",fidelity=0.999", "-o",
                out.toString(), "--stats-format", "json");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("\"pass\": \"aqc\""), r.err());
        Circuit in = QasmReader.defaults().read(target);
        Circuit result = QasmReader.defaults().read(out);
        Circuit start = QasmReader.defaults().read(coarse);
        double before = fidelity(in, start);
        double after = fidelity(in, result);
        assertTrue(after > before && after >= 0.999 - 1e-9, "fidelity " + before + " -> " + after);
        assertTrue(result.size() < in.size());
        // Works with --target: the result is translated and routed.
        Cli.Result t = Cli.run("compile", target.toString(), "--pass", "aqc:ansatz=" + coarse, "--target", "ibm-eagle-r3",
                "-O", "1");
        assertEquals(0, t.exit(), t.toString());
    }

    @Test
    void brickworkFromLayers(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.qasm");
        assertEquals(0, Cli.run("gen", "trotter", "--model", "heisenberg", "--n", "5", "--t", "0.3", "--steps", "8",
                "-o", target.toString(), "--initial", "neel").exit());
        Cli.Result r = Cli.run("compile", target.toString(), "--pass", "aqc:layers=3,fidelity=0.999,max-iterations=300");
        assertEquals(0, r.exit(), r.toString());
        Circuit result = QasmReader.parse(r.out());
        assertTrue(fidelity(QasmReader.defaults().read(target), result) >= 0.999 - 1e-9, r.err());
    }

    @Test
    void badSettingsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.qasm");
        Files.writeString(target, "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\nh q[0];\ncx q[0], q[1];\n",
                StandardCharsets.UTF_8);
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc:layers=2,fidelity=2").exit());
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc:layers=2,fidelty=0.9").exit());
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc").exit());
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc:layers=two").exit());
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc:ansatz=" + dir.resolve("missing.qasm")).exit());
        Path out = dir.resolve("never.qasm");
        assertEquals(2, Cli.run("compile", target.toString(), "--pass", "aqc:layers=1,max-bond=0", "-o", out.toString()).exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void malformedAnsatzIsAnInputError(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.qasm");
        Files.writeString(target, "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\nh q[0];\ncx q[0], q[1];\n",
                StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.qasm");
        Files.writeString(bad, "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\ncx q[0] q[1];\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("compile", target.toString(), "--pass", "aqc:ansatz=" + bad);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("bad.qasm:4:"), r.err());
        // A valid file the ansatz cannot use (gate on non-neighbouring qubits): an input error too.
        Path far = dir.resolve("far.qasm");
        Files.writeString(far, "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\ncx q[0], q[2];\n", StandardCharsets.UTF_8);
        Cli.Result f = Cli.run("compile", target.toString(), "--pass", "aqc:ansatz=" + far);
        assertEquals(3, f.exit(), f.toString());
        assertTrue(f.err().contains("non-neighbouring"), f.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
