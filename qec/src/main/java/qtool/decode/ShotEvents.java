package qtool.decode;

import java.util.Arrays;

/**
 * Turns a bit-packed batch of detection events (detector-major, 64 shots per word) into one sorted
 * list of fired detectors per shot. Scanning detector by detector visits the detectors in
 * increasing order, so each shot's list comes out sorted without a sort; the cost is one pass over
 * the words plus one step per event. Mutable scratch: one instance per thread.
 */
public final class ShotEvents {
    private final int numDetectors;
    private final int words;
    private final int[][] events;
    private final int[] counts;

    public ShotEvents(int numDetectors, int words) {
        this.numDetectors = numDetectors;
        this.words = words;
        this.events = new int[words * 64][8];
        this.counts = new int[words * 64];
    }

    /** Loads shots {@code 0 .. shots-1} from the planes; bits of later shots are ignored. */
    public void load(long[] detectorPlanes, int shots) {
        if (shots > words * 64) {
            throw new IllegalArgumentException(shots + " shots do not fit in " + words + " words");
        }
        Arrays.fill(counts, 0);
        int usedWords = (shots + 63) >>> 6;
        long lastMask = (shots & 63) == 0 ? -1L : (1L << (shots & 63)) - 1;
        for (int d = 0; d < numDetectors; d++) {
            int base = d * words;
            for (int w = 0; w < usedWords; w++) {
                long bits = detectorPlanes[base + w];
                if (w == usedWords - 1) {
                    bits &= lastMask;
                }
                while (bits != 0) {
                    int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    add(s, d);
                }
            }
        }
    }

    private void add(int shot, int detector) {
        int[] list = events[shot];
        int n = counts[shot];
        if (n == list.length) {
            list = Arrays.copyOf(list, n * 2);
            events[shot] = list;
        }
        list[n] = detector;
        counts[shot] = n + 1;
    }

    /** The fired detectors of a shot (valid up to {@link #count}). */
    public int[] events(int shot) {
        return events[shot];
    }

    public int count(int shot) {
        return counts[shot];
    }
}
