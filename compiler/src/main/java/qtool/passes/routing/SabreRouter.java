package qtool.passes.routing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The SABRE swap search of Li, Ding and Xie, "Tackling the Qubit Mapping Problem for NISQ-Era
 * Quantum Devices" (ASPLOS 2019, arXiv:1809.02573), shared by {@link SabreSwap} (which turns its
 * decisions into a circuit) and {@link SabreLayout} (which only wants the final permutation and
 * the SWAP count).
 *
 * <p>The front layer F holds the two-qubit gates whose predecessors have all run but whose qubits
 * are not adjacent; everything else runs as soon as it is ready. While F is not empty, every SWAP on
 * an edge touching a qubit of F is scored with the paper's heuristic
 * {@code H = max(decay(p), decay(q)) · (Σ_F D / |F| + W · Σ_E D / |E|)}, where E is the extended
 * set (the next {@link #EXTENDED_SIZE} two-qubit gates found by walking the DAG past F) and D is
 * hop distance under the layout after the SWAP. The decay factor of a qubit grows by
 * {@link #DECAY_DELTA} each time it is swapped, which spreads SWAPs over qubits so they can run in
 * parallel; it resets after every executed gate and every {@link #DECAY_RESET} SWAPs. Equal scores
 * are broken by a seeded {@link SplittableRandom} over the candidates in an order fixed by the run's
 * state, so a seed fixes the result. Should {@link #maxSwapsWithoutProgress} SWAPs pass without any gate running (the
 * heuristic can oscillate), they are undone and the oldest front gate is walked along a shortest
 * path instead: the release valve that guarantees termination.
 *
 * <p>Cost per SWAP: O(|F| + c·(1 + k)) for c candidate edges (at most the sum of degrees of F's
 * qubits) and k extended-set gates per qubit (usually 0–2, at most |E|), because a candidate's score
 * is updated incrementally: only gates on the two swapped qubits change distance. The extended set is rebuilt only when F changes, walking at most
 * {@link #MAX_LOOKAHEAD_VISITS} nodes. Memory O(n + N) for n gates and N physical qubits, plus the
 * recorded operations.
 */
final class SabreRouter {
    /** Size of the lookahead (extended) set, the paper's |E|. */
    static final int EXTENDED_SIZE = 20;
    /** Weight W of the lookahead term. */
    static final double EXTENDED_WEIGHT = 0.5;
    /** Growth of a qubit's decay factor per SWAP on it. */
    static final double DECAY_DELTA = 0.001;
    /** SWAPs after which decay factors return to 1 even without progress. */
    static final int DECAY_RESET = 5;
    /** Bound on DAG nodes walked to fill the extended set, so long one-qubit chains cannot make it quadratic. */
    static final int MAX_LOOKAHEAD_VISITS = 2000;

    /** What one routing run produced. */
    static final class Result {
        /** Final position of every virtual qubit, ancillas included. */
        final int[] finalLayout;
        final int swaps;
        /**
         * The schedule when recorded, else null: a value {@code i ≥ 0} runs DAG node i, a value
         * {@code -(e + 1)} is a SWAP on coupling edge e.
         */
        final int[] ops;

        Result(int[] finalLayout, int swaps, int[] ops) {
            this.finalLayout = finalLayout;
            this.swaps = swaps;
            this.ops = ops;
        }
    }

    private final CouplingGraph graph;
    private final RoutingDag dag;
    private final int maxSwapsWithoutProgress;

    SabreRouter(CouplingGraph graph, RoutingDag dag) {
        // Qiskit's choice, and ample: a gate at distance d needs d - 1 SWAPs, d < N.
        this(graph, dag, Math.max(10, 10 * graph.numQubits()));
    }

    /** With an explicit release-valve threshold (tests use tiny ones to exercise the valve). */
    SabreRouter(CouplingGraph graph, RoutingDag dag, int maxSwapsWithoutProgress) {
        this.graph = graph;
        this.dag = dag;
        this.maxSwapsWithoutProgress = maxSwapsWithoutProgress;
    }

    /**
     * Routes the whole DAG from {@code initialLayout} (virtual → physical over all N physical
     * qubits, ancillas included), breaking ties with {@code seed}.
     */
    Result route(int[] initialLayout, long seed, boolean record) {
        return new Run(initialLayout, seed, record).go();
    }

    /** The mutable state of one routing run. */
    private final class Run {
        private final int n = graph.numQubits();
        private final int[] dist = graph.distanceView();
        private final int[] v2p;
        private final int[] p2v;
        private final int[] pending = dag.predCounts();
        private final SplittableRandom rng;
        private final RoutingDag.IntList ops;

        /**
         * Ready nodes as a binary min-heap on node index: running them in source order whenever
         * the DAG allows keeps the output close to the input (identical when no SWAP is needed).
         */
        private final int[] ready;
        private int readySize;

        private final int[] front;
        private int frontSize;
        /** Front gate touching each virtual qubit, or -1; front gates never share a qubit. */
        private final int[] frontOfVirtual;
        private final int[] frontIndex;

        private final int[] extA = new int[EXTENDED_SIZE];
        private final int[] extB = new int[EXTENDED_SIZE];
        private int extSize;
        /**
         * Extended-set gates per virtual qubit as linked lists of slots ({@code 2i} is gate i's
         * first qubit, {@code 2i + 1} its second), so a candidate visits only the gates it moves.
         */
        private final int[] extHead;
        private final int[] extNextSlot = new int[2 * EXTENDED_SIZE];
        private boolean extStale = true;
        private final int[] lookCount;
        private final int[] lookQueue;

        private final double[] decay;
        private final RoutingDag.IntList undo = new RoutingDag.IntList(16);
        private int swaps;
        private int swapsSinceDecayReset;

        private final int[] candidateStamp;
        private int stamp;
        private int[] candidates = new int[16];
        private int[] ties = new int[16];

        Run(int[] initialLayout, long seed, boolean record) {
            if (initialLayout.length != n) {
                throw new IllegalArgumentException("layout covers " + initialLayout.length + " qubits, device has " + n);
            }
            v2p = initialLayout.clone();
            p2v = new int[n];
            Arrays.fill(p2v, -1);
            for (int v = 0; v < n; v++) {
                p2v[v2p[v]] = v;
            }
            rng = new SplittableRandom(seed);
            ops = record ? new RoutingDag.IntList(dag.size() + dag.size() / 2) : null;
            ready = new int[dag.size()];
            front = new int[n];
            frontOfVirtual = new int[n];
            Arrays.fill(frontOfVirtual, -1);
            frontIndex = new int[dag.size()];
            lookCount = new int[dag.size()];
            lookQueue = new int[Math.min(dag.size(), MAX_LOOKAHEAD_VISITS + n)];
            extHead = new int[n];
            Arrays.fill(extHead, -1);
            decay = new double[n];
            Arrays.fill(decay, 1.0);
            candidateStamp = new int[graph.numEdges()];
        }

        Result go() {
            for (int node = 0; node < dag.size(); node++) {
                if (pending[node] == 0) {
                    pushReady(node);
                }
            }
            drain();
            while (frontSize > 0) {
                if (undo.size() >= maxSwapsWithoutProgress) {
                    releaseValve();
                    continue;
                }
                if (extStale) {
                    buildExtendedSet();
                }
                int e = chooseSwap();
                swap(e);
                undo.add(e);
                int p = graph.edgeLow(e);
                int q = graph.edgeHigh(e);
                decay[p] += DECAY_DELTA;
                decay[q] += DECAY_DELTA;
                if (++swapsSinceDecayReset >= DECAY_RESET) {
                    resetDecay();
                }
                boolean ran = tryFront(frontOfVirtual[p2v[p]]);
                ran |= tryFront(frontOfVirtual[p2v[q]]);
                if (ran) {
                    drain();
                }
            }
            return new Result(v2p.clone(), swaps, ops == null ? null : ops.toArray());
        }

        private boolean adjacent(int node) {
            return dist[v2p[dag.qubitA(node)] * n + v2p[dag.qubitB(node)]] == 1;
        }

        /** Runs every ready node that can run; parks non-adjacent two-qubit gates in the front. */
        private void drain() {
            while (readySize > 0) {
                int node = popReady();
                if (dag.isTwoQubit(node) && !adjacent(node)) {
                    addFront(node);
                } else {
                    execute(node);
                }
            }
        }

        private void execute(int node) {
            if (ops != null) {
                ops.add(node);
            }
            for (int k = dag.succStart(node); k < dag.succEnd(node); k++) {
                int s = dag.succAt(k);
                if (--pending[s] == 0) {
                    pushReady(s);
                }
            }
            // Progress: the SWAPs since the last gate are now justified, and the decay restarts.
            undo.clear();
            resetDecay();
        }

        private void pushReady(int node) {
            int i = readySize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (ready[parent] <= node) {
                    break;
                }
                ready[i] = ready[parent];
                i = parent;
            }
            ready[i] = node;
        }

        private int popReady() {
            int top = ready[0];
            int last = ready[--readySize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= readySize) {
                    break;
                }
                if (child + 1 < readySize && ready[child + 1] < ready[child]) {
                    child++;
                }
                if (ready[child] >= last) {
                    break;
                }
                ready[i] = ready[child];
                i = child;
            }
            if (readySize > 0) {
                ready[i] = last;
            }
            return top;
        }

        private boolean tryFront(int node) {
            if (node >= 0 && adjacent(node)) {
                removeFront(node);
                execute(node);
                return true;
            }
            return false;
        }

        private void addFront(int node) {
            int a = v2p[dag.qubitA(node)];
            int b = v2p[dag.qubitB(node)];
            if (dist[a * n + b] >= CouplingGraph.UNREACHABLE) {
                throw new IllegalStateException("cannot route two-qubit gate (node " + node + "): physical qubits "
                        + a + " and " + b + " are in different components of the coupling graph");
            }
            frontIndex[node] = frontSize;
            front[frontSize++] = node;
            frontOfVirtual[dag.qubitA(node)] = node;
            frontOfVirtual[dag.qubitB(node)] = node;
            extStale = true;
        }

        private void removeFront(int node) {
            int i = frontIndex[node];
            int last = front[--frontSize];
            front[i] = last;
            frontIndex[last] = i;
            frontOfVirtual[dag.qubitA(node)] = -1;
            frontOfVirtual[dag.qubitB(node)] = -1;
            extStale = true;
        }

        private void resetDecay() {
            // Decay only moves on SWAPs, so after none there is nothing to reset.
            if (swapsSinceDecayReset != 0) {
                Arrays.fill(decay, 1.0);
                swapsSinceDecayReset = 0;
            }
        }

        /**
         * The lookahead: a breadth-first walk from the front that admits a node once all its
         * pending predecessors have been walked, i.e. the layers that would follow if F ran now.
         */
        private void buildExtendedSet() {
            for (int i = 0; i < extSize; i++) {
                extHead[extA[i]] = -1;
                extHead[extB[i]] = -1;
            }
            extSize = 0;
            extStale = false;
            int head = 0;
            int tail = 0;
            for (int i = 0; i < frontSize; i++) {
                lookQueue[tail++] = front[i];
            }
            walk:
            while (head < tail) {
                int u = lookQueue[head++];
                for (int k = dag.succStart(u); k < dag.succEnd(u); k++) {
                    int s = dag.succAt(k);
                    if (++lookCount[s] < pending[s]) {
                        continue;
                    }
                    if (dag.isTwoQubit(s)) {
                        int x = dag.qubitA(s);
                        int y = dag.qubitB(s);
                        extA[extSize] = x;
                        extB[extSize] = y;
                        extNextSlot[2 * extSize] = extHead[x];
                        extHead[x] = 2 * extSize;
                        extNextSlot[2 * extSize + 1] = extHead[y];
                        extHead[y] = 2 * extSize + 1;
                        if (++extSize == EXTENDED_SIZE) {
                            break walk;
                        }
                    }
                    if (tail == lookQueue.length) {
                        break walk;
                    }
                    lookQueue[tail++] = s;
                }
            }
            // Undo the counting; every counted node is a successor of a queued node.
            for (int i = 0; i < tail; i++) {
                int u = lookQueue[i];
                for (int k = dag.succStart(u); k < dag.succEnd(u); k++) {
                    lookCount[dag.succAt(k)] = 0;
                }
            }
        }

        private int chooseSwap() {
            int numCandidates = collectCandidates();
            int frontSum = 0;
            for (int i = 0; i < frontSize; i++) {
                int g = front[i];
                frontSum += dist[v2p[dag.qubitA(g)] * n + v2p[dag.qubitB(g)]];
            }
            int extSum = 0;
            for (int i = 0; i < extSize; i++) {
                extSum += dist[v2p[extA[i]] * n + v2p[extB[i]]];
            }
            double best = Double.POSITIVE_INFINITY;
            int numTies = 0;
            for (int c = 0; c < numCandidates; c++) {
                int e = candidates[c];
                int p = graph.edgeLow(e);
                int q = graph.edgeHigh(e);
                int a = p2v[p];
                int b = p2v[q];
                int frontDelta = 0;
                int ga = frontOfVirtual[a];
                int gb = frontOfVirtual[b];
                if (ga >= 0) {
                    frontDelta += delta(dag.qubitA(ga), dag.qubitB(ga), a, b, p, q);
                }
                if (gb >= 0 && gb != ga) {
                    frontDelta += delta(dag.qubitA(gb), dag.qubitB(gb), a, b, p, q);
                }
                int extDelta = 0;
                for (int slot = extHead[a]; slot >= 0; slot = extNextSlot[slot]) {
                    int i = slot >> 1;
                    extDelta += delta(extA[i], extB[i], a, b, p, q);
                }
                for (int slot = extHead[b]; slot >= 0; slot = extNextSlot[slot]) {
                    int i = slot >> 1;
                    // A gate on both a and b was counted in a's list (and a SWAP leaves its distance alone).
                    if (extA[i] != a && extB[i] != a) {
                        extDelta += delta(extA[i], extB[i], a, b, p, q);
                    }
                }
                double h = (double) (frontSum + frontDelta) / frontSize;
                if (extSize > 0) {
                    h += EXTENDED_WEIGHT * (extSum + extDelta) / extSize;
                }
                h *= Math.max(decay[p], decay[q]);
                // Scores are short sums of small integers times decays near 1, so a relative
                // epsilon separates true ties from rounding noise.
                if (numTies == 0 || h < best - 1e-9 * best) {
                    best = h;
                    numTies = 0;
                    ties[numTies++] = e;
                } else if (h <= best + 1e-9 * best) {
                    ties[numTies++] = e;
                }
            }
            return numTies == 1 ? ties[0] : ties[rng.nextInt(numTies)];
        }

        /** Change of distance of gate (x, y) when virtual a (on p) and b (on q) trade places. */
        private int delta(int x, int y, int a, int b, int p, int q) {
            int px = v2p[x];
            int py = v2p[y];
            int nx = x == a ? q : x == b ? p : px;
            int ny = y == a ? q : y == b ? p : py;
            return dist[nx * n + ny] - dist[px * n + py];
        }

        /** Edges touching a front qubit, each once, in front order then adjacency order. */
        private int collectCandidates() {
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(candidateStamp, 0);
                stamp = 1;
            }
            int count = 0;
            for (int i = 0; i < frontSize; i++) {
                int g = front[i];
                for (int side = 0; side < 2; side++) {
                    int p = v2p[side == 0 ? dag.qubitA(g) : dag.qubitB(g)];
                    for (int e : graph.neighbourEdgesView(p)) {
                        if (candidateStamp[e] != stamp) {
                            candidateStamp[e] = stamp;
                            if (count == candidates.length) {
                                candidates = Arrays.copyOf(candidates, 2 * count);
                                ties = Arrays.copyOf(ties, 2 * count);
                            }
                            candidates[count++] = e;
                        }
                    }
                }
            }
            // No sort: this order is already a function of the run's state alone, which is all
            // reproducible tie-breaking needs, and sorting cost a third of the routing time.
            return count;
        }

        private void swap(int e) {
            exchange(e);
            swaps++;
            if (ops != null) {
                ops.add(-(e + 1));
            }
        }

        /** Exchanges the virtual qubits on the two ends of edge e in both layout arrays. */
        private void exchange(int e) {
            int p = graph.edgeLow(e);
            int q = graph.edgeHigh(e);
            int a = p2v[p];
            int b = p2v[q];
            p2v[p] = b;
            p2v[q] = a;
            v2p[a] = q;
            v2p[b] = p;
        }

        /** Takes back the SWAPs since the last gate ran, then walks the oldest front gate together. */
        private void releaseValve() {
            while (undo.size() > 0) {
                int e = undo.removeLast();
                // A SWAP is its own inverse; drop it from the schedule rather than adding another.
                exchange(e);
                swaps--;
                if (ops != null) {
                    ops.removeLast();
                }
            }
            int oldest = Integer.MAX_VALUE;
            for (int i = 0; i < frontSize; i++) {
                oldest = Math.min(oldest, front[i]);
            }
            int[] path = graph.shortestPath(v2p[dag.qubitA(oldest)], v2p[dag.qubitB(oldest)]);
            for (int i = 0; i + 2 < path.length; i++) {
                swap(edgeBetween(path[i], path[i + 1]));
            }
            resetDecay();
            removeFront(oldest);
            execute(oldest);
            // Other front gates may have become adjacent along the way.
            for (int i = frontSize - 1; i >= 0; i--) {
                if (i < frontSize) {
                    tryFront(front[i]);
                }
            }
            drain();
        }

        private int edgeBetween(int p, int q) {
            int[] nb = graph.neighboursView(p);
            int[] ids = graph.neighbourEdgesView(p);
            for (int k = 0; k < nb.length; k++) {
                if (nb[k] == q) {
                    return ids[k];
                }
            }
            throw new IllegalStateException("no edge " + p + "-" + q);
        }
    }
}
