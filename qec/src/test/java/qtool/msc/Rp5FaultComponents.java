package qtool.msc;

import qtool.ir.Gate;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Rewrites a noisy circuit's DEPOLARIZE1/DEPOLARIZE2 channels as their Pauli components (X/Y/Z
 * errors; one correlated error {@code E} per two-qubit Pauli), each p/3 or p/15. The fault
 * mechanisms (which detectors and observables each component flips) are exactly those of the
 * original channels; only the probabilities are first-order. Used because {@code CircuitToDem}
 * refuses a DEPOLARIZE2 channel whose four basis Paulis together touch more than 16 detectors,
 * which happens in the d1 = 5 T-check (a Y error on an SRP-5 qubit spreads through the morph back
 * and fires up to 14 detectors on its own).
 */
final class Rp5FaultComponents {
    private Rp5FaultComponents() {
    }

    static StabilizerCircuit split(StabilizerCircuit c) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit.Item it : c.items()) {
            if (!(it instanceof Operation op)) {
                throw new IllegalArgumentException("repeat blocks not supported");
            }
            if (op.gate() == Gate.DEPOLARIZE1) {
                double p = op.arg(0) / 3;
                for (Gate g : new Gate[] {Gate.X_ERROR, Gate.Y_ERROR, Gate.Z_ERROR}) {
                    b.add(new Operation(g, new double[] {p}, op.targets(), null));
                }
            } else if (op.gate() == Gate.DEPOLARIZE2) {
                double p = op.arg(0) / 15;
                char[] letters = {'I', 'X', 'Y', 'Z'};
                for (int k = 0; k + 1 < op.numTargets(); k += 2) {
                    int a = StimTarget.value(op.target(k));
                    int q = StimTarget.value(op.target(k + 1));
                    for (int la = 0; la < 4; la++) {
                        for (int lb = 0; lb < 4; lb++) {
                            if (la == 0 && lb == 0) {
                                continue;
                            }
                            int[] t = la == 0 || lb == 0 ? new int[1] : new int[2];
                            int n = 0;
                            if (la != 0) {
                                t[n++] = StimTarget.pauli(letters[la], a, false);
                            }
                            if (lb != 0) {
                                t[n++] = StimTarget.pauli(letters[lb], q, false);
                            }
                            b.add(new Operation(Gate.CORRELATED_ERROR, new double[] {p}, t, null));
                        }
                    }
                }
            } else {
                b.add(op);
            }
        }
        return b.build();
    }
}
