package qtool.aqc;

import java.util.Arrays;
import qtool.mps.Mps;

/**
 * The AQC cost {@code C(θ) = 1 − |⟨ψ|V(θ)|0⟩|²} (Eq. 7 of arXiv:2301.08609) and its exact gradient,
 * for a {@link KakAnsatz} V and a normalised MPS target ψ.
 *
 * <p>Gradient by environments, one sweep per evaluation: the target is pulled down through the
 * ansatz layers ({@code T_l = layer_{l+1}† … layer_L† ψ}), then the ansatz state is built upwards
 * layer by layer ({@code B_l = layer_l … layer_1 R |0…0⟩}); at each layer l the network
 * {@code ⟨T_l| layer_l |B_{l-1}⟩} gives the environment of every gate of the layer
 * ({@link LayerEnvironments}), and each parameter's derivative is the environment contracted with
 * the gate's analytic derivative. Every rotation is an exponential of a Pauli operator, so
 * derivatives are exact matrices, not differences. Cost per evaluation
 * {@code O(L·n·χ³)} with L the number of layers and χ the larger bond dimension; the states use the
 * given maximum bond and cutoff, and are exact (up to rounding) when the bond is not reached.
 */
public final class FidelityObjective {
    private final KakAnsatz ansatz;
    private final Mps target;
    private final int maxBond;
    private final double cutoff;
    private int evaluations;
    private int largestBond;

    /** The value and gradient at one point. */
    public record Value(double cost, double[] gradient, double fidelity) {
    }

    /** {@code target} is normalised by the caller; internal states truncate at {@code maxBond}/{@code cutoff}. */
    public FidelityObjective(KakAnsatz ansatz, Mps target, int maxBond, double cutoff) {
        if (ansatz.numQubits() != target.numQubits()) {
            throw new IllegalArgumentException("the ansatz has " + ansatz.numQubits() + " qubits, the target "
                    + target.numQubits());
        }
        this.ansatz = ansatz;
        this.target = target;
        this.maxBond = maxBond;
        this.cutoff = cutoff;
    }

    public int evaluations() {
        return evaluations;
    }

    /** The largest bond dimension any internal state reached so far. */
    public int largestBond() {
        return largestBond;
    }

    /** Cost only: ⟨ψ|V(θ)|0⟩ from the ansatz state. */
    public double cost(double[] p) {
        Mps b = ansatzState(p);
        return 1 - fidelityOf(b.overlap(target));
    }

    /** The state V(θ)|0…0⟩ at this objective's truncation. */
    public Mps ansatzState(double[] p) {
        Mps b = initialState(p);
        for (int l = 0; l < ansatz.numLayers(); l++) {
            applyLayer(b, l, p, false);
        }
        largestBond = Math.max(largestBond, b.largestBond());
        return b;
    }

