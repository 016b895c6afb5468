package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import qtool.ir.Circuit;
import qtool.testing.ReferenceData;

/**
 * Validation over the reference corpora in {@code ../shared/reference/qasm/}: every QASMBench file
 * compiles except the few that really contain errors (listed below with the reason, and those must
 * fail with a located error); every official OpenQASM 3 example compiles or fails only with the
 * documented "does not support" error; every must-fail statement of the official grammar tests is
 * rejected with a located error and no exception escapes.
 */
class QasmCorpusTest {
    /** QASMBench files with real errors: file name → a fragment of the expected message. */
    static final Map<String, String> KNOWN_INVALID = Map.ofEntries(
            // measures undeclared registers q and c at the end of the file (line 186,801 / 199,246)
            Map.entry("hhl_n10.qasm", "undeclared quantum register 'q'"),
            Map.entry("hhl_n10_transpiled.qasm", "undeclared quantum register 'q'"),
            // `cx qr[325],qr[325]`: a CNOT from a qubit to itself (line 1400)
            Map.entry("QAOA_3SAT_N1000_p1.qasm", "duplicate qubit"),
            // the final measurements use registers q and c that the file never declares
            Map.entry("vqe_uccsd_n4.qasm", "undeclared quantum register 'q'"),
            Map.entry("vqe_uccsd_n4_transpiled.qasm", "undeclared quantum register 'q'"),
            Map.entry("vqe_uccsd_n6.qasm", "undeclared quantum register 'q'"),
            Map.entry("vqe_uccsd_n6_transpiled.qasm", "undeclared quantum register 'q'"),
            Map.entry("vqe_uccsd_n8.qasm", "undeclared quantum register 'q'"),
            Map.entry("vqe_uccsd_n8_transpiled.qasm", "undeclared quantum register 'q'"));

    /**
     * Official examples that are not valid programs: file name → expected message fragment.
     * cphase.qasm applies its gate to a register {@code q} that it never declares.
     */
    static final Map<String, String> INVALID_EXAMPLES = Map.of("cphase.qasm", "undeclared identifier 'q'");

    static List<Path> files(Path dir, String... exts) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String e : exts) {
                            if (n.endsWith(e)) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    List<DynamicTest> qasmbenchFilesCompileOrFailLocated() throws IOException {
        Path dir = ReferenceData.dir("qasm/qasmbench");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files(dir, ".qasm", ".qasm3")) {
            tests.add(DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> {
                String name = f.getFileName().toString();
                try {
                    Circuit c = QasmReader.defaults().read(f);
                    assertFalse(KNOWN_INVALID.containsKey(name), name + " is listed as invalid but compiled");
                    assertTrue(c.numQubits() > 0, "no qubits in " + name);
                } catch (QasmException e) {
                    String expected = KNOWN_INVALID.get(name);
                    if (expected == null) {
                        fail("unexpected failure: " + e.formatAll());
                    }
                    Diagnostic d = e.diagnostics().get(0);
                    assertTrue(d.line() > 0 && d.column() > 0, "not located: " + d.header());
                    assertTrue(d.message().contains(expected), "expected '" + expected + "' in " + d.header());
                }
            }));
        }
        assertFalse(tests.isEmpty());
        return tests;
    }

    @TestFactory
    List<DynamicTest> openqasm3ExamplesCompileOrAreUnsupported() throws IOException {
        Path dir = ReferenceData.dir("qasm/openqasm3-examples");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files(dir, ".qasm")) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                String invalid = INVALID_EXAMPLES.get(f.getFileName().toString());
                try {
                    QasmReader.defaults().read(f);
                    assertTrue(invalid == null, f + " should have failed with: " + invalid);
                } catch (QasmException e) {
                    if (invalid != null) {
                        assertTrue(e.getMessage().contains(invalid), e.getMessage());
                        return;
                    }
                    for (Diagnostic d : e.diagnostics()) {
                        assertTrue(d.message().startsWith("qtool compile does not support"),
                                "not an unsupported-construct error: " + d.header());
                        assertTrue(d.line() > 0, "not located: " + d.header());
                    }
                }
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyInvalidStatementIsRejectedWithALocatedError() throws IOException {
        Path dir = ReferenceData.dir("qasm/openqasm3-invalid");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files(dir, ".qasm")) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("//")) {
                    continue;
                }
                String label = f.getFileName() + ":" + (i + 1) + " " + line;
                tests.add(DynamicTest.dynamicTest(label, () -> {
                    try {
                        QasmReader.defaults().read(line, "stmt.qasm", null);
                        fail("accepted: " + line);
                    } catch (QasmException e) {
                        Diagnostic d = e.diagnostics().get(0);
                        assertEquals("stmt.qasm", d.file());
                        assertTrue(d.line() == 1 && d.column() >= 1, "not located: " + d.header());
                        assertFalse(d.message().contains("viable") || d.message().contains("mismatched input"),
                                "raw ANTLR text: " + d.message());
                    }
                }));
            }
        }
        assertTrue(tests.size() > 100, "expected the 129 must-fail statements, found " + tests.size());
        return tests;
    }
}
