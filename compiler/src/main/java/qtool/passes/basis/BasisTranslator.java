package qtool.passes.basis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;

/**
 * Rewrites every unitary instruction outside a target basis into basis gates, exactly (global
 * phase included). Rules, applied recursively until every instruction is in the basis:
 * <ol>
 * <li>one-qubit gates: {@link EulerDecomposer} in the basis' one-qubit family (symbolic rotations
 *     stay symbolic: the Euler templates are linear in the angles);</li>
 * <li>two-qubit unitaries with constant parameters, including {@code ctrl @} one-qubit gates:
 *     their matrix through {@link TwoQubitSynthesizer} with the basis' entangler, so with the
 *     minimal number (0–3) of entangling gates; symbolic two-qubit gates expand through their table
 *     definition (which isolates the parameter in one-qubit rotations);</li>
 * <li>three or more qubits: controls that a table gate absorbs are absorbed
 *     ({@code ctrl @ ccx → c3x}); table gates expand through their exact definition
 *     ({@link DefinitionExpander}); remaining {@code ctrl(k ≥ 2) @ one-qubit} use Barenco's
 *     recursion ({@link MultiControlledDecomposition}); anything else controls each gate of its
 *     target's definition ({@code ctrl @ (g1 g2) = (ctrl @ g1)(ctrl @ g2)}, with
 *     {@code ctrl @ gphase(γ) = p(γ)} on the control).</li>
 * </ol>
 * Measure, reset, barrier and delay pass through. A classically conditioned instruction's
 * replacement keeps the condition on every gate, and its phase becomes a conditioned
 * {@code gphase}. Unconditioned global phase (from the rewrites and from input {@code gphase}
 * instructions) is summed into one {@code gphase} at the end of the circuit, emitted when nonzero:
 * output circuits therefore use basis gates plus measure/reset/barrier/delay/gphase only. Identity
 * gates (id, u0) not in the basis are dropped.
 *
 * <p>Cost: O(1) per one- or two-qubit instruction (two-qubit syntheses are cached by gate, controls
 * and parameter values); multi-controlled gates cost O(3^k) in their k controls.
 */
public final class BasisTranslator implements Pass {
    /** Recursion limit: definitions are shallow, so hitting it means a rule loops. */
    private static final int MAX_DEPTH = 200;
    private static final int CACHE_SIZE = 4096;

