package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The QEC benchmarks run end to end on tiny sizes and print well-formed Markdown tables. */
class BenchCommandTest {
    @Test
    void sampleBenchmarkPrintsOneRowPerCircuit() {
        Cli.Result r = Cli.run("bench", "sample", "-d", "3", "-p", "1e-3,5e-3", "--shots", "2048", "--runs", "1");
        assertEquals(0, r.exit(), r.toString());
        List<String> rows = r.out().lines().toList();
        assertEquals(4, rows.size(), r.out());
        assertTrue(rows.get(2).matches("\\| 0\\.001 \\| 3 \\| [0-9.e+]+ \\| [0-9.e+]+ \\|"), rows.get(2));
    }

    @Test
    void decodeBenchmarkReportsEveryDecoderWithItsErrorRate() {
        Cli.Result r = Cli.run("bench", "decode", "-d", "3", "-p", "5e-3", "--shots", "2000", "--decoders", "mwpm,uf");
        assertEquals(0, r.exit(), r.toString());
        List<String> rows = r.out().lines().toList();
        assertEquals(4, rows.size(), r.out());
        assertTrue(rows.get(2).startsWith("| mwpm | 0.005 | 3 |"), rows.get(2));
        assertTrue(rows.get(3).startsWith("| uf | 0.005 | 3 |"), rows.get(3));
        assertEquals(2, Cli.run("bench", "decode", "--shots", "0").exit());
    }

    @Test
    void noiseOutsideZeroOneAndImpossibleDistancesAreUsageErrors() {
        for (String bench : List.of("decode", "sample")) {
            for (String[] bad : List.of(new String[] {"-p", "2"}, new String[] {"-p", "-1e-3"}, new String[] {"-d", "1"},
                    new String[] {"-d", "0"})) {
                Cli.Result r = Cli.run("bench", bench, bad[0], bad[1], "--shots", "64");
                assertEquals(2, r.exit(), bench + " " + String.join(" ", bad) + ": " + r);
                assertTrue(r.err().startsWith(bad[0] + " "), r.toString());
            }
        }
    }
}
