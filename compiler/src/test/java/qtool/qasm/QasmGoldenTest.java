package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import qtool.ir.Circuit;
import qtool.ir.CircuitStats;
import qtool.testing.Golden;

/**
 * Golden files under {@code testdata/golden/compile/}: every {@code <case>.qasm} is read and written
 * as OpenQASM 3 ({@code expected/<case>.qasm}) and OpenQASM 2 ({@code expected/<case>.qasm2}, or the
 * writer's refusal), with its statistics ({@code expected/<case>.stats.json}); the written OpenQASM
 * reads back to an equal circuit. Every {@code invalid/<case>.qasm} must fail, and its diagnostics
 * must equal {@code invalid/<case>.err}.
 */
class QasmGoldenTest {
    private static List<Path> inputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".qasm"))
                    .filter(p -> !p.getFileName().toString().contains(".new."))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static String caseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ".qasm".length());
    }

    @TestFactory
    List<DynamicTest> validFilesMatchTheirGoldenOutput() throws IOException {
        Path dir = Golden.path("compile");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : inputs(dir)) {
            String name = caseName(f);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<Diagnostic> warnings = new ArrayList<>();
                QasmReader reader = QasmReader.builder().warnings(warnings::add).build();
                Circuit c = reader.read(Files.readString(f), f.getFileName().toString(), dir);
                String oq3 = QasmWriter.qasm3().write(c);
                Golden.assertMatches(oq3, "compile/expected/" + name + ".qasm");
                assertEquals(c, QasmReader.parse(oq3), "OpenQASM 3 round trip changed the circuit");
                String oq2;
                try {
                    oq2 = QasmWriter.qasm2().write(c);
                    Circuit back = QasmReader.parse(oq2);
                    assertEquals(c.numQubits(), back.numQubits());
                } catch (QasmWriteException e) {
                    oq2 = "// not expressible in OpenQASM 2: " + e.getMessage() + "\n";
                }
                Golden.assertMatches(oq2, "compile/expected/" + name + ".qasm2");
                StringBuilder w = new StringBuilder();
                for (Diagnostic d : warnings) {
                    w.append(d.format()).append('\n');
                }
                Golden.assertMatches(CircuitStats.of(c).toJson() + "\n" + w, "compile/expected/" + name + ".stats");
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> invalidFilesFailWithTheirGoldenDiagnostics() throws IOException {
        Path dir = Golden.path("compile/invalid");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : inputs(dir)) {
            String name = caseName(f);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                try {
                    QasmReader.defaults().read(Files.readString(f), f.getFileName().toString(), dir);
                    fail(f + " was accepted");
                } catch (QasmException e) {
                    String text = e.formatAll().replace(dir.toString(), "<dir>") + "\n";
                    Golden.assertMatches(text, "compile/invalid/" + name + ".err");
                }
            }));
        }
        return tests;
    }
}
