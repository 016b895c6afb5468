package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The AQC benchmark's Trotter scan on a small chain: first order needs more steps than second order. */
class BenchAqcCommandTest {
    private static final Pattern SCAN = Pattern.compile("trotter (\\d+) steps \\(order (\\d)\\): 2q depth \\d+, fidelity ([0-9.]+)");

    @Test
    void firstOrderScanNeedsMoreStepsThanSecondOrder() {
        int first = stepsToReach(1);
        int second = stepsToReach(2);
        assertTrue(first > second, first + " first-order steps vs " + second + " second-order steps");
    }

    @Test
    void rejectsAnUnknownTrotterOrder() {
        assertEquals(2, Cli.run("bench", "aqc", "--n", "4", "--trotter-order", "3").exit());
    }

    private static int stepsToReach(int order) {
        Cli.Result r = Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.5", "--delta", "2",
                "--target-steps", "40", "--trotter-scan", "60", "--trotter-order", String.valueOf(order), "--fidelity", "0.999",
                "--max-iterations", "5");
        assertEquals(0, r.exit(), r.toString());
        List<Matcher> scan = r.out().lines().map(SCAN::matcher).filter(Matcher::matches).toList();
        Matcher last = scan.get(scan.size() - 1);
        assertEquals(String.valueOf(order), last.group(2));
        assertTrue(Double.parseDouble(last.group(3)) >= 0.999, r.out());
        return Integer.parseInt(last.group(1));
    }
}
