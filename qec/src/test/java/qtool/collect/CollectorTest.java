package qtool.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.decode.Correction;
import qtool.decode.Decoder;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stats.TaskStats;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimWriter;

class CollectorTest {
    private static final StabilizerCircuit CIRCUIT = RotatedSurfaceCode.memoryX(3, 3, NoiseParams.uniform(5e-3));

    /** Predicts no flip: every observable flip of a kept shot is an error. Enough to test counting. */
    private record NoCorrection(int numDetectors, int numObservables) implements Decoder {
        @Override
        public Correction decode(int[] events, int count) {
            return new Correction(0, 0);
        }
    }

    static CollectionTask task(long maxShots, long maxErrors, boolean[] postselection) {
        DetectorErrorModel dem = CircuitToDem.convert(CIRCUIT);
        return new CollectionTask(CIRCUIT, StimWriter.write(CIRCUIT), dem, dem.toString(), "none",
                new NoCorrection((int) CIRCUIT.numDetectors(), CIRCUIT.numObservables()), "{\"d\":3}", postselection,
                maxShots, maxErrors);
    }

    private static TaskStats run(CollectionTask task, int threads, long seed, TaskStats prior, List<TaskStats> rows) {
        return new Collector(threads, seed, rows::add, s -> { }).collect(task, prior, 0, 1);
    }

    @Test
    void shotBudgetIsMetExactlyAndRowsAddUpToTheTotal() {
        List<TaskStats> rows = new ArrayList<>();
        TaskStats total = run(task(10_000, Long.MAX_VALUE, null), 2, 5, null, rows);
        assertEquals(10_000, total.shots());
        assertEquals(total.shots(), rows.stream().mapToLong(TaskStats::shots).sum());
        assertEquals(total.errors(), rows.stream().mapToLong(TaskStats::errors).sum());
        assertTrue(rows.stream().allMatch(r -> r.shots() > 0 && r.strongId().equals(total.strongId())));
    }

    @Test
    void errorsMatchTheSamplerShotForShot() {
        long shots = 5000;
        TaskStats total = run(task(shots, Long.MAX_VALUE, null), 3, 77, null, new ArrayList<>());
        BitTable table = DetectorSampler.sample(CIRCUIT, shots, 77, 1);
        int obsBit = (int) CIRCUIT.numDetectors();
        long flips = 0;
        for (long s = 0; s < shots; s++) {
            flips += table.get(obsBit, s) ? 1 : 0;
        }
        assertEquals(flips, total.errors(), "same chunk seeds as the detection sampler");
    }

    @Test
    void postselectedShotsAreDiscardedNotCounted() {
        long shots = 4096;
        boolean[] all = new boolean[(int) CIRCUIT.numDetectors()];
        java.util.Arrays.fill(all, true);
        TaskStats total = run(task(shots, Long.MAX_VALUE, all), 2, 3, null, new ArrayList<>());
        BitTable table = DetectorSampler.sample(CIRCUIT, shots, 3, 1);
        long fired = 0;
        long keptFlips = 0;
        for (long s = 0; s < shots; s++) {
            boolean any = false;
            for (int d = 0; d < all.length; d++) {
                any |= table.get(d, s);
            }
            fired += any ? 1 : 0;
            keptFlips += !any && table.get(all.length, s) ? 1 : 0;
        }
        assertEquals(fired, total.discards());
        assertEquals(keptFlips, total.errors());
        assertTrue(total.discards() > 0);
    }

    @Test
    void discardsAreCountedAtTheirFirstFiringStage() {
        long shots = 4096;
        int n = (int) CIRCUIT.numDetectors();
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        double[][] coords = qtool.dem.DetectorCoordinates.of(CircuitToDem.convert(CIRCUIT));
        int[] stages = new int[n];
        for (int d = 0; d < n; d++) {
            stages[d] = (int) coords[d][2];
        }
        DetectorErrorModel dem = CircuitToDem.convert(CIRCUIT);
        CollectionTask task = new CollectionTask(CIRCUIT, "", dem, "", "none", new NoCorrection(n, 1), "null", all, shots,
                Long.MAX_VALUE, stages);
        TaskStats total = run(task, 2, 13, null, new ArrayList<>());
        assertEquals(total.discards(), total.customCounts().values().stream().mapToLong(Long::longValue).sum(),
                "each discarded shot is counted at exactly one stage");
        BitTable table = DetectorSampler.sample(CIRCUIT, shots, 13, 1);
        long firstStage0 = 0;
        for (long s = 0; s < shots; s++) {
            boolean any = false;
            for (int d = 0; d < n; d++) {
                any |= stages[d] == 0 && table.get(d, s);
            }
            firstStage0 += any ? 1 : 0;
        }
        assertEquals(firstStage0, total.customCounts().get("D0"));
        assertTrue(total.customCounts().size() >= 3, total.customCounts().toString());
    }

    @Test
    void seededTotalsAreTheSameForAnyThreadCountWithAnErrorBudget() {
        TaskStats one = run(task(10_000_000, 300, null), 1, 11, null, new ArrayList<>());
        TaskStats two = run(task(10_000_000, 300, null), 2, 11, null, new ArrayList<>());
        TaskStats four = run(task(10_000_000, 300, null), 4, 11, null, new ArrayList<>());
        assertTrue(one.errors() >= 300 && one.shots() < 10_000_000);
        for (TaskStats t : List.of(two, four)) {
            assertEquals(one.shots(), t.shots());
            assertEquals(one.errors(), t.errors());
            assertEquals(one.discards(), t.discards());
        }
    }

    @Test
    void resumingContinuesTheStreamWithoutRecounting() {
        TaskStats whole = run(task(12 * 1024, Long.MAX_VALUE, null), 2, 9, null, new ArrayList<>());
        TaskStats first = run(task(5 * 1024, Long.MAX_VALUE, null), 2, 9, null, new ArrayList<>());
        List<TaskStats> rows = new ArrayList<>();
        TaskStats resumed = run(task(12 * 1024, Long.MAX_VALUE, null), 1, 9, first, rows);
        assertEquals(whole.shots(), resumed.shots());
        assertEquals(whole.errors(), resumed.errors());
        assertEquals(7 * 1024, rows.stream().mapToLong(TaskStats::shots).sum(), "only the missing shots are taken");
        List<TaskStats> none = new ArrayList<>();
        TaskStats again = run(task(12 * 1024, Long.MAX_VALUE, null), 1, 9, resumed, none);
        assertEquals(resumed.shots(), again.shots());
        assertTrue(none.isEmpty(), "a finished task takes no more shots");
    }

    @Test
    void progressReportsEndWithAFinishedStatus() {
        List<CollectionStatus> seen = new ArrayList<>();
        new Collector(2, 1, r -> { }, seen::add).collect(task(3000, Long.MAX_VALUE, null), null, 0, 1);
        CollectionStatus last = seen.get(seen.size() - 1);
        assertTrue(last.finished());
        assertEquals(3000, last.shots());
        assertEquals(1.0, last.fraction());
    }
}
