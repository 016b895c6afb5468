package qtool.passes.routing;

import qtool.ir.Circuit;
import qtool.pass.PassManager;
import qtool.pass.PropertySet;

/**
 * Not a test: a timing smoke run for the lead to record. Routes a seeded random 100-qubit circuit
 * of 50,000 gates (60% CX on uniformly random pairs, the rest H) on a 10×10 grid, with the trivial
 * layout and with {@link SabreLayout}, and prints wall times and SWAP counts. Issue 3's goal is
 * routing in under 10 s.
 *
 * <p>Run from the project root (offline; the dependency and exec plugins are not in the local
 * repository, hence the hand-built classpath):
 * <pre>
 * mvn -o -q install -DskipTests -Dmaven.gitcommitid.skip=true &amp;&amp; mvn -o -q test-compile -pl compiler
 * CP=compiler/target/classes:compiler/target/test-classes:grammar/target/classes:$(find ~/.m2/repository \
 *     \( -path '*ejml*' -o -path '*jgrapht-core*' -o -path '*jheaps*' -o -path '*antlr4-runtime*' \) -name '*.jar' | tr '\n' :)
 * java -cp "$CP" qtool.passes.routing.RoutingBenchmark [gates]
 * </pre>
 */
public final class RoutingBenchmark {
    private RoutingBenchmark() {
    }

    public static void main(String[] args) {
        int qubits = 100;
        int gates = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        CouplingGraph grid = CouplingGraph.grid(10, 10);
        Circuit c = RoutingTesting.randomCx(qubits, gates, 0.6, 2024);
        // Warm-up on a smaller instance so the JIT has compiled the router before timing.
        run("warm-up", RoutingTesting.randomCx(qubits, 5_000, 0.6, 1), grid, false);
        run("trivial layout + sabre swap", c, grid, false);
        run("sabre layout + sabre swap", c, grid, true);
    }

    private static void run(String label, Circuit c, CouplingGraph g, boolean sabreLayout) {
        PropertySet props = new PropertySet();
        long t0 = System.nanoTime();
        PassManager pm = new PassManager(sabreLayout ? new SabreLayout(g, 1) : new TrivialLayout(g), new SabreSwap(g, 1));
        Circuit out = pm.run(c, props);
        long t1 = System.nanoTime();
        PropertySet check = new PropertySet();
        new CheckMap(g).run(out, check);
        System.out.printf("%-30s %,d gates -> %,d gates, %,d SWAPs, %.2f s total%n", label, c.size(), out.size(),
                props.get(SabreSwap.SWAPS_ADDED), (t1 - t0) / 1e9);
        props.get(PassManager.TIMINGS).forEach(t -> System.out.printf("    %-14s %8.1f ms%n", t.name(), t.millis()));
        if (!check.get(CheckMap.KEY)) {
            throw new AssertionError("not mapped: " + check.get(CheckMap.VIOLATION));
        }
    }
}
