package qtool.qubo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import qtool.qubo.model.Mis;
import qtool.qubo.model.MisQubo;
import qtool.qubo.model.Qubo;
import qtool.qubo.repair.MisLocalSearch;
import qtool.qubo.repair.MisRepair;
import qtool.qubo.shrink.ConflictVeto;
import qtool.qubo.shrink.MergeVeto;

/** Maximum independent set: QUBO {@code -Σx + B Σ_E x_u x_v}, never an equal merge of adjacent vertices. */
public final class MisInstance implements ProblemInstance {
    private final Mis mis;
    private final double penalty;
    private final OptionalDouble optimum;

    public MisInstance(Mis mis, double penalty, OptionalDouble optimum) {
        this.mis = mis;
        this.penalty = penalty;
        this.optimum = optimum.isPresent() ? optimum : mis.optimum();
    }

    @Override
    public String kind() {
        return "mis";
    }

    @Override
    public int decisionVariables() {
        return mis.vertices();
    }

    @Override
    public Qubo qubo() {
        return MisQubo.encode(mis, penalty);
    }

    @Override
    public MergeVeto veto() {
        return new ConflictVeto(mis::adjacent, mis.vertices());
    }

    @Override
    public String vetoRule() {
        return "no equal merge of adjacent vertices";
    }

    @Override
    public boolean feasible(boolean[] x) {
        return mis.independent(java.util.Arrays.copyOf(x, mis.vertices()));
    }

    @Override
    public double objective(boolean[] x) {
        return mis.size(java.util.Arrays.copyOf(x, mis.vertices()));
    }

    @Override
    public boolean maximise() {
        return true;
    }

    @Override
    public boolean[] repair(boolean[] x) {
        return MisRepair.repair(mis, x);
    }

    @Override
    public boolean[] polish(boolean[] x, Random random) {
        return MisLocalSearch.polish(mis, x);
    }

    @Override
    public OptionalDouble optimum() {
        return optimum;
    }

    @Override
    public List<Integer> solution(boolean[] x) {
        List<Integer> s = new ArrayList<>();
        for (int v = 0; v < mis.vertices(); v++) {
            if (x[v]) {
                s.add(v + 1);
            }
        }
        return s;
    }
}
