package qtool.decoders;

import java.util.Arrays;

/**
 * A monotone priority queue of (double key, int value) pairs: keys fall into buckets of a fixed
 * width, and the smallest key is found by scanning the lowest non-empty bucket. It serves the
 * matching decoder's searches, whose keys (path lengths, growth times) never go below the last key
 * popped and spread over a range of a few hundred bucket widths. A binary heap pays a hard to
 * predict branch per level on every push and pop, which made it the largest single cost of
 * decoding; here a push is an append to a list and a pop a short scan.
 *
 * <p>The order is exact (buckets only group keys; within one the smallest key wins), except that a
 * key pushed below the bucket of the last key popped (a rounding artefact of the callers) joins
 * that bucket: it comes out before everything larger, still with its own key. Keys beyond the
 * last bucket share it, so huge keys cost a longer scan but stay correct. Items of equal keys come
 * out in no particular order. Mutable scratch; {@link #clear} costs O(buckets used).
 */
final class BucketQueue {
    /** Most buckets ever allocated; larger keys share the last one. */
    private static final int MAX_BUCKETS = 1 << 16;

    private double inverseWidth;
    /** Per bucket: first item, -1 when empty. */
    private int[] head = new int[64];
    /** Bit b set when bucket b is not empty. */
    private long[] occupied = new long[2];
    private int cursor;
    private int highest = -1;

    private double[] keys = new double[64];
    private int[] values = new int[64];
    private int[] next = new int[64];
    private int items;
    private int size;
    /** Freed item slots, reused before new ones. */
    private int free = -1;

    /** Found by {@link #minKey}, valid until the next push or pop: the item and its predecessor in the bucket. */
    private int best = -1;
    private int bestPrev;

    /**
     * A bucket width for searches on g: a small fraction of its lightest edge, so that the keys
     * queued at once rarely share a bucket. 1 when no edge has a positive weight.
     */
    static double widthFor(FlatAdjacency g) {
        double min = Double.POSITIVE_INFINITY;
        for (double w : g.slotWeight) {
            if (w > 0 && w < min) {
                min = w;
            }
        }
        return min < Double.POSITIVE_INFINITY ? min / 32 : 1;
    }

    /** An empty queue with buckets of the given width (> 0). */
    BucketQueue(double width) {
        setWidth(width);
        Arrays.fill(head, -1);
    }

    /** Changes the bucket width; only while empty (after {@link #clear}). */
    void setWidth(double width) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("bucket width must be positive and finite: " + width);
        }
        inverseWidth = 1 / width;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Empties the queue; any key may come next. */
    void clear() {
        // Empty buckets already have no head: only the occupied ones need resetting.
        if (size > 0) {
            int words = (highest >>> 6) + 1;
            for (int w = cursor >>> 6; w < words; w++) {
                for (long bits = occupied[w]; bits != 0; bits &= bits - 1) {
                    head[(w << 6) + Long.numberOfTrailingZeros(bits)] = -1;
                }
                occupied[w] = 0;
            }
        }
        cursor = 0;
        highest = -1;
        items = 0;
        size = 0;
        free = -1;
        best = -1;
    }

    void push(double key, int value) {
        int b = bucket(key);
        if (b < cursor) {
            b = cursor;
        }
        if (b >= head.length) {
            growBuckets(b);
        }
        int item;
        if (free >= 0) {
            item = free;
            free = next[item];
        } else {
            if (items == keys.length) {
                int n = 2 * items;
                keys = Arrays.copyOf(keys, n);
                values = Arrays.copyOf(values, n);
                next = Arrays.copyOf(next, n);
            }
            item = items++;
        }
        keys[item] = key;
        values[item] = value;
        next[item] = head[b];
        head[b] = item;
        occupied[b >>> 6] |= 1L << b;
        if (b > highest) {
            highest = b;
        }
        size++;
        best = -1;
    }

    /** The smallest key; the queue must not be empty. */
    double minKey() {
        if (best < 0) {
            findBest();
        }
        return keys[best];
    }

    /** The value of the smallest key, removing it; the queue must not be empty. */
    int pop() {
        if (best < 0) {
            findBest();
        }
        int item = best;
        int b = cursor;
        if (bestPrev < 0) {
            head[b] = next[item];
            if (head[b] < 0) {
                occupied[b >>> 6] &= ~(1L << b);
            }
        } else {
            next[bestPrev] = next[item];
        }
        next[item] = free;
        free = item;
        size--;
        best = -1;
        return values[item];
    }

    private int bucket(double key) {
        double scaled = key * inverseWidth;
        // Also sends NaN and negative keys to bucket 0 (then to the cursor).
        return scaled < MAX_BUCKETS - 1 ? Math.max(0, (int) scaled) : MAX_BUCKETS - 1;
    }

    /** Moves the cursor to the lowest non-empty bucket and finds its smallest key. */
    private void findBest() {
        if (size == 0) {
            throw new IllegalStateException("empty queue");
        }
        int w = cursor >>> 6;
        long bits = occupied[w] & (-1L << cursor);
        while (bits == 0) {
            bits = occupied[++w];
        }
        int b = (w << 6) + Long.numberOfTrailingZeros(bits);
        cursor = b;
        int first = head[b];
        best = first;
        bestPrev = -1;
        double min = keys[first];
        for (int p = first, i = next[first]; i >= 0; p = i, i = next[i]) {
            if (keys[i] < min) {
                min = keys[i];
                best = i;
                bestPrev = p;
            }
        }
    }

    private void growBuckets(int b) {
        int n = head.length;
        while (n <= b) {
            n *= 2;
        }
        int old = head.length;
        head = Arrays.copyOf(head, n);
        Arrays.fill(head, old, n, -1);
        occupied = Arrays.copyOf(occupied, (n >>> 6) + 1);
    }
}
