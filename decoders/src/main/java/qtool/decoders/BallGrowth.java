package qtool.decoders;

import java.util.Arrays;

/**
 * Grows one shortest-path ball around every detection event of a shot and reports where balls
 * meet. Two balls of radii r(u), r(v) meet (a node in
 * both, or an edge from one to the other) whenever d(u,v) < r(u) + r(v): on a shortest u–v path
 * the last node closer than r(u) to u is in u's ball and the node after it is closer than r(v) to
 * v. The meeting found on that path gives d(u,v) exactly; other meetings give upper bounds. Every
 * such meeting is recorded as a <em>discovery</em> (u, v, length, the two ball entries and the
 * edge between them, so the path can be rebuilt).
 *
 * <p>Three ways of growing:
 * <ul>
 * <li>{@link #growGreedy}: all balls grow at the same rate, in one priority queue; two growing balls that meet are matched
 * and stop, a ball reaching its boundary distance is matched to the boundary and stops, a ball
 * meeting a frozen one takes it over if that one went to the boundary and otherwise gets stuck.
 * The final radii y(u) are a feasible dual: no discovery is shorter than y(u) + y(v) and y(u) ≤
 * b(u), and pairs not discovered have d ≥ y(u) + y(v) by the meeting argument above, so checking
 * the discoveries is enough. Every matching then costs at least Σ y. With no ball stuck, every
 * match is tight and the greedy matching costs exactly Σ y, so it is optimal. At low error rates
 * that is the common case and the balls stay tiny.
 * <li>{@link #growExact}: balls grow one after the other (see {@link MatchingDijkstra}) far enough
 * that every pair within a reduced-cost budget is discovered (see there), so the discoveries are a
 * complete candidate set for an exact solver.
 * <li>{@link #growOn}: after a greedy growth, one ball at a time grows by its next frontier
 * distance, from its own queue, when the single-pass solver needs it ({@link SinglePassMatching});
 * meetings are recorded as in the greedy growth.
 * </ul>
 * Paths never pass through the boundary node: such a pair is never cheaper than two boundary matches.
 * Mutable per-thread scratch; {@link #load} resets in O(touched).
 */
final class BallGrowth {
    /** Relative slack for comparisons of path lengths summed in different orders. */
    static final double TOLERANCE = 1e-11;
    /** Relative slack when deciding what to keep: keeping a little more is harmless. */
    static final double KEEP_SLACK = 1e-9;

    static final int UNMATCHED = -2;
    static final int BOUNDARY = -1;
    /** Greedy growth: the ball touched a ball frozen in a pair and had to stop, unmatched. */
    static final int STUCK = -3;

    /** {@link #growGreedy} results. */
    static final int OPTIMAL = 0;
    static final int DUAL_FEASIBLE = 1;
    static final int GAVE_UP = 2;

    private final FlatAdjacency g;
    private final BoundaryDistances boundary;
    private final BallStore store;
    private final BucketQueue heap;
    private final MatchingDijkstra search;
    /** Per node: the event whose centre it is, or -1. */
    private final int[] eventAt;
    /** Per event j, the best crossing of the ball being grown alone into ball j (valid when stamped). */
    private int[] crossStamp = new int[0];
    private int crossRound;
    private int[] crossed = new int[0];
    private int crossedCount;
    private double[] crossLength = new double[0];
    private int[] crossEntryI = new int[0];
    private int[] crossEntryJ = new int[0];
    private int[] crossSlot = new int[0];
    /** Per node in the ball being grown alone: its store entry. */
    private final int[] ownEntry;
    /** {@link #settle}'s scratch: the adjacency slots of one node that lead to an entry. */
    private final int[] slotHits;

    private int k;
    private int[] eventNode = new int[16];
    private double[] radius = new double[16];
    private double[] limit = new double[16];
    private double[] dual = new double[16];
    private double[] savedDual = new double[16];
    private double gap = Double.POSITIVE_INFINITY;
    private int[] mate = new int[16];
    private int remaining;
    private boolean greedy;
    /** {@link #growOn}: balls grow one at a time from their own frontiers; changed discoveries are listed. */
    private boolean lazy;
    private final BallFrontiers frontiers = new BallFrontiers();
    private boolean[] frontierBuilt = new boolean[16];
    private int[] changed = new int[64];
    private int changedCount;

