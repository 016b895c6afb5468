package qtool.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import qtool.qasm.Diagnostic;
import qtool.testing.Golden;

/**
 * Reading and writing target YAML: round trips, both accepted shapes, and located diagnostics.
 * Every {@code testdata/golden/target/invalid/<case>.yaml} must fail with the warnings and errors
 * in {@code <case>.err}.
 */
class TargetYamlTest {
    static final String DEMO = String.join("\n",
            "name: grid-3x3-demo",
            "num_qubits: 9",
            "dt: 2.0e-10                      # seconds, optional",
            "qubits:",
            "  - {t1: 1.1e-4, t2: 9.0e-5, frequency: 5.1e9, readout_error: 0.012}",
            "instructions:",
            "  sx:      {qargs: all, duration: 3.5e-8, error: 2.0e-4}",
            "  rz:      {qargs: all, duration: 0.0,    error: 0.0}",
            "  measure: {qargs: all, duration: 1.2e-6, error: 1.0e-2}",
            "  cz:",
            "    - {qargs: [0, 1], duration: 6.0e-8, error: 5.0e-3}",
            "    - {qargs: [1, 2], duration: 6.0e-8, error: 6.1e-3}",
            "noise:",
            "  model: uniform_depolarizing",
            "  p: 1.0e-3",
            "");

    private static List<Diagnostic> errors(String yaml) {
        return assertThrows(TargetException.class, () -> TargetYaml.read(yaml, "t.yaml")).diagnostics();
    }

    @Test
    void readsTheArchitectureExample() {
        List<Diagnostic> warnings = new ArrayList<>();
        Target t = TargetYaml.read(DEMO, "demo.yaml", warnings::add);
        assertEquals("grid-3x3-demo", t.name());
        assertEquals(9, t.numQubits());
        assertEquals(2.0e-10, t.dt());
        assertEquals(new QubitProps(1.1e-4, 9.0e-5, 5.1e9, 0.012), t.qubits().get(0));
        assertEquals(QubitProps.EMPTY, t.qubits().get(8));
        assertEquals(6.1e-3, t.error("cz", 1, 2).getAsDouble());
        assertEquals(3.5e-8, t.duration("sx", 4).getAsDouble());
        assertEquals(NoiseModel.of(NoiseModel.Kind.UNIFORM_DEPOLARIZING, 1e-3), t.noise().orElseThrow());
        // Qubits 3..8 have no edges: valid, but worth a warning at the instructions key.
        assertEquals(1, warnings.size());
        assertEquals("demo.yaml:6:1: warning: coupling graph is not connected: 7 components (qubit 3 cannot reach qubit 0)",
                warnings.get(0).header());
        assertEquals(t, TargetYaml.read(TargetYaml.write(t), "again"));
    }

    @Test
    void writesCanonicalYaml() {
        Target t = TargetYaml.read(DEMO, "demo.yaml");
        assertEquals(String.join("\n",
                "name: grid-3x3-demo",
                "num_qubits: 9",
                "dt: 2.0e-10",
                "qubits:",
                "  - {t1: 1.1e-4, t2: 9.0e-5, frequency: 5.1e9, readout_error: 0.012}",
                "instructions:",
                "  cz:",
                "    - {qargs: [0, 1], duration: 6.0e-8, error: 0.005}",
                "    - {qargs: [1, 2], duration: 6.0e-8, error: 0.0061}",
                "  measure: {qargs: all, duration: 1.2e-6, error: 0.01}",
                "  rz: {qargs: all, duration: 0.0, error: 0.0}",
                "  sx: {qargs: all, duration: 3.5e-8, error: 2.0e-4}",
                "noise:",
                "  model: uniform_depolarizing",
                "  p: 0.001",
                ""), TargetYaml.write(t));
    }