    /** Cost and gradient. */
    public Value evaluate(double[] p) {
        evaluations++;
        int layers = ansatz.numLayers();
        int n = ansatz.numQubits();
        double[] grad = new double[p.length];
        Mps[] top = new Mps[layers + 1];
        top[layers] = target;
        for (int l = layers; l >= 1; l--) {
            Mps t = top[l].copy(maxBond, cutoff);
            applyLayer(t, l - 1, p, true);
            largestBond = Math.max(largestBond, t.largestBond());
            top[l - 1] = t;
        }
        // Layer 0: the initial rotations on |0…0⟩.
        int[] starts = new int[n];
        int[] sizes = new int[n];
        double[][] gates = new double[n][];
        double[][][] rotD = new double[n][][];
        for (int q = 0; q < n; q++) {
            starts[q] = q;
            sizes[q] = 1;
            rotD[q] = LocalGates.rotationWithDerivatives(p[3 * q], p[3 * q + 1], p[3 * q + 2]);
            gates[q] = rotD[q][0];
        }
        Mps zeros = Mps.zeros(n, 1, 0);
        LayerEnvironments env0 = LayerEnvironments.compute(top[0], zeros, starts, sizes, gates);
        double[] a = env0.overlap;
        for (int q = 0; q < n; q++) {
            for (int d = 0; d < 3; d++) {
                grad[3 * q + d] = derivative(a, rotD[q][1 + d], env0.environments[q]);
            }
        }
        Mps bottom = initialState(p);
        for (int l = 0; l < layers; l++) {
            int[] blocks = ansatz.layer(l);
            double[][][] blockD = new double[blocks.length][][];
            UnitLayout layout = new UnitLayout(n, blocks, ansatz);
            double[][] layerGates = new double[layout.starts.length][];
            for (int k = 0; k < blocks.length; k++) {
                blockD[k] = ansatz.blockDerivatives(blocks[k], p);
                layerGates[layout.unitOfBlock[k]] = blockD[k][0];
            }
            LayerEnvironments env = LayerEnvironments.compute(top[l + 1], bottom, layout.starts, layout.sizes, layerGates);
            a = env.overlap;
            for (int k = 0; k < blocks.length; k++) {
                int o = ansatz.blockOffset(blocks[k]);
                double[] e = env.environments[layout.unitOfBlock[k]];
                for (int d = 0; d < KakAnsatz.BLOCK_PARAMS; d++) {
                    grad[o + d] = derivative(a, blockD[k][1 + d], e);
                }
            }
            if (l + 1 < layers) {
                applyLayer(bottom, l, p, false);
                largestBond = Math.max(largestBond, bottom.largestBond());
            }
        }
        double fidelity = fidelityOf(a);
        return new Value(1 - fidelity, grad, fidelity);
    }

    /** {@code ∂(1 − |A|²) = −2 Re(conj(A) · Σ dG[t,s] E[t,s])}. */
    private static double derivative(double[] a, double[] dg, double[] e) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < dg.length; i += 2) {
            re += dg[i] * e[i] - dg[i + 1] * e[i + 1];
            im += dg[i] * e[i + 1] + dg[i + 1] * e[i];
        }
        return -2 * (a[0] * re + a[1] * im);
    }

    private static double fidelityOf(double[] a) {
        return a[0] * a[0] + a[1] * a[1];
    }

    private Mps initialState(double[] p) {
        int n = ansatz.numQubits();
        double[][] qubits = new double[n][];
        for (int q = 0; q < n; q++) {
            double[] r = ansatz.initialRotation(q, p);
            qubits[q] = new double[] {r[0], r[1], r[4], r[5]};
        }
        Mps b = Mps.product(qubits, maxBond, cutoff);
        return b;
    }

    private void applyLayer(Mps state, int l, double[] p, boolean adjoint) {
        for (int b : ansatz.layer(l)) {
            double[] u = ansatz.blockMatrix(b, p);
            int lo = ansatz.blockLo(b);
            state.apply2(lo, lo + 1, adjoint ? LocalGates.adjoint(u, 4) : u);
        }
    }

    /** Sites of one layer grouped into units: each block's pair, every other site alone. */
    private static final class UnitLayout {
        final int[] starts;
        final int[] sizes;
        final int[] unitOfBlock;

        UnitLayout(int n, int[] blocks, KakAnsatz ansatz) {
            int[] blockAt = new int[n];
            Arrays.fill(blockAt, -1);
            for (int k = 0; k < blocks.length; k++) {
                blockAt[ansatz.blockLo(blocks[k])] = k;
            }
            int[] s = new int[n];
            int[] z = new int[n];
            unitOfBlock = new int[blocks.length];
            int u = 0;
            for (int q = 0; q < n; ) {
                s[u] = q;
                if (blockAt[q] >= 0) {
                    unitOfBlock[blockAt[q]] = u;
                    z[u] = 2;
                    q += 2;
                } else {
                    z[u] = 1;
                    q += 1;
                }
                u++;
            }
            starts = Arrays.copyOf(s, u);
            sizes = Arrays.copyOf(z, u);
        }
    }
}
