package qtool.qubo.solve;

import qtool.qubo.model.Ising;

/**
 * A statevector simulator specialised to QAOA on a diagonal cost: the cost layer is one phase per
 * basis state taken from a precomputed energy table, the mixer {@code e^{-iβX}} is applied qubit
 * by qubit in place. Memory {@code 3·2^n} doubles; up to {@link #MAX_QUBITS} qubits. Basis index
 * bit q is qubit q (as in {@code qtool.dense}); bit 1 is spin -1.
 *
 * <p>The layer convention matches the emitted circuit: {@code |ψ> = Π_l e^{-iβ_l Σ X} e^{-iγ_l C} |+>^n}.
 */
public final class DiagonalQaoa {
    public static final int MAX_QUBITS = 24;

    private final int n;
    private final double[] energy;
    private final double[] re;
    private final double[] im;
    /** When the energies take few distinct values: their sorted list and each state's index into it. */
    private final double[] levels;
    private final char[] level;
    private final double[] levelCos;
    private final double[] levelSin;
    private final int blockBits;

    public DiagonalQaoa(Ising ising) {
        this(ising, 12, Character.MAX_VALUE);
    }

    /**
     * With the low {@code blockBits} qubits mixed block by block (2^12 amplitudes = 64 KiB by
     * default) and per-level phases when there are at most {@code maxLevels} distinct energies.
     */
    DiagonalQaoa(Ising ising, int blockBits, int maxLevels) {
        this.blockBits = blockBits;
        n = ising.size();
        if (n > MAX_QUBITS) {
            throw new IllegalArgumentException("QAOA simulation is limited to " + MAX_QUBITS + " qubits, not " + n);
        }
        energy = energies(ising);
        re = new double[energy.length];
        im = new double[energy.length];
        double[] sorted = energy.clone();
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int z = 0; z < sorted.length && distinct <= maxLevels; z++) {
            if (z == 0 || sorted[z] != sorted[z - 1]) {
                sorted[distinct++] = sorted[z];
            }
        }
        if (distinct <= Math.min(maxLevels, Character.MAX_VALUE)) {
            levels = java.util.Arrays.copyOf(sorted, distinct);
            levelCos = new double[distinct];
            levelSin = new double[distinct];
            level = new char[energy.length];
            for (int z = 0; z < energy.length; z++) {
                level[z] = (char) java.util.Arrays.binarySearch(levels, energy[z]);
            }
        } else {
            levels = null;
            level = null;
            levelCos = null;
            levelSin = null;
        }
    }

    public int qubits() {
        return n;
    }

    /** The energy of every basis state (including the constant), built by flipping one bit at a time. */
    public static double[] energies(Ising ising) {
        int n = ising.size();
        int dim = 1 << n;
        double[] e = new double[dim];
        double base = ising.offset();
        for (int q = 0; q < n; q++) {
            base += ising.h()[q];
            for (int r = q + 1; r < n; r++) {
                base += ising.j()[q][r];
            }
        }
        e[0] = base;
        for (int z = 1; z < dim; z++) {
            int q = Integer.numberOfTrailingZeros(z);
            int prev = z & (z - 1);
            // Flip qubit q from spin +1 to -1: ΔE = -2 (h_q + Σ_r J_qr s_r).
            double field = ising.h()[q];
            double[] jq = ising.j()[q];
            for (int r = 0; r < n; r++) {
                if (r != q && jq[r] != 0) {
                    field += ((prev >>> r) & 1) == 1 ? -jq[r] : jq[r];
                }
            }
            e[z] = e[prev] - 2 * field;
        }
        return e;
    }

    public double[] energies() {
        return energy;
    }

    /** Prepares the QAOA state for the given angles. */
    public void run(double[] gammas, double[] betas) {
        int dim = energy.length;
        double amp = 1 / Math.sqrt(dim);
        java.util.Arrays.fill(re, amp);
        java.util.Arrays.fill(im, 0);
        int low = Math.min(n, blockBits);
        int block = 1 << low;
        for (int l = 0; l < gammas.length; l++) {
            double c = Math.cos(betas[l]);
            double s = Math.sin(betas[l]);
            preparePhase(gammas[l]);
            // Cache blocking: the phase and the mixers of the low qubits touch one block of
            // 2^blockBits amplitudes at a time; only the high qubits need full passes.
            for (int base = 0; base < dim; base += block) {
                applyPhase(gammas[l], base, base + block);
                for (int q = 0; q < low; q++) {
                    mix(q, base, base + block, c, s);
                }
            }
            for (int q = low; q < n; q++) {
                mix(q, 0, dim, c, s);
            }
        }
    }

    /** {@code e^{-iβX}} on qubit q for the amplitudes in [from, to), a range aligned to 2^(q+1). */
    private void mix(int q, int from, int to, double c, double s) {
        int stride = 1 << q;
        for (int pair = from; pair < to; pair += 2 * stride) {
            for (int z = pair; z < pair + stride; z++) {
                int y = z + stride;
                double ar = re[z];
                double ai = im[z];
                double br = re[y];
                double bi = im[y];
                // [c, -is; -is, c]
                re[z] = c * ar + s * bi;
                im[z] = c * ai - s * br;
                re[y] = c * br + s * ai;
                im[y] = c * bi - s * ar;
            }
        }
    }

    /** With few distinct energies (integer-valued problems), the phase of each level, once per layer. */
    private void preparePhase(double g) {
        if (levels != null) {
            for (int k = 0; k < levels.length; k++) {
                levelCos[k] = Math.cos(-g * levels[k]);
                levelSin[k] = Math.sin(-g * levels[k]);
            }
        }
    }

    /** Multiplies amplitude z in [from, to) by {@code e^{-iγE_z}}. */
    private void applyPhase(double g, int from, int to) {
        if (levels != null) {
            for (int z = from; z < to; z++) {
                int k = level[z];
                double a = re[z];
                double b = im[z];
                re[z] = a * levelCos[k] - b * levelSin[k];
                im[z] = a * levelSin[k] + b * levelCos[k];
            }
            return;
        }
        for (int z = from; z < to; z++) {
            double phase = -g * energy[z];
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            double a = re[z];
            double b = im[z];
            re[z] = a * c - b * s;
            im[z] = a * s + b * c;
        }
    }

    /** {@code <C>} of the last prepared state. */
    public double expectation() {
        double e = 0;
        for (int z = 0; z < energy.length; z++) {
            e += (re[z] * re[z] + im[z] * im[z]) * energy[z];
        }
        return e;
    }

    /** Probability of each basis state of the last prepared state. */
    public double[] probabilities() {
        double[] p = new double[energy.length];
        for (int z = 0; z < p.length; z++) {
            p[z] = re[z] * re[z] + im[z] * im[z];
        }
        return p;
    }

    /** Amplitudes {re, im} of the last prepared state (copies). */
    public double[][] amplitudes() {
        return new double[][] {re.clone(), im.clone()};
    }
}
