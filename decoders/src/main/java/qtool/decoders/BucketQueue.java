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
 * <p>The lowest non-empty bucket is moved into a small binary heap when the queue reaches it, and
 * keys that fall into it (or below) are pushed there directly; ties, which are common (many balls
 * grow over edges of equal weight), then cost nothing extra, where scanning the bucket for each
 * pop would be quadratic in them. The order is exact, except that a key pushed below the bucket
 * of the last key popped (a rounding artefact of the callers) goes to that heap: it comes out
 * before everything larger, still with its own key. Keys beyond the last bucket share it, which
 * costs speed, not correctness. Items of equal keys come out in no particular order. Mutable
 * scratch; {@link #clear} costs O(buckets used).
 */
final class BucketQueue {
    /** Most buckets ever allocated; larger keys share the last one. */
    private static final int MAX_BUCKETS = 1 << 16;

    private double inverseWidth;
    /** Per bucket: first item of its list, -1 when empty. */
    private int[] head = new int[64];
    /** Bit b set when bucket b's list is not empty. */
    private long[] occupied = new long[2];
    /** The bucket held in {@link #near}, -1 before the first; lists exist only above it. */
    private int cursor = -1;
    private int highest = -1;
    /** The items of the cursor bucket and below. */
    private final MinHeap near = new MinHeap();

    private double[] keys = new double[64];
    private int[] values = new int[64];
    private int[] next = new int[64];
    private int items;
    /** Items in bucket lists (not in {@link #near}). */
    private int listed;
    /** Freed item slots, reused before new ones. */
    private int free = -1;

    /**
     * A bucket width for searches on g: a small fraction of its lightest edge, so that distinct
     * keys queued at once rarely share a bucket. 1 when no edge has a positive weight.
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
        return listed == 0 && near.isEmpty();
    }

    int size() {
        return listed + near.size();
    }

    /** Empties the queue; any key may come next. */
    void clear() {
        // Empty buckets already have no head: only the occupied ones need resetting.
        if (listed > 0) {
            int words = (highest >>> 6) + 1;
            for (int w = Math.max(0, cursor) >>> 6; w < words; w++) {
                for (long bits = occupied[w]; bits != 0; bits &= bits - 1) {
                    head[(w << 6) + Long.numberOfTrailingZeros(bits)] = -1;
                }
                occupied[w] = 0;
            }
        }
        near.clear();
        cursor = -1;
        highest = -1;
        items = 0;
        listed = 0;
        free = -1;
    }

    void push(double key, int value) {
        int b = bucket(key);
        if (b <= cursor) {
            near.push(key, value);
            return;
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
        listed++;
    }

    /** The smallest key; the queue must not be empty. */
    double minKey() {
        if (near.isEmpty()) {
            advance();
        }
        return near.minKey();
    }

    /** The value of the smallest key, removing it; the queue must not be empty. */
    int pop() {
        if (near.isEmpty()) {
            advance();
        }
        return near.pop();
    }

    private int bucket(double key) {
        double scaled = key * inverseWidth;
        // Also sends NaN and negative keys to bucket 0 (then to the heap, once it holds a bucket).
        return scaled < MAX_BUCKETS - 1 ? Math.max(0, (int) scaled) : MAX_BUCKETS - 1;
    }

    /** Moves the lowest non-empty bucket's list into the heap and makes it the cursor bucket. */
    private void advance() {
        if (listed == 0) {
            throw new IllegalStateException("empty queue");
        }
        int from = cursor + 1;
        int w = from >>> 6;
        long bits = occupied[w] & (-1L << from);
        while (bits == 0) {
            bits = occupied[++w];
        }
        int b = (w << 6) + Long.numberOfTrailingZeros(bits);
        cursor = b;
        occupied[w] &= ~(1L << b);
        int i = head[b];
        head[b] = -1;
        while (i >= 0) {
            near.push(keys[i], values[i]);
            int n = next[i];
            next[i] = free;
            free = i;
            listed--;
            i = n;
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
