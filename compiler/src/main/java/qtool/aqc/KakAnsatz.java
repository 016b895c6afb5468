package qtool.aqc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.synthesis.TwoQubitKak;

/**
 * The AQC ansatz: an initial layer of ZYZ rotations {@code rz(α) ry(β) rz(γ)} on every qubit, then
 * two-qubit KAK blocks on neighbouring qubits {@code (i, i+1)}, each
 * {@code rxx(x) ryy(y) rzz(z)} followed by a ZYZ rotation on each of its two qubits: 9 parameters,
 * the minimum for an arbitrary two-qubit gate up to the neighbours' rotations (Vatan–Williams).
 * Blocks are scheduled as soon as possible into layers of disjoint blocks.
 *
 * <p>{@link #fromCircuit} copies a coarse circuit's two-qubit connectivity (consecutive gates on
 * the same pair form one block) and returns parameters that reproduce it exactly up to a global phase:
 * each block's unitary is KAK-decomposed ({@link TwoQubitKak}), its outer local factors become the
 * block's rotations and its inner ones are pushed back into the previous rotation on each qubit.
 * This is how AQC-Tensor avoids the orthogonality catastrophe: the optimisation starts from the
 * coarse circuit's fidelity instead of an exponentially small one.
 *
 * <p>Parameter layout: {@code 3·n} initial-layer angles (qubit-major α, β, γ), then 9 per block
 * (x, y, z, α_lo, β_lo, γ_lo, α_hi, β_hi, γ_hi).
 */
public final class KakAnsatz {
    /** Parameters per block. */
    public static final int BLOCK_PARAMS = 9;

    private final int numQubits;
    /** Lower qubit of each block (the block acts on lo, lo+1). */
    private final int[] blockLo;
    /** The blocks of each layer, in order. */
    private final int[][] layers;

