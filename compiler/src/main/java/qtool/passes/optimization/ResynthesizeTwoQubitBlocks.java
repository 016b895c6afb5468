package qtool.passes.optimization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
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
import qtool.pass.PropertySet;
import qtool.synthesis.TwoQubitSynthesizer;

/**
 * Collects every maximal block of consecutive constant unitary gates that act within one pair of
 * qubits and rewrites it with the minimal number of entangling gates when that number is lower
 * than what the block spends now.
 *
 * <p>A block on {a, b} starts at a two-qubit gate on exactly a and b (either order; controls count
 * as qubits), absorbs the one-qubit gates waiting on a and b since their last other use, and grows
 * with further one-qubit gates on a or b and two-qubit gates on the same pair. It closes when any
 * other instruction touches a or b (a two-qubit gate to a third qubit, a larger gate, a barrier,
 * a measurement, a conditioned or symbolic gate), and, conservatively, at any instruction with a
 * condition or clbits. Its cost is the sum over its two-qubit gates of each gate's own minimal
 * entangler count ({@link TwoQubitSynthesizer#entanglingCount}); the block's 4x4 product has a
 * minimal count too, which the KAK coefficients decide (Shende–Bullock–Markov, PRA 69, 062321,
 * 2004; Vatan–Williams, PRA 69, 032315, 2004: at most three CX-class gates). When that count is
 * strictly lower, the block is replaced by {@link TwoQubitSynthesizer#synthesize}'s circuit (the
 * caller's entangler and one-qubit family, so the target's basis, plus an exact {@code gphase});
 * otherwise its instructions are kept unchanged, so the pass never raises the entangling count
 * nor touches blocks it cannot improve. A block is emitted where it closes, which is exact because
 * it commutes with everything on other qubits in between. The idea is Qiskit's
 * {@code ConsolidateBlocks} followed by {@code UnitarySynthesis}; this is an independent
 * implementation in one forward sweep. Cost: O(n) for n instructions (each block product and KAK
 * is O(1) per gate; a block is closed once).
 */
public final class ResynthesizeTwoQubitBlocks implements Pass {
    private final TwoQubitSynthesizer synthesizer;
    /** Entangling counts of the parameterless two-qubit table gates (read-only after construction). */
    private final Map<Gate, Integer> fixedCost = new EnumMap<>(Gate.class);

    public ResynthesizeTwoQubitBlocks(TwoQubitSynthesizer synthesizer) {
        this.synthesizer = synthesizer;
        for (Gate g : Gate.values()) {
            if (g.numQubits() == 2 && g.numParams() == 0 && g.is(GateFlag.UNITARY)) {
                fixedCost.put(g, synthesizer.entanglingCount(g.matrix()));
            }
        }
    }

    @Override
    public String name() {
        return "resynthesize-2q-blocks";
    }

    /** An open block on the pair (a, b); its matrix is big-endian with a as operand 0. */
    private static final class Block {
        final int a;
        final int b;
        final List<Instruction> instructions = new ArrayList<>();
        ZMatrixRMaj product = Matrices.identity(4);
        int cost;

