package qtool.stim;

import java.util.EnumSet;
import java.util.Set;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * Which arguments and targets each Stim instruction accepts, decided from the {@link Gate} table's
 * flags and Stim arities, so a new table row needs no new rule unless Stim treats it specially.
 *
 * <p>Rules follow Stim's doc/gates.md: qubit gates take plain qubits (pairs for two-qubit gates,
 * never the same qubit twice in a pair); measurements also take {@code !q}; the classically
 * controlled gates take {@code rec[-k]} or {@code sweep[k]} on their control side; MPP takes Pauli
 * products; E takes Pauli targets; DETECTOR takes records; OBSERVABLE_INCLUDE takes records and
 * Paulis. Probabilities must lie in [0, 1] (a Pauli channel's sum too).
 */
final class TargetRules {
    /** Gates whose first operand may be a measurement record or sweep bit. */
    private static final Set<Gate> CLASSICAL_FIRST = EnumSet.of(Gate.CX, Gate.CY, Gate.CZ);
    /** Gates whose second operand may be a measurement record or sweep bit. */
    private static final Set<Gate> CLASSICAL_SECOND = EnumSet.of(Gate.CZ, Gate.XCZ, Gate.YCZ);
    /** Rounding slack when summing a Pauli channel's probabilities. */
    private static final double SUM_SLACK = 1e-12;

    private TargetRules() {
    }

    static void checkArgs(Gate g, StimLine l) {
        String name = g.stimName();
        int n = l.args.size();
        if (n < g.stimMinArgs() || n > g.stimMaxArgs()) {
            String want = g.stimMinArgs() == g.stimMaxArgs() ? Integer.toString(g.stimMinArgs())
                    : g.stimMaxArgs() == Integer.MAX_VALUE ? "at least " + g.stimMinArgs()
                    : g.stimMinArgs() + " to " + g.stimMaxArgs();
            int col = n > 0 ? l.argColumns.get(0) - 1 : l.nameColumn;
            throw l.error(col, name + " takes " + want + " parens argument" + (want.equals("1") ? "" : "s")
                    + ", got " + n);
        }
        boolean probabilities = g.is(GateFlag.NOISE) || g.is(GateFlag.MEASURE);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = l.args.get(i);
            if (probabilities && !(p >= 0 && p <= 1)) {
                throw l.error(l.argColumns.get(i), name + " probability " + p + " is not in [0, 1]");
            }
            sum += p;
        }
        if ((g == Gate.PAULI_CHANNEL_1 || g == Gate.PAULI_CHANNEL_2) && sum > 1 + SUM_SLACK) {
            throw l.error(l.argColumns.get(0), name + " probabilities sum to " + sum + ", more than 1");
        }
        if (g == Gate.OBSERVABLE_INCLUDE) {
            double k = l.args.get(0);
            if (!(k >= 0 && k == Math.rint(k) && k < Integer.MAX_VALUE)) {
                throw l.error(l.argColumns.get(0), "OBSERVABLE_INCLUDE index must be a non-negative integer, got "
                        + StimWriter.number(k));
            }
        }
    }

    static void checkTargets(Gate g, StimLine l) {
        if (g == Gate.MPP) {
            checkProducts(l);
            return;
        }
        for (int i = 0; i < l.targets.size(); i++) {
            int t = l.targets.get(i);
            if (!allowed(g, t, i)) {
                throw l.error(l.targetColumns.get(i), g.stimName() + " cannot take the target '"
                        + StimTarget.toString(t) + "'" + expected(g));
            }
        }
        if (g.numQubits() == 2) {
            checkPairs(g, l);
        }
    }

    private static boolean allowed(Gate g, int t, int index) {
        if (StimTarget.isCombiner(t)) {
            return false;
        }
        if (g == Gate.DETECTOR) {
            return StimTarget.isRec(t);
        }
        if (g == Gate.OBSERVABLE_INCLUDE) {
            return StimTarget.isRec(t) || StimTarget.isPauli(t);
        }
        if (g == Gate.CORRELATED_ERROR || g == Gate.ELSE_CORRELATED_ERROR) {
            return StimTarget.isPauli(t) && !StimTarget.isInverted(t);
        }
        if (g == Gate.TICK || g == Gate.SHIFT_COORDS) {
            return false;
        }
        if (StimTarget.isRec(t) || StimTarget.isSweep(t)) {
            Set<Gate> side = index % 2 == 0 ? CLASSICAL_FIRST : CLASSICAL_SECOND;
            return side.contains(g);
        }
        if (!StimTarget.isQubit(t)) {
            return false;
        }
        return !StimTarget.isInverted(t) || g.is(GateFlag.MEASURE);
    }

    private static String expected(Gate g) {
        if (g == Gate.DETECTOR) {
            return "; it takes measurement records rec[-k]";
        }
        if (g == Gate.TICK || g == Gate.SHIFT_COORDS) {
            return "; it takes no targets";
        }
        if (g == Gate.CORRELATED_ERROR || g == Gate.ELSE_CORRELATED_ERROR) {
            return "; it takes Pauli targets such as X1 Y2";
        }
        if (g == Gate.OBSERVABLE_INCLUDE) {
            return "; it takes rec[-k] and Pauli targets";
        }
        return g.is(GateFlag.MEASURE) ? "; it takes qubits, optionally inverted (!q)" : "; it takes qubits";
    }

    private static void checkPairs(Gate g, StimLine l) {
        int n = l.targets.size();
        if (n % 2 != 0) {
            throw l.error(l.targetColumns.get(n - 1), g.stimName() + " takes pairs of targets, got " + n
                    + " targets");
        }
        for (int i = 0; i < n; i += 2) {
            int a = l.targets.get(i);
            int b = l.targets.get(i + 1);
            if (a == b) {
                throw l.error(l.targetColumns.get(i + 1), g.stimName() + " is applied to the pair ("
                        + StimTarget.toString(a) + ", " + StimTarget.toString(b) + "), which names one target twice");
            }
        }
    }

    /** MPP: Pauli targets joined by single combiners, no combiner at either end or twice in a row. */
    private static void checkProducts(StimLine l) {
        boolean expectPauli = true;
        for (int i = 0; i < l.targets.size(); i++) {
            int t = l.targets.get(i);
            boolean combiner = StimTarget.isCombiner(t);
            if (!combiner && !StimTarget.isPauli(t)) {
                throw l.error(l.targetColumns.get(i), "MPP cannot take the target '" + StimTarget.toString(t)
                        + "'; it takes Pauli products such as X1*Y2 !Z3");
            }
            if (combiner && expectPauli) {
                throw l.error(l.targetColumns.get(i), "'*' must stand between two Pauli targets");
            }
            expectPauli = combiner;
        }
        if (expectPauli && !l.targets.isEmpty()) {
            throw l.error(l.targetColumns.get(l.targets.size() - 1), "'*' must stand between two Pauli targets");
        }
    }
}
