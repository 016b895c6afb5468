package qtool.msc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qtool.codes.CliffordGate;
import qtool.codes.PauliString;

/**
 * The sign correction after the first RP-3 round: which Z-check results are recorded inverted,
 * which data qubits get a classically controlled X, and which get an unconditional X.
 *
 * <p>Why: the T-check needs SRP-3 in the signs under which transversal H_XY preserves the code
 * ({@link qtool.codes.HxySigns}): a Z check whose SRP-3 image has weight w must read
 * (−1)^{w/2}. After injection (antipodal Bell pairs, proxy state on the centre) every Z check reads
 * +1 except those through the centre, which are random with a fixed product. So:
 * <ul>
 * <li>a random Z check whose target is −1 is recorded inverted, so its record is 1 exactly when
 *     it reads +1, and that record controls an X on its middle-column data qubit (the qubit of
 *     its support in column 0 other than the centre), which flips it to −1. The random checks
 *     share one outcome noiselessly, so their flips fire together; together they must leave
 *     every other Z check unchanged;</li>
 * <li>the deterministic Z checks that still read the wrong sign are fixed by the lightest set of
 *     unconditional X's that flips exactly those, touches no random check and commutes with
 *     the Y observable (ties: lowest qubit indices).</li>
 * </ul>
 * For RP-3 this gives the published choice: M !11 !12, X on 1 and 7 fed forward, X on 0.
 */
final class SignCorrection {
    private final boolean[] invertZ;
    private final int[] feedbackQubit;
    private final List<Integer> unconditional = new ArrayList<>();

    SignCorrection(Rp3Layout layout, PauliString observable) {
        List<Rp3Layout.Check> z = layout.zChecks();
        int k = z.size();
        PauliString proxy = PauliString.of(Rp3Layout.N_DATA, 'Y', Rp3Layout.CENTRE);
        invertZ = new boolean[k];
        feedbackQubit = new int[k];
        Arrays.fill(feedbackQubit, -1);
        boolean[] random = new boolean[k];
        boolean[] wantMinus = new boolean[k];
        for (int i = 0; i < k; i++) {
            PauliString s = z.get(i).stabilizer();
            random[i] = !s.commutes(proxy);
            int w = CliffordGate.conjugate(layout.morph().gates(), s.extendedTo(layout.morph().n())).weight();
            wantMinus[i] = (w / 2) % 2 == 1;
        }
        // Conditional flips for the random checks.
        boolean[] flippedTogether = new boolean[k];
        for (int i = 0; i < k; i++) {
            if (!random[i]) {
                continue;
            }
            if (!wantMinus[i]) {
                // Would need the flip on a −1 reading (no inversion); RP-3 has no such check.
                throw new IllegalStateException("random Z check with target +1: " + z.get(i).stabilizer());
            }
            invertZ[i] = true;
            int q = middleColumnQubit(z.get(i).stabilizer());
            feedbackQubit[i] = q;
            for (int j = 0; j < k; j++) {
                if (contains(z.get(j).stabilizer(), q)) {
                    flippedTogether[j] ^= true;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            boolean expected = random[i] && wantMinus[i];
            if (flippedTogether[i] != expected) {
                throw new IllegalStateException("conditional flips disturb Z check " + z.get(i).stabilizer());
            }
        }
        // Unconditional flips for the deterministic checks (they read +1 after injection).
        int best = -1;
        for (int mask = 0; mask < (1 << Rp3Layout.N_DATA); mask++) {
            if (best >= 0 && Integer.bitCount(mask) >= Integer.bitCount(best)) {
                continue;
            }
            if (fixes(mask, z, random, wantMinus, observable)) {
                best = mask;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no X correction reaches the H_XY signs");
        }
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            if ((best >> q & 1) == 1) {
                unconditional.add(q);
            }
        }
    }

    /** Whether the i-th Z check (layout order) is recorded inverted in the first round. */
    boolean[] invertZ() {
        return invertZ.clone();
    }

    /** Per Z check (layout order): the data qubit its first-round record flips, or −1. */
    int[] feedbackQubit() {
        return feedbackQubit.clone();
    }

    List<Integer> unconditional() {
        return unconditional;
    }

    private static boolean fixes(int mask, List<Rp3Layout.Check> z, boolean[] random, boolean[] wantMinus,
            PauliString observable) {
        for (int i = 0; i < z.size(); i++) {
            int parity = 0;
            for (int q : z.get(i).stabilizer().support()) {
                parity ^= mask >> q & 1;
            }
            boolean flip = parity == 1;
            if (random[i] ? flip : flip != wantMinus[i]) {
                return false;
            }
        }
        int anti = 0;
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            if ((mask >> q & 1) == 1 && observable.hasZ(q)) {
                anti ^= 1;
            }
        }
        return anti == 0;
    }

    private static int middleColumnQubit(PauliString s) {
        for (int q : s.support()) {
            if (Rp3Layout.col(q) == 0 && q != Rp3Layout.CENTRE) {
                return q;
            }
        }
        throw new IllegalStateException(s + " has no middle-column qubit off the centre");
    }

    private static boolean contains(PauliString s, int q) {
        for (int p : s.support()) {
            if (p == q) {
                return true;
            }
        }
        return false;
    }
}
