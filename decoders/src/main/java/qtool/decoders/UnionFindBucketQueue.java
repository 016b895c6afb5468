package qtool.decoders;

import java.util.Arrays;

/**
 * A monotone priority queue of (tick, item) entries for {@link UnionFindClusters}: a ring of
 * buckets, one per tick, covering a window as long as the longest possible delay, so a push is
 * O(1) and a pop finds the next non-empty tick through an occupancy bitmap.
 *
 * <p>It relies on two properties of growth: ticks are integers, and every push is at or after the
 * current tick and at most {@code maxDelay} ahead of it (an edge never needs longer than its own
 * weight to complete). Ticks outside that window would alias to a wrong bucket. A summary word
 * marks the non-empty bitmap words, so finding the next tick is two or three bit scans however
 * far ahead it is (hence at most 64·64 buckets).
 *
 * <p>Each bucket is a LIFO chain through a shared entry pool; a bucket's head is initialised when
 * its occupancy bit is set, so buckets need no clearing between shots. The pool doubles when a
 * shot needs more entries than any earlier one, so steady-state decoding does not allocate.
 */
final class UnionFindBucketQueue {
    private final int mask;
    private final int[] head;
    private final long[] occupied;
    /** Bit w set iff {@code occupied[w]} is not 0, so empty stretches are skipped 4096 ticks at a time. */
    private long summary;
    /** Entry n's item at {@code 2n} and the next entry of its bucket (-1 at the end) at {@code 2n+1}. */
    private int[] entries;
    private int used;
    private int cursor;

    UnionFindBucketQueue(int maxDelay, int initialEntries) {
        int buckets = Math.max(64, Integer.highestOneBit(maxDelay) << 1);
        if (buckets > 64 * 64) {
            throw new IllegalArgumentException("delays up to " + maxDelay + " need more than 4096 buckets");
        }
        mask = buckets - 1;
        head = new int[buckets];
        occupied = new long[buckets >>> 6];
        entries = new int[2 * Math.max(16, initialEntries)];
    }

    /** Empties the queue and restarts the clock at tick 0. */
    void clear() {
        while (summary != 0) {
            occupied[Long.numberOfTrailingZeros(summary)] = 0;
            summary &= summary - 1;
        }
        used = 0;
        cursor = 0;
    }

    boolean isEmpty() {
        // A bucket's bit is cleared when it empties, and a word's summary bit when it does.
        return summary == 0;
    }

    /** The tick of the entry last popped (the current time). */
    int tick() {
        return cursor;
    }

    /** Adds {@code x} at {@code tick}, which must lie in {@code [tick(), tick() + maxDelay]}. */
    void push(int x, int tick) {
        if (2 * used == entries.length) {
            entries = Arrays.copyOf(entries, 4 * used);
        }
        int b = tick & mask;
        long bit = 1L << b;
        int w = b >>> 6;
        if ((occupied[w] & bit) == 0) {
            occupied[w] |= bit;
            summary |= 1L << w;
            head[b] = -1;
        }
        entries[2 * used] = x;
        entries[2 * used + 1] = head[b];
        head[b] = used++;
    }

    /** Removes and returns an entry of the earliest tick, advancing the clock to it; not empty. */
    int pop() {
        int b = cursor & mask;
        int w = b >>> 6;
        long bits = occupied[w] & (-1L << b);
        if (bits == 0) {
            // The next non-empty word after w, wrapping round to w itself (its lower part).
            long later = summary & (-2L << w);
            w = later != 0 ? Long.numberOfTrailingZeros(later) : Long.numberOfTrailingZeros(summary);
            bits = occupied[w];
        }
        int found = (w << 6) | Long.numberOfTrailingZeros(bits);
        cursor += (found - b) & mask;
        int n = head[found];
        int after = entries[2 * n + 1];
        head[found] = after;
        if (after < 0 && (occupied[w] &= ~(1L << found)) == 0) {
            summary &= ~(1L << w);
        }
        return entries[2 * n];
    }
}
