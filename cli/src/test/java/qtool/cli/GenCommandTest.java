package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.stim.StimReader;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;

/** {@code qtool gen}: Stim-identical generated circuits and usage errors. */
class GenCommandTest {
    @Test
    void surfaceCodeIsTheGeneratorsCircuit() {
        Cli.Result r = Cli.run("gen", "surface", "--distance", "3", "--rounds", "3", "--noise", "0.001");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(RotatedSurfaceCode.memoryX(3, 3, NoiseParams.uniform(0.001)), StimReader.parse(r.out()));
        assertTrue(r.out().contains("\nREPEAT 2 {\n"), r.out());
    }

    @Test
    void repetitionCodeToFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep.stim");
        Cli.Result r = Cli.run("gen", "repetition", "--distance", "3", "--rounds", "2", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("R 0 1 2 3 4\nTICK\nCX 0 1 2 3\n"), text);
        assertEquals(6, StimReader.parse(text).numDetectors());
    }

    @Test
    void targetNoiseBlocks() {
        Cli.Result uniform = Cli.run("gen", "surface", "--distance", "3", "--rounds", "3", "--target", "uniform-p1e-3");
        assertEquals(0, uniform.exit(), uniform.toString());
        assertEquals(RotatedSurfaceCode.memoryX(3, 3, NoiseParams.uniform(0.001)), StimReader.parse(uniform.out()));
        Cli.Result si = Cli.run("gen", "surface", "--distance", "3", "--rounds", "3", "--target", "si1000-p1e-3");
        assertEquals(0, si.exit(), si.toString());
        assertEquals(qtool.gen.CircuitNoiseModel.si1000(0.001).apply(RotatedSurfaceCode.memoryX(3, 3, NoiseParams.NONE)),
                StimReader.parse(si.out()));
        assertTrue(si.out().contains("DEPOLARIZE2(0.001)") && si.out().contains("X_ERROR(0.002)"), si.out());
        assertEquals(2, Cli.run("gen", "surface", "--distance", "3", "--rounds", "3", "--target", "ibm-eagle-r3").exit(),
                "a target without a noise block");
    }

    @Test
    void zBasisSurfaceCode() {
        Cli.Result r = Cli.run("gen", "surface", "--distance", "3", "--rounds", "1", "--basis", "z");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("\nM 1 3 5 8 10 12 15 17 19\n"), r.out());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, Cli.run("gen", "surface", "--distance", "1", "--rounds", "3").exit());
        assertEquals(2, Cli.run("gen", "surface", "--distance", "3", "--rounds", "0").exit());
        assertEquals(2, Cli.run("gen", "surface", "--distance", "3", "--rounds", "3", "--noise", "2").exit());
        assertEquals(2, Cli.run("gen", "repetition", "--distance", "3", "--rounds", "3", "--basis", "x").exit());
        assertEquals(2, Cli.run("gen", "color", "--distance", "3", "--rounds", "3").exit());
    }
}
