package qtool.decoders;

/**
 * Disjoint sets over 0..n−1 with path halving, as scratch reused across shots: {@link #reset}
 * makes n singletons without reallocating when the capacity suffices. Matchers use it to split a
 * shot's events into independent components.
 */
final class DisjointSets {
    private int[] parent = new int[16];

    /** n singletons. */
    void reset(int n) {
        if (parent.length < n) {
            parent = new int[Math.max(n, 2 * parent.length)];
        }
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }
}
