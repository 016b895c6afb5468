package qtool.collect;

import java.util.Locale;

/**
 * Parses which detectors post-select a shot (discard it when they fire). A specification is a
 * comma-separated list of items, each adding detectors:
 * <ul>
 *   <li>{@code all} — every detector (sinter's "perfectionist" rule);</li>
 *   <li>{@code K} or {@code DK} — one detector index;</li>
 *   <li>{@code A-B} or {@code DA-DB} — an inclusive index range;</li>
 *   <li>{@code coord:I=V}, {@code coord:I<V}, {@code coord:I<=V}, {@code coord:I>V},
 *       {@code coord:I>=V} — detectors whose coordinate {@code I} (0-based, as in
 *       {@code DETECTOR(x, y, t, stage)}) compares so with {@code V}; detectors with fewer
 *       coordinates do not match.</li>
 * </ul>
 */
public final class Postselection {
    private Postselection() {
    }

    /**
     * The mask for {@code spec} over detectors with the given coordinates.
     *
     * @throws IllegalArgumentException with a message naming the bad item
     */
    public static boolean[] parse(String spec, double[][] coordinates) {
        int n = coordinates.length;
        boolean[] mask = new boolean[n];
        for (String raw : spec.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("empty item in post-selection '" + spec + "'");
            }
            if (item.equalsIgnoreCase("all")) {
                java.util.Arrays.fill(mask, true);
            } else if (item.toLowerCase(Locale.ROOT).startsWith("coord:")) {
                addByCoordinate(item, coordinates, mask);
            } else {
                addRange(item, n, mask);
            }
        }
        return mask;
    }

    private static void addRange(String item, int n, boolean[] mask) {
        int dash = item.indexOf('-', 1);
        long lo = index(dash < 0 ? item : item.substring(0, dash), item);
        long hi = dash < 0 ? lo : index(item.substring(dash + 1), item);
        if (lo > hi) {
            throw new IllegalArgumentException("post-selection range '" + item + "' is empty");
        }
        if (hi >= n) {
            throw new IllegalArgumentException("post-selection '" + item + "' names detector " + hi
                    + " but the circuit has " + n + " detectors");
        }
        for (long d = lo; d <= hi; d++) {
            mask[(int) d] = true;
        }
    }

    private static long index(String s, String item) {
        String t = s.trim();
        if (t.startsWith("D") || t.startsWith("d")) {
            t = t.substring(1);
        }
        try {
            long v = Long.parseLong(t);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("post-selection item '" + item
                    + "' is not a detector index, a range A-B, 'all' or coord:I=V");
        }
    }

    private static void addByCoordinate(String item, double[][] coordinates, boolean[] mask) {
        String body = item.substring("coord:".length());
        String[] ops = {"<=", ">=", "=", "<", ">"};
        for (String op : ops) {
            int at = body.indexOf(op);
            if (at <= 0) {
                continue;
            }
            int axis;
            double value;
            try {
                axis = Integer.parseInt(body.substring(0, at).trim());
                value = Double.parseDouble(body.substring(at + op.length()).trim());
            } catch (NumberFormatException e) {
                break;
            }
            for (int d = 0; d < coordinates.length; d++) {
                double[] c = coordinates[d];
                if (axis < c.length && compare(c[axis], op, value)) {
                    mask[d] = true;
                }
            }
            return;
        }
        throw new IllegalArgumentException("post-selection item '" + item
                + "' should look like coord:I=V (or <, <=, >, >=) with a coordinate index I and a number V");
    }

    private static boolean compare(double c, String op, double v) {
        return switch (op) {
            case "<=" -> c <= v;
            case ">=" -> c >= v;
            case "<" -> c < v;
            case ">" -> c > v;
            default -> c == v;
        };
    }
}
