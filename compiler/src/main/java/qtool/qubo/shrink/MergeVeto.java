package qtool.qubo.shrink;

/**
 * A constraint-aware rule that forbids merges likely to break feasibility. Vertices are Max-Cut
 * vertices: 0 is the anchor, vertex {@code v >= 1} is problem variable {@code v - 1}.
 */
public interface MergeVeto {
    /** A veto that allows every merge (plain QUBO input). */
    MergeVeto NONE = (record, removed, kept, sign) -> false;

    /** Whether merging representative {@code removed} into {@code kept} with {@code sign} is forbidden. */
    boolean forbids(MergeRecord record, int removed, int kept, int sign);
}
