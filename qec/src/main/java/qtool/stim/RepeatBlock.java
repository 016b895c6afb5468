package qtool.stim;

import java.util.Objects;

/**
 * A {@code REPEAT K { ... }} block: a non-empty body circuit run {@code count} times
 * (1 ≤ count ≤ 10^18, as Stim allows), with an optional tag ({@code REPEAT[tag] K {}).
 */
public final class RepeatBlock implements StabilizerCircuit.Item {
    /** Stim's upper bound on repetition counts. */
    public static final long MAX_COUNT = 1_000_000_000_000_000_000L;

    private final long count;
    private final StabilizerCircuit body;
    private final String tag;

    public RepeatBlock(long count, StabilizerCircuit body, String tag) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("REPEAT count " + count + " is outside [1, 10^18]");
        }
        if (body.items().isEmpty()) {
            throw new IllegalArgumentException("a REPEAT block needs a non-empty body");
        }
        this.count = count;
        this.body = body;
        this.tag = tag == null || tag.isEmpty() ? null : tag;
    }

    public long count() {
        return count;
    }

    public StabilizerCircuit body() {
        return body;
    }

    /** The tag, or null when there is none. */
    public String tag() {
        return tag;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RepeatBlock)) {
            return false;
        }
        RepeatBlock that = (RepeatBlock) o;
        return count == that.count && body.equals(that.body) && Objects.equals(tag, that.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, body, tag);
    }

    @Override
    public String toString() {
        return "REPEAT " + count + " {" + body.items().size() + " items}";
    }
}
