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

    @Test
    void fieldDisorderNeedsMoreStepsAndTheReferenceIsChecked() {
        int clean = baseline(Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.5",
                "--target-steps", "40", "--trotter-scan", "60", "--fidelity", "0.999", "--max-iterations", "0"));
        Cli.Result r = Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.5", "--field-disorder", "6",
                "--disorder-seed", "2", "--target-steps", "40", "--trotter-scan", "60", "--fidelity", "0.999",
                "--max-iterations", "0", "--check-steps", "80");
        int disordered = baseline(r);
        assertTrue(disordered > clean, disordered + " steps with fields vs " + clean + " without");
        Matcher check = Pattern.compile("reference check: .* fidelity with the target ([0-9.]+)").matcher(r.out());
        assertTrue(check.find(), r.out());
        assertTrue(Double.parseDouble(check.group(1)) > 0.99999, r.out());
        Cli.Result staged = Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.5", "--field-disorder", "6",
                "--target-steps", "40", "--stages", "4", "--stage-iterations", "3", "--ansatz-steps", "2", "--fidelity", "0.999",
                "--max-iterations", "40");
        assertEquals(0, staged.exit(), staged.toString());
        assertTrue(staged.out().contains("stage 4 t=0.5000") && staged.out().contains("aqc: "), staged.out());
        assertEquals(2, Cli.run("bench", "aqc", "--n", "4", "--field-disorder", "-1").exit());
    }

    @Test
    void extraLayersDeepenTheAnsatzWithoutChangingTheStart() {
        String[] base = {"bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.4", "--target-steps", "16",
                "--ansatz-steps", "1", "--fidelity", "0.9999", "--max-iterations", "3", "--stages", "2"};
        Cli.Result plain = Cli.run(base);
        String[] wider = java.util.Arrays.copyOf(base, base.length + 2);
        wider[base.length] = "--extra-layers";
        wider[base.length + 1] = "2";
        Cli.Result extra = Cli.run(wider);
        assertEquals(0, plain.exit(), plain.toString());
        assertEquals(0, extra.exit(), extra.toString());
        Pattern start = Pattern.compile("stage 1 t=0.2000: .* start \\(coarse\\) ([0-9.]+) ->");
        Matcher a = start.matcher(plain.out());
        Matcher b = start.matcher(extra.out());
        assertTrue(a.find() && b.find(), plain.out() + extra.out());
        assertEquals(a.group(1), b.group(1), "identity layers must not change the start fidelity");
        assertTrue(plain.out().contains("3 block layers, 2q depth 9"), plain.out());
        assertTrue(extra.out().contains("5 block layers, 2q depth 15"), extra.out());
        assertEquals(2, Cli.run("bench", "aqc", "--n", "4", "--extra-layers", "-1").exit());
        // The second stage lists every start candidate's fidelity and starts from the best one.
        Matcher second = Pattern.compile("stage 2 t=0.4000: .* start \\(([a-z+ ]+)\\) ([0-9.]+) -> .*\\(candidates: coarse ([0-9.]+),"
                + " previous ([0-9.]+), previous\\+coarse step ([0-9.]+)\\)").matcher(plain.out());
        assertTrue(second.find(), plain.out());
        double chosen = Double.parseDouble(second.group(2));
        for (int g = 3; g <= 5; g++) {
            assertTrue(chosen >= Double.parseDouble(second.group(g)), plain.out());
        }
        assertEquals(2, Cli.run("bench", "aqc", "--n", "4", "--stage-fidelity", "1.5").exit());
    }

    @Test
    void timeLimitStopsAfterTheCurrentStageAndStillReports() {
        Cli.Result r = Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.6", "--target-steps", "24",
                "--stages", "3", "--ansatz-steps", "1", "--fidelity", "0.99999", "--max-iterations", "50", "--time-limit", "1e-6");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("time limit of 1.0E-6 s reached after stage 1: the result below is for t=0.2000"), r.out());
        assertTrue(!r.out().contains("stage 2 "), r.out());
        Matcher m = Pattern.compile("stage 1 t=0.2000: .* -> [0-9.]+, (\\d+) iterations").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) <= 1, r.out());
        assertTrue(r.out().contains("fidelity (MPS overlap)"), r.out());
    }

    /**
     * The baseline step count K from the scan's summary; the scan must also show that K - 1 steps fail
     * and K pass (bisection).
     */
    private static int baseline(Cli.Result r) {
        assertEquals(0, r.exit(), r.toString());
        Matcher m = Pattern.compile("trotter baseline: (\\d+) steps \\(order (\\d)\\), 2q depth D = \\d+, fidelity ([0-9.]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        int k = Integer.parseInt(m.group(1));
        assertTrue(Double.parseDouble(m.group(3)) >= 0.999, r.out());
        List<Matcher> scan = r.out().lines().map(SCAN::matcher).filter(Matcher::matches).toList();
        for (Matcher line : scan) {
            int steps = Integer.parseInt(line.group(1));
            double f = Double.parseDouble(line.group(3));
            if (steps == k - 1) {
                assertTrue(f < 0.999, r.out());
            }
        }
        assertTrue(k == 1 || scan.stream().anyMatch(line -> Integer.parseInt(line.group(1)) == k - 1), r.out());
        return k;
    }

    private static int stepsToReach(int order) {
        Cli.Result r = Cli.run("bench", "aqc", "--model", "heisenberg", "--n", "6", "--t", "0.5", "--delta", "2",
                "--target-steps", "40", "--trotter-scan", "60", "--trotter-order", String.valueOf(order), "--fidelity", "0.999",
                "--max-iterations", "5");
        assertTrue(r.out().contains("(order " + order + ")"), r.out());
        return baseline(r);
    }
}
