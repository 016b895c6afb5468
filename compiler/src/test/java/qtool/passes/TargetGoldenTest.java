package qtool.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import qtool.pass.PropertySet;
import qtool.passes.analysis.CheckBasis;
import qtool.passes.routing.CheckMap;
import qtool.qasm.QasmReader;
import qtool.qasm.QasmWriter;
import qtool.target.Target;
import qtool.target.Targets;
import qtool.testing.Golden;

/**
 * Golden files of circuits compiled at -O2 with seed 0 for each bundled hardware profile:
 * {@code testdata/golden/compile-target/<target>/<case>.qasm}, produced by qtool and reviewed. A
 * change in translation, routing or optimisation shows up here as a diff to review.
 */
class TargetGoldenTest {
    private static final List<String> TARGETS = List.of("ibm-eagle-r3", "google-grid-72", "quantinuum-h2-56",
            "neutral-atom-256", "uniform-p1e-3");
    /**
     * The QEC profiles have Clifford-only bases: they get the Clifford inputs only. si1000-p1e-3
     * (cz with Cliffords but no rz) is left out: translating between Clifford gates without a
     * continuous one-qubit family is not supported yet.
     */
    private static final List<String> CLIFFORD_ONLY = List.of("uniform-p1e-3");
    private static final List<String> CLIFFORD_INPUTS = List.of("ghz5");

    @TestFactory
    List<DynamicTest> compiledCircuitsMatchTheirGoldenFiles() throws IOException {
        Path inputs = Golden.path("compile-target/inputs");
        List<Path> files;
        try (Stream<Path> s = Files.list(inputs)) {
            files = s.filter(p -> p.toString().endsWith(".qasm")).sorted().collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TARGETS) {
            Target target = Targets.resolve(name, d -> { });
            for (Path f : files) {
                String caseName = f.getFileName().toString().replace(".qasm", "");
                if (CLIFFORD_ONLY.contains(name) && !CLIFFORD_INPUTS.contains(caseName)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + "/" + caseName, () -> {
                    Circuit in = QasmReader.defaults().read(f);
                    PropertySet props = new PropertySet();
                    Circuit out = Presets.level(2, target, 0).run(in, props);
                    assertEquals(Boolean.TRUE, props.get(CheckMap.KEY));
                    assertEquals(Boolean.TRUE, props.get(CheckBasis.KEY));
                    String text = QasmWriter.qasm3().write(out);
                    Golden.assertMatches(text, "compile-target/" + name + "/" + caseName + ".qasm");
                    assertEquals(out, QasmReader.parse(text));
                }));
            }
        }
        return tests;
    }
}
