package qtool.dem;

import java.util.Arrays;

/**
 * The coordinates of every detector of a model, with {@code shift_detectors} offsets applied the
 * way Stim applies them: coordinates are shifted by the accumulated coordinate offset, indices by
 * the accumulated detector offset. Detectors never declared get an empty coordinate array.
 * Repeat blocks are walked iteration by iteration, so the cost is the unrolled size.
 */
public final class DetectorCoordinates {
    private DetectorCoordinates() {
    }

    /** {@code result[d]} = coordinates of detector {@code d}. */
    public static double[][] of(DetectorErrorModel model) {
        int n = Math.toIntExact(model.numDetectors());
        double[][] coords = new double[n][];
        Arrays.fill(coords, new double[0]);
        walk(model, new long[] {0}, new double[][] {new double[0]}, coords);
        return coords;
    }

    /** offset[0] = detector shift; shift[0] = coordinate shift (replaced as it grows). */
    private static void walk(DetectorErrorModel m, long[] offset, double[][] shift, double[][] out) {
        for (DetectorErrorModel.Instruction i : m.instructions()) {
            if (i instanceof DetectorErrorModel.ShiftDetectors s) {
                offset[0] += s.shift();
                shift[0] = add(shift[0], s.coordinates());
            } else if (i instanceof DetectorErrorModel.Repeat r) {
                for (long k = 0; k < r.count(); k++) {
                    walk(r.body(), offset, shift, out);
                }
            } else if (i instanceof DetectorErrorModel.Detector d) {
                double[] c = d.coordinates();
                double[] base = shift[0];
                for (int k = 0; k < c.length && k < base.length; k++) {
                    c[k] += base[k];
                }
                for (long t : d.targets()) {
                    if (DemTarget.isDetector(t)) {
                        out[(int) (DemTarget.id(t) + offset[0])] = c;
                    }
                }
            }
        }
    }

    private static double[] add(double[] a, double[] b) {
        double[] r = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int k = 0; k < b.length; k++) {
            r[k] += b[k];
        }
        return r;
    }
}
