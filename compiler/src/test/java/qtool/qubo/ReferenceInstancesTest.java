package qtool.qubo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qtool.qubo.io.MdkpReader;
import qtool.qubo.io.MisReader;
import qtool.qubo.io.QapReader;
import qtool.qubo.io.ReferenceOptima;
import qtool.qubo.shrink.SdpCorrelations;
import qtool.testing.ReferenceData;

/**
 * The acceptance bounds on every shared instance, at low QAOA effort so the test stays fast
 * (10 qubits, p = 1): feasible, MIS ≥ 90%, MDKP ≥ 95%, QAP within 10% of the optimum. The full
 * settings are measured by {@code qtool bench qubo} (docs/benchmarks.md).
 */
class ReferenceInstancesTest {
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".dat")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static ShrinkSettings quick() {
        return new ShrinkSettings(10, new SdpCorrelations(), 5, 0.8, 1, 20, 256, 50, true, 1);
    }

    @Test
    void everySharedInstanceMeetsTheAcceptanceBounds() throws IOException {
        Path root = ReferenceData.dir("qubo");
        StringBuilder failures = new StringBuilder();
        for (String kind : List.of("mis", "mdkp", "qap")) {
            for (Path f : files(root.resolve(kind))) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                OptionalDouble opt = ReferenceOptima.lookup(f);
                ProblemInstance inst;
                double bound;
                if (kind.equals("mis")) {
                    inst = new MisInstance(MisReader.read(f.toString(), text), 2, opt);
                    bound = 0.9;
                } else if (kind.equals("mdkp")) {
                    inst = new MdkpInstance(MdkpReader.read(f.toString(), text), MdkpInstance.Form.LAGRANGIAN, 4, new Random(1));
                    bound = 0.95;
                } else {
                    inst = new QapInstance(QapReader.read(f.toString(), text), 1, 1000, opt);
                    bound = 1 / 1.1;
                }
                ShrinkOutcome o = QuboShrinkPipeline.run(inst, quick());
                assertTrue(o.optimum().isPresent(), f + ": optimum");
                if (!o.feasible() || o.variablesAfter() > 10 || !(o.ratio() >= bound)) {
                    failures.append(f.getFileName()).append(": feasible ").append(o.feasible()).append(", qubits ")
                            .append(o.variablesAfter()).append(", ratio ").append(o.ratio()).append('\n');
                }
            }
        }
        assertTrue(failures.length() == 0, failures.toString());
    }
}
