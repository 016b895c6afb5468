package qtool.ir;

import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * The matrices of the {@link Gate} table, in big-endian operand order (operand 0 is the most
 * significant index bit, so controls come first).
 *
 * <p>Conventions, chosen so that every stdgates.inc body equals its gate exactly:
 * {@link #std} is the textbook (and Qiskit {@code UGate}) matrix
 * {@code [[c, -e^{iλ}s], [e^{iφ}s, e^{i(φ+λ)}c]]}; the OpenQASM 3 built-in {@code U} is
 * {@code e^{iθ/2}} times that, as in the current OpenQASM 3 specification
 * ({@code U = ½[[1+e^{iθ}, -ie^{iλ}(1-e^{iθ})], [ie^{iφ}(1-e^{iθ}), e^{i(φ+λ)}(1+e^{iθ})]]}). Fixed
 * gates are written out entry by entry rather than computed, so they carry no rounding.
 */
final class GateMatrices {
    private static final double R = Math.sqrt(0.5);

    private GateMatrices() {
    }

    /** A square matrix from interleaved (re, im) entries. */
    static ZMatrixRMaj square(double... reIm) {
        int dim = (int) Math.round(Math.sqrt(reIm.length / 2.0));
        return Matrices.of(dim, dim, reIm);
    }

    /** A diagonal matrix with entries {@code e^{i angle_j}}. */
    static ZMatrixRMaj diagPhases(double... angles) {
        ZMatrixRMaj m = new ZMatrixRMaj(angles.length, angles.length);
        for (int j = 0; j < angles.length; j++) {
            m.set(j, j, Math.cos(angles[j]), Math.sin(angles[j]));
        }
        return m;
    }

    /** The textbook / Qiskit {@code u(θ, φ, λ)} matrix. */
    static ZMatrixRMaj std(double theta, double phi, double lambda) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        return square(
                c, 0, -Math.cos(lambda) * s, -Math.sin(lambda) * s,
                Math.cos(phi) * s, Math.sin(phi) * s, Math.cos(phi + lambda) * c, Math.sin(phi + lambda) * c);
    }

    /** The OpenQASM 3 built-in {@code U(θ, φ, λ) = e^{iθ/2} std(θ, φ, λ)}. */
    static ZMatrixRMaj builtinU(double theta, double phi, double lambda) {
        return Matrices.phase(std(theta, phi, lambda), theta / 2);
    }

    /** OpenQASM 2's U as stdgates.inc's u3: {@code e^{-i(φ+λ)/2} std(θ, φ, λ)}. */
    static ZMatrixRMaj u3(double theta, double phi, double lambda) {
        return Matrices.phase(std(theta, phi, lambda), -(phi + lambda) / 2);
    }

    /** {@code e^{iγ} m}. */
    static ZMatrixRMaj phased(ZMatrixRMaj m, double gamma) {
        return Matrices.phase(m, gamma);
    }

    static ZMatrixRMaj gphase(double gamma) {
        return diagPhases(gamma);
    }

    static ZMatrixRMaj id() {
        return Matrices.identity(2);
    }

    static ZMatrixRMaj x() {
        return square(0, 0, 1, 0, 1, 0, 0, 0);
    }

    static ZMatrixRMaj y() {
        return square(0, 0, 0, -1, 0, 1, 0, 0);
    }

    static ZMatrixRMaj z() {
        return square(1, 0, 0, 0, 0, 0, -1, 0);
    }

    static ZMatrixRMaj h() {
        return square(R, 0, R, 0, R, 0, -R, 0);
    }

    static ZMatrixRMaj s() {
        return square(1, 0, 0, 0, 0, 0, 0, 1);
    }

    static ZMatrixRMaj sdg() {
        return square(1, 0, 0, 0, 0, 0, 0, -1);
    }

    static ZMatrixRMaj t() {
        return square(1, 0, 0, 0, 0, 0, R, R);
    }

    static ZMatrixRMaj tdg() {
        return square(1, 0, 0, 0, 0, 0, R, -R);
    }

    /** sqrt(X) = ½[[1+i, 1-i], [1-i, 1+i]]. */
    static ZMatrixRMaj sx() {
        return square(0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
    }

    static ZMatrixRMaj sxdg() {
        return square(0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5);
    }

    static ZMatrixRMaj rx(double theta) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        return square(c, 0, 0, -s, 0, -s, c, 0);
    }

    static ZMatrixRMaj ry(double theta) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        return square(c, 0, -s, 0, s, 0, c, 0);
    }

    static ZMatrixRMaj rz(double theta) {
        return diagPhases(-theta / 2, theta / 2);
    }

    static ZMatrixRMaj p(double lambda) {
        return diagPhases(0, lambda);
    }

    /** {@code ctrl(k) @ u}. */
    static ZMatrixRMaj ctrl(int k, ZMatrixRMaj u) {
        return Matrices.controlled(u, k);
    }

    /** {@code exp(-iθ/2 A⊗B)} for Paulis A, B (squares to the identity). */
    static ZMatrixRMaj pauliRotation(double theta, ZMatrixRMaj a, ZMatrixRMaj b) {
        ZMatrixRMaj ab = Matrices.kron(a, b);
        ZMatrixRMaj m = Matrices.scale(ab, 0, -Math.sin(theta / 2));
        double c = Math.cos(theta / 2);
        for (int i = 0; i < 4; i++) {
            m.set(i, i, m.getReal(i, i) + c, m.getImag(i, i));
        }
        return m;
    }

    static ZMatrixRMaj swap() {
        return permutation(0, 2, 1, 3);
    }

    static ZMatrixRMaj iswap() {
        return square(
                1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 1, 0, 0,
                0, 0, 0, 1, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0);
    }

    /** Qiskit's ECR = (X⊗I - Y⊗X)/√2 in operand order. */
    static ZMatrixRMaj ecr() {
        return square(
                0, 0, 0, 0, R, 0, 0, R,
                0, 0, 0, 0, 0, R, R, 0,
                R, 0, 0, -R, 0, 0, 0, 0,
                0, -R, R, 0, 0, 0, 0, 0);
    }

    /** Controlled swap: identity except that |101> and |110> are exchanged. */
    static ZMatrixRMaj cswap() {
        return permutation(0, 1, 2, 3, 4, 6, 5, 7);
    }

    /**
     * Qiskit's relative-phase Toffoli: on target c it applies I, I, Z, Y for control values
     * ab = 00, 01, 10, 11 (Qiskit's matrix with the qubit order reversed).
     */
    static ZMatrixRMaj rccx() {
        ZMatrixRMaj m = Matrices.identity(8);
        m.set(5, 5, -1, 0);
        m.set(6, 6, 0, 0);
        m.set(7, 7, 0, 0);
        m.set(6, 7, 0, -1);
        m.set(7, 6, 0, 1);
        return m;
    }

    /** Qiskit's relative-phase 3-controlled X (its matrix with the qubit order reversed). */
    static ZMatrixRMaj rc3x() {
        ZMatrixRMaj m = Matrices.identity(16);
        m.set(12, 12, 0, 1);
        m.set(13, 13, 0, -1);
        m.set(14, 14, 0, 0);
        m.set(15, 15, 0, 0);
        m.set(14, 15, 1, 0);
        m.set(15, 14, -1, 0);
        return m;
    }

    // Stim's Clifford gates, entry by entry from Stim's doc/gates.md. Stim prints two-qubit
    // matrices little-endian (its first target is the least significant bit), so those are
    // written as printed and then put into the table's big-endian order by littleEndian().

    /** A two-qubit matrix given in little-endian operand order, returned big-endian. */
    static ZMatrixRMaj littleEndian(double... reIm) {
        return Matrices.reverseQubits(square(reIm));
    }

    /** SQRT_Y = ½[[1+i, -1-i], [1+i, 1+i]] = e^{iπ/4}·ry(π/2). */
    static ZMatrixRMaj sy() {
        return square(0.5, 0.5, -0.5, -0.5, 0.5, 0.5, 0.5, 0.5);
    }

    static ZMatrixRMaj sydg() {
        return Matrices.dagger(sy());
    }

    /** C_XYZ = ½[[1-i, -1-i], [1-i, 1+i]]: X → Y → Z → X. */
    static ZMatrixRMaj cxyz() {
        return square(0.5, -0.5, -0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
    }

    /** C_ZYX = ½[[1+i, 1+i], [-1+i, 1-i]], the inverse of C_XYZ. */
    static ZMatrixRMaj czyx() {
        return square(0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0.5, -0.5);
    }

    /** H_XY = [[0, 1-i], [1+i, 0]]/√2: swaps X and Y. */
    static ZMatrixRMaj hxy() {
        return square(0, 0, R, -R, R, R, 0, 0);
    }

    /** H_YZ = [[1, -i], [i, -1]]/√2: swaps Y and Z. */
    static ZMatrixRMaj hyz() {
        return square(R, 0, 0, -R, 0, R, -R, 0);
    }

    /** SQRT_XX = ½[[1+i, 0, 0, 1-i], [0, 1+i, 1-i, 0], [0, 1-i, 1+i, 0], [1-i, 0, 0, 1+i]]. */
    static ZMatrixRMaj sqrtXX() {
        return square(
                0.5, 0.5, 0, 0, 0, 0, 0.5, -0.5,
                0, 0, 0.5, 0.5, 0.5, -0.5, 0, 0,
                0, 0, 0.5, -0.5, 0.5, 0.5, 0, 0,
                0.5, -0.5, 0, 0, 0, 0, 0.5, 0.5);
    }

    /** SQRT_YY = ½[[1+i, 0, 0, -1+i], [0, 1+i, 1-i, 0], [0, 1-i, 1+i, 0], [-1+i, 0, 0, 1+i]]. */
    static ZMatrixRMaj sqrtYY() {
        return square(
                0.5, 0.5, 0, 0, 0, 0, -0.5, 0.5,
                0, 0, 0.5, 0.5, 0.5, -0.5, 0, 0,
                0, 0, 0.5, -0.5, 0.5, 0.5, 0, 0,
                -0.5, 0.5, 0, 0, 0, 0, 0.5, 0.5);
    }

    /** SQRT_ZZ = diag(1, i, i, 1). */
    static ZMatrixRMaj sqrtZZ() {
        return diagPhases(0, Math.PI / 2, Math.PI / 2, 0);
    }

    /** Stim's XCX: ½[[1, 1, 1, -1], [1, 1, -1, 1], [1, -1, 1, 1], [-1, 1, 1, 1]] (symmetric). */
    static ZMatrixRMaj xcx() {
        return square(
                0.5, 0, 0.5, 0, 0.5, 0, -0.5, 0,
                0.5, 0, 0.5, 0, -0.5, 0, 0.5, 0,
                0.5, 0, -0.5, 0, 0.5, 0, 0.5, 0,
                -0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0);
    }

    static ZMatrixRMaj xcy() {
        return littleEndian(
                0.5, 0, 0.5, 0, 0, -0.5, 0, 0.5,
                0.5, 0, 0.5, 0, 0, 0.5, 0, -0.5,
                0, 0.5, 0, -0.5, 0.5, 0, 0.5, 0,
                0, -0.5, 0, 0.5, 0.5, 0, 0.5, 0);
    }

    /** X-controlled Z: a CX controlled by the second operand. */
    static ZMatrixRMaj xcz() {
        return permutation(0, 3, 2, 1);
    }

    static ZMatrixRMaj ycx() {
        return littleEndian(
                0.5, 0, 0, -0.5, 0.5, 0, 0, 0.5,
                0, 0.5, 0.5, 0, 0, -0.5, 0.5, 0,
                0.5, 0, 0, 0.5, 0.5, 0, 0, -0.5,
                0, -0.5, 0.5, 0, 0, 0.5, 0.5, 0);
    }

    static ZMatrixRMaj ycy() {
        return littleEndian(
                0.5, 0, 0, -0.5, 0, -0.5, 0.5, 0,
                0, 0.5, 0.5, 0, -0.5, 0, 0, -0.5,
                0, 0.5, -0.5, 0, 0.5, 0, 0, -0.5,
                0.5, 0, 0, 0.5, 0, 0.5, 0.5, 0);
    }

    static ZMatrixRMaj ycz() {
        return littleEndian(
                1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 1, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, -1,
                0, 0, 0, 0, 0, 1, 0, 0);
    }

    /** CXSWAP: CX then SWAP (little-endian permutation 0, 3, 1, 2 as Stim prints it). */
    static ZMatrixRMaj cxswap() {
        return littleEndian(
                1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 1, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0,
                0, 0, 1, 0, 0, 0, 0, 0);
    }

    /** The permutation matrix sending basis state j to {@code images[j]}. */
    static ZMatrixRMaj permutation(int... images) {
        ZMatrixRMaj m = new ZMatrixRMaj(images.length, images.length);
        for (int j = 0; j < images.length; j++) {
            m.set(images[j], j, 1, 0);
        }
        return m;
    }
}
