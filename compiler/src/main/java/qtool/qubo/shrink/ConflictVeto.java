package qtool.qubo.shrink;

import java.util.List;

/**
 * Forbids merges after which two conflicting variables (adjacent MIS vertices; QAP variables in
 * the same row or column of the assignment matrix) could both be 1: in a free cluster that is any
 * pair with the same orientation (an equal merge), in the anchor's cluster a pair both fixed to 1.
 * The conflict relation is over problem variables (0-based); variables beyond {@code decisions}
 * (auxiliary bits) never conflict.
 */
public final class ConflictVeto implements MergeVeto {
    /** Which pairs of problem variables must not both be 1. */
    @FunctionalInterface
    public interface Conflict {
        boolean between(int u, int v);
    }

    private final Conflict conflict;
    private final int decisions;

    public ConflictVeto(Conflict conflict, int decisions) {
        this.conflict = conflict;
        this.decisions = decisions;
    }

    @Override
    public boolean forbids(MergeRecord record, int removed, int kept, int sign) {
        List<Integer> moved = record.members(removed);
        List<Integer> staying = record.members(kept);
        boolean anchored = kept == 0;
        for (int u : moved) {
            if (u == 0 || u > decisions) {
                continue;
            }
            int su = record.orientation(u) * sign;
            for (int v : staying) {
                if (v == 0 || v > decisions || !conflict.between(u - 1, v - 1)) {
                    continue;
                }
                int sv = record.orientation(v);
                // anchored: s_u = su and s_v = sv are fixed; both 1 means both spins -1.
                if (anchored ? su < 0 && sv < 0 : su == sv) {
                    return true;
                }
            }
        }
        return false;
    }
}
