package qtool.synthesis.cliffordt;

import java.util.Arrays;

/**
 * The SO(3) rotation R(U)_{ij} = ½·tr(σ_i U σ_j U†) of a D[ω] unitary: a real 3×3 matrix with entries
 * in Z[1/√2], stored as Z[√2] numerators over a common √2^k with k minimal. It forgets the global
 * phase, and R(UV) = R(U)R(V). Its least denominator exponent k is the minimal T-count of U
 * (Giles–Selinger's remark on Matsumoto–Amano normal form), which makes it the right measure for
 * peeling syllables off one at a time.
 */
final class BlochMatrix {
    private final ZRoot2[] e;
    private final int k;

    BlochMatrix(ZRoot2[] entries, int k) {
        ZRoot2[] r = entries.clone();
        int kk = k;
        while (kk > 0 && allDivisible(r)) {
            for (int i = 0; i < 9; i++) {
                r[i] = r[i].divideBySqrt2();
            }
            kk--;
        }
        this.e = r;
        this.k = kk;
    }

    private static boolean allDivisible(ZRoot2[] r) {
        for (ZRoot2 z : r) {
            if (!z.divisibleBySqrt2()) {
                return false;
            }
        }
        return true;
    }

    static BlochMatrix of(ExactUnitary u) {
        ExactUnitary ud = u.adjoint();
        ExactUnitary[] conj = new ExactUnitary[3];
        for (int j = 0; j < 3; j++) {
            conj[j] = u.multiply(pauli(j)).multiply(ud);
        }
        ZRoot2[] r = new ZRoot2[9];
        int common = 0;
        for (ExactUnitary c : conj) {
            common = Math.max(common, c.denominatorExponent());
        }
        for (int j = 0; j < 3; j++) {
            ExactUnitary c = conj[j];
            int lift = common - c.denominatorExponent();
            for (int i = 0; i < 3; i++) {
                ZOmega tr = traceWithPauli(i, c);
                for (int s = 0; s < lift; s++) {
                    tr = tr.timesSqrt2();
                }
                r[3 * i + j] = tr.toZRoot2();
            }
        }
        // ½ = 1/√2²
        return new BlochMatrix(r, common + 2);
    }

    private static ExactUnitary pauli(int j) {
        return switch (j) {
            case 0 -> Letter.X.matrix();
            case 1 -> Letter.Y.matrix();
            default -> Letter.Z.matrix();
        };
    }

    /** Numerator of tr(σ_i·M). */
    private static ZOmega traceWithPauli(int i, ExactUnitary m) {
        ZOmega m00 = m.numerator(0, 0);
        ZOmega m01 = m.numerator(0, 1);
        ZOmega m10 = m.numerator(1, 0);
        ZOmega m11 = m.numerator(1, 1);
        return switch (i) {
            case 0 -> m10.add(m01);
            case 1 -> m01.subtract(m10).multiply(ZOmega.I);
            default -> m00.subtract(m11);
        };
    }

    int denominatorExponent() {
        return k;
    }

    ZRoot2 numerator(int row, int col) {
        return e[3 * row + col];
    }

    BlochMatrix multiply(BlochMatrix o) {
        ZRoot2[] r = new ZRoot2[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ZRoot2 s = ZRoot2.ZERO;
                for (int l = 0; l < 3; l++) {
                    ZRoot2 a = e[3 * i + l];
                    ZRoot2 b = o.e[3 * l + j];
                    if (!a.isZero() && !b.isZero()) {
                        s = s.add(a.multiply(b));
                    }
                }
                r[3 * i + j] = s;
            }
        }
        return new BlochMatrix(r, k + o.k);
    }

    /** A key identifying a k = 0 matrix (a signed permutation), for the Clifford table. */
    String key() {
        return k + ":" + Arrays.toString(e);
    }
}
