package qtool.decoders;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int value) pairs in two flat arrays. It has no decrease-key:
 * callers push again with the smaller key and skip the stale copy when it surfaces ("lazy
 * deletion"), which for the sparse searches of the matching decoder is cheaper than keeping an
 * index per item. Mutable scratch, reset in O(1).
 */
final class MinHeap {
    private double[] keys = new double[64];
    private int[] values = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            values[i] = values[parent];
            i = parent;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The smallest key; the heap must not be empty. */
    double minKey() {
        return keys[0];
    }

    /** The value of the smallest key, removing it. */
    int pop() {
        int top = values[0];
        int n = --size;
        if (n > 0) {
            double key = keys[n];
            int value = values[n];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
        }
        return top;
    }
}
