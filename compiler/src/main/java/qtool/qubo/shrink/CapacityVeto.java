package qtool.qubo.shrink;

import java.util.List;
import qtool.qubo.model.Mdkp;

/**
 * Forbids MDKP merges whose joint selection breaks a capacity: after the merge, the items of the
 * cluster that are 1 together (for either value of the cluster's spin, or for its fixed value in
 * the anchor's cluster) must fit in every knapsack. Slack bits (variables beyond the items) are
 * ignored.
 */
public final class CapacityVeto implements MergeVeto {
    private final Mdkp mdkp;

    public CapacityVeto(Mdkp mdkp) {
        this.mdkp = mdkp;
    }

    @Override
    public boolean forbids(MergeRecord record, int removed, int kept, int sign) {
        int m = mdkp.constraints();
        long[] loadPlus = new long[m];
        long[] loadMinus = new long[m];
        add(record, record.members(kept), 1, loadPlus, loadMinus);
        add(record, record.members(removed), sign, loadPlus, loadMinus);
        boolean anchored = kept == 0;
        for (int k = 0; k < m; k++) {
            // loadPlus: items that are 1 when the representative's spin is +1.
            if (loadPlus[k] > mdkp.capacities()[k] || (!anchored && loadMinus[k] > mdkp.capacities()[k])) {
                return true;
            }
        }
        return false;
    }

    private void add(MergeRecord record, List<Integer> vertices, int sign, long[] loadPlus, long[] loadMinus) {
        for (int v : vertices) {
            if (v == 0 || v > mdkp.items()) {
                continue;
            }
            int o = record.orientation(v) * sign;
            long[] target = o < 0 ? loadPlus : loadMinus;
            for (int k = 0; k < target.length; k++) {
                target[k] += mdkp.weights()[k][v - 1];
            }
        }
    }
}
