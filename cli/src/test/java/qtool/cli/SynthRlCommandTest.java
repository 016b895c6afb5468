package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthRlCommandTest {
    @TempDir
    Path dir;

    private Path tinyModel(String name) {
        Path model = dir.resolve(name);
        Cli.Result r = Cli.run("synth-rl", "train", "--basis", "hrc", "--steps", "6", "--hidden", "8", "--batch", "8",
                "--max-walk", "3", "--seed", "3", "--threads", "1", "--out", model.toString(), "--checkpoint",
                dir.resolve(name + ".ckpt").toString(), "--checkpoint-every", "3");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.err().contains("wrote " + model), r.err());
        assertEquals("", r.out());
        return model;
    }

    @Test
    void trainResumeAndSynthesise() throws Exception {
        Path model = tinyModel("m.qrlm");
        // Resuming a finished run with more steps equals training that long from scratch.
        Cli.Result resumed = Cli.run("synth-rl", "train", "--steps", "9", "--threads", "2", "--out",
                dir.resolve("r.qrlm").toString(), "--checkpoint", dir.resolve("m.qrlm.ckpt").toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.exit(), resumed.toString());
        Cli.Result straight = Cli.run("synth-rl", "train", "--basis", "hrc", "--steps", "9", "--hidden", "8", "--batch", "8",
                "--max-walk", "3", "--seed", "3", "--threads", "1", "--out", dir.resolve("s.qrlm").toString());
        assertEquals(ExitCodes.OK, straight.exit(), straight.toString());
        assertEquals(-1L, Files.mismatch(dir.resolve("r.qrlm"), dir.resolve("s.qrlm")));

        Cli.Result r = Cli.run("synth-rl", "rz(pi/7)", "--model", model.toString(), "--epsilon", "0.2", "--finish-depth", "4");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("basis:    hrc"), r.out());
        assertTrue(r.out().contains("status:   within epsilon 0.2"), r.out());
        assertTrue(r.out().matches("(?s).*word:     [vxyzdg ]+\\n.*"), r.out());
        Cli.Result m = Cli.run("synth-rl", "[[0.6, 0.8i], [0.8i, 0.6]]", "--model", model.toString(), "--epsilon", "0.2",
                "--finish-depth", "4");
        assertEquals(ExitCodes.OK, m.exit(), m.toString());
        Cli.Result b = Cli.run("synth-rl", "bench", "--model", model.toString(), "--epsilon", "0.3", "--targets", "3",
                "--finish-depth", "3", "--compare-depth", "2", "--rows");
        assertEquals(ExitCodes.OK, b.exit(), b.toString());
        assertTrue(b.out().contains("success        3/3"), b.out());
    }

    @Test
    void badInputIsAUsageOrFileError() {
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "[[1, 1], [0, 1]]").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "nosuchgate").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "rz(1,2)").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "t", "--basis", "nope").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "t", "--epsilon", "-1").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl").exit());
        Cli.Result missing = Cli.run("synth-rl", "t", "--model", dir.resolve("none.qrlm").toString());
        assertEquals(ExitCodes.INVALID_INPUT, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("cannot read"), missing.err());
        assertEquals(ExitCodes.USAGE, Cli.run("synth-rl", "train", "--out", "x", "--resume").exit());
    }
}
