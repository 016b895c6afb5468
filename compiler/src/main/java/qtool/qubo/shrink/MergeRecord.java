package qtool.qubo.shrink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The merges applied to a Max-Cut graph, in order, and the clusters they form. Vertex 0 is the
 * anchor (spin +1). Merging i into j with sign σ imposes {@code s_i = σ s_j}; every vertex then
 * belongs to one surviving representative with an orientation {@code o_v} such that
 * {@code s_v = o_v s_rep}. {@link #expand} undoes the merges from the last to the first.
 */
public final class MergeRecord {
    /** One merge: {@code s_removed = sign · s_kept}. */
    public record Merge(int removed, int kept, int sign) {
    }

    private final List<Merge> merges = new ArrayList<>();
    private final int[] rep;
    private final int[] orientation;
    private final List<List<Integer>> members;

    public MergeRecord(int vertices) {
        rep = new int[vertices];
        orientation = new int[vertices];
        members = new ArrayList<>(vertices);
        for (int v = 0; v < vertices; v++) {
            rep[v] = v;
            orientation[v] = 1;
            List<Integer> m = new ArrayList<>();
            m.add(v);
            members.add(m);
        }
    }

    public int vertices() {
        return rep.length;
    }

    /** Records {@code s_removed = sign · s_kept}; both must be current representatives. */
    public void merge(int removed, int kept, int sign) {
        if (rep[removed] != removed || rep[kept] != kept || removed == kept || Math.abs(sign) != 1) {
            throw new IllegalArgumentException("bad merge " + removed + " -> " + kept);
        }
        merges.add(new Merge(removed, kept, sign));
        for (int v : members.get(removed)) {
            rep[v] = kept;
            orientation[v] *= sign;
            members.get(kept).add(v);
        }
        members.get(removed).clear();
    }

    public List<Merge> merges() {
        return Collections.unmodifiableList(merges);
    }

    public int representative(int v) {
        return rep[v];
    }

    /** {@code o_v} with {@code s_v = o_v · s_representative(v)}. */
    public int orientation(int v) {
        return orientation[v];
    }

    /** The vertices whose representative is r (empty unless r is a representative). */
    public List<Integer> members(int r) {
        return Collections.unmodifiableList(members.get(r));
    }

    public boolean isRepresentative(int v) {
        return rep[v] == v;
    }

    /**
     * Spins of every vertex from the spins of the representatives (entries of other vertices are
     * ignored), replaying the merges backwards; the anchor's spin is forced to +1.
     */
    public int[] expand(int[] spins) {
        int[] s = spins.clone();
        s[0] = 1;
        for (int t = merges.size() - 1; t >= 0; t--) {
            Merge m = merges.get(t);
            s[m.removed()] = m.sign() * s[m.kept()];
        }
        return s;
    }
}
