package qtool.qubo;

import java.util.List;
import java.util.OptionalDouble;
import qtool.ir.Circuit;
import qtool.qubo.solve.QaoaAngles;

/**
 * Everything a run produced: sizes, merge and veto counts, the QAOA circuit and angles and, when
 * solved, the chosen solution before and after polish plus the annealing baseline, and the time
 * of each stage in milliseconds. Objectives are NaN when not solved.
 */
public record ShrinkOutcome(String problem, int decisionVariables, int quboVariables, int variablesAfter, int merges,
        int vetoes, int forcedMerges, int recomputations, String vetoRule, String correlationSource, Circuit circuit,
        QaoaAngles angles, boolean solved, int samples, int feasibleSamples, boolean feasibleBeforeRepair,
        boolean feasible, double objectiveBeforePolish, double objective, double annealObjectiveBeforePolish,
        double annealObjective, OptionalDouble optimum, boolean maximise, List<Integer> solution, double buildMs,
        double shrinkMs, double solveMs, double repairMs) {

    /** objective / optimum for maximisation, optimum / objective for minimisation; NaN when unknown. */
    public double ratio() {
        if (!solved || optimum.isEmpty()) {
            return Double.NaN;
        }
        double opt = optimum.getAsDouble();
        return maximise ? objective / opt : (objective == 0 ? (opt == 0 ? 1 : 0) : opt / objective);
    }
}
