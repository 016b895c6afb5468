package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.models.SpinChain;
import qtool.models.TrotterCircuit;
import qtool.qasm.QasmReader;

/** {@code qtool gen trotter}: the model's circuit as OpenQASM 3, and usage errors. */
class GenTrotterCommandTest {
    @Test
    void writesTheTrotterCircuit() {
        Cli.Result r = Cli.run("gen", "trotter", "--model", "xxz", "--n", "6", "--t", "0.2", "--steps", "3", "--seed", "4",
                "--initial", "neel");
        assertEquals(0, r.exit(), r.toString());
        Circuit read = QasmReader.parse(r.out());
        Circuit expected = TrotterCircuit.build(SpinChain.randomCouplings(SpinChain.Kind.XXZ, 6, 4, 1, 1), 0.2, 3, 2,
                TrotterCircuit.Initial.NEEL);
        assertEquals(expected.size(), read.size());
        assertTrue(r.out().startsWith("OPENQASM 3"), r.out());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.instructions().get(i).gate(), read.instructions().get(i).gate());
            double a = expected.instructions().get(i).params().isEmpty() ? 0
                    : expected.instructions().get(i).param(0).eval(java.util.Map.of());
            double b = read.instructions().get(i).params().isEmpty() ? 0
                    : read.instructions().get(i).param(0).eval(java.util.Map.of());
            assertEquals(a, b, 1e-15);
        }
    }

    @Test
    void tfimAndFirstOrder() {
        Cli.Result r = Cli.run("gen", "trotter", "--model", "tfim", "--n", "4", "--t", "1", "--steps", "2", "--order", "1",
                "--field", "0.4");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("rzz(1.0) q[0], q[1];") && r.out().contains("rx(0.4) q[3];"), r.out());
    }

    @Test
    void fieldDisorderAddsSeededZFields(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Cli.Result r = Cli.run("gen", "trotter", "--model", "heisenberg", "--n", "5", "--t", "0.5", "--steps", "2",
                "--field-disorder", "3", "--disorder-seed", "7", "--initial", "neel");
        assertEquals(0, r.exit(), r.toString());
        SpinChain chain = SpinChain.uniform(SpinChain.Kind.HEISENBERG, 5, 1, 1, 1).withFieldDisorder(3, 7);
        Circuit expected = TrotterCircuit.build(chain, 0.5, 2, 2, TrotterCircuit.Initial.NEEL);
        Circuit read = QasmReader.parse(r.out());
        assertEquals(expected.size(), read.size());
        double h0 = chain.zFields()[0];
        assertTrue(Math.abs(h0) > 0 && Math.abs(h0) <= 3);
        // The first field half step on qubit 0: rz(2 h_0 dt/2) with dt = 0.25.
        Instruction first = read.instructions().stream().filter(i -> i.gate() == Gate.RZ && i.qubit(0) == 0).findFirst().orElseThrow();
        assertEquals(2 * h0 * 0.125, first.param(0).eval(java.util.Map.of()), 1e-12);
        java.nio.file.Path f = dir.resolve("mbl.yaml");
        java.nio.file.Files.writeString(f, "model: heisenberg\nn: 5\ndisorder: 3\ndisorder_seed: 7\n");
        Cli.Result y = Cli.run("gen", "trotter", "--model-file", f.toString(), "--t", "0.5", "--steps", "2", "--initial", "neel");
        assertEquals(r.out(), y.out());
        java.nio.file.Files.writeString(f, "model: heisenberg\nn: 3\nz_fields: [0.5, -1]\n");
        Cli.Result bad = Cli.run("gen", "trotter", "--model-file", f.toString(), "--t", "0.5", "--steps", "2");
        assertEquals(3, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("z_fields has 2 values but the chain has 3 qubits"), bad.err());
        java.nio.file.Files.writeString(f, "model: heisenberg\nn: 3\nz_fields: [0.5, -1, 2]\n");
        Cli.Result good = Cli.run("gen", "trotter", "--model-file", f.toString(), "--t", "0.5", "--steps", "1");
        assertTrue(good.out().contains("rz(-0.5) q[1];"), good.out());
        assertEquals(2, Cli.run("gen", "trotter", "--model", "heisenberg", "--n", "4", "--t", "1", "--steps", "1",
                "--field-disorder", "-1").exit());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, Cli.run("gen", "trotter", "--model", "xxz", "--n", "1", "--t", "1", "--steps", "1").exit());
        assertEquals(2, Cli.run("gen", "trotter", "--model", "xxz", "--n", "4", "--t", "1", "--steps", "0").exit());
        assertEquals(2, Cli.run("gen", "trotter", "--model", "xxz", "--n", "4", "--t", "1", "--steps", "1", "--order", "3").exit());
        assertEquals(2, Cli.run("gen", "trotter", "--model", "ising", "--n", "4", "--t", "1", "--steps", "1").exit());
        assertEquals(2, Cli.run("gen", "trotter", "--model", "xxz", "--n", "4", "--t", "NaN", "--steps", "1").exit());
        assertEquals(2, Cli.run("gen", "surface", "--rounds", "3").exit(), "gen without --distance");
    }

    @Test
    void modelFromYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("chain.yaml");
        java.nio.file.Files.writeString(f, "model: xxz\ncouplings: [1.0, 0.5, 1.5]\ndelta: 0.5\n");
        Cli.Result r = Cli.run("gen", "trotter", "--model-file", f.toString(), "--t", "0.2", "--steps", "1");
        assertEquals(0, r.exit(), r.toString());
        Circuit read = QasmReader.parse(r.out());
        assertEquals(4, read.numQubits());
        // Bond 1 has J = 0.5: rzz angle 2 * J * delta * dt = 0.5 * 0.2 = 0.1 (odd bonds take the full step).
        assertTrue(r.out().contains("rzz(0.1) q[1], q[2];"), r.out());
        java.nio.file.Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "model: xxz\nn: 4\ncoupling: 2\n");
        Cli.Result b = Cli.run("gen", "trotter", "--model-file", bad.toString(), "--t", "0.2", "--steps", "1");
        assertEquals(3, b.exit(), b.toString());
        assertTrue(b.err().contains("bad.yaml:3:1"), b.err());
        java.nio.file.Files.writeString(bad, "model: xxz\nn: 4\ncouplings: [1, 2]\n");
        Cli.Result c = Cli.run("gen", "trotter", "--model-file", bad.toString(), "--t", "0.2", "--steps", "1");
        assertEquals(3, c.exit(), c.toString());
        assertTrue(c.err().contains("3 bonds"), c.err());
        assertEquals(2, Cli.run("gen", "trotter", "--model-file", f.toString(), "--model", "xxz", "--t", "1", "--steps", "1").exit());
    }
}
