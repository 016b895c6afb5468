package qtool.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.testing.Golden;

/**
 * The bundled profiles are exactly what {@link ProfileGenerator} produces (run with
 * {@code -Dqtool.golden.update=true} to rewrite them), each has a header comment citing its source,
 * parses without warnings and has the shape its name promises.
 */
class BundledProfilesTest {
    private static Path resourceDir() {
        return Golden.testdata().getParent().resolve("compiler/src/main/resources/qtool/target/profiles");
    }

    @Test
    void resourcesEqualTheGeneratorOutput() throws IOException {
        Map<String, String> generated = ProfileGenerator.profiles();
        assertEquals(Targets.builtinNames(), new ArrayList<>(generated.keySet()));
        boolean update = Boolean.getBoolean("qtool.golden.update");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = resourceDir().resolve(e.getKey() + ".yaml");
            if (update) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(file.toString());
            }
        }
        if (!stale.isEmpty()) {
            fail("bundled profiles differ from ProfileGenerator (rerun with -Dqtool.golden.update=true): " + stale);
        }
        try (Stream<Path> s = Files.list(resourceDir())) {
            Set<String> files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Targets.builtinNames().stream().map(n -> n + ".yaml").collect(Collectors.toSet()), files);
        }
    }

    @Test
    void everyProfileHasASourceCommentAndRoundTripsWithoutWarnings() {
        for (String name : Targets.builtinNames()) {
            String yaml = Targets.builtinYaml(name);
            assertTrue(yaml.startsWith("# "), name);
            assertTrue(yaml.contains("http") || yaml.contains("arXiv"), name + " cites no source");
            List<Object> warnings = new ArrayList<>();
            Target t = TargetYaml.read(yaml, name + ".yaml", warnings::add);
            assertEquals(List.of(), warnings, name);
            assertEquals(name, t.name());
            String body = TargetYaml.write(t);
            assertTrue(yaml.endsWith(body), name + " is not in canonical form");
            assertEquals(t, TargetYaml.read(body, name));
            assertEquals(t, Targets.builtin(name));
            assertEquals(t, Targets.resolve("builtin:" + name));
        }
    }

    @Test
    void eagleHasTheHeavyHexEdges() {
        Target t = Targets.builtin("ibm-eagle-r3");
        assertEquals(127, t.numQubits());
        assertEquals(Targets.heavyHex(7, 15).edges(), t.edges());
        assertEquals(144, t.edges().size());
        assertEquals(Set.of(Gate.ECR, Gate.RZ, Gate.SX, Gate.X, Gate.MEASURE, Gate.RESET), t.basisGates());
        assertEquals(7.0e-3, t.error("ecr", 0, 1).getAsDouble());
        assertEquals(2.5e-4, t.error(Gate.SX, 126).getAsDouble());
        assertTrue(t.error("ecr", 1, 0).isEmpty(), "ECR entries are directed");
        assertEquals(1, t.components().size());
    }

    @Test
    void shapesMatchTheirNames() {
        Target grid = Targets.builtin("google-grid-72");
        assertEquals(Targets.grid(8, 9).edges(), grid.edges());
        Target ions = Targets.builtin("quantinuum-h2-56");
        assertEquals(Connectivity.ALL_TO_ALL, ions.connectivity());
        assertTrue(ions.isConnected(0, 55));
        Target atoms = Targets.builtin("neutral-atom-256");
        assertEquals(Connectivity.RECONFIGURABLE, atoms.connectivity());
        assertEquals(new InstructionProps(2.0e-4, 1.0e-3), atoms.move());
        Target uniform = Targets.builtin("uniform-p1e-3");
        assertEquals(NoiseModel.of(NoiseModel.Kind.UNIFORM_DEPOLARIZING, 1e-3), uniform.noise().orElseThrow());
        assertEquals(1e-3, uniform.error("cx", 3, 999).getAsDouble());
        Target si = Targets.builtin("si1000-p1e-3");
        assertEquals(NoiseModel.Kind.SI1000, si.noise().orElseThrow().model());
        assertEquals(Targets.grid(32, 32).edges(), si.edges());
        assertEquals(5e-3, si.error("measure", 7).getAsDouble(), 1e-15);
        assertEquals(1e-4, si.error("h", 7).getAsDouble(), 1e-15);
    }
}
