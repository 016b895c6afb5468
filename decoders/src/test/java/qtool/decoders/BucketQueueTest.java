package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bucket queue against java.util.PriorityQueue on monotone random workloads like the
 * decoder's (pushes never below the last key popped, many equal keys, keys far beyond the bucket
 * range), reused across clears; and its rule for keys pushed below the last key popped.
 */
class BucketQueueTest {
    @Test
    void popsKeysInOrderLikeAPriorityQueue() {
        SplittableRandom rnd = new SplittableRandom(7);
        BucketQueue q = new BucketQueue(0.37);
        for (int trial = 0; trial < 300; trial++) {
            q.clear();
            if (trial % 3 == 0) {
                q.setWidth(trial % 2 == 0 ? 1e-3 : 50);
            } else {
                q.setWidth(0.37);
            }
            PriorityQueue<double[]> ref = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
            double now = 0;
            int pushes = 1 + rnd.nextInt(400);
            int value = 0;
            while (pushes > 0 || !ref.isEmpty()) {
                if (pushes > 0 && (ref.isEmpty() || rnd.nextInt(3) > 0)) {
                    double key = switch (rnd.nextInt(4)) {
                        case 0 -> now;
                        case 1 -> now + rnd.nextInt(5);
                        case 2 -> now + 1e6 * rnd.nextDouble();
                        default -> now + 10 * rnd.nextDouble();
                    };
                    q.push(key, value);
                    ref.add(new double[] {key, value});
                    value++;
                    pushes--;
                } else {
                    assertEquals(ref.size(), q.size());
                    double key = q.minKey();
                    assertEquals(ref.peek()[0], key, "trial " + trial);
                    int v = q.pop();
                    boolean removed = ref.removeIf(x -> x[0] == key && x[1] == v);
                    assertTrue(removed, "popped an item with key " + key + " that was not queued");
                    now = key;
                }
            }
            assertTrue(q.isEmpty());
        }
    }

    @Test
    void keyBelowTheLastPoppedComesOutNextWithItsOwnKey() {
        BucketQueue q = new BucketQueue(1);
        q.push(5.5, 1);
        q.push(9, 2);
        assertEquals(5.5, q.minKey());
        assertEquals(1, q.pop());
        q.push(5.25, 3);
        q.push(5.75, 4);
        assertEquals(5.25, q.minKey());
        assertEquals(3, q.pop());
        q.push(2, 5);
        assertEquals(2, q.minKey());
        assertEquals(5, q.pop());
        assertEquals(4, q.pop());
        assertEquals(2, q.pop());
        assertTrue(q.isEmpty());
        assertThrows(IllegalStateException.class, q::pop);
    }

    @Test
    void rejectsBadWidths() {
        assertThrows(IllegalArgumentException.class, () -> new BucketQueue(0));
        assertThrows(IllegalArgumentException.class, () -> new BucketQueue(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new BucketQueue(Double.POSITIVE_INFINITY));
    }
}
