package qtool.qubo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import qtool.qubo.model.Qubo;
import qtool.qubo.shrink.MergeVeto;

/**
 * A plain QUBO (or Ising) file: no constraints, so no veto and no repair; the objective is the
 * energy (minimised) and the polish is single-bit-flip descent.
 */
public final class QuboInstance implements ProblemInstance {
    private final Qubo qubo;
    private final OptionalDouble optimum;

    public QuboInstance(Qubo qubo, OptionalDouble optimum) {
        this.qubo = qubo;
        this.optimum = optimum;
    }

    @Override
    public String kind() {
        return "qubo";
    }

    @Override
    public int decisionVariables() {
        return qubo.size();
    }

    @Override
    public Qubo qubo() {
        return qubo;
    }

    @Override
    public MergeVeto veto() {
        return MergeVeto.NONE;
    }

    @Override
    public String vetoRule() {
        return "none (unconstrained)";
    }

    @Override
    public boolean feasible(boolean[] x) {
        return true;
    }

    @Override
    public double objective(boolean[] x) {
        return qubo.energy(x);
    }

    @Override
    public boolean maximise() {
        return false;
    }

    @Override
    public boolean[] repair(boolean[] x) {
        return x.clone();
    }

    @Override
    public boolean[] polish(boolean[] x, Random random) {
        boolean[] y = x.clone();
        double e = qubo.energy(y);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < y.length; i++) {
                y[i] = !y[i];
                double f = qubo.energy(y);
                if (f < e - 1e-12) {
                    e = f;
                    improved = true;
                } else {
                    y[i] = !y[i];
                }
            }
        }
        return y;
    }

    @Override
    public OptionalDouble optimum() {
        return optimum;
    }

    @Override
    public List<Integer> solution(boolean[] x) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i]) {
                s.add(i);
            }
        }
        return s;
    }
}
