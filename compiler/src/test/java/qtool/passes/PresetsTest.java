package qtool.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.PropertySet;
import qtool.passes.analysis.CheckBasis;
import qtool.passes.routing.CheckMap;
import qtool.passes.routing.Layout;
import qtool.passes.routing.RoutingTesting;
import qtool.qasm.QasmReader;
import qtool.target.Target;
import qtool.target.Targets;
import qtool.testing.ReferenceData;

/**
 * Every optimisation level on several small targets (line, grid, heavy-hex fragment, all-to-all;
 * cx, cz and ecr bases) returns a circuit that passes CheckMap and CheckBasis and implements the
 * input: {@code U_out · E_initial = e^{iφ} E_final · U_in}, where {@code E_L} places virtual qubit v
 * on physical qubit L(v) with the unused physical qubits in |0⟩. Runs over seeded random circuits
 * and the small QASMBench circuits that fit. The equivalence check is the routing tests' own
 * ({@link RoutingTesting#assertRoutedEquivalent}).
 */
class PresetsTest {
    static List<Target> targets() {
        List<Target> ts = new ArrayList<>();
        ts.add(Targets.line(5, "cx", "rz", "sx", "x", "measure", "reset"));
        ts.add(Targets.grid(2, 3, "cz", "rz", "sx", "x", "measure", "reset"));
        ts.add(Targets.heavyHex(3, 3, "ecr", "rz", "sx", "x", "measure", "reset"));
        ts.add(Targets.allToAll(4, "rzz", "u", "rz", "measure", "reset"));
        return ts;
    }

    static Circuit random(int n, int size, long seed) {
        Gate[] pool = {Gate.H, Gate.T, Gate.SDG, Gate.RX, Gate.RY, Gate.CX, Gate.CZ, Gate.SWAP, Gate.CCX, Gate.CRZ, Gate.RZZ,
            Gate.CH, Gate.U3, Gate.X};
        SplittableRandom rng = new SplittableRandom(seed);
        Circuit.Builder b = Circuit.builder(n, 0);
        while (b.size() < size) {
            Gate g = pool[rng.nextInt(pool.length)];
            if (g.numQubits() > n) {
                continue;
            }
            List<Param> ps = new ArrayList<>();
            for (int i = 0; i < g.numParams(); i++) {
                ps.add(Param.constant(rng.nextDouble(-3, 3)));
            }
            List<Integer> qs = new ArrayList<>();
            while (qs.size() < g.numQubits()) {
                int q = rng.nextInt(n);
                if (!qs.contains(q)) {
                    qs.add(q);
                }
            }
            b.add(Instruction.of(g, ps, qs.stream().mapToInt(Integer::intValue).toArray()));
        }
        return b.build();
    }

    static void assertCompiles(Circuit in, Target target, int level, long seed) {
        PropertySet props = new PropertySet();
        Circuit out = Presets.level(level, target, seed).run(in, props);
        String what = target.name() + " -O" + level + " seed " + seed;
        assertEquals(Boolean.TRUE, props.get(CheckMap.KEY), what + ": " + props.get(CheckMap.VIOLATION));
        assertEquals(Boolean.TRUE, props.get(CheckBasis.KEY), what + ": " + props.get(CheckBasis.OFFENDER));
        Layout initial = props.get(Layout.INITIAL);
        Layout fin = props.get(Layout.FINAL) != null ? props.get(Layout.FINAL) : initial;
        RoutingTesting.assertRoutedEquivalent(in, out, initial, fin);
    }

    @Test
    void everyLevelCompilesRandomCircuitsFaithfully() {
        long seed = 0;
        for (Target t : targets()) {
            for (int level = 0; level <= 3; level++) {
                for (int k = 0; k < 3; k++) {
                    seed++;
                    int n = Math.min(t.numQubits(), 3 + (int) (seed % 2));
                    assertCompiles(random(n, 25, seed), t, level, seed);
                }
            }
        }
    }

    @Test
    void higherLevelsDoNotAddTwoQubitGatesOnAverage() {
        Target grid = Targets.grid(2, 3, "cz", "rz", "sx", "x");
        int[] total = new int[4];
        for (long seed = 100; seed < 110; seed++) {
            Circuit c = random(5, 40, seed);
            for (int level = 0; level <= 3; level++) {
                Circuit out = Presets.level(level, grid, seed).run(c, new PropertySet());
                total[level] += out.instructions().stream().filter(i -> i.numQubits() == 2).count();
            }
        }
        assertTrue(total[1] <= total[0] && total[2] <= total[1] && total[3] <= total[2],
                "two-qubit totals per level " + java.util.Arrays.toString(total));
    }

    @Test
    void smallCorpusCircuitsCompileOnEveryLevel() throws IOException {
        Path dir = ReferenceData.dir("qasm/qasmbench/small");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".qasm")).sorted().collect(Collectors.toList());
        }
        Target grid = Targets.grid(2, 3, "cz", "rz", "sx", "x", "measure", "reset");
        int checked = 0;
        for (Path f : files) {
            Circuit c;
            try {
                c = QasmReader.defaults().read(f);
            } catch (RuntimeException e) {
                continue; // the corpus's known-invalid files are covered by QasmCorpusTest
            }
            Circuit unitaryPart = unitaryPrefix(c);
            if (c.numQubits() > 5 || unitaryPart.size() == 0 || unitaryPart.size() > 400) {
                continue;
            }
            for (int level = 0; level <= 3; level += 3) {
                assertCompiles(unitaryPart, grid, level, 7);
            }
            checked++;
        }
        assertTrue(checked >= 5, "only " + checked + " corpus circuits checked");
    }

    private static Circuit unitaryPrefix(Circuit c) {
        Circuit.Builder b = Circuit.builder(c.numQubits(), 0);
        for (Instruction in : c.instructions()) {
            if (in.condition() != null || in.numClbits() > 0 || in.gate() == Gate.RESET || in.gate() == Gate.MEASURE) {
                break;
            }
            if (in.gate() != Gate.BARRIER) {
                b.add(in);
            }
        }
        return b.build();
    }
}
