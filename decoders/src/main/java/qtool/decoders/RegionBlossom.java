package qtool.decoders;

/**
 * Exact minimum-cost matching with boundary on an explicit sparse graph of candidate pairs, by
 * the primal-dual blossom algorithm in the "growing regions" form of sparse blossom (Higgott and
 * Gidney, arXiv:2303.15933): every event is a region whose radius changes with a global time;
 * unmatched regions are roots of alternating trees; outer regions grow, inner ones shrink, all
 * others stand still. Events, in time order: a candidate pair becomes tight between two regions
 * (grow a tree, form a blossom, or augment), an event's boundary edge becomes tight (augment to
 * the boundary), an inner blossom's own radius reaches zero (shatter it). The boundary is a
 * partner that never runs out: a region matched to it is, for a tree that reaches it, as good as
 * a free one.
 *
 * <p>Duals in radius form: R(v) is the sum of the radii of the regions nested around event v.
 * The algorithm keeps R(u) + R(v) - 2·(radii of the blossoms holding both) ≤ cost(u, v) on every
 * pair it was given and R(v) ≤ boundary cost; at the end every matched pair and boundary edge is
 * tight, so the matching is optimal for the given pairs, and the duals certify it against any
 * other pair that satisfies the same inequality (which {@link SinglePassMatching} ensures for every pair
 * of the graph by revealing pairs as the events' balls grow).
 *
 * <p>Costs are even integers (longs). Every region that takes part in a tree has a radius of the
 * same parity as the time, so two growing regions always meet at an integer time: comparisons are
 * exact, no tolerance is needed. Inside a blossom the matching is implicit: given the child that
 * is matched outside, the cycle's other children pair off along every second cycle edge; it is
 * resolved only at the end. Mutable per-thread scratch, reused between calls.
 *
 * <p>This class is the entry point and the event loop; the parts are {@link BlossomProblem} (the
 * pairs and boundary costs as given), {@link RegionTable} (every region's radius, label, tree
 * links and partner), {@link EventSchedule} (when the next pair or boundary edge tightens),
 * {@link AlternatingTrees} (what a tight pair does to the trees) and {@link BlossomCycles}
 * (forming, shattering and finally unfolding blossoms).
 */
final class RegionBlossom {
    static final long NO_BOUNDARY = Long.MAX_VALUE;
    /** {@link #warmStart} partner codes: matched to the boundary, or unmatched. */
    static final int START_BOUNDARY = -1;
    static final int START_FREE = -2;
    /** {@link #setFrontier}: the event has no frontier. */
    static final long NO_FRONTIER = Long.MAX_VALUE;
    /** {@link #run} results other than an event whose frontier was reached. */
    static final int DONE = -1;
    static final int NO_MATCHING = -2;

    private final BlossomProblem problem = new BlossomProblem();
    private final RegionTable table = new RegionTable();
    private final EventSchedule schedule = new EventSchedule(problem, table);
    private final BlossomCycles blossoms = new BlossomCycles(table, schedule);
    private final AlternatingTrees trees = new AlternatingTrees(problem, table, schedule, blossoms);
    private int[] vertexMate = new int[16];
    /** Between {@link #start} and {@link #finish}. */
    private boolean started;

    /** Starts a problem with {@code events} events, no pairs, and no boundary. */
    void reset(int events) {
        problem.reset(events);
        if (vertexMate.length < events) {
            vertexMate = new int[2 * events];
        }
    }

    /**
     * Optionally, before {@link #solve}: event v starts with radius {@code radius} and matched
     * along pair {@code mateEdge} (or START_BOUNDARY, or START_FREE), instead of every event
     * starting free at radius 0. A feasible dual with a matching whose pairs are tight is a valid
     * middle state of the algorithm, so only the free events grow trees, which is much less work
     * when most events are matched already (see {@link WarmStart} for how a start that is not
     * quite feasible is repaired). Give it for every event or for none.
     */
    void warmStart(int v, long radius, int mateEdge) {
        problem.warmStart(v, radius, mateEdge);
    }

    /** The cost of matching event v to the boundary, an even integer (or NO_BOUNDARY). */
    void setBoundaryCost(int v, long cost) {
        problem.boundaryCost[v] = cost;
    }

    /** Adds candidate pair (u, v) with an even cost ≥ 0; returns its index. */
    int addEdge(int u, int v, long cost) {
        return problem.addEdge(u, v, cost);
    }

    /**
     * Solves the problem; false when some events cannot be matched at all (a part without
     * boundary with an odd number of events). Frontiers must not be set for this form.
     */
    boolean solve() {
        start();
        int result = run();
        if (result == NO_MATCHING) {
            return false;
        }
        if (result != DONE) {
            throw new IllegalStateException("event " + result + " reached a frontier, but solve() takes none");
        }
        finish();
        return true;
    }

