package qtool.decoders;

import java.util.Arrays;

/**
 * Solves the matching on the candidate pairs found by {@link BallGrowth#growExact}: keeps the
 * shortest discovery per pair, splits events into connected components of the candidate graph
 * and matches each component on its own, which is exact because no candidate joins two
 * components. One event goes to the boundary; small components use {@link SubsetMatcher}, larger
 * ones {@link BlossomMatcher} (an own blossom implementation). Mutable per-thread scratch.
 */
final class CandidateMatching {
    private final SubsetMatcher subsets = new SubsetMatcher();
    private final BlossomMatcher blossom = new BlossomMatcher();
    private final LocalProblem problem = new LocalProblem();

    private double cost;
    private int[] mate = new int[16];
    private final DisjointSets sets = new DisjointSets();
    private int[] local = new int[16];
    private int[] members = new int[16];
    private int[] memberStart = new int[17];
    private int[] stamp = new int[16];
    private int[] bestOf = new int[16];
    private int[] order = new int[64];
    private int[] pairs = new int[64];
    private int[] pairOrder = new int[64];
    private int[] localEdgeToDiscovery = new int[64];

    /**
     * Computes the matching; afterwards {@link #mate} gives, per event, {@link BallGrowth#BOUNDARY}
     * or the discovery it is matched along, and {@link #cost} its cost. False when a component
     * without boundary has no perfect matching on the candidates.
     */
    boolean solve(BallGrowth balls) {
        cost = 0;
        int k = balls.numEvents();
        ensureEvents(k);
        int pairCount = uniquePairs(balls, k);
        sets.reset(k);
        for (int t = 0; t < pairCount; t++) {
            int s = pairs[t];
            sets.union(balls.discoveryA(s), balls.discoveryB(s));
        }
        // Events grouped by component root (counting sort), pairs likewise.
        Arrays.fill(memberStart, 0, k + 1, 0);
        for (int i = 0; i < k; i++) {
            memberStart[sets.find(i) + 1]++;
        }
        for (int r = 0; r < k; r++) {
            memberStart[r + 1] += memberStart[r];
        }
        int[] fill = Arrays.copyOf(memberStart, k);
        for (int i = 0; i < k; i++) {
            int r = sets.find(i);
            local[i] = fill[r] - memberStart[r];
            members[fill[r]++] = i;
        }
        int[] pairStart = new int[k + 1];
        for (int t = 0; t < pairCount; t++) {
            pairStart[sets.find(balls.discoveryA(pairs[t])) + 1]++;
        }
        for (int r = 0; r < k; r++) {
            pairStart[r + 1] += pairStart[r];
        }
        if (pairOrder.length < pairCount) {
            pairOrder = new int[pairCount * 2];
        }
        int[] pfill = Arrays.copyOf(pairStart, k);
        for (int t = 0; t < pairCount; t++) {
            pairOrder[pfill[sets.find(balls.discoveryA(pairs[t]))]++] = pairs[t];
        }
        for (int r = 0; r < k; r++) {
            int size = memberStart[r + 1] - memberStart[r];
            if (size > 0 && !solveComponent(balls, r, size, pairStart[r], pairStart[r + 1])) {
                return false;
            }
        }
        return true;
    }

    /** Cost of the last solution. */
    double cost() {
        return cost;
    }

    private boolean solveComponent(BallGrowth balls, int root, int size, int pairFrom, int pairTo) {
        int first = members[memberStart[root]];
        if (size == 1) {
            mate[first] = BallGrowth.BOUNDARY;
            cost += balls.boundaryDistance(first);
            return cost < Double.POSITIVE_INFINITY;
        }
        LocalProblem p = problem;
        p.reset(size);
        for (int t = 0; t < size; t++) {
            p.boundaryCost[t] = balls.boundaryDistance(members[memberStart[root] + t]);
        }
        if (localEdgeToDiscovery.length < pairTo - pairFrom) {
            localEdgeToDiscovery = new int[2 * (pairTo - pairFrom)];
        }
        for (int t = pairFrom; t < pairTo; t++) {
            int s = pairOrder[t];
            int e = p.addEdge(local[balls.discoveryA(s)], local[balls.discoveryB(s)], balls.discoveryLength(s));
            localEdgeToDiscovery[e] = s;
        }
        boolean ok = size <= SubsetMatcher.MAX_EVENTS ? subsets.solve(p) : blossom.solve(p);
        if (!ok) {
            return false;
        }
        cost += p.cost();
        for (int t = 0; t < size; t++) {
            int e = p.choice[t];
            mate[members[memberStart[root] + t]] = e < 0 ? BallGrowth.BOUNDARY : localEdgeToDiscovery[e];
        }
        return true;
    }

    /** Fills {@code pairs} with the shortest discovery of each distinct event pair; returns their count. */
    private int uniquePairs(BallGrowth balls, int k) {
        int found = balls.discoveries();
        if (order.length < found) {
            order = new int[found * 2];
            pairs = new int[found * 2];
        }
        int[] start = new int[k + 1];
        for (int s = 0; s < found; s++) {
            start[Math.min(balls.discoveryA(s), balls.discoveryB(s)) + 1]++;
        }
        for (int i = 0; i < k; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, k);
        for (int s = 0; s < found; s++) {
            order[fill[Math.min(balls.discoveryA(s), balls.discoveryB(s))]++] = s;
        }
        Arrays.fill(stamp, 0, k, -1);
        int count = 0;
        for (int lo = 0; lo < k; lo++) {
            int begin = count;
            for (int t = start[lo]; t < start[lo + 1]; t++) {
                int s = order[t];
                int hi = balls.discoveryA(s) + balls.discoveryB(s) - lo;
                if (stamp[hi] != lo) {
                    stamp[hi] = lo;
                    bestOf[hi] = count;
                    pairs[count++] = s;
                } else if (balls.discoveryLength(s) < balls.discoveryLength(pairs[bestOf[hi]])) {
                    pairs[bestOf[hi]] = s;
                }
            }
            assert count - begin <= k;
        }
        return count;
    }

    int mate(int event) {
        return mate[event];
    }

    private void ensureEvents(int k) {
        if (mate.length < k) {
            int n = 2 * k;
            mate = new int[n];
            local = new int[n];
            members = new int[n];
            memberStart = new int[n + 1];
            stamp = new int[n];
            bestOf = new int[n];
        }
    }


}