    @Test
    void roundTripsGeneratedAndOddTargets() {
        Target odd = Target.builder("needs: quoting", 3).description("say \"hi\"\\ #1").dt(1e-9)
                .qubit(1, new QubitProps(null, 2.0, null, null))
                .connectivity(Connectivity.RECONFIGURABLE).move(new InstructionProps(null, 0.5))
                .add("cx", Qargs.GLOBAL, new InstructionProps(1e-7, null)).add("cnot", Qargs.of(2, 0), new InstructionProps(2e-7, 0.01))
                .add("barrier", Qargs.of(0, 1, 2)).add("u1", Qargs.GLOBAL)
                .noise(new NoiseModel(NoiseModel.Kind.SI1000, 0.002, Map.of("zeta", 3.0, "alpha", -1.0))).build();
        for (Target t : List.of(odd, Targets.line(4), Targets.grid(3, 3, "cz", "u"), Targets.allToAll(5, "rzz", "rx"),
                Targets.heavyHex(5, 11, "ecr", "sx"), Targets.line(1))) {
            String yaml = TargetYaml.write(t);
            assertEquals(t, TargetYaml.read(yaml, "rt.yaml"), yaml);
            assertEquals(yaml, TargetYaml.write(TargetYaml.read(yaml, "rt.yaml")));
        }
        assertTrue(TargetYaml.write(odd).contains("p: 0.002\n  alpha: -1.0\n  zeta: 3.0\n"));
    }

    @Test
    void readsTheShortQiskitForm() {
        Target t = TargetYaml.read("num_qubits: 3\nbasis_gates: [cx, rz, sx, x, measure]\n"
                + "coupling_map: [[0, 1], [1, 0], [1, 2]]\n", "dir/qiskit.yaml");
        assertEquals("qiskit", t.name());
        assertEquals(Connectivity.EXPLICIT, t.connectivity());
        assertEquals(List.of(Qargs.of(0, 1), Qargs.of(1, 2)), t.edges());
        assertEquals(List.of(Qargs.of(0, 1), Qargs.of(1, 0), Qargs.of(1, 2)),
                new ArrayList<>(t.instructions().get("cx").keySet()));
        assertEquals(Map.of(Qargs.GLOBAL, InstructionProps.EMPTY), t.instructions().get("rz"));
        assertEquals(t, TargetYaml.read(TargetYaml.write(t), "qiskit"));

        Target free = TargetYaml.read("name: ions\nnum_qubits: 4\nbasis_gates: [rzz, rx]\n", "x.yaml");
        assertEquals(Connectivity.ALL_TO_ALL, free.connectivity());
        assertTrue(free.isConnected(0, 3));
    }

    @Test
    void acceptsAliasesAndTheScalarConnectivityAndQargsForms() {
        Target t = TargetYaml.read("num_qubits: 2\nconnectivity: all_to_all\ninstructions:\n  CX:\n  u1: {}\n"
                + "  cz: {error: 1e-3}\n", "a.yaml");
        assertEquals(List.of("cx", "cz", "p"), new ArrayList<>(t.instructions().keySet()));
        assertEquals(1e-3, t.error("cz", 1, 0).getAsDouble());
        assertTrue(t.isConnected(0, 1));
    }

    @Test
    void reportsLocationsAndSuggestions() {
        List<Diagnostic> ds = errors("name: x\nnum_qubits: 2\ninstructions:\n  sx: {qargs: all, error: 1.5}\n  cnotx:\n");
        assertEquals(List.of("t.yaml:4:27: error: instructions.sx.error must be a probability in [0, 1], found 1.5",
                "t.yaml:5:3: error: unknown gate 'cnotx' (did you mean 'cnot'?)"),
                ds.stream().map(Diagnostic::header).collect(Collectors.toList()));
        assertEquals("      cnotx:\n      ^", ds.get(1).format().substring(ds.get(1).header().length() + 1));
        assertEquals("t.yaml:3:10: error: qubits[0].t1 must not be negative, found -1",
                errors("num_qubits: 1\nqubits:\n  - {t1: -1}\n").get(0).header());
        assertEquals("t.yaml:2:32: error: instructions.cz.qargs: qubit 2 does not exist (num_qubits is 2)",
                errors("num_qubits: 2\ninstructions: {cz: {qargs: [0, 2]}}\n").get(0).header());
    }

    private static List<Path> invalidCases() throws IOException {
        try (Stream<Path> s = Files.list(Golden.path("target/invalid"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains(".new."))
                    .sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    List<DynamicTest> invalidFilesFailWithTheirGoldenDiagnostics() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : invalidCases()) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - ".yaml".length());
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<Diagnostic> all = new ArrayList<>();
                TargetException e = assertThrows(TargetException.class,
                        () -> TargetYaml.read(text, file, all::add), "must fail: " + file);
                all.addAll(e.diagnostics());
                StringBuilder sb = new StringBuilder();
                all.forEach(d -> sb.append(d.format()).append('\n'));
                Golden.assertMatches(sb.toString(), "target/invalid/" + name + ".err");
            }));
        }
        return tests;
    }
}
