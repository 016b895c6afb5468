package qtool.synthesis.cliffordt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.dense.OneQubitEuler;

/**
 * Clifford+T synthesis of arbitrary one-qubit unitaries: V = e^{iα}·Rz(a)·H·Rz(b)·H·Rz(c) (Euler
 * angles from {@link OneQubitEuler}, with Ry(b) = Rz(π/2)·H·Rz(b)·H·Rz(−π/2)). Angles that are
 * multiples of π/4 (within 1e-12, or within half the rotation's share of ε; the difference is counted
 * in the error bound) become T powers exactly;
 * the others are approximated by {@link GridSynth} with an equal share of ε; when b is a multiple of π
 * the outer rotations merge into one. The exact product is re-synthesised into Matsumoto–Amano
 * normal form (so the T-count never exceeds the parts' sum), and the result is checked in doubles
 * against V before it is returned. Rz results are cached per (angle, ε), so repeated angles in a
 * circuit cost one gridsynth call.
 */
public final class CliffordTSynthesizer {
    /** Angles closer than this to a multiple of π/4 are taken as exact. */
    static final double EXACT_ANGLE_TOLERANCE = 1e-12;

    private final GridSynth gridsynth;
    private final Map<List<Double>, RzApproximation> cache = new HashMap<>();

    public CliffordTSynthesizer(GridSynth gridsynth) {
        this.gridsynth = gridsynth;
    }

    public CliffordTSynthesizer() {
        this(new GridSynth());
    }

    /**
     * The Euler angles: V = e^{iα}·[X]·Rz(a)·H·Rz(b)·H·Rz(c), or V = e^{iα}·[X]·Rz(a) when b is a
     * multiple of π (X present when b = π, since Rz(a)·X·Rz(c) = X·Rz(c − a)).
     */
    private record Euler(double alpha, boolean leadingX, double[] angles) {
    }

    private static Euler euler(ZMatrixRMaj v) {
        OneQubitEuler.Angles e = OneQubitEuler.decompose(v);
        double alpha = e.uGatePhase() + (e.phi() + e.lambda()) / 2;
        double a = e.phi() + Math.PI / 2;
        double b = e.theta();
        double c = e.lambda() - Math.PI / 2;
        if (Math.abs(b) < EXACT_ANGLE_TOLERANCE) {
            // H·Rz(0)·H = I: one rotation Rz(a + c).
            return new Euler(alpha, false, new double[] {a + c});
        }
        if (Math.abs(b - Math.PI) < EXACT_ANGLE_TOLERANCE) {
            // H·Rz(π)·H = −iX
            return new Euler(alpha, true, new double[] {c - a});
        }
        return new Euler(alpha, false, new double[] {a, b, c});
    }

    /** How many rotations of V need approximation (for splitting an error budget). */
    public int rotationCount(ZMatrixRMaj v) {
        int n = 0;
        for (double angle : euler(v).angles()) {
            if (!isExactAngle(angle)) {
                n++;
            }
        }
        return n;
    }

    static boolean isExactAngle(double angle) {
        double m = angle / (Math.PI / 4);
        return Math.abs(m - Math.rint(m)) * (Math.PI / 4) < EXACT_ANGLE_TOLERANCE;
    }

    /** Rz(θ) to ε in exact mode (no phase freedom), cached. */
    public RzApproximation rz(double theta, double epsilon) {
        return cache.computeIfAbsent(List.of(theta, epsilon), k -> gridsynth.rz(theta, epsilon));
    }

    /**
     * V to within ε up to a global phase, each approximated rotation getting ε divided by the number
     * of approximated rotations of V.
     */
    public OneQubitApproximation synthesize(ZMatrixRMaj v, double epsilon) {
        int n = rotationCount(v);
        return synthesizeWithShare(v, n == 0 ? epsilon : epsilon / n);
    }

    /** V with every approximated rotation to within {@code epsilonPerRotation}. */
    public OneQubitApproximation synthesizeWithShare(ZMatrixRMaj v, double epsilonPerRotation) {
        Euler e = euler(v);
        double[] angles = e.angles();
        ExactUnitary product = ExactUnitary.IDENTITY;
        double bound = 0;
        int rotations = 0;
        if (e.leadingX()) {
            product = product.multiply(Letter.X.matrix());
        }
        for (int i = 0; i < angles.length; i++) {
            if (i > 0) {
                product = product.multiply(Letter.H.matrix());
            }
            double angle = angles[i];
            double offset = angle - Math.rint(angle / (Math.PI / 4)) * (Math.PI / 4);
            // ‖Rz(θ) − e^{iφ}T^m‖ = 2|sin(Δ/4)|: when that fits in half the share, the T power is both
            // exact enough and far cheaper than gridsynth (whose T-count peaks near these angles).
            if (isExactAngle(angle) || 2 * Math.abs(Math.sin(offset / 4)) <= epsilonPerRotation / 2) {
                int m = (int) Math.floorMod(Math.round(angle / (Math.PI / 4)), 8L);
                for (Letter l : tPower(m)) {
                    product = product.multiply(l.matrix());
                }
                bound += 2 * Math.abs(Math.sin(offset / 4));
            } else {
                RzApproximation r = rz(angle, epsilonPerRotation);
                product = product.multiply(r.word().toExactUnitary());
                bound += r.error();
                rotations++;
            }
        }
        CliffordTWord word = ExactSynthesizer.synthesize(product);
        ZMatrixRMaj w = WordMatrices.product(word);
        double phase = phaseBetween(w, v);
        double distance = GridSynth.operatorNormDistance(Matrices.phase(w, phase), v);
        double tolerance = bound * 1e-6 + 1e-12 * (1 + word.length() / 100.0);
        if (!(distance <= bound + tolerance)) {
            throw new IllegalStateException("Clifford+T synthesis: word " + word + " is " + distance
                    + " from the target, above its bound " + bound);
        }
        return new OneQubitApproximation(word, phase, Math.max(bound, distance), rotations);
    }

    /** T^m for m in 0..7 as the shortest letters. */
    static List<Letter> tPower(int m) {
        return switch (m) {
            case 0 -> List.of();
            case 1 -> List.of(Letter.T);
            case 2 -> List.of(Letter.S);
            case 3 -> List.of(Letter.S, Letter.T);
            case 4 -> List.of(Letter.Z);
            case 5 -> List.of(Letter.Z, Letter.T);
            case 6 -> List.of(Letter.SDG);
            case 7 -> List.of(Letter.TDG);
            default -> throw new IllegalArgumentException("T power " + m);
        };
    }

    /** arg tr(W†V): the phase φ minimising ‖V − e^{iφ}W‖_F. */
    static double phaseBetween(ZMatrixRMaj w, ZMatrixRMaj v) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < 4; i++) {
            double wr = w.data[2 * i];
            double wi = w.data[2 * i + 1];
            double vr = v.data[2 * i];
            double vi = v.data[2 * i + 1];
            re += wr * vr + wi * vi;
            im += wr * vi - wi * vr;
        }
        return Math.atan2(im, re);
    }
}
