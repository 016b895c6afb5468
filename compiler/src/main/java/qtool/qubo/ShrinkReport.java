package qtool.qubo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The user-facing report of a run: a short text block and the JSON document with exactly the keys
 * problem, variables, variables_after, merges, vetoes, feasible, objective,
 * objective_before_polish, optimum, solution (null where a value is not available).
 */
public final class ShrinkReport {
    private ShrinkReport() {
    }

    public static String text(ShrinkOutcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "problem: %s (%d decision variables, %d QUBO variables)%n", o.problem(),
                o.decisionVariables(), o.quboVariables()));
        sb.append(String.format(Locale.ROOT, "shrunk: %d -> %d qubits, %d merges (%d forced), %d correlation updates (%s)%n",
                o.quboVariables(), o.variablesAfter(), o.merges(), o.forcedMerges(), o.recomputations(),
                o.correlationSource()));
        sb.append(String.format(Locale.ROOT, "vetoes: %d (%s)%n", o.vetoes(), o.vetoRule()));
        sb.append(String.format(Locale.ROOT, "qaoa: p=%d, <C>=%s, %d simulator runs%n", o.angles().depth(),
                num(o.angles().expectation()), o.angles().evaluations()));
        if (o.solved()) {
            sb.append(String.format(Locale.ROOT, "samples: %d, feasible before repair: %d%n", o.samples(), o.feasibleSamples()));
            sb.append(String.format(Locale.ROOT, "best sample: feasible before repair %s, after repair %s%n",
                    o.feasibleBeforeRepair() ? "yes" : "no", "yes"));
            sb.append(String.format(Locale.ROOT, "objective: %s before polish, %s after polish (feasible: %s)%n",
                    num(o.objectiveBeforePolish()), num(o.objective()), o.feasible() ? "yes" : "no"));
            sb.append(String.format(Locale.ROOT, "annealing baseline: %s before polish, %s after polish%n",
                    num(o.annealObjectiveBeforePolish()), num(o.annealObjective())));
            if (o.optimum().isPresent()) {
                sb.append(String.format(Locale.ROOT, "optimum: %s, ratio %.4f%n", num(o.optimum().getAsDouble()), o.ratio()));
            } else {
                sb.append("optimum: unknown\n");
            }
        }
        sb.append(String.format(Locale.ROOT, "time: build %.0f ms, shrink %.0f ms, solve %.0f ms, repair %.0f ms%n",
                o.buildMs(), o.shrinkMs(), o.solveMs(), o.repairMs()));
        return sb.toString();
    }

    public static String json(ShrinkOutcome o) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode n = mapper.createObjectNode();
        n.put("problem", o.problem());
        n.put("variables", o.quboVariables());
        n.put("variables_after", o.variablesAfter());
        n.put("merges", o.merges());
        n.put("vetoes", o.vetoes());
        if (o.solved()) {
            n.put("feasible", o.feasible());
            putNumber(n, "objective", o.objective());
            putNumber(n, "objective_before_polish", o.objectiveBeforePolish());
        } else {
            n.putNull("feasible");
            n.putNull("objective");
            n.putNull("objective_before_polish");
        }
        if (o.optimum().isPresent()) {
            putNumber(n, "optimum", o.optimum().getAsDouble());
        } else {
            n.putNull("optimum");
        }
        if (o.solved()) {
            ArrayNode a = n.putArray("solution");
            o.solution().forEach(a::add);
        } else {
            n.putNull("solution");
        }
        try {
            return mapper.writeValueAsString(n) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Integers without a fraction, other values as doubles. */
    private static void putNumber(ObjectNode n, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(key, (long) v);
        } else {
            n.put(key, v);
        }
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
