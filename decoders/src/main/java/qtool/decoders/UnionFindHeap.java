package qtool.decoders;

import java.util.Arrays;

/**
 * A binary min-heap of (time, node) entries for {@link UnionFindClusters}, with lazy deletion: the
 * owner re-schedules a node by pushing a new entry and recognises the old ones as stale when they
 * surface (their time no longer matches the node's). Cancelling is thus free, and inserts sift up
 * only a level or two on average.
 *
 * <p>The arrays double when a shot needs more entries than any earlier one, so steady-state
 * decoding does not allocate.
 */
final class UnionFindHeap {
    private double[] key;
    private int[] item;
    private int size;

    UnionFindHeap(int capacity) {
        key = new double[Math.max(16, capacity)];
        item = new int[key.length];
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double topKey() {
        return key[0];
    }

    int topItem() {
        return item[0];
    }

    void push(int x, double k) {
        if (size == key.length) {
            key = Arrays.copyOf(key, size * 2);
            item = Arrays.copyOf(item, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (!(k < key[up])) {
                break;
            }
            key[i] = key[up];
            item[i] = item[up];
            i = up;
        }
        key[i] = k;
        item[i] = x;
    }

    void removeTop() {
        int n = --size;
        if (n == 0) {
            return;
        }
        double k = key[n];
        int last = item[n];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && key[c + 1] < key[c]) {
                c++;
            }
            if (!(key[c] < k)) {
                break;
            }
            key[i] = key[c];
            item[i] = item[c];
            i = c;
        }
        key[i] = k;
        item[i] = last;
    }
}