        Block(int a, int b) {
            this.a = a;
            this.b = b;
        }
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        int n = in.numQubits();
        Block[] block = new Block[n];
        List<List<Instruction>> pending = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            pending.add(new ArrayList<>());
        }
        Set<Block> open = new LinkedHashSet<>();
        Set<Integer> waiting = new LinkedHashSet<>();
        Circuit.Builder out = in.emptyCopy();
        for (Instruction ins : in.instructions()) {
            int k = ins.numQubits();
            if (k == 0 && ins.condition() == null && ins.numClbits() == 0) {
                out.add(ins); // an unconditioned gphase: a scalar commutes with everything
                continue;
            }
            if (collectable(ins)) {
                ZMatrixRMaj m = matrixOf(ins);
                if (k == 1) {
                    int q = ins.qubit(0);
                    Block bl = block[q];
                    if (bl != null) {
                        append(bl, ins, m);
                    } else {
                        pending.get(q).add(ins);
                        waiting.add(q);
                    }
                    continue;
                }
                int q0 = ins.qubit(0);
                int q1 = ins.qubit(1);
                Block bl = block[q0];
                if (bl == null || bl != block[q1]) {
                    close(block[q0], block, open, out);
                    close(block[q1], block, open, out);
                    bl = new Block(Math.min(q0, q1), Math.max(q0, q1));
                    block[q0] = bl;
                    block[q1] = bl;
                    open.add(bl);
                    for (int q : new int[] {bl.a, bl.b}) {
                        for (Instruction p : pending.get(q)) {
                            append(bl, p, matrixOf(p));
                        }
                        pending.get(q).clear();
                        waiting.remove(q);
                    }
                }
                append(bl, ins, m);
                bl.cost += cost(ins, m);
                continue;
            }
            if (ins.condition() != null || ins.numClbits() > 0) {
                // A classical dependency: keep every open block ahead of it, as the other passes do.
                for (Block bl : new ArrayList<>(open)) {
                    close(bl, block, open, out);
                }
                for (int q : waiting) {
                    out.addAll(pending.get(q));
                    pending.get(q).clear();
                }
                waiting.clear();
            } else {
                for (int i = 0; i < k; i++) {
                    int q = ins.qubit(i);
                    close(block[q], block, open, out);
                    if (!pending.get(q).isEmpty()) {
                        out.addAll(pending.get(q));
                        pending.get(q).clear();
                        waiting.remove(q);
                    }
                }
            }
            out.add(ins);
        }
        for (Block bl : new ArrayList<>(open)) {
            close(bl, block, open, out);
        }
        for (int q : waiting) {
            out.addAll(pending.get(q));
        }
        return out.build();
    }

    /** A constant, unconditioned unitary on one or two qubits (controls included). */
    private static boolean collectable(Instruction ins) {
        int k = ins.numQubits();
        if (k < 1 || k > 2 || ins.condition() != null || ins.numClbits() > 0 || !ins.gate().is(GateFlag.UNITARY)) {
            return false;
        }
        for (Param p : ins.params()) {
            if (!p.isConstant()) {
                return false;
            }
        }
        return true;
    }

    /** The instruction's matrix, big-endian over its qubits (controls first). */
    private static ZMatrixRMaj matrixOf(Instruction ins) {
        double[] v = new double[ins.params().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ins.param(i).value();
        }
        ZMatrixRMaj m = ins.gate().matrix(v);
        return ins.controls() == 0 ? m : Matrices.controlled(m, ins.controls());
    }

    private static final ZMatrixRMaj I2 = Matrices.identity(2);
    private static final ZMatrixRMaj SWAP = Gate.SWAP.matrix();

    private static void append(Block bl, Instruction ins, ZMatrixRMaj m) {
        ZMatrixRMaj full;
        if (ins.numQubits() == 1) {
            full = ins.qubit(0) == bl.a ? Matrices.kron(m, I2) : Matrices.kron(I2, m);
        } else {
            full = ins.qubit(0) == bl.a ? m : Matrices.multiply(SWAP, Matrices.multiply(m, SWAP));
        }
        bl.product = Matrices.multiply(full, bl.product);
        bl.instructions.add(ins);
    }

    private int cost(Instruction ins, ZMatrixRMaj m) {
        Integer fixed = ins.controls() == 0 ? fixedCost.get(ins.gate()) : null;
        if (fixed != null) {
            return fixed;
        }
        return synthesizer.entanglingCount(m);
    }

    /** Emits a block (resynthesised when that lowers its entangling count) and frees its qubits. */
    private void close(Block bl, Block[] block, Set<Block> open, Circuit.Builder out) {
        if (bl == null) {
            return;
        }
        block[bl.a] = null;
        block[bl.b] = null;
        open.remove(bl);
        if (bl.cost > 0 && synthesizer.entanglingCount(bl.product) < bl.cost) {
            Circuit c = synthesizer.synthesize(bl.product);
            int[] map = {bl.a, bl.b};
            for (Instruction s : c.instructions()) {
                int[] qs = s.qubits();
                for (int i = 0; i < qs.length; i++) {
                    qs[i] = map[qs[i]];
                }
                out.add(s.withQubits(qs));
            }
        } else {
            out.addAll(bl.instructions);
        }
    }
}