    /** Above this many events the per-pair index below would be too big; duplicates are kept then. */
    private static final int MAX_PAIR_INDEX_EVENTS = 1500;
    /** Per ordered event pair (i·k + j, i < j): its discovery, valid when the stamp is current. */
    private int[] pairStamp = new int[0];
    private int[] pairSlot = new int[0];
    private int generation;

    private int found;
    private int[] foundA = new int[64];
    private int[] foundB = new int[64];
    private int[] foundEntryA = new int[64];
    private int[] foundEntryB = new int[64];
    private int[] foundEdge = new int[64];
    private double[] foundLength = new double[64];

    BallGrowth(FlatAdjacency g, BoundaryDistances boundary) {
        this.g = g;
        this.boundary = boundary;
        this.store = new BallStore(g.numNodes);
        this.heap = new BucketQueue(BucketQueue.widthFor(g));
        this.search = new MatchingDijkstra(g);
        this.eventAt = new int[g.numNodes];
        this.ownEntry = new int[g.numNodes];
        int degree = 0;
        for (int v = 0; v < g.numNodes; v++) {
            degree = Math.max(degree, g.start[v + 1] - g.start[v]);
        }
        this.slotHits = new int[degree];
        Arrays.fill(eventAt, -1);
    }

    /** Starts a shot: events are detector indices; resets what the previous shot touched. */
    void load(int[] events, int count) {
        for (int i = 0; i < k; i++) {
            eventAt[eventNode[i]] = -1;
        }
        if (count > eventNode.length) {
            int n = Math.max(count, 2 * eventNode.length);
            eventNode = new int[n];
            radius = new double[n];
            limit = new double[n];
            dual = new double[n];
            savedDual = new double[n];
            mate = new int[n];
        }
        k = count;
        for (int i = 0; i < count; i++) {
            eventNode[i] = events[i];
            eventAt[events[i]] = i;
            radius[i] = boundary.distance(events[i]);
        }
    }

