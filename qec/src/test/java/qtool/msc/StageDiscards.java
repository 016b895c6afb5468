package qtool.msc;

import java.util.List;
import qtool.sim.BitTable;

/**
 * Per-stage discards of sampled shots under "perfectionist" post-selection: each discarded shot is
 * counted once, at the first stage (4th detector coordinate) in which a detector fired.
 */
record StageDiscards(long[] discards, long kept) {
    static StageDiscards count(BitTable t, List<double[]> coords, int stages, long shots) {
        long[] discards = new long[stages];
        long kept = 0;
        for (int w = 0; w < t.wordsPerBit(); w++) {
            long alive = w == t.wordsPerBit() - 1 && shots % 64 != 0 ? (1L << (shots % 64)) - 1 : -1L;
            for (int s = 0; s < stages; s++) {
                long fired = 0;
                for (int d = 0; d < coords.size(); d++) {
                    if ((int) coords.get(d)[3] == s) {
                        fired |= t.word(d, w);
                    }
                }
                discards[s] += Long.bitCount(fired & alive);
                alive &= ~fired;
            }
            kept += Long.bitCount(alive);
        }
        return new StageDiscards(discards, kept);
    }
}