    /**
     * Sets up the regions from the pairs, boundary costs and starting state given so far; then
     * {@link #run} solves, and pairs may be added ({@link #addLiveEdge}), shortened ({@link
     * #lowerCost}) and frontiers moved ({@link #setFrontier}) whenever run returns an event.
     */
    void start() {
        BlossomProblem p = problem;
        RegionTable rt = table;
        int k = p.k;
        p.buildAdjacency();
        rt.clear(k);
        schedule.clear();
        if (p.warm) {
            WarmStart.repair(k, p.m, p.edgeU, p.edgeV, p.edgeCost, p.boundaryCost, p.startRadius, p.startMate);
        }
        int unmatched = 0;
        for (int v = 0; v < k; v++) {
            int r = rt.newRegion();
            rt.treeHead[v] = -1;
            rt.inner[v] = 0;
            rt.topOf[v] = v;
            if (p.warm && p.startMate[v] != START_FREE) {
                rt.r0[r] = p.startRadius[v];
                int e = p.startMate[v];
                if (e == START_BOUNDARY) {
                    rt.setMate(r, v, RegionTable.TO_BOUNDARY, -1);
                } else {
                    rt.setMate(r, v, p.other(e, v), e);
                }
            } else {
                rt.r0[r] = p.warm ? p.startRadius[v] : 0;
                rt.label[r] = RegionTable.OUTER;
                rt.slope[r] = 1;
                rt.tree[r] = v;
                rt.addToTree(v, r);
                unmatched++;
            }
        }
        trees.unmatched = unmatched;
        // Only growing regions make pairs tighten; a pair between a tree and a matched region is
        // queued from the tree's side, so matched events of a warm start need no queueing yet.
        for (int v = 0; v < k; v++) {
            if (rt.label[v] == RegionTable.OUTER) {
                schedule.schedule(v);
            }
        }
        started = true;
    }

    /**
     * Runs the events in time order until every event is matched (DONE), no matching exists
     * (NO_MATCHING), or an event's radius reaches its frontier: then that event is returned, and
     * the caller sets its new frontier before calling run again.
     */
    int run() {
        RegionTable rt = table;
        while (trees.unmatched > 0) {
            if (schedule.isEmpty()) {
                return NO_MATCHING;
            }
            long t = schedule.firstTime();
            int value = schedule.pop();
            rt.now = t;
            int id = value >>> 2;
            if ((value & 3) == EventSchedule.KIND_VERTEX) {
                if (vertexEvent(id)) {
                    return id;
                }
            } else {
                blossoms.shatterEvent(id);
            }
        }
        return DONE;
    }

    /** After {@link #run} returned DONE: resolves the matching inside blossoms. */
    void finish() {
        blossoms.resolveMatching(vertexMate);
        started = false;
    }

    /**
     * Event v's frontier cost (even, or NO_FRONTIER): before {@link #start}, or while solving,
     * after run returned v.
     */
    void setFrontier(int v, long cost) {
        problem.frontierCost[v] = cost;
        if (started) {
            schedule.schedule(v);
        }
    }

    /**
     * Adds pair (u, v) while solving. A pair's cost below R(u) + R(v) - 2·(shared radii) can only
     * come from rounding to the grid (see {@link SinglePassMatching}); it is raised to that.
     */
    int addLiveEdge(int u, int v, long cost) {
        int e = problem.addLiveEdge(u, v, feasible(u, v, cost));
        schedule.schedule(u);
        schedule.schedule(v);
        return e;
    }

    /** Lowers pair e's cost while solving (a shorter path was found), as far as the radii allow. */
    void lowerCost(int e, long cost) {
        BlossomProblem p = problem;
        int u = p.edgeU[e];
        int v = p.edgeV[e];
        long c = feasible(u, v, cost);
        if (c < p.edgeCost[e]) {
            p.setCost(e, c);
            schedule.schedule(u);
            schedule.schedule(v);
        }
    }

    private long feasible(int u, int v, long cost) {
        RegionTable rt = table;
        return Math.max(cost, rt.total(u) + rt.total(v) - 2 * rt.sharedRadius(u, v));
    }

    /** Event v surfaced from the queue: acts on its tight pair or boundary edge, then queues it again; true when its frontier was reached instead. */
    private boolean vertexEvent(int v) {
        if (!schedule.tightNow(v)) {
            return false;
        }
        int e = schedule.nextEdge;
        if (e == EventSchedule.FRONTIER) {
            return true;
        }
        if (e >= 0) {
            trees.edgeEvent(e);
        } else {
            trees.boundaryEvent(v);
        }
        schedule.schedule(v);
        return false;
    }

    /** After {@link #solve}: the pair index event v is matched along, or -1 for the boundary. */
    int mateEdge(int v) {
        return vertexMate[v];
    }

    /** After {@link #solve}: R(v), the total radius of the regions around event v. */
    long totalRadius(int v) {
        return table.total(v);
    }

    /** After {@link #solve}: the radii of the blossoms holding both u and v (counted once). */
    long sharedRadius(int u, int v) {
        return table.sharedRadius(u, v);
    }
}
