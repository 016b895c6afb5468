package qtool.msc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import qtool.codes.PauliString;

/**
 * The CSS stabilizer group of a state in the middle of a circuit, each generator remembered with
 * the measurement records whose parity is its sign (none for a sign fixed by a reset). It answers
 * the question a detector needs: is this check (or product of checks) in the group, and which
 * earlier records predict its value? Growth stages use it to find their first-round detectors
 * instead of listing them by hand.
 *
 * <p>X-type and Z-type generators are kept apart (the groups here are CSS), each in row-echelon form
 * over GF(2), in insertion order with a pivot per row; a target is reduced row by row.
 */
final class SignedStabilizers {
    private record Row(BitSet bits, int pivot, TreeSet<Long> records) {
    }

    private final List<Row> xRows = new ArrayList<>();
    private final List<Row> zRows = new ArrayList<>();

    /** Adds a generator of pure X or pure Z type whose sign is the parity of {@code records}. */
    void add(PauliString generator, long... records) {
        List<Row> rows = rowsFor(generator);
        BitSet bits = bits(generator);
        TreeSet<Long> recs = new TreeSet<>();
        for (long r : records) {
            toggle(recs, r);
        }
        reduce(rows, bits, recs);
        if (!bits.isEmpty()) {
            rows.add(new Row(bits, bits.nextSetBit(0), recs));
        }
    }

    /** The records predicting {@code target}'s value when it is in the group, else empty. */
    Optional<long[]> recordsFor(PauliString target) {
        BitSet bits = bits(target);
        TreeSet<Long> recs = new TreeSet<>();
        reduce(rowsFor(target), bits, recs);
        if (!bits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recs.stream().mapToLong(Long::longValue).toArray());
    }

    private static void reduce(List<Row> rows, BitSet bits, TreeSet<Long> recs) {
        for (Row row : rows) {
            if (bits.get(row.pivot())) {
                bits.xor(row.bits());
                for (long r : row.records()) {
                    toggle(recs, r);
                }
            }
        }
    }

    private List<Row> rowsFor(PauliString p) {
        if (p.isXType()) {
            return xRows;
        }
        if (p.isZType()) {
            return zRows;
        }
        throw new IllegalArgumentException(p + " is neither X-type nor Z-type");
    }

    private static BitSet bits(PauliString p) {
        return (BitSet) (p.isXType() ? p.xBits() : p.zBits()).clone();
    }

    private static void toggle(TreeSet<Long> set, long r) {
        if (!set.remove(r)) {
            set.add(r);
        }
    }
}
