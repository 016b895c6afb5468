package qtool.dem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates independent error mechanisms keyed by their target list (symptoms, with
 * {@link DemTarget#SEPARATOR}s when decomposed). Two independent mechanisms with the same key
 * fire together as one whose probability is {@code p1 (1 - p2) + p2 (1 - p1)} (an odd number of
 * them fires), which is how Stim merges them.
 */
final class ErrorTable {
    /** A {@code long[]} with value equality, for use as a map key. */
    record Key(long[] targets) implements Comparable<Key> {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(targets, k.targets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(targets);
        }

        /** Lexicographic over packed targets, a prefix first: Stim's listing order. */
        @Override
        public int compareTo(Key o) {
            return Arrays.compare(targets, o.targets);
        }
    }

    private final Map<Key, double[]> probabilities = new HashMap<>();

    void add(double p, long[] targets) {
        double[] old = probabilities.computeIfAbsent(new Key(targets), k -> new double[1]);
        old[0] = old[0] * (1 - p) + (1 - old[0]) * p;
    }

    void remove(long[] targets) {
        probabilities.remove(new Key(targets));
    }

    double get(long[] targets) {
        double[] p = probabilities.get(new Key(targets));
        return p == null ? 0 : p[0];
    }

    /** Keys with a non-zero probability and at least one target, in ascending order. */
    List<Key> sortedKeys() {
        List<Key> keys = new ArrayList<>();
        for (Map.Entry<Key, double[]> e : probabilities.entrySet()) {
            if (e.getValue()[0] != 0 && e.getKey().targets.length > 0) {
                keys.add(e.getKey());
            }
        }
        keys.sort(null);
        return keys;
    }
}
