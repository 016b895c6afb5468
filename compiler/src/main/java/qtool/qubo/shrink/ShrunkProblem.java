package qtool.qubo.shrink;

import qtool.qubo.model.Ising;

/**
 * The outcome of shrinking: the Ising energy over the surviving vertices (qubit q is vertex
 * {@code qubitVertex[q]}), the merge record that expands a solution back, and the counts the
 * report shows. {@code ising} includes the constants of the merged edges, so its energy equals the
 * original energy of the expanded assignment exactly.
 */
public record ShrunkProblem(Ising ising, int[] qubitVertex, MergeRecord record, int vetoes, int forcedMerges,
        int recomputations) {
    public int qubits() {
        return qubitVertex.length;
    }

    /**
     * The original variables' values (binary, without the anchor) for a bit string of the shrunk
     * problem (bit q = qubit q, 1 meaning spin -1).
     */
    public boolean[] expand(long bits) {
        int[] s = new int[record.vertices()];
        s[0] = 1;
        for (int q = 0; q < qubitVertex.length; q++) {
            s[qubitVertex[q]] = ((bits >>> q) & 1) == 1 ? -1 : 1;
        }
        int[] all = record.expand(s);
        boolean[] x = new boolean[all.length - 1];
        for (int v = 1; v < all.length; v++) {
            x[v - 1] = all[v] < 0;
        }
        return x;
    }
}
