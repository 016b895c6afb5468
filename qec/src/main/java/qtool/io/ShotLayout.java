package qtool.io;

/**
 * What the bits of a shot are: first {@code measurements} measurement results, then
 * {@code detectors} detection events, then {@code observables} observable flips. Only the
 * {@code dets} format spells the kinds out ({@code M<k>}, {@code D<k>}, {@code L<k>}, each
 * numbered from 0 within its kind); every other format just needs the total bit count.
 */
public record ShotLayout(int measurements, int detectors, int observables) {
    public ShotLayout {
        if (measurements < 0 || detectors < 0 || observables < 0) {
            throw new IllegalArgumentException("negative bit count");
        }
        Math.addExact(Math.addExact(measurements, detectors), observables);
    }

    /** Detection events followed by observable flips, as {@code stim detect} writes them. */
    public static ShotLayout detectors(int detectors, int observables) {
        return new ShotLayout(0, detectors, observables);
    }

    /** A measurement record, as {@code stim sample} writes it. */
    public static ShotLayout measurements(int measurements) {
        return new ShotLayout(measurements, 0, 0);
    }

    public int numBits() {
        return measurements + detectors + observables;
    }

    /** The {@code dets} prefix of bit {@code bit}. */
    char prefix(int bit) {
        return bit < measurements ? 'M' : bit < measurements + detectors ? 'D' : 'L';
    }

    /** The index of bit {@code bit} within its kind. */
    int indexInKind(int bit) {
        return bit < measurements ? bit : bit < measurements + detectors ? bit - measurements
                : bit - measurements - detectors;
    }

    /** The bit of the {@code dets} token with prefix {@code kind} and index {@code k}, or -1 if out of range. */
    int bitOf(char kind, long k) {
        switch (kind) {
            case 'M':
                return k < measurements ? (int) k : -1;
            case 'D':
                return k < detectors ? (int) (measurements + k) : -1;
            case 'L':
                return k < observables ? (int) (measurements + detectors + k) : -1;
            default:
                return -1;
        }
    }
}