    private KakAnsatz(int numQubits, int[] blockLo) {
        this.numQubits = numQubits;
        this.blockLo = blockLo;
        int[] depth = new int[numQubits];
        List<List<Integer>> layerList = new ArrayList<>();
        for (int b = 0; b < blockLo.length; b++) {
            int lo = blockLo[b];
            int layer = Math.max(depth[lo], depth[lo + 1]);
            depth[lo] = layer + 1;
            depth[lo + 1] = layer + 1;
            while (layerList.size() <= layer) {
                layerList.add(new ArrayList<>());
            }
            layerList.get(layer).add(b);
        }
        layers = new int[layerList.size()][];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = layerList.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Blocks on the given lower qubits, in order. */
    public static KakAnsatz ofBlocks(int numQubits, int[] blockLo) {
        if (numQubits < 1) {
            throw new IllegalArgumentException("the ansatz needs at least one qubit");
        }
        for (int lo : blockLo) {
            if (lo < 0 || lo + 1 >= numQubits) {
                throw new IllegalArgumentException("block on qubits " + lo + "," + (lo + 1) + " outside the register");
            }
        }
        return new KakAnsatz(numQubits, blockLo.clone());
    }

    /** {@code layers} brickwork layers alternating even bonds (0-1, 2-3, …) and odd bonds. */
    public static KakAnsatz brickwork(int numQubits, int layers) {
        if (layers < 0) {
            throw new IllegalArgumentException("layers must be at least 0, not " + layers);
        }
        List<Integer> lo = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int i = l % 2; i + 1 < numQubits; i += 2) {
                lo.add(i);
            }
        }
        return ofBlocks(numQubits, lo.stream().mapToInt(Integer::intValue).toArray());
    }

    /** An ansatz copying a coarse circuit and the parameters that reproduce it. */
    public record Fitted(KakAnsatz ansatz, double[] parameters) {
    }

    /**
     * The ansatz with the coarse circuit's connectivity, and parameters reproducing it exactly (up to
     * global phase). Throws IllegalArgumentException for non-unitary operations, gates on three or
     * more qubits, or two-qubit gates on non-neighbouring qubits (the MPS ansatz is a 1-D chain).
     */
    public static Fitted fromCircuit(Circuit coarse) {
        int n = coarse.numQubits();
        double[][] pending = new double[n][];
        int[] lastBlock = new int[n];
        Arrays.fill(lastBlock, -1);
        for (int q = 0; q < n; q++) {
            pending[q] = identity(2);
        }
        List<Integer> los = new ArrayList<>();
        List<double[]> unitaries = new ArrayList<>();
        for (Instruction in : coarse.instructions()) {
            Gate g = in.gate();
            if (g.is(GateFlag.DIRECTIVE)) {
                continue;
            }
            if (in.condition() != null || !g.is(GateFlag.UNITARY)) {
                throw new IllegalArgumentException("the ansatz circuit must be unitary; it has " + in);
            }
            double[] m = matrix(in);
            switch (in.numQubits()) {
                case 0 -> { }
                case 1 -> pending[in.qubit(0)] = LocalGates.mul(m, pending[in.qubit(0)], 2);
                case 2 -> {
                    int a = in.qubit(0);
                    int b = in.qubit(1);
                    if (Math.abs(a - b) != 1) {
                        throw new IllegalArgumentException("the ansatz circuit has a two-qubit gate on non-neighbouring"
                                + " qubits " + a + " and " + b + " (" + in + "); AQC needs a 1-D chain");
                    }
                    int lo = Math.min(a, b);
                    double[] gate = a < b ? m : swapOperands(m);
                    double[] before = LocalGates.kron(pending[lo], pending[lo + 1]);
                    pending[lo] = identity(2);
                    pending[lo + 1] = identity(2);
                    int last = lastBlock[lo];
                    if (last >= 0 && last == lastBlock[lo + 1] && los.get(last) == lo) {
                        unitaries.set(last, LocalGates.mul(gate, LocalGates.mul(before, unitaries.get(last), 4), 4));
                    } else {
                        los.add(lo);
                        unitaries.add(LocalGates.mul(gate, before, 4));
                        lastBlock[lo] = los.size() - 1;
                        lastBlock[lo + 1] = los.size() - 1;
                    }
                }
                default -> throw new IllegalArgumentException("the ansatz circuit has a gate on more than two qubits: " + in
                        + "; decompose it first");
            }
        }
        KakAnsatz ansatz = new KakAnsatz(n, los.stream().mapToInt(Integer::intValue).toArray());
        // Rotation slots: initial layer q -> q; block b's rotations -> n + 2b (lo), n + 2b + 1 (hi).
        double[][] slot = new double[n + 2 * los.size()][];
        int[] lastSlot = new int[n];
        for (int q = 0; q < n; q++) {
            slot[q] = identity(2);
            lastSlot[q] = q;
        }
        double[] params = new double[ansatz.numParameters()];
        for (int b = 0; b < los.size(); b++) {
            int lo = los.get(b);
            TwoQubitKak kak = TwoQubitKak.of(toMatrix(unitaries.get(b), 4));
            slot[lastSlot[lo]] = LocalGates.mul(fromMatrix(kak.before(0)), slot[lastSlot[lo]], 2);
            slot[lastSlot[lo + 1]] = LocalGates.mul(fromMatrix(kak.before(1)), slot[lastSlot[lo + 1]], 2);
            int base = ansatz.blockOffset(b);
            // e^{i(a XX + b YY + c ZZ)} = rxx(-2a) ryy(-2b) rzz(-2c)
            params[base] = -2 * kak.a();
            params[base + 1] = -2 * kak.b();
            params[base + 2] = -2 * kak.c();
            slot[n + 2 * b] = fromMatrix(kak.after(0));
            slot[n + 2 * b + 1] = fromMatrix(kak.after(1));
            lastSlot[lo] = n + 2 * b;
            lastSlot[lo + 1] = n + 2 * b + 1;
        }
        for (int q = 0; q < n; q++) {
            slot[lastSlot[q]] = LocalGates.mul(pending[q], slot[lastSlot[q]], 2);
        }
        for (int s = 0; s < slot.length; s++) {
            double[] angles = LocalGates.zyzAngles(slot[s]);
            int offset = s < n ? 3 * s : ansatz.blockOffset((s - n) / 2) + 3 + 3 * ((s - n) % 2);
            System.arraycopy(angles, 0, params, offset, 3);
        }
        return new Fitted(ansatz, params);
    }

    /**
     * Parameters whose circuit is this one's followed by {@code rz(θ_q)} on every qubit q, exactly: each
     * qubit's last rotation {@code Rz(γ)·Ry(β)·Rz(α)} becomes {@code Rz(γ + θ_q)·Ry(β)·Rz(α)}. Used to
     * carry a fit at time t to time t + Δt through the free single-qubit (Z-field) part of the step.
     */
    public double[] followedByRz(double[] p, double[] theta) {
        if (p.length != numParameters() || theta.length != numQubits) {
            throw new IllegalArgumentException("expected " + numParameters() + " parameters and " + numQubits + " angles");
        }
        int[] gammaIndex = new int[numQubits];
        for (int q = 0; q < numQubits; q++) {
            gammaIndex[q] = 3 * q + 2;
        }
        for (int b = 0; b < blockLo.length; b++) {
            gammaIndex[blockLo[b]] = blockOffset(b) + 5;
            gammaIndex[blockLo[b] + 1] = blockOffset(b) + 8;
        }
        double[] out = p.clone();
        for (int q = 0; q < numQubits; q++) {
            out[gammaIndex[q]] += theta[q];
        }
        return out;
    }

    /**
     * This ansatz followed by {@code extra} brickwork layers, alternating bond parity and starting
     * with the parity opposite to this ansatz's last layer, so each new layer is a full layer of its
     * own. The new blocks' parameters come last ({@link #blockOffset} of the old blocks is unchanged),
     * and with them all zero each new block is the identity: {@link #padded} parameters give the
     * same circuit, so a fit can grow its depth without losing its fidelity.
     */
    public KakAnsatz withExtraLayers(int extra) {
        if (extra < 0) {
            throw new IllegalArgumentException("extra layers must be at least 0, not " + extra);
        }
        int parity = layers.length == 0 ? 0 : 1 - blockLo[layers[layers.length - 1][0]] % 2;
        List<Integer> lo = new ArrayList<>();
        for (int b : blockLo) {
            lo.add(b);
        }
        for (int l = 0; l < extra; l++) {
            for (int i = (parity + l) % 2; i + 1 < numQubits; i += 2) {
                lo.add(i);
            }
        }
        return new KakAnsatz(numQubits, lo.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Parameters of a {@link #withExtraLayers} ansatz: these, then zeros (identity blocks). */
    public double[] padded(double[] p, KakAnsatz extended) {
        if (p.length != numParameters() || extended.numParameters() < p.length) {
            throw new IllegalArgumentException("expected " + numParameters() + " parameters for an extension of this ansatz");
        }
        return Arrays.copyOf(p, extended.numParameters());
    }

    public int numQubits() {
        return numQubits;
    }

    public int numBlocks() {
        return blockLo.length;
    }

    public int numParameters() {
        return 3 * numQubits + BLOCK_PARAMS * blockLo.length;
    }

    /** Index of block b's first parameter. */
    public int blockOffset(int b) {
        return 3 * numQubits + BLOCK_PARAMS * b;
    }

    /** Lower qubit of block b. */
    public int blockLo(int b) {
        return blockLo[b];
    }

    /** Number of block layers (the ansatz's two-qubit depth in blocks). */
    public int numLayers() {
        return layers.length;
    }

    /** The blocks of layer l (0-based, after the initial rotation layer). */
    public int[] layer(int l) {
        return layers[l].clone();
    }

    /** The 4x4 unitary of block b (over lo, lo+1) for the given parameters. */
    public double[] blockMatrix(int b, double[] p) {
        int o = blockOffset(b);
        double[] n = LocalGates.interactionWithDerivatives(p[o], p[o + 1], p[o + 2])[0];
        double[] r = LocalGates.kron(LocalGates.rotation(p[o + 3], p[o + 4], p[o + 5]),
                LocalGates.rotation(p[o + 6], p[o + 7], p[o + 8]));
        return LocalGates.mul(r, n, 4);
    }

    /** Block b's unitary then its 9 partial derivatives (10 arrays of 4x4). */
    double[][] blockDerivatives(int b, double[] p) {
        int o = blockOffset(b);
        double[][] n = LocalGates.interactionWithDerivatives(p[o], p[o + 1], p[o + 2]);
        double[][] rl = LocalGates.rotationWithDerivatives(p[o + 3], p[o + 4], p[o + 5]);
        double[][] rh = LocalGates.rotationWithDerivatives(p[o + 6], p[o + 7], p[o + 8]);
        double[] r = LocalGates.kron(rl[0], rh[0]);
        double[][] out = new double[10][];
        out[0] = LocalGates.mul(r, n[0], 4);
        for (int d = 0; d < 3; d++) {
            out[1 + d] = LocalGates.mul(r, n[1 + d], 4);
            out[4 + d] = LocalGates.mul(LocalGates.kron(rl[1 + d], rh[0]), n[0], 4);
            out[7 + d] = LocalGates.mul(LocalGates.kron(rl[0], rh[1 + d]), n[0], 4);
        }
        return out;
    }

    /** The initial rotation on qubit q. */
    public double[] initialRotation(int q, double[] p) {
        return LocalGates.rotation(p[3 * q], p[3 * q + 1], p[3 * q + 2]);
    }

    /** The circuit for these parameters: rz/ry/rz and rxx/ryy/rzz gates of the standard library. */
    public Circuit toCircuit(double[] p) {
        if (p.length != numParameters()) {
            throw new IllegalArgumentException("expected " + numParameters() + " parameters, got " + p.length);
        }
        Circuit.Builder c = Circuit.builder(numQubits, 0);
        for (int q = 0; q < numQubits; q++) {
            rotation(c, q, p, 3 * q);
        }
        for (int[] layer : layers) {
            for (int b : layer) {
                int o = blockOffset(b);
                int lo = blockLo[b];
                c.add(Instruction.of(Gate.RXX, List.of(Param.constant(p[o])), lo, lo + 1));
                c.add(Instruction.of(Gate.RYY, List.of(Param.constant(p[o + 1])), lo, lo + 1));
                c.add(Instruction.of(Gate.RZZ, List.of(Param.constant(p[o + 2])), lo, lo + 1));
                rotation(c, lo, p, o + 3);
                rotation(c, lo + 1, p, o + 6);
            }
        }
        return c.build();
    }

    private static void rotation(Circuit.Builder c, int q, double[] p, int o) {
        c.add(Instruction.of(Gate.RZ, List.of(Param.constant(p[o])), q));
        c.add(Instruction.of(Gate.RY, List.of(Param.constant(p[o + 1])), q));
        c.add(Instruction.of(Gate.RZ, List.of(Param.constant(p[o + 2])), q));
    }

    static double[] identity(int d) {
        double[] m = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            m[2 * (i * d + i)] = 1;
        }
        return m;
    }

    private static double[] matrix(Instruction in) {
        double[] params = new double[in.params().size()];
        for (int i = 0; i < params.length; i++) {
            try {
                params[i] = in.param(i).eval(java.util.Map.of());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the ansatz circuit needs numeric parameters, not " + in);
            }
        }
        ZMatrixRMaj m = in.gate().matrix(params);
        if (in.controls() > 0) {
            m = Matrices.controlled(m, in.controls());
        }
        return m.data.clone();
    }

    private static double[] swapOperands(double[] g) {
        int[] p = {0, 2, 1, 3};
        double[] out = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[2 * (4 * p[i] + p[j])] = g[2 * (4 * i + j)];
                out[2 * (4 * p[i] + p[j]) + 1] = g[2 * (4 * i + j) + 1];
            }
        }
        return out;
    }

    private static ZMatrixRMaj toMatrix(double[] a, int d) {
        ZMatrixRMaj m = new ZMatrixRMaj(d, d);
        System.arraycopy(a, 0, m.data, 0, 2 * d * d);
        return m;
    }

    private static double[] fromMatrix(ZMatrixRMaj m) {
        return m.data.clone();
    }
}
