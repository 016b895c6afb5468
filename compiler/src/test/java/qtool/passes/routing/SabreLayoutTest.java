package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.pass.PassManager;
import qtool.pass.PropertySet;
import qtool.qasm.QasmReader;
import qtool.testing.ReferenceData;

class SabreLayoutTest {
    private static final long SEED = 11;

    /** SWAPs SabreSwap(SEED) inserts after the given layout pass. */
    private static int swapsAfter(Circuit c, CouplingGraph g, boolean sabre) {
        PropertySet props = new PropertySet();
        new PassManager(sabre ? new SabreLayout(g, SEED) : new TrivialLayout(g), new SabreSwap(g, SEED)).run(c, props);
        return props.get(SabreSwap.SWAPS_ADDED);
    }

    @Test
    void routedResultIsEquivalentWithTheChosenLayout() {
        for (CouplingGraph g : RoutingTesting.smallDevices()) {
            for (int nv : new int[] {g.numQubits(), g.numQubits() - 3}) {
                Circuit c = RoutingTesting.randomUnitary(nv, 50, 31L * nv + g.numEdges(), false);
                PropertySet props = new PropertySet();
                Circuit out = new PassManager(new SabreLayout(g, SEED), new SabreSwap(g, SEED), new CheckMap(g)).run(c, props);
                assertTrue(props.get(CheckMap.KEY));
                RoutingTesting.assertRoutedEquivalent(c, out, props.get(Layout.INITIAL), props.get(Layout.FINAL));
            }
        }
    }

    @Test
    void neverWorseThanTrivialOnRandomCircuits() {
        int better = 0;
        for (int seed = 0; seed < 6; seed++) {
            CouplingGraph g = seed % 2 == 0 ? CouplingGraph.grid(4, 4) : RoutingTesting.heavyHex8();
            Circuit c = RoutingTesting.randomCx(g.numQubits() - 1, 300, 0.5, seed);
            int trivial = swapsAfter(c, g, false);
            int sabre = swapsAfter(c, g, true);
            assertTrue(sabre <= trivial, sabre + " > " + trivial);
            better += sabre < trivial ? 1 : 0;
        }
        assertTrue(better > 0, "SabreLayout should improve on at least one random circuit");
    }

    @Test
    void deterministicForASeed() {
        CouplingGraph g = CouplingGraph.grid(3, 4);
        Circuit c = RoutingTesting.randomCx(10, 400, 0.5, 3);
        assertEquals(new SabreLayout(g, 5).layout(c), new SabreLayout(g, 5).layout(c));
        PropertySet props = new PropertySet();
        assertTrue(new SabreLayout(g, 5).run(c, props) == c);
        assertEquals(new SabreLayout(g, 5).layout(c), props.get(Layout.INITIAL));
    }

    @Test
    void noTwoQubitGatesMeansTrivial() {
        Circuit c = RoutingTesting.randomCx(4, 20, 0.0, 1);
        assertEquals(Layout.trivial(4, 6), new SabreLayout(CouplingGraph.line(6)).layout(c));
    }

    /**
     * QASMBench small and medium circuits (OpenQASM 2, read by qtool's own reader) on a device just
     * big enough: gates on three or more qubits are replaced by CX on each of their pairs, which
     * keeps the interaction pattern the router sees. Every routed result must also pass the
     * structural check, which exercises measurements, barriers and conditions from real files.
     */
    @Test
    void neverWorseThanTrivialOnQasmBench() throws IOException {
        Path root = ReferenceData.dir("qasm/qasmbench");
        List<Path> files = new ArrayList<>();
        for (String size : new String[] {"small", "medium"}) {
            Path dir = root.resolve(size);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".qasm")).sorted().forEach(files::add);
            }
        }
        int tried = 0;
        int improved = 0;
        int totalTrivial = 0;
        int totalSabre = 0;
        for (Path f : files) {
            Circuit c;
            try {
                c = QasmReader.defaults().read(f);
            } catch (RuntimeException e) {
                continue; // the reader's own tests cover its failures
            }
            if (c.numQubits() < 3 || c.numQubits() > 30 || c.size() > 6000) {
                continue;
            }
            Circuit proxy = RoutingTesting.withoutSwaps(RoutingTesting.interactionProxy(c));
            int side = (int) Math.ceil(Math.sqrt(c.numQubits()));
            CouplingGraph g = CouplingGraph.grid(side, (c.numQubits() + side - 1) / side);
            int trivial = swapsAfter(proxy, g, false);
            PropertySet props = new PropertySet();
            Circuit out = new PassManager(new SabreLayout(g, SEED), new SabreSwap(g, SEED)).run(proxy, props);
            int sabre = props.get(SabreSwap.SWAPS_ADDED);
            assertTrue(sabre <= trivial, f.getFileName() + ": SabreLayout " + sabre + " SWAPs, trivial " + trivial);
            RoutingTesting.assertRoutedFaithfully(proxy, out, props.get(Layout.INITIAL), props.get(Layout.FINAL), sabre);
            tried++;
            improved += sabre < trivial ? 1 : 0;
            totalTrivial += trivial;
            totalSabre += sabre;
        }
        System.out.println("[qasmbench] " + tried + " circuits routed; SabreLayout beat trivial on " + improved
                + "; total SWAPs trivial " + totalTrivial + ", sabre " + totalSabre);
        assertTrue(tried > 0, "no QASMBench circuit could be routed");
    }
}
