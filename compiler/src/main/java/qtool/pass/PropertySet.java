package qtool.pass;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The blackboard passes share: Qiskit's {@code property_set} with typed keys. A lookup of a key
 * nobody wrote returns {@code null}, as Qiskit's dict does, so an optional analysis needs no
 * special casing. Keys are compared by identity, so two passes cannot collide by choosing the same
 * name; declare them as {@code public static final} constants next to the pass that writes them
 * ({@code Depth.KEY}).
 *
 * <p>Not thread-safe: one property set belongs to one compilation.
 */
public final class PropertySet {
    /** A typed key; the name is for printing only. */
    public static final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name);
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Key<?>, Object> values = new LinkedHashMap<>();

    /** A new key; every call returns a distinct key. */
    public static <T> Key<T> key(String name) {
        return new Key<>(name);
    }

    /** The value, or null when absent. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        return (T) values.get(key);
    }

    /** The value, or {@code fallback} when absent. */
    public <T> T getOrDefault(Key<T> key, T fallback) {
        T v = get(key);
        return v == null ? fallback : v;
    }

    /** Stores a value; {@code null} removes the entry. Returns the previous value or null. */
    @SuppressWarnings("unchecked")
    public <T> T put(Key<T> key, T value) {
        if (value == null) {
            return (T) values.remove(key);
        }
        return (T) values.put(key, value);
    }

    public boolean contains(Key<?> key) {
        return values.containsKey(key);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<Key<?>, Object> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.getKey().name()).append('=').append(e.getValue());
        }
        return sb.append('}').toString();
    }
}
