package qtool.passes.synthesis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PassReport;
import qtool.pass.PropertySet;
import qtool.passes.PassArguments;
import qtool.synthesis.rl.BasisGate;
import qtool.synthesis.rl.RlModel;
import qtool.synthesis.rl.RlSynthesizer;
import qtool.synthesis.rl.SearchSettings;

/**
 * {@code synth-rl}: rewrites every maximal run of constant single-qubit gates into a word over a
 * discrete basis found by RL-guided search ({@link RlSynthesizer}), within Frobenius distance ε up
 * to global phase per run. The global phase that best aligns the word with the run is emitted as a
 * {@code gphase}, after which the run's operator-norm error equals the reported per-run error, and
 * the circuit's operator-norm error is at most their sum (errors of products add at most), which
 * the report gives as {@code error_bound}. A run whose search fails is kept unchanged and counted.
 * Runs are cut, as in {@code optimize-1q-runs}, at multi-qubit gates, conditions and classical
 * operations. Two-qubit blocks are not rewritten (the two-qubit network handles only short words).
 */
public final class RlGateSynthesis implements Pass {
    private final RlSynthesizer synthesizer;
    private final double epsilon;

    public RlGateSynthesis(RlSynthesizer synthesizer, double epsilon) {
        if (synthesizer.basis().numQubits() != 1) {
            throw new IllegalArgumentException("synth-rl rewrites single-qubit runs; basis " + synthesizer.basis().name()
                    + " is a two-qubit basis");
        }
        if (!(epsilon > 0) || epsilon >= 2) {
            throw new IllegalArgumentException("synth-rl: epsilon must be in (0, 2)");
        }
        this.synthesizer = synthesizer;
        this.epsilon = epsilon;
    }

    /** From {@code --pass synth-rl:basis=hrc,epsilon=1e-3,model=FILE,rounds=200}. */
    public static RlGateSynthesis fromArguments(PassArguments args) {
        args.checkKnown(Set.of("basis", "epsilon", "model", "rounds"));
        return build(args, args.string("basis", "hrc"));
    }

    /** {@code synth:method=rl,...}: the same settings, Clifford+T by default as for the synth pass. */
    public static RlGateSynthesis fromSynthArguments(PassArguments args) {
        args.checkKnown(Set.of("basis", "epsilon", "method", "model", "rounds"));
        return build(args, args.string("basis", "clifford+t"));
    }

    private static RlGateSynthesis build(PassArguments args, String basis) {
        double eps = args.real("epsilon", 1e-3);
        int rounds = args.integer("rounds", 200);
        if (rounds < 1) {
            throw new IllegalArgumentException("pass synth-rl: rounds must be positive");
        }
        Path model = args.path("model");
        RlModel m;
        if (model == null) {
            m = RlModel.shipped(basis);
        } else {
            try {
                m = RlModel.read(model);
            } catch (IOException e) {
                throw new IllegalArgumentException("pass synth-rl: cannot read model " + model + ": " + e.getMessage());
            }
        }
        return new RlGateSynthesis(new RlSynthesizer(m, SearchSettings.defaults().withRounds(rounds)), eps);
    }

    @Override
    public String name() {
        return "synth-rl";
    }

    /** Per-run statistics collected during one {@link #run}. */
    private static final class Tally {
        int runs;
        int failed;
        int letters;
        int longest;
        double errorBound;
        double maxError;
        double phase;
        long nanos;
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        List<List<Instruction>> runs = new ArrayList<>();
        for (int q = 0; q < in.numQubits(); q++) {
            runs.add(new ArrayList<>());
        }
        Circuit.Builder out = in.emptyCopy();
        Tally tally = new Tally();
        for (Instruction ins : in.instructions()) {
            if (ins.gate() == Gate.GPHASE && ins.controls() == 0 && ins.condition() == null && ins.param(0).isConstant()) {
                tally.phase += ins.param(0).value();
                continue;
            }
            if (fusable(ins)) {
                runs.get(ins.qubit(0)).add(ins);
                continue;
            }
            for (int k = 0; k < ins.numQubits(); k++) {
                flush(runs.get(ins.qubit(k)), out, tally);
            }
            if (ins.condition() != null || ins.numClbits() > 0) {
                for (List<Instruction> run : runs) {
                    flush(run, out, tally);
                }
            }
            out.add(ins);
        }
        for (List<Instruction> run : runs) {
            flush(run, out, tally);
        }
        double wrapped = Math.IEEEremainder(tally.phase, 2 * Math.PI);
        if (Math.abs(wrapped) > 1e-15) {
            out.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(wrapped))));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("basis", synthesizer.basis().name());
        values.put("epsilon", epsilon);
        values.put("runs", tally.runs);
        values.put("synthesized", tally.runs - tally.failed);
        values.put("failed", tally.failed);
        values.put("basis_gates", tally.letters);
        values.put("mean_length", tally.runs - tally.failed == 0 ? 0.0 : tally.letters / (double) (tally.runs - tally.failed));
        values.put("max_length", tally.longest);
        values.put("max_run_error", tally.maxError);
        values.put("error_bound", tally.errorBound);
        values.put("search_ms", tally.nanos / 1e6);
        PassReport.add(props, new PassReport(name(), values));
        return out.build();
    }

    private static boolean fusable(Instruction ins) {
        if (ins.numQubits() != 1 || ins.controls() != 0 || ins.condition() != null || !ins.gate().is(GateFlag.UNITARY)) {
            return false;
        }
        for (Param p : ins.params()) {
            if (!p.isConstant()) {
                return false;
            }
        }
        return true;
    }

    private void flush(List<Instruction> run, Circuit.Builder out, Tally tally) {
        if (run.isEmpty()) {
            return;
        }
        int qubit = run.get(0).qubit(0);
        ZMatrixRMaj u = Matrices.identity(2);
        for (Instruction ins : run) {
            double[] v = new double[ins.gate().numParams()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ins.param(i).value();
            }
            u = Matrices.multiply(ins.gate().matrix(v), u);
        }
        double[][] re = new double[2][2];
        double[][] im = new double[2][2];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                re[r][c] = u.getReal(r, c);
                im[r][c] = u.getImag(r, c);
            }
        }
        tally.runs++;
        RlSynthesizer.Result result = synthesizer.synthesize(re, im, epsilon);
        tally.nanos += result.nanos();
        if (!result.success()) {
            tally.failed++;
            for (Instruction ins : run) {
                out.add(ins);
            }
            run.clear();
            return;
        }
        ZMatrixRMaj w = synthesizer.basis().product(result.letters());
        // e^{iφ}·W is closest to U for φ = arg tr(W†U).
        double trRe = 0;
        double trIm = 0;
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double wr = w.getReal(r, c);
                double wi = w.getImag(r, c);
                trRe += wr * re[r][c] + wi * im[r][c];
                trIm += wr * im[r][c] - wi * re[r][c];
            }
        }
        tally.phase += Math.atan2(trIm, trRe);
        for (int a : result.letters()) {
            BasisGate g = synthesizer.basis().gate(a);
            out.add(g.instruction(qubit));
        }
        tally.letters += result.length();
        tally.longest = Math.max(tally.longest, result.length());
        tally.errorBound += result.operatorError();
        tally.maxError = Math.max(tally.maxError, result.error());
        run.clear();
    }
}
