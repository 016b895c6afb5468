package qtool.passes.routing;

import java.util.Arrays;
import qtool.ir.Circuit;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;

/**
 * The dependency DAG routing needs, in compressed arrays: node i is instruction i; an edge runs from
 * the previous user of a wire (qubit, clbit, or clbit read by a condition) to the next. Two-qubit
 * gates additionally carry their two virtual qubits, because only they constrain routing; every
 * other node (one-qubit gates, measure, reset, barriers, global phase) can run as soon as its
 * predecessors have.
 *
 * <p>Built in O(n + w) time and memory for n instructions touching w wires in total. Barriers are
 * kept as nodes so they stay ordered against everything on their qubits; treating clbit reads as
 * wire uses is conservative (two conditions on the same bit stay in order), which keeps the routed
 * circuit a pure reordering of commuting, wire-disjoint instructions.
 */
final class RoutingDag {
    private final int size;
    /** First virtual qubit of a two-qubit gate, or -1 for nodes routing can ignore. */
    private final int[] qa;
    private final int[] qb;
    private final int[] predCount;
    private final int[] succStart;
    private final int[] succ;
    private final int[] predStart;
    private final int[] pred;
    private final int numTwoQubit;

    private RoutingDag(int size, int[] qa, int[] qb, int[] predStart, int[] pred, int[] succStart, int[] succ,
            int numTwoQubit) {
        this.size = size;
        this.qa = qa;
        this.qb = qb;
        this.predStart = predStart;
        this.pred = pred;
        this.succStart = succStart;
        this.succ = succ;
        this.numTwoQubit = numTwoQubit;
        this.predCount = new int[size];
        for (int i = 0; i < size; i++) {
            predCount[i] = predStart[i + 1] - predStart[i];
        }
    }

    /**
     * The DAG of {@code c}. Throws {@link IllegalArgumentException} naming the first instruction
     * that acts on three or more qubits (other than a barrier), since SWAP routing only knows how
     * to bring two qubits together.
     */
    static RoutingDag of(Circuit c) {
        int n = c.size();
        int nq = c.numQubits();
        int[] last = new int[nq + c.numClbits()];
        Arrays.fill(last, -1);
        int[] qa = new int[n];
        int[] qb = new int[n];
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        IntList edgeFrom = new IntList(2 * n);
        IntList edgeTo = new IntList(2 * n);
        int twoQubit = 0;
        for (int i = 0; i < n; i++) {
            Instruction in = c.instructions().get(i);
            boolean barrier = in.gate().is(GateFlag.BARRIER);
            int k = in.numQubits();
            if (!barrier && k >= 3) {
                throw new IllegalArgumentException("instruction " + i + " '" + in + "' acts on " + k
                        + " qubits; routing needs gates on at most 2 qubits (decompose it first, e.g. with basis translation)");
            }
            if (!barrier && k == 2) {
                qa[i] = in.qubit(0);
                qb[i] = in.qubit(1);
                twoQubit++;
            } else {
                qa[i] = -1;
                qb[i] = -1;
            }
            for (int j = 0; j < k; j++) {
                link(in.qubit(j), i, last, seen, edgeFrom, edgeTo);
            }
            for (int j = 0; j < in.numClbits(); j++) {
                link(nq + in.clbit(j), i, last, seen, edgeFrom, edgeTo);
            }
            if (in.condition() != null) {
                for (int j = 0; j < in.condition().numClbits(); j++) {
                    link(nq + in.condition().clbit(j), i, last, seen, edgeFrom, edgeTo);
                }
            }
        }
        int[][] preds = csr(n, edgeTo, edgeFrom);
        int[][] succs = csr(n, edgeFrom, edgeTo);
        return new RoutingDag(n, qa, qb, preds[0], preds[1], succs[0], succs[1], twoQubit);
    }

    private static void link(int wire, int node, int[] last, int[] seen, IntList from, IntList to) {
        int p = last[wire];
        // seen[] dedupes: a gate sharing two wires with its predecessor still gets one edge.
        if (p >= 0 && seen[p] != node) {
            seen[p] = node;
            from.add(p);
            to.add(node);
        }
        last[wire] = node;
    }

    /** Compressed adjacency keyed by {@code key}: {start offsets, values}. Stable in edge order. */
    private static int[][] csr(int n, IntList key, IntList value) {
        int[] start = new int[n + 1];
        for (int e = 0; e < key.size(); e++) {
            start[key.get(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] values = new int[key.size()];
        for (int e = 0; e < key.size(); e++) {
            values[fill[key.get(e)]++] = value.get(e);
        }
        return new int[][] {start, values};
    }

    /** The same gates with every dependency reversed: routing it routes the circuit backwards. */
    RoutingDag reversed() {
        return new RoutingDag(size, qa, qb, succStart, succ, predStart, pred, numTwoQubit);
    }

    int size() {
        return size;
    }

    int numTwoQubit() {
        return numTwoQubit;
    }

    boolean isTwoQubit(int node) {
        return qa[node] >= 0;
    }

    int qubitA(int node) {
        return qa[node];
    }

    int qubitB(int node) {
        return qb[node];
    }

    /** A fresh copy of every node's predecessor count, for a routing run to count down. */
    int[] predCounts() {
        return predCount.clone();
    }

    int succStart(int node) {
        return succStart[node];
    }

    int succEnd(int node) {
        return succStart[node + 1];
    }

    int succAt(int k) {
        return succ[k];
    }

    /** A growable int array, so large circuits do not box every index. */
    static final class IntList {
        private int[] data;
        private int size;

        IntList(int capacity) {
            data = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int size() {
            return size;
        }

        int removeLast() {
            return data[--size];
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