    private final Set<Gate> basis;
    private final EulerDecomposer euler;
    private final TwoQubitSynthesizer synth;
    private final Map<List<Object>, Circuit> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Circuit> e) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Translation into {@code basis} (for example a target's basis gates) with default tolerances. */
    public BasisTranslator(Set<Gate> basis) {
        this(basis, EulerDecomposer.DEFAULT_TOL, TwoQubitSynthesizer.DEFAULT_TOL);
    }

    /**
     * @param eulerTolerance numeric one-qubit angles within this of zero are dropped
     * @param kakTolerance KAK coefficients within this of a class boundary count as on it, which
     *     decides the entangling-gate count
     */
    public BasisTranslator(Set<Gate> basis, double eulerTolerance, double kakTolerance) {
        this.basis = Collections.unmodifiableSet(basis.isEmpty() ? EnumSet.noneOf(Gate.class) : EnumSet.copyOf(basis));
        Optional<EulerDecomposer.Basis> family = EulerDecomposer.Basis.forGates(this.basis);
        this.euler = family.map(f -> new EulerDecomposer(f, eulerTolerance)).orElse(null);
        Optional<Gate> e = TwoQubitSynthesizer.entanglerFor(this.basis);
        this.synth = e.isPresent() && euler != null ? new TwoQubitSynthesizer(e.get(), euler, kakTolerance) : null;
    }

    @Override
    public String name() {
        return "basis-translator";
    }

    public Set<Gate> basis() {
        return basis;
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        Circuit.Builder b = in.emptyCopy();
        Phase global = new Phase();
        for (Instruction ins : in.instructions()) {
            Condition cond = ins.condition();
            if (cond == null) {
                List<Instruction> out = new ArrayList<>();
                translate(ins, out, global, 0);
                b.addAll(out);
            } else {
                List<Instruction> out = new ArrayList<>();
                Phase local = new Phase();
                translate(ins.withCondition(null), out, local, 0);
                for (Instruction o : out) {
                    b.add(o.withCondition(cond));
                }
                local.emit(b, cond);
            }
        }
        global.emit(b, null);
        return b.build();
    }

    private void translate(Instruction in, List<Instruction> out, Phase phase, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("basis translation does not terminate for " + in);
        }
        Gate g = in.gate();
        int k = in.controls();
        if (!g.is(GateFlag.UNITARY)) {
            out.add(in);
            return;
        }
        if (g == Gate.GPHASE) {
            if (k == 0) {
                phase.add(in.param(0));
            } else {
                // ctrl(k) @ gphase(γ) = ctrl(k-1) @ p(γ) on the controls.
                translate(new Instruction(Gate.P, k - 1, in.qubits(), in.params(), new int[0], null), out, phase,
                        depth + 1);
            }
            return;
        }
        if (k == 0 && basis.contains(g)) {
            out.add(in);
            return;
        }
        if (g == Gate.ID || g == Gate.U0) {
            return;
        }
        boolean constant = in.params().stream().allMatch(Param::isConstant);
        if (k > 0) {
            Instruction absorbed = absorbAll(in);
            if (absorbed != null) {
                translate(absorbed, out, phase, depth + 1);
                return;
            }
            if (in.numQubits() == 2 && constant) {
                synthesize2(in, out, phase);
                return;
            }
            Optional<List<Instruction>> mc = MultiControlledDecomposition.decompose(in);
            if (mc.isPresent()) {
                translateAll(mc.get(), out, phase, depth);
                return;
            }
            Optional<GateCall> one = g.controlled(in.params());
            if (one.isPresent()) {
                translate(new Instruction(one.get().gate(), k - 1, in.qubits(), one.get().params(), new int[0], null),
                        out, phase, depth + 1);
                return;
            }
            translateAll(controlEachPiece(in), out, phase, depth);
            return;
        }
        int n = g.numQubits();
        if (n == 1) {
            requireEuler(in);
            for (GateCall call : euler.decompose(g, in.params())) {
                if (call.gate() == Gate.GPHASE) {
                    phase.add(call.params().get(0));
                } else {
                    out.add(Instruction.of(call.gate(), call.params(), in.qubit(0)));
                }
            }
        } else if (n == 2 && constant) {
            synthesize2(in, out, phase);
        } else {
            translateAll(DefinitionExpander.expand(g, in.params(), in.qubits()), out, phase, depth);
        }
    }

    private void translateAll(List<Instruction> pieces, List<Instruction> out, Phase phase, int depth) {
        for (Instruction p : pieces) {
            translate(p, out, phase, depth + 1);
        }
    }

    /** {@code ctrl(k) @ g} as a table gate when every control can be absorbed, else null. */
    private static Instruction absorbAll(Instruction in) {
        Gate g = in.gate();
        List<Param> params = in.params();
        for (int k = in.controls(); k > 0; k--) {
            Optional<GateCall> c = g.controlled(params);
            if (c.isEmpty()) {
                return null;
            }
            g = c.get().gate();
            params = c.get().params();
        }
        return Instruction.of(g, params, in.qubits());
    }

    /** Every gate of the target's definition with the instruction's controls added. */
    private static List<Instruction> controlEachPiece(Instruction in) {
        int k = in.controls();
        int[] q = in.qubits();
        int[] controls = Arrays.copyOfRange(q, 0, k);
        int[] targets = Arrays.copyOfRange(q, k, q.length);
        if (!DefinitionExpander.hasDefinition(in.gate())) {
            throw new IllegalArgumentException("cannot decompose " + in + ": " + in.gate().canonicalName()
                    + " has no table decomposition");
        }
        List<Instruction> out = new ArrayList<>();
        for (Instruction p : DefinitionExpander.expand(in.gate(), in.params(), targets)) {
            int[] pq = p.qubits();
            int[] all = new int[k + pq.length];
            System.arraycopy(controls, 0, all, 0, k);
            System.arraycopy(pq, 0, all, k, pq.length);
            out.add(new Instruction(p.gate(), k + p.controls(), all, p.params(), new int[0], null));
        }
        return out;
    }

    private void synthesize2(Instruction in, List<Instruction> out, Phase phase) {
        if (synth == null) {
            throw new IllegalArgumentException("cannot translate " + in + " into basis " + names(basis)
                    + ": it needs a one-qubit family (" + familyHelp() + ") and one of the entangling gates "
                    + names(TwoQubitSynthesizer.SUPPORTED));
        }
        double[] v = new double[in.params().size()];
        List<Object> key = new ArrayList<>();
        key.add(in.gate());
        key.add(in.controls());
        for (int i = 0; i < v.length; i++) {
            v[i] = in.param(i).value();
            key.add(v[i]);
        }
        Circuit c = cache.get(key);
        if (c == null) {
            ZMatrixRMaj m = in.gate().matrix(v);
            if (in.controls() > 0) {
                m = Matrices.controlled(m, in.controls());
            }
            c = synth.synthesize(m);
            cache.put(key, c);
        }
        for (Instruction s : c.instructions()) {
            if (s.gate() == Gate.GPHASE) {
                phase.add(s.param(0));
            } else {
                int[] mapped = new int[s.numQubits()];
                for (int j = 0; j < mapped.length; j++) {
                    mapped[j] = in.qubit(s.qubit(j));
                }
                out.add(s.withQubits(mapped));
            }
        }
    }

    private void requireEuler(Instruction in) {
        if (euler == null) {
            throw new IllegalArgumentException("cannot translate " + in + " into basis " + names(basis)
                    + ": no one-qubit family in it (" + familyHelp() + ")");
        }
    }

    private static String familyHelp() {
        List<String> fams = new ArrayList<>();
        for (EulerDecomposer.Basis f : EulerDecomposer.Basis.values()) {
            fams.add(names(f.gates()));
        }
        return "one of " + String.join(", ", fams);
    }

    private static String names(java.util.Collection<Gate> gates) {
        List<String> n = new ArrayList<>();
        for (Gate g : gates) {
            n.add(g.canonicalName());
        }
        return "{" + String.join(", ", n) + "}";
    }

    /** A global phase: a constant part (wrapped at the end) plus symbolic terms. */
    private static final class Phase {
        private double constant;
        private Param symbolic;

        void add(Param p) {
            if (p.isConstant()) {
                constant += p.value();
            } else {
                symbolic = symbolic == null ? p : symbolic.plus(p);
            }
        }

        void emit(Circuit.Builder b, Condition cond) {
            double w = Math.IEEEremainder(constant, 2 * Math.PI);
            Param p;
            if (symbolic == null) {
                if (Math.abs(w) < 1e-15) {
                    return;
                }
                p = Param.constant(w);
            } else {
                p = w == 0 ? symbolic : symbolic.plus(Param.constant(w));
            }
            Instruction g = Instruction.of(Gate.GPHASE, List.of(p));
            b.add(cond == null ? g : g.withCondition(cond));
        }
    }
}
