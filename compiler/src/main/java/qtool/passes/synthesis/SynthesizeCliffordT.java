package qtool.passes.synthesis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PassReport;
import qtool.pass.PropertySet;
import qtool.passes.PassArguments;
import qtool.passes.basis.BasisTranslator;
import qtool.synthesis.cliffordt.CliffordTSynthesizer;
import qtool.synthesis.cliffordt.Letter;
import qtool.synthesis.cliffordt.OneQubitApproximation;

/**
 * The {@code synth} pass: rewrites a circuit into Clifford+T ({@code h s sdg t tdg x y z cx cz swap}
 * plus measure/reset/barrier/delay and one {@code gphase}) with a total operator-norm error budget ε.
 *
 * <p>Gates already in that set are kept. Everything else is first translated exactly into
 * {@code cx}/{@code cz}/{@code swap}, the kept one-qubit gates and {@code U} ({@link BasisTranslator});
 * each remaining one-qubit gate is then synthesised by {@link CliffordTSynthesizer}: angles that are
 * multiples of π/4 become exact Clifford+T words, the other rotations are approximated by gridsynth.
 * ε is split equally over all approximated rotations of the circuit, so the circuit's unitary is
 * within the reported bound (≤ ε, the sum of the verified per-rotation errors, by the triangle
 * inequality) of the input's, up to a global phase that is carried exactly in the final
 * {@code gphase}. Repeated angles are synthesised once.
 */
public final class SynthesizeCliffordT implements Pass {
    /** Bases this pass knows; only Clifford+T is implemented here. */
    public static final List<String> BASES = List.of("clifford+t");
    /** Methods this pass knows. */
    public static final List<String> METHODS = List.of("gridsynth");
    private static final Set<Gate> KEPT = EnumSet.of(Gate.H, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.X, Gate.Y, Gate.Z,
            Gate.CX, Gate.CZ, Gate.SWAP);

    private final double epsilon;

    public SynthesizeCliffordT(double epsilon) {
        if (!(epsilon > 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("pass synth: epsilon must be in (0, 0.5), not " + epsilon);
        }
        this.epsilon = epsilon;
    }

    /** The pass from {@code synth:basis=clifford+t,epsilon=1e-10,method=gridsynth}. */
    public static SynthesizeCliffordT fromArguments(PassArguments args) {
        args.checkKnown(Set.of("basis", "epsilon", "method"));
        String basis = args.string("basis", "clifford+t").toLowerCase(java.util.Locale.ROOT);
        if (!BASES.contains(basis)) {
            throw new IllegalArgumentException("pass synth: basis '" + basis + "' is not supported; bases: "
                    + String.join(", ", BASES));
        }
        String method = args.string("method", "gridsynth").toLowerCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("pass synth: method '" + method + "' is not supported; methods: "
                    + String.join(", ", METHODS) + ", rl");
        }
        return new SynthesizeCliffordT(args.real("epsilon", 1e-10));
    }

    @Override
    public String name() {
        return "synth";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        for (Instruction ins : in.instructions()) {
            if (ins.gate().is(GateFlag.UNITARY) && !(KEPT.contains(ins.gate()) && ins.controls() == 0)) {
                for (Param p : ins.params()) {
                    if (!p.isConstant()) {
                        throw new IllegalArgumentException("pass synth: " + ins.gate().canonicalName()
                                + " has the symbolic parameter " + p + "; bind parameters before synthesis");
                    }
                }
            }
        }
        Set<Gate> translation = EnumSet.copyOf(KEPT);
        translation.add(Gate.U);
        Circuit lowered = new BasisTranslator(translation).run(in, new PropertySet());
        CliffordTSynthesizer synthesizer = new CliffordTSynthesizer();
        List<ZMatrixRMaj> matrices = new ArrayList<>();
        int rotations = 0;
        for (Instruction ins : lowered.instructions()) {
            ZMatrixRMaj m = toSynthesize(ins);
            matrices.add(m);
            if (m != null) {
                rotations += synthesizer.rotationCount(m);
            }
        }
        double share = rotations == 0 ? epsilon : epsilon / rotations;
        Circuit.Builder out = lowered.emptyCopy();
        double phase = 0;
        double bound = 0;
        int synthesized = 0;
        List<Instruction> list = lowered.instructions();
        for (int i = 0; i < list.size(); i++) {
            Instruction ins = list.get(i);
            ZMatrixRMaj m = matrices.get(i);
            if (m == null) {
                if (ins.gate() == Gate.GPHASE && ins.condition() == null && ins.controls() == 0) {
                    phase += ins.param(0).value();
                } else {
                    out.add(ins);
                }
                continue;
            }
            OneQubitApproximation a = synthesizer.synthesizeWithShare(m, share);
            synthesized++;
            bound += a.errorBound();
            for (Letter l : a.word().circuitOrder()) {
                Instruction g = Instruction.of(l.gate(), ins.qubit(0));
                out.add(ins.condition() == null ? g : g.withCondition(ins.condition()));
            }
            double p = a.globalPhase() + Math.PI / 4 * a.word().omegaPhase();
            if (ins.condition() == null) {
                phase += p;
            } else if (Math.abs(Math.IEEEremainder(p, 2 * Math.PI)) > 1e-15) {
                out.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(Math.IEEEremainder(p, 2 * Math.PI))))
                        .withCondition(ins.condition()));
            }
        }
        double wrapped = Math.IEEEremainder(phase, 2 * Math.PI);
        if (Math.abs(wrapped) > 1e-15) {
            out.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(wrapped))));
        }
        if (bound > epsilon * (1 + 1e-9) + 1e-15) {
            throw new IllegalStateException("synth: error bound " + bound + " exceeds the budget " + epsilon);
        }
        Circuit result = out.build();
        int tCount = 0;
        int gates = 0;
        for (Instruction ins : result.instructions()) {
            if (ins.gate().is(GateFlag.UNITARY) && ins.gate() != Gate.GPHASE) {
                gates++;
                if (ins.gate() == Gate.T || ins.gate() == Gate.TDG) {
                    tCount++;
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("basis", "clifford+t");
        report.put("method", "gridsynth");
        report.put("epsilon", epsilon);
        report.put("synthesized_gates", synthesized);
        report.put("approximated_rotations", rotations);
        report.put("t_count", tCount);
        report.put("gates", gates);
        report.put("error_bound", bound);
        PassReport.add(props, new PassReport("synth", report));
        return result;
    }

    /** The matrix of a one-qubit gate to synthesise, or null for gates kept as they are. */
    private static ZMatrixRMaj toSynthesize(Instruction ins) {
        Gate g = ins.gate();
        if (!g.is(GateFlag.UNITARY) || g == Gate.GPHASE || (KEPT.contains(g) && ins.controls() == 0)) {
            return null;
        }
        if (ins.numQubits() != 1 || ins.controls() != 0) {
            throw new IllegalStateException("synth: " + g.canonicalName() + " left after translation");
        }
        double[] v = new double[ins.params().size()];
        for (int i = 0; i < v.length; i++) {
            Param p = ins.param(i);
            if (!p.isConstant()) {
                throw new IllegalArgumentException("pass synth: " + g.canonicalName() + " has the symbolic parameter "
                        + p + "; bind parameters before synthesis");
            }
            v[i] = p.value();
        }
        return g.matrix(v);
    }
}
