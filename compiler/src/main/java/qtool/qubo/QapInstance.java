package qtool.qubo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import qtool.qubo.model.Qap;
import qtool.qubo.model.QapQubo;
import qtool.qubo.model.Qubo;
import qtool.qubo.repair.QapLocalSearch;
import qtool.qubo.repair.QapRepair;
import qtool.qubo.shrink.ConflictVeto;
import qtool.qubo.shrink.MergeVeto;

/**
 * Quadratic assignment over n² binary variables with one-hot penalties; no equal merge of two
 * variables in the same row or column of the assignment matrix; repair by assignment, polish by
 * iterated 2-swap search.
 */
public final class QapInstance implements ProblemInstance {
    private final Qap qap;
    private final double penalty;
    private final int kicks;
    private final OptionalDouble optimum;

    public QapInstance(Qap qap, double penalty, int kicks, OptionalDouble optimum) {
        this.qap = qap;
        this.penalty = penalty;
        this.kicks = kicks;
        this.optimum = optimum.isPresent() ? optimum : qap.optimum();
    }

    @Override
    public String kind() {
        return "qap";
    }

    @Override
    public int decisionVariables() {
        return qap.size() * qap.size();
    }

    @Override
    public Qubo qubo() {
        return QapQubo.encode(qap, penalty);
    }

    @Override
    public MergeVeto veto() {
        int n = qap.size();
        return new ConflictVeto((u, v) -> u / n == v / n || u % n == v % n, n * n);
    }

    @Override
    public String vetoRule() {
        return "no equal merge in one row or column of the assignment matrix";
    }

    @Override
    public boolean feasible(boolean[] x) {
        return qap.permutation(x) != null;
    }

    @Override
    public double objective(boolean[] x) {
        int[] p = qap.permutation(x);
        return p == null ? Double.NaN : qap.cost(p);
    }

    @Override
    public boolean maximise() {
        return false;
    }

    @Override
    public boolean[] repair(boolean[] x) {
        return qap.assignment(QapRepair.repair(qap, x));
    }

    @Override
    public boolean[] polish(boolean[] x, Random random) {
        return qap.assignment(QapLocalSearch.polish(qap, qap.permutation(x), kicks, random));
    }

    @Override
    public OptionalDouble optimum() {
        return optimum;
    }

    @Override
    public List<Integer> solution(boolean[] x) {
        List<Integer> s = new ArrayList<>();
        for (int k : qap.permutation(x)) {
            s.add(k);
        }
        return s;
    }
}
