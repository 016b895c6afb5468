package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import qtool.stats.TaskStats;

class GapSweepTest {
    /** The published d1 = 3 stage discards over 2e9 shots (qec.md §4) and the (56, 69) keep rate. */
    @Test
    void volumeFormulaReproducesThePublishedThousandQubitRounds() {
        VolumeModel v = Rp2Cultivation.endToEnd(2, 7, 3).volumeModel();
        long[] d = {175_997_570L, 162_698_743L, 118_394_734L, 259_236_009L, 158_879_940L};
        double shots = 2e9;
        double[] survival = new double[d.length + 1];
        double gone = 0;
        for (int s = 0; s <= d.length; s++) {
            survival[s] = 1 - gone / shots;
            gone += s < d.length ? d[s] : 0;
        }
        double post = survival[d.length];
        assertEquals(0.5625, post, 1e-3);
        assertEquals(1000, v.expectedVolume(survival, post, 1 / 2.62), 10);
        assertEquals(837, v.expectedVolume(survival, post, 1 / 2.15), 10);
        assertEquals(1212, v.expectedVolume(survival, post, 1 / 3.24), 12);
    }

    @Test
    void thresholdPairsCountLikeABruteForceScan() {
        SplittableRandom rng = new SplittableRandom(7);
        TreeMap<String, Long> counts = new TreeMap<>();
        long kept = 0;
        long errors = 0;
        int[][] keys = new int[200][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new int[] {rng.nextInt(40), rng.nextInt(60), rng.nextInt(10) == 0 ? 1 : 0, 1 + rng.nextInt(50)};
            String key = (keys[i][2] == 1 ? "E" : "C") + keys[i][0] + "|" + keys[i][1];
            counts.merge(key, (long) keys[i][3], Long::sum);
        }
        for (var e : counts.entrySet()) {
            kept += e.getValue();
            errors += e.getKey().startsWith("E") ? e.getValue() : 0;
        }
        counts.put("D0", 100L);
        counts.put("D2", 50L);
        long shots = kept + 150;
        TaskStats t = new TaskStats(shots, errors, 150, 1.0, "exact-2d-gap", "id", "null", counts);
        GapSweep sweep = new GapSweep(t, Rp2Cultivation.endToEnd(2, 7, 3).volumeModel());
        for (int a = 0; a < 45; a += 3) {
            for (int b = 0; b < 65; b += 4) {
                long k = 0;
                long r = 0;
                for (var e : counts.entrySet()) {
                    if (e.getKey().startsWith("D")) {
                        continue;
                    }
                    String[] g = e.getKey().substring(1).split("\\|");
                    if (Integer.parseInt(g[0]) >= a && Integer.parseInt(g[1]) >= b) {
                        k += e.getValue();
                        r += e.getKey().startsWith("E") ? e.getValue() : 0;
                    }
                }
                GapSweep.Point p = sweep.at(a, b);
                assertEquals(k, p.kept(), a + "," + b);
                assertEquals(r, p.errors(), a + "," + b);
            }
        }
        assertEquals((double) kept / shots, sweep.postselectedKeep(), 1e-12);
        assertEquals(1 - 100.0 / shots, sweep.survivalBefore()[1], 1e-12);
        assertEquals(1 - 100.0 / shots, sweep.survivalBefore()[2], 1e-12);
        assertEquals(1 - 150.0 / shots, sweep.survivalBefore()[3], 1e-12);
        List<GapSweep.Point> front = sweep.paretoFront(1);
        for (int i = 1; i < front.size(); i++) {
            assertTrue(front.get(i).volume() >= front.get(i - 1).volume());
            assertTrue(front.get(i).error().best() < front.get(i - 1).error().best());
        }
    }
}