    private void restart(boolean greedyMode) {
        store.clear(k);
        heap.clear();
        found = 0;
        greedy = greedyMode;
        lazy = false;
        if (k <= MAX_PAIR_INDEX_EVENTS && k * k > pairStamp.length) {
            pairStamp = new int[Math.max(k * k, 2 * pairStamp.length)];
            pairSlot = new int[pairStamp.length];
            generation = 0;
        }
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(pairStamp, 0);
            generation = 1;
        }
        remaining = k;
        for (int i = 0; i < k; i++) {
            mate[i] = UNMATCHED;
            dual[i] = 0;
            limit[i] = (greedyMode || gap == Double.POSITIVE_INFINITY ? radius[i] : savedDual[i] + 0.5 * gap)
                    * (1 + KEEP_SLACK);
            int e = store.add(eventNode[i], i, 0, -1, -1, 0);
            store.settled[e] = true;
        }
    }

    /**
     * Greedy growth. OPTIMAL: every event matched and the dual certificate holds, so {@link #mate}
     * describes a minimum-weight matching. DUAL_FEASIBLE: some balls got stuck, but the radii are
     * still a feasible dual, so {@link #dualSum} is a lower bound on every matching's cost.
     * GAVE_UP: neither (a ball grew over a boundary-less part of the graph without a partner).
     */
    int growGreedy() {
        restart(true);
        for (int i = 0; i < k; i++) {
            if (radius[i] < Double.POSITIVE_INFINITY) {
                heap.push(radius[i], special(2 * i + 1));
            }
        }
        for (int i = 0; i < k; i++) {
            settle(i, 0);
        }
        while (remaining > 0 && !heap.isEmpty()) {
            double key = heap.minKey();
            int value = heap.pop();
            if (value >= 0) {
                if (mate[store.ball[value]] == UNMATCHED) {
                    advance(value, key);
                }
            } else {
                int code = -1 - value;
                if ((code & 1) == 1) {
                    int i = code >>> 1;
                    if (mate[i] == UNMATCHED) {
                        mate[i] = BOUNDARY;
                        dual[i] = key;
                        remaining--;
                    }
                } else {
                    pairEvent(code >>> 1, key);
                }
            }
        }
        if (remaining > 0 || !certified()) {
            return GAVE_UP;
        }
        boolean stuck = false;
        for (int i = 0; i < k; i++) {
            savedDual[i] = dual[i];
            stuck |= mate[i] == STUCK;
        }
        return stuck ? DUAL_FEASIBLE : OPTIMAL;
    }

    /**
     * y(i), event i's final radius in the last greedy growth. Every pair with d(u,v) < y(u) +
     * y(v) was discovered there, at its exact distance.
     */
    double greedyDual(int i) {
        return savedDual[i];
    }

    /** Σ y(u) of the last greedy growth: a lower bound on the cost of every matching. */
    double dualSum() {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += savedDual[i];
        }
        return sum;
    }

    /**
     * Two balls touch. Both growing: match them, each with dual half the length. One growing, the
     * other frozen: the growing one's dual is what is left of the length, keeping the pair tight,
     * and then if the frozen one is matched to the boundary, the grower takes it over (the free
     * augmenting path: the boundary absorbs anything later); if it is stuck (unmatched) they pair
     * up; if it is in a pair, the grower cannot go on without alternating trees and gets stuck
     * itself. A touch recorded before one side froze is re-queued at the time it really happens.
     */
    private void pairEvent(int s, double key) {
        int a = foundA[s];
        int b = foundB[s];
        boolean aFree = mate[a] == UNMATCHED;
        boolean bFree = mate[b] == UNMATCHED;
        double length = foundLength[s];
        if (aFree && bFree) {
            mate[a] = s;
            mate[b] = s;
            dual[a] = 0.5 * length;
            dual[b] = 0.5 * length;
            remaining -= 2;
            return;
        }
        if (!aFree && !bFree) {
            return;
        }
        int grower = aFree ? a : b;
        int frozen = aFree ? b : a;
        double touch = length - dual[frozen];
        if (touch > key * (1 + TOLERANCE)) {
            heap.push(touch, special(2 * s));
            return;
        }
        dual[grower] = touch;
        remaining--;
        if (mate[frozen] == BOUNDARY || mate[frozen] == STUCK) {
            mate[frozen] = s;
            mate[grower] = s;
        } else {
            mate[grower] = STUCK;
        }
    }

    private boolean certified() {
        for (int i = 0; i < k; i++) {
            if (dual[i] > radius[i] * (1 + TOLERANCE)) {
                return false;
            }
        }
        for (int s = 0; s < found; s++) {
            double y = dual[foundA[s]] + dual[foundB[s]];
            if (foundLength[s] < y * (1 - TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Exact-candidate growth. Afterwards the discoveries include every pair with d(u,v) < b(u) +
     * b(v) and d(u,v) ≤ y(u) + y(v) + gap, y being the duals of the last greedy growth; pass gap =
     * +∞ for the first condition alone. Why the second is enough: for a feasible dual, any matching
     * costs Σ y plus the reduced costs d(u,v) - y(u) - y(v) ≥ 0 of its pairs, so a matching with a
     * pair of reduced cost above gap = (known matching's cost) - Σ y cannot be better than the
     * known one. Radii y(u) + gap/2 (or b(u) when gap = +∞) reach every such pair from both sides.
     * The caller may also pass a smaller budget: the discoveries then hold every pair of reduced
     * cost up to that budget.
     */
    void growExact(double gap) {
        this.gap = gap;
        restart(false);
        heap.clear();
        for (int u = 0; u < k; u++) {
            growAlone(u);
        }
    }

    /**
     * After a greedy growth that was not optimal: from here on each ball grows alone, on demand,
     * from where the greedy growth left it ({@link #growOn}): its frontier is every entry's next
     * adjacency slot still to be expanded (the greedy queue held it, or the ball froze before
     * reaching it). Discoveries stay, and new or shortened ones are listed ({@link
     * #changedCount}) for the caller to pass on. A ball is complete below its greedy radius
     * {@link #greedyDual} until it grows.
     */
    void startGrowingOn() {
        frontiers.reset(k);
        if (frontierBuilt.length < k) {
            frontierBuilt = new boolean[2 * k];
        }
        Arrays.fill(frontierBuilt, 0, k, false);
        heap.clear();
        greedy = false;
        lazy = true;
        changedCount = 0;
    }

    /**
     * The distance ball v is complete below: every node closer than this to v is in the ball (+∞
     * when it may not grow any more: its boundary distance is reached). Its frontier is built
     * from its entries on first use, so balls that never need to grow cost nothing.
     */
    double frontier(int v) {
        if (!frontierBuilt[v]) {
            buildFrontier(v);
        }
        return frontiers.isEmpty(v) ? Double.POSITIVE_INFINITY : frontiers.minKey(v);
    }

    private void buildFrontier(int v) {
        frontierBuilt[v] = true;
        BallStore st = store;
        double[] w = g.slotWeight;
        for (int e = st.ballHead(v); e >= 0; e = st.ballNext[e]) {
            int a = st.nextSlot[e];
            if (st.settled[e] && a >= 0) {
                frontiers.push(v, st.dist[e] + w[a], e);
            }
        }
    }

    /**
     * Grows ball v by every node at its frontier distance, recording meetings with the other
     * balls as in the greedy growth (a new entry checks its node and neighbours for entries of
     * other balls). So after a call the ball is complete below its new {@link #frontier}, and
     * every pair u, v with d(u, v) below the sum of their frontiers has been discovered at its
     * exact distance: on a shortest u–v path, the last node x closer than frontier(u) to u is in
     * u's ball, the next node z is closer than frontier(v) to v, so in v's ball, and whichever of
     * the two entries came later saw the other across the edge.
     */
    void growOn(int v) {
        BallFrontiers fr = frontiers;
        double d = frontier(v);
        while (!fr.isEmpty(v) && fr.minKey(v) <= d) {
            double key = fr.minKey(v);
            advance(fr.pop(v), key);
        }
    }

    /** Discoveries added or shortened since {@link #startGrowingOn} or the last {@link #clearChanged}. */
    int changedCount() {
        return changedCount;
    }

    int changed(int i) {
        return changed[i];
    }

    void clearChanged() {
        changedCount = 0;
    }

    /**
     * Grows ball u on its own (other balls are in the store already or only their centres are)
     * and records its meetings. Which meetings are enough: take a shortest u–v path and its last
     * node x within u's ball. If x = v, u's ball holds v's centre: a node meeting, exact. Else
     * the next node z lies outside u's ball, so d(u,z) > lim(u), and d(v,z) = d(u,v) - d(u,z) <
     * lim(v) for every pair worth finding (d ≤ lim(u) + lim(v)): z is in v's ball. So edges
     * leaving u's ball into a node of an earlier ball (or another centre) find every pair from
     * the later ball's side; the shortest such meeting per pair is exact. Enumerating every
     * overlap instead is quadratic in how much the balls overlap, which at high error rates
     * dominated everything.
     */
    private void growAlone(int u) {
        if (crossStamp.length < k) {
            int c = 2 * k;
            crossStamp = new int[c];
            crossed = new int[c];
            crossLength = new double[c];
            crossEntryI = new int[c];
            crossEntryJ = new int[c];
            crossSlot = new int[c];
            crossRound = 0;
        }
        if (++crossRound == Integer.MAX_VALUE) {
            Arrays.fill(crossStamp, 0);
            crossRound = 1;
        }
        MatchingDijkstra s = search;
        BallStore st = store;
        s.run(eventNode[u], limit[u]);
        int n = s.settledCount();
        int[] edgeOf = g.edge;
        long[] edgeObs = g.edgeObservables;
        for (int t = 0; t < n; t++) {
            int x = s.settled(t);
            if (t == 0) {
                ownEntry[x] = u;
                continue;
            }
            int from = ownEntry[s.predecessor(x)];
            int edge = edgeOf[s.viaSlot(x)];
            int e = st.add(x, u, s.distance(x), from, edge, st.obs[from] ^ edgeObs[edge]);
            st.settled[e] = true;
            ownEntry[x] = e;
            int v = eventAt[x];
            if (v >= 0) {
                meet(u, v, s.distance(x), e, v, -1);
            }
        }
        int[] start = g.start;
        int[] neighbor = g.neighbor;
        double[] w = g.slotWeight;
        for (int t = 0; t < n; t++) {
            int x = s.settled(t);
            int e = ownEntry[x];
            double de = s.distance(x);
            int end = start[x + 1];
            for (int a = start[x]; a < end; a++) {
                int z = neighbor[a];
                // The boundary node never holds an entry, so its empty chain skips it.
                int first = st.head(z);
                if (first < 0 || s.inBall(z)) {
                    continue;
                }
                double nd = de + w[a];
                for (int f = first; f >= 0; f = st.next[f]) {
                    if (st.ball[f] != u) {
                        crossing(st.ball[f], nd + st.dist[f], e, f, a);
                    }
                }
            }
        }
        for (int t = 0; t < crossedCount; t++) {
            int j = crossed[t];
            meet(u, j, crossLength[j], crossEntryI[j], crossEntryJ[j], edgeOf[crossSlot[j]]);
        }
        crossedCount = 0;
        s.reset();
    }

    /**
     * Keeps the shortest crossing from the ball being grown into ball j; the same pair crosses
     * along many edges, and only the best one per pair goes on to {@link #meet}.
     */
    private void crossing(int j, double length, int entryI, int entryJ, int slot) {
        if (crossStamp[j] != crossRound) {
            crossStamp[j] = crossRound;
            crossed[crossedCount++] = j;
        } else if (!(length < crossLength[j])) {
            return;
        }
        crossLength[j] = length;
        crossEntryI[j] = entryI;
        crossEntryJ[j] = entryJ;
        crossSlot[j] = slot;
    }

    private static int special(int code) {
        return -1 - code;
    }

    /**
     * Greedy growth expands lazily: the heap holds, per settled entry, only its next adjacency
     * slot in weight order (slots are sorted by {@link FlatAdjacency}), keyed by the distance
     * that edge reaches. Popping it settles the neighbour at once (nothing shorter is left) and
     * queues the entry's following slot. Balls mostly stop after a step or two, so queueing
     * every neighbour of every settled node, as a plain Dijkstra does, was mostly wasted work.
     */
    private void advance(int e, double now) {
        BallStore st = store;
        int a = st.nextSlot[e];
        queueNext(e, a + 1);
        int i = st.ball[e];
        int z = g.neighbor[a];
        if (st.find(z, i) >= 0) {
            return;
        }
        int edge = g.edge[a];
        int f = st.add(z, i, now, e, edge, st.obs[e] ^ g.edgeObservables[edge]);
        st.settled[f] = true;
        settle(f, now);
    }

    /** Queues slot a (or the next one not leading to the boundary) of entry e if within its ball's limit. */
    private void queueNext(int e, int a) {
        BallStore st = store;
        int x = st.node[e];
        int end = g.start[x + 1];
        while (a < end && g.neighbor[a] == g.boundary) {
            a++;
        }
        if (a < end) {
            double nd = st.dist[e] + g.slotWeight[a];
            int b = st.ball[e];
            if (nd <= limit[b]) {
                st.nextSlot[e] = a;
                if (lazy) {
                    frontiers.push(b, nd, e);
                } else {
                    heap.push(nd, e);
                }
                return;
            }
        }
        st.nextSlot[e] = -1;
    }

    /** Entry e (settled at distance now) records its meetings with other balls, then starts expanding. */
    private void settle(int e, double now) {
        BallStore st = store;
        int i = st.ball[e];
        int x = st.node[e];
        for (int f = st.head(x); f >= 0; f = st.next[f]) {
            if (f != e) {
                meet(i, st.ball[f], now + st.dist[f], e, f, -1);
            }
        }
        int[] start = g.start;
        int[] neighbor = g.neighbor;
        double[] w = g.slotWeight;
        int end = start[x + 1];
        // Most neighbours hold no entry, and which ones do is unpredictable: a branch per slot
        // cost a misprediction per hit. The slots whose neighbour holds an entry are gathered
        // without branching first (the index is always written, the count only moves past it
        // when the chain head is not -1), then walked in slot order as before. The boundary
        // node never holds an entry (paths do not pass through it).
        int[] hits = slotHits;
        int n = 0;
        for (int a = start[x]; a < end; a++) {
            hits[n] = a;
            n += ~st.head(neighbor[a]) >>> 31;
        }
        for (int h = 0; h < n; h++) {
            int a = hits[h];
            for (int f = st.head(neighbor[a]); f >= 0; f = st.next[f]) {
                int j = st.ball[f];
                if (j != i) {
                    meet(i, j, now + w[a] + st.dist[f], e, f, g.edge[a]);
                }
            }
        }
        queueNext(e, start[x]);
    }

    /**
     * Balls i and j meet along a path of the given length. Only the shortest meeting per pair is
     * kept (overlapping balls meet along many edges); an improvement overwrites it in place, so a
     * queued touch of that pair sees the better length when it surfaces.
     */
    private void meet(int i, int j, double length, int entryI, int entryJ, int edge) {
        if (lazy) {
            if (length > (radius[i] + radius[j]) * (1 + KEEP_SLACK)) {
                return;
            }
        } else if (!greedy && (!(length < (radius[i] + radius[j]) * (1 - TOLERANCE))
                || length > (savedDual[i] + savedDual[j] + gap) * (1 + KEEP_SLACK))) {
            return;
        }
        int s = -1;
        if (k <= MAX_PAIR_INDEX_EVENTS) {
            int index = i < j ? i * k + j : j * k + i;
            if (pairStamp[index] == generation) {
                s = pairSlot[index];
                if (!(length < foundLength[s])) {
                    return;
                }
            } else {
                pairStamp[index] = generation;
                pairSlot[index] = found;
            }
        }
        if (s < 0) {
            s = found;
            record();
        }
        foundA[s] = i;
        foundB[s] = j;
        foundEntryA[s] = entryI;
        foundEntryB[s] = entryJ;
        foundEdge[s] = edge;
        foundLength[s] = length;
        if (lazy) {
            if (changedCount == changed.length) {
                changed = Arrays.copyOf(changed, 2 * changedCount);
            }
            changed[changedCount++] = s;
        }
        if (greedy) {
            // Queued at the earliest time the balls could touch; pairEvent sorts out frozen sides.
            double touch = mate[j] == UNMATCHED ? 0.5 * length : length - dual[j];
            heap.push(touch, special(2 * s));
        }
    }

    /** Appends a discovery slot (filled by the caller). */
    private void record() {
        if (found == foundA.length) {
            int n = found * 2;
            foundA = Arrays.copyOf(foundA, n);
            foundB = Arrays.copyOf(foundB, n);
            foundEntryA = Arrays.copyOf(foundEntryA, n);
            foundEntryB = Arrays.copyOf(foundEntryB, n);
            foundEdge = Arrays.copyOf(foundEdge, n);
            foundLength = Arrays.copyOf(foundLength, n);
        }
        found++;
    }

    int numEvents() {
        return k;
    }

    int eventNode(int i) {
        return eventNode[i];
    }

    /** An upper bound on the length of any pair of event i worth matching (see {@link BoundaryDistances#span}). */
    double span(int i) {
        return boundary.span(eventNode[i]);
    }

    /** b(i), the boundary distance of event i (+∞ when it cannot reach the boundary). */
    double boundaryDistance(int i) {
        return radius[i];
    }

    /** After a successful greedy growth: BOUNDARY or the discovery event i is matched along. */
    int greedyMate(int i) {
        return mate[i];
    }

    int discoveries() {
        return found;
    }

    int discoveryA(int s) {
        return foundA[s];
    }

    int discoveryB(int s) {
        return foundB[s];
    }

    double discoveryLength(int s) {
        return foundLength[s];
    }

    /** Observables flipped along the path of discovery s. */
    long discoveryObservables(int s) {
        long o = store.obs[foundEntryA[s]] ^ store.obs[foundEntryB[s]];
        return foundEdge[s] >= 0 ? o ^ g.edgeObservables[foundEdge[s]] : o;
    }

    /** Feeds the edges of discovery s's path to the sink. */
    void discoveryEdges(int s, EdgeSink sink) {
        for (int e = foundEntryA[s]; store.predEntry[e] >= 0; e = store.predEntry[e]) {
            sink.accept(store.predEdge[e]);
        }
        if (foundEdge[s] >= 0) {
            sink.accept(foundEdge[s]);
        }
        for (int e = foundEntryB[s]; store.predEntry[e] >= 0; e = store.predEntry[e]) {
            sink.accept(store.predEdge[e]);
        }
    }

    /** Receives edge indices. */
    interface EdgeSink {
        void accept(int edge);
    }
}
