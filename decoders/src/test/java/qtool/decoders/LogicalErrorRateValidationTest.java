package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qtool.collect.CollectionTask;
import qtool.collect.Collector;
import qtool.decode.Decoder;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.stats.TaskStats;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.testing.ReferenceData;

/**
 * The acceptance run: logical error rates of the six shared surface-code circuits under
 * exact matching agree with the PyMatching table in ../shared/reference/qec/README.md within 3σ
 * (combined binomial σ of both measurements), and union-find's rate is reported as a ratio to it.
 * Shots default to 10^6 per circuit; {@code -Dqtool.validation.ler.shots=N} changes it.
 */
class LogicalErrorRateValidationTest {
    private static final long SHOTS = Long.getLong("qtool.validation.ler.shots", 1_000_000L);

    @ParameterizedTest
    @CsvSource({
        "sc_d3_p0.001, 11000000, 9549",
        "sc_d5_p0.001, 11000000, 1613",
        "sc_d7_p0.001, 11000000, 222",
        "sc_d3_p0.005, 1000000, 19304",
        "sc_d5_p0.005, 1000000, 16073",
        "sc_d7_p0.005, 1000000, 12278",
    })
    void matchingAgreesWithPyMatchingWithin3Sigma(String name, long refShots, long refErrors) throws IOException {
        Path dir = ReferenceData.dir("qec").resolve("surface");
        StabilizerCircuit circuit = StimReader.read(dir.resolve(name + ".stim"));
        DetectorErrorModel dem = CircuitToDem.convert(circuit);
        TaskStats mwpm = collect(circuit, dem, new MatchingDecoder(DecodingGraph.of(dem)), "mwpm");
        TaskStats uf = collect(circuit, dem, new UnionFindDecoder(DecodingGraph.of(dem)), "uf");
        double ref = (double) refErrors / refShots;
        double ours = (double) mwpm.errors() / mwpm.shots();
        // Two-proportion z-test: the pooled rate gives the combined σ of both measurements.
        double pooled = (double) (refErrors + mwpm.errors()) / (refShots + mwpm.shots());
        double sigma = Math.sqrt(pooled * (1 - pooled) * (1.0 / refShots + 1.0 / mwpm.shots()));
        double z = (ours - ref) / sigma;
        double ufRate = (double) uf.errors() / uf.shots();
        System.out.printf(Locale.ROOT, "[ler] %s mwpm %d/%d = %.4e (ref %.4e, z = %+.2f); uf %d/%d = %.4e, ratio %.3f%n",
                name, mwpm.errors(), mwpm.shots(), ours, ref, z, uf.errors(), uf.shots(), ufRate, ufRate / ref);
        assertTrue(Math.abs(z) <= 3, name + ": mwpm rate " + ours + " vs reference " + ref + " is " + z + " σ away");
        assertTrue(ufRate >= ref * 0.8 && ufRate <= ref * 3, name + ": union-find rate " + ufRate + " is implausible");
    }

    private static TaskStats collect(StabilizerCircuit c, DetectorErrorModel dem, Decoder decoder, String name) {
        CollectionTask task = new CollectionTask(c, "", dem, "", name, decoder, "null", null, SHOTS, Long.MAX_VALUE);
        int threads = Runtime.getRuntime().availableProcessors();
        return new Collector(threads, 20261123L, r -> { }, s -> { }).collect(task, null, 0, 1);
    }
}
