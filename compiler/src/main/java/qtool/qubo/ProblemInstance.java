package qtool.qubo;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import qtool.qubo.model.Qubo;
import qtool.qubo.shrink.MergeVeto;

/**
 * One constrained problem as the shrinking pipeline sees it: its QUBO (decision variables first,
 * auxiliary bits after), the merge veto that protects its constraints, and the problem-side steps
 * on a binary vector over the QUBO variables — verify, objective, repair, polish and the solution
 * in the report's form.
 */
public interface ProblemInstance {
    /** {@code mdkp}, {@code mis}, {@code qap} or {@code qubo}. */
    String kind();

    /** Number of decision variables (the QUBO may have more: slack bits). */
    int decisionVariables();

    /** The encoded QUBO. */
    Qubo qubo();

    MergeVeto veto();

    /** Name of the veto rule, for the report. */
    String vetoRule();

    boolean feasible(boolean[] x);

    /** The problem's own objective (profit, set size, assignment cost or QUBO energy). */
    double objective(boolean[] x);

    boolean maximise();

    /** A feasible vector close to x (x itself when it is feasible and cannot trivially be improved). */
    boolean[] repair(boolean[] x);

    /** A feasible vector at least as good as the feasible x. */
    boolean[] polish(boolean[] x, Random random);

    OptionalDouble optimum();

    /** MIS: chosen vertices, 1-based; MDKP: chosen items, 0-based; QAP: the permutation; QUBO: variables at 1. */
    List<Integer> solution(boolean[] x);
}
