package qtool.qubo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import qtool.qubo.model.Mdkp;
import qtool.qubo.model.MdkpLagrangianQubo;
import qtool.qubo.model.MdkpSlackQubo;
import qtool.qubo.model.Qubo;
import qtool.qubo.repair.MdkpLocalSearch;
import qtool.qubo.repair.MdkpRepair;
import qtool.qubo.shrink.CapacityVeto;
import qtool.qubo.shrink.MergeVeto;
import qtool.qubo.solve.MdkpDualAscent;

/**
 * Multidimensional knapsack, encoded either with binary slack ({@link MdkpSlackQubo}) or slack-free
 * with dual-ascent multipliers ({@link MdkpLagrangianQubo}); merges that would select items
 * together beyond a capacity are vetoed.
 */
public final class MdkpInstance implements ProblemInstance {
    /** How the capacity inequalities enter the QUBO. */
    public enum Form {
        SLACK, LAGRANGIAN
    }

    private final Mdkp mdkp;
    private final Form form;
    private final double penalty;
    private final Random random;

    /**
     * @param penalty slack form: A = penalty × max profit; Lagrangian form: ρ = penalty × items
     * @param random  drives the dual ascent's annealing (Lagrangian form)
     */
    public MdkpInstance(Mdkp mdkp, Form form, double penalty, Random random) {
        this.mdkp = mdkp;
        this.form = form;
        this.penalty = penalty;
        this.random = random;
    }

    @Override
    public String kind() {
        return "mdkp";
    }

    @Override
    public int decisionVariables() {
        return mdkp.items();
    }

    @Override
    public Qubo qubo() {
        if (form == Form.SLACK) {
            return MdkpSlackQubo.encode(mdkp, penalty);
        }
        double rho = penalty * mdkp.items();
        double[] lambda = new MdkpDualAscent(30, 0.5).multipliers(mdkp, rho, random);
        return MdkpLagrangianQubo.encode(mdkp, lambda, rho);
    }

    @Override
    public MergeVeto veto() {
        return new CapacityVeto(mdkp);
    }

    @Override
    public String vetoRule() {
        return "no merge whose joint selection exceeds a capacity";
    }

    private boolean[] items(boolean[] x) {
        return java.util.Arrays.copyOf(x, mdkp.items());
    }

    @Override
    public boolean feasible(boolean[] x) {
        return mdkp.feasible(items(x));
    }

    @Override
    public double objective(boolean[] x) {
        return mdkp.profit(items(x));
    }

    @Override
    public boolean maximise() {
        return true;
    }

    @Override
    public boolean[] repair(boolean[] x) {
        return MdkpRepair.repair(mdkp, items(x));
    }

    @Override
    public boolean[] polish(boolean[] x, Random r) {
        return MdkpLocalSearch.polish(mdkp, items(x));
    }

    @Override
    public OptionalDouble optimum() {
        return mdkp.optimum();
    }

    @Override
    public List<Integer> solution(boolean[] x) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < mdkp.items(); i++) {
            if (x[i]) {
                s.add(i);
            }
        }
        return s;
    }
}
