package qtool.ir;

import static qtool.ir.GateMatrices.builtinU;
import static qtool.ir.GateMatrices.cswap;
import static qtool.ir.GateMatrices.cxswap;
import static qtool.ir.GateMatrices.cxyz;
import static qtool.ir.GateMatrices.czyx;
import static qtool.ir.GateMatrices.ctrl;
import static qtool.ir.GateMatrices.ecr;
import static qtool.ir.GateMatrices.gphase;
import static qtool.ir.GateMatrices.h;
import static qtool.ir.GateMatrices.hxy;
import static qtool.ir.GateMatrices.hyz;
import static qtool.ir.GateMatrices.id;
import static qtool.ir.GateMatrices.iswap;
import static qtool.ir.GateMatrices.p;
import static qtool.ir.GateMatrices.pauliRotation;
import static qtool.ir.GateMatrices.rc3x;
import static qtool.ir.GateMatrices.rccx;
import static qtool.ir.GateMatrices.rx;
import static qtool.ir.GateMatrices.ry;
import static qtool.ir.GateMatrices.rz;
import static qtool.ir.GateMatrices.s;
import static qtool.ir.GateMatrices.sdg;
import static qtool.ir.GateMatrices.sqrtXX;
import static qtool.ir.GateMatrices.sqrtYY;
import static qtool.ir.GateMatrices.sqrtZZ;
import static qtool.ir.GateMatrices.std;
import static qtool.ir.GateMatrices.swap;
import static qtool.ir.GateMatrices.sx;
import static qtool.ir.GateMatrices.sxdg;
import static qtool.ir.GateMatrices.sy;
import static qtool.ir.GateMatrices.sydg;
import static qtool.ir.GateMatrices.t;
import static qtool.ir.GateMatrices.tdg;
import static qtool.ir.GateMatrices.x;
import static qtool.ir.GateMatrices.xcx;
import static qtool.ir.GateMatrices.xcy;
import static qtool.ir.GateMatrices.xcz;
import static qtool.ir.GateMatrices.y;
import static qtool.ir.GateMatrices.ycx;
import static qtool.ir.GateMatrices.ycy;
import static qtool.ir.GateMatrices.ycz;
import static qtool.ir.GateMatrices.z;
import static qtool.ir.GateSpec.clifford;
import static qtool.ir.GateSpec.operation;
import static qtool.ir.GateSpec.stimOnly;
import static qtool.ir.GateSpec.unitary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * The single gate table: every operation qtool knows, with its names in each format, matrix,
 * OpenQASM 3 definition and algebra (inverse, control, power).
 *
 * <p>Like Stim's {@code GateType}, the table is data that tests loop over, so a new row is tested
 * without a new test. Matrices are over the operands in big-endian order (operand 0 is the most
 * significant bit; controls first). The built-in {@code U} follows the current OpenQASM 3
 * specification, {@code U(θ,φ,λ) = e^{iθ/2}·u(θ,φ,λ)} where {@code u} is the textbook/Qiskit matrix;
 * with it every stdgates.inc body (x, h, rx, u2, u3, cu with their {@code gphase}s) equals its gate
 * exactly, and stdgates' {@code cu} equals Qiskit's. Each {@link #definition()} is an OpenQASM 3
 * body whose unitary equals {@link #matrix} exactly. Bodies of gates outside the paper's qelib1.inc
 * use neither modifiers nor {@code gphase}, so that an OpenQASM 2 writer can emit them unchanged and
 * a reader recognises them exactly; stdgates gates keep the specification's bodies.
 *
 * <p>Stim circuits share the table: every operation Stim names has a row with Stim's canonical
 * name and aliases as in Stim's doc/gates.md, looked up case-insensitively by {@link #byStimName}
 * (a separate index, since Stim's {@code RX} is a reset while qtool's {@code rx} is a rotation).
 * Stim-only rows (noise, annotations, measurements in other bases) have no OpenQASM names.
 */
public enum Gate {
    U(unitary("U", 1, "theta phi lambda").matrix(a -> builtinU(a[0], a[1], a[2]))
            .help("OpenQASM 3 built-in single-qubit gate e^{iθ/2}·u(θ,φ,λ); OpenQASM 2's U up to global phase.")),
    GPHASE(unitary("gphase", 0, "gamma").flag(GateFlag.PHASE).matrix(a -> gphase(a[0]))
            .help("Global phase e^{iγ}; under ctrl @ it becomes the phase gate p(γ) on the control.")),
    ID(clifford("id", 1).stim("I").matrix(a -> id()).def("U(0, 0, 0) a;")
            .help("Identity (idle) gate.")),
    X(clifford("x", 1).stim("X").matrix(a -> x()).def("U(pi, 0, pi) a; gphase(-pi/2);")
            .help("Pauli X (bit flip, NOT).")),
    Y(clifford("y", 1).stim("Y").matrix(a -> y()).def("U(pi, pi/2, pi/2) a; gphase(-pi/2);")
            .help("Pauli Y.")),
    Z(clifford("z", 1).stim("Z").matrix(a -> z()).def("p(pi) a;")
            .help("Pauli Z (phase flip).")),
    H(clifford("h", 1).stim("H", "H_XZ").matrix(a -> h()).def("U(pi/2, 0, pi) a; gphase(-pi/4);")
            .help("Hadamard.")),
    S(clifford("s", 1).stim("S", "SQRT_Z").matrix(a -> s()).def("p(pi/2) a;")
            .help("S = sqrt(Z) = p(pi/2).")),
    SDG(clifford("sdg", 1).stim("S_DAG", "SQRT_Z_DAG").matrix(a -> sdg()).def("p(-pi/2) a;")
            .help("Adjoint of S = p(-pi/2).")),
    T(unitary("t", 1, "").matrix(a -> t()).def("p(pi/4) a;")
            .help("T = sqrt(S) = p(pi/4).")),
    TDG(unitary("tdg", 1, "").matrix(a -> tdg()).def("p(-pi/4) a;")
            .help("Adjoint of T = p(-pi/4).")),
    SX(clifford("sx", 1).stim("SQRT_X").matrix(a -> sx()).def("h a; s a; h a;")
            .help("sqrt(X) = e^{iπ/4}·rx(π/2).")),
    SXDG(clifford("sxdg", 1).stim("SQRT_X_DAG").matrix(a -> sxdg()).def("h a; sdg a; h a;")
            .help("Adjoint of sqrt(X).")),
    RX(unitary("rx", 1, "theta").matrix(a -> rx(a[0])).def("U(theta, -pi/2, pi/2) a; gphase(-theta/2);")
            .help("Rotation exp(-iθX/2).")),
    RY(unitary("ry", 1, "theta").matrix(a -> ry(a[0])).def("U(theta, 0, 0) a; gphase(-theta/2);")
            .help("Rotation exp(-iθY/2).")),
    RZ(unitary("rz", 1, "theta").matrix(a -> rz(a[0])).def("gphase(-theta/2); U(0, 0, theta) a;")
            .help("Rotation exp(-iθZ/2) = e^{-iθ/2}·p(θ).")),
    P(unitary("p", 1, "lambda").alias("phase", "u1").matrix(a -> p(a[0])).def("U(0, 0, lambda) a;")
            .help("Phase gate diag(1, e^{iλ}); also called phase and u1.")),
    U2(unitary("u2", 1, "phi lambda").matrix(a -> GateMatrices.u3(Math.PI / 2, a[0], a[1]))
            .def("gphase(-(phi + lambda + pi/2)/2); U(pi/2, phi, lambda) a;")
            .help("u3(π/2, φ, λ) (stdgates.inc phase: e^{-i(φ+λ)/2}·u(π/2,φ,λ)).")),
    U3(unitary("u3", 1, "theta phi lambda").matrix(a -> GateMatrices.u3(a[0], a[1], a[2]))
            .def("gphase(-(phi + lambda + theta)/2); U(theta, phi, lambda) a;")
            .help("OpenQASM 2's U: e^{-i(φ+λ)/2}·u(θ,φ,λ) = rz(φ)·ry(θ)·rz(λ) (stdgates.inc convention).")),
    UGATE(unitary("u", 1, "theta phi lambda").matrix(a -> std(a[0], a[1], a[2]))
            .def("p(lambda) a; ry(theta) a; p(phi) a;")
            .help("Qiskit's u (UGate): [[c, -e^{iλ}s], [e^{iφ}s, e^{i(φ+λ)}c]] with c, s = cos, sin(θ/2).")),
    U0(unitary("u0", 1, "gamma").matrix(a -> id()).def("U(0, 0, 0) a;")
            .help("qelib1 idle gate lasting γ single-qubit gate times; the identity.")),
    CX(clifford("cx", 2).alias("CX", "cnot").stim("CX", "ZCX", "CNOT").matrix(a -> ctrl(1, x())).def("ctrl @ x a, b;")
            .help("Controlled X (CNOT); control first.")),
    CY(clifford("cy", 2).stim("CY", "ZCY").matrix(a -> ctrl(1, y())).def("sdg b; cx a, b; s b;")
            .help("Controlled Y.")),
    CZ(clifford("cz", 2).stim("CZ", "ZCZ").matrix(a -> ctrl(1, z())).def("h b; cx a, b; h b;")
            .help("Controlled Z (symmetric).")),
    CH(unitary("ch", 2, "").matrix(a -> ctrl(1, h())).def("ry(pi/4) b; cx a, b; ry(-pi/4) b;")
            .help("Controlled Hadamard.")),
    CP(unitary("cp", 2, "lambda").alias("cphase", "cu1").matrix(a -> ctrl(1, p(a[0])))
            .def("p(lambda/2) a; cx a, b; p(-lambda/2) b; cx a, b; p(lambda/2) b;")
            .help("Controlled phase diag(1, 1, 1, e^{iλ}); also cphase and cu1.")),
    CRX(unitary("crx", 2, "theta").matrix(a -> ctrl(1, rx(a[0]))).def("h b; crz(theta) a, b; h b;")
            .help("Controlled rx.")),
    CRY(unitary("cry", 2, "theta").matrix(a -> ctrl(1, ry(a[0])))
            .def("ry(theta/2) b; cx a, b; ry(-theta/2) b; cx a, b;")
            .help("Controlled ry.")),
    CRZ(unitary("crz", 2, "theta").matrix(a -> ctrl(1, rz(a[0])))
            .def("rz(theta/2) b; cx a, b; rz(-theta/2) b; cx a, b;")
            .help("Controlled rz (differs from cp by a relative phase).")),
    CU(unitary("cu", 2, "theta phi lambda gamma")
            .matrix(a -> ctrl(1, GateMatrices.phased(std(a[0], a[1], a[2]), a[3])))
            .def("p(gamma) a; p((lambda + phi)/2) a; p((lambda - phi)/2) b; cx a, b;"
                    + " u(-theta/2, 0, -(phi + lambda)/2) b; cx a, b; u(theta/2, phi, 0) b;")
            .help("Controlled e^{iγ}·u(θ,φ,λ): Qiskit's CU, and stdgates.inc's p(γ-θ/2) a; ctrl @ U(θ,φ,λ) a, b.")),
    CU3(unitary("cu3", 2, "theta phi lambda").matrix(a -> ctrl(1, std(a[0], a[1], a[2])))
            .def("cu(theta, phi, lambda, 0) a, b;")
            .help("Controlled u(θ,φ,λ) (qelib1's cu3).")),
    CS(unitary("cs", 2, "").matrix(a -> ctrl(1, s())).def("t a; cx a, b; tdg b; cx a, b; t b;")
            .help("Controlled S = cp(π/2).")),
    CSDG(unitary("csdg", 2, "").matrix(a -> ctrl(1, sdg())).def("tdg a; cx a, b; t b; cx a, b; tdg b;")
            .help("Controlled S† = cp(-π/2).")),
    CSX(unitary("csx", 2, "").matrix(a -> ctrl(1, sx())).def("h b; cs a, b; h b;")
            .help("Controlled sqrt(X).")),
    SWAP(clifford("swap", 2).stim("SWAP").matrix(a -> swap()).def("cx a, b; cx b, a; cx a, b;")
            .help("Swaps two qubits.")),
    ISWAP(clifford("iswap", 2).stim("ISWAP").matrix(a -> iswap())
            .def("s a; s b; h a; cx a, b; cx b, a; h b;")
            .help("Swap with phase i on |01> and |10>.")),
    ECR(clifford("ecr", 2).matrix(a -> ecr()).def("rzx(pi/4) a, b; x a; rzx(-pi/4) a, b;")
            .help("Echoed cross-resonance gate (X⊗I - Y⊗X)/√2, as in Qiskit.")),
    RXX(unitary("rxx", 2, "theta").matrix(a -> pauliRotation(a[0], x(), x()))
            .def("h a; h b; cx a, b; rz(theta) b; cx a, b; h b; h a;")
            .help("exp(-iθ/2 X⊗X).")),
    RYY(unitary("ryy", 2, "theta").matrix(a -> pauliRotation(a[0], y(), y()))
            .def("rx(pi/2) a; rx(pi/2) b; cx a, b; rz(theta) b; cx a, b; rx(-pi/2) a; rx(-pi/2) b;")
            .help("exp(-iθ/2 Y⊗Y).")),
    RZZ(unitary("rzz", 2, "theta").matrix(a -> pauliRotation(a[0], z(), z()))
            .def("cx a, b; rz(theta) b; cx a, b;")
            .help("exp(-iθ/2 Z⊗Z).")),
    RZX(unitary("rzx", 2, "theta").matrix(a -> pauliRotation(a[0], z(), x()))
            .def("h b; cx a, b; rz(theta) b; cx a, b; h b;")
            .help("exp(-iθ/2 Z⊗X): Z on the first operand, X on the second (Qiskit's RZX).")),
    CCX(unitary("ccx", 3, "").matrix(a -> ctrl(2, x()))
            .def("h c; cx b, c; tdg c; cx a, c; t c; cx b, c; tdg c; cx a, c; t b; t c; h c;"
                    + " cx a, b; t a; tdg b; cx a, b;")
            .help("Toffoli: X on the third qubit when the first two are 1.")),
    CCZ(unitary("ccz", 3, "").matrix(a -> ctrl(2, z())).def("h c; ccx a, b, c; h c;")
            .help("Doubly controlled Z (symmetric).")),
    CSWAP(unitary("cswap", 3, "").matrix(a -> cswap()).def("cx c, b; ccx a, b, c; cx c, b;")
            .help("Fredkin: swaps the last two qubits when the first is 1.")),
    RCCX(unitary("rccx", 3, "").matrix(a -> rccx())
            .def("h c; t c; cx b, c; tdg c; cx a, c; t c; cx b, c; tdg c; h c;")
            .help("Qiskit's relative-phase Toffoli (Margolus): Toffoli up to relative phases.")),
    RC3X(unitary("rc3x", 4, "").alias("rcccx").matrix(a -> rc3x())
            .def("h d; t d; cx c, d; tdg d; h d; cx a, d; t d; cx b, d; tdg d; cx a, d; t d; cx b, d; tdg d;"
                    + " h d; t d; cx c, d; tdg d; h d;")
            .help("Qiskit's relative-phase 3-controlled X.")),
    C3X(unitary("c3x", 4, "").alias("cccx").matrix(a -> ctrl(3, x()))
            .def("h d; cp(-pi/4) a, d; h d; cx a, b; h d; cp(pi/4) b, d; h d; cx a, b; h d; cp(-pi/4) b, d; h d;"
                    + " cx b, c; h d; cp(pi/4) c, d; h d; cx a, c; h d; cp(-pi/4) c, d; h d; cx b, c;"
                    + " h d; cp(pi/4) c, d; h d; cx a, c; h d; cp(-pi/4) c, d; h d;")
            .help("3-controlled X.")),
    C3SQRTX(unitary("c3sqrtx", 4, "").alias("cccsqrtx").matrix(a -> ctrl(3, sx()))
            .def("h d; cp(pi/8) a, d; h d; cx a, b; h d; cp(-pi/8) b, d; h d; cx a, b; h d; cp(pi/8) b, d; h d;"
                    + " cx b, c; h d; cp(-pi/8) c, d; h d; cx a, c; h d; cp(pi/8) c, d; h d; cx b, c;"
                    + " h d; cp(-pi/8) c, d; h d; cx a, c; h d; cp(pi/8) c, d; h d;")
            .help("3-controlled sqrt(X).")),
    C4X(unitary("c4x", 5, "").alias("ccccx").matrix(a -> ctrl(4, x()))
            .def("h e; cp(pi/2) d, e; h e; c3x a, b, c, d; h e; cp(-pi/2) d, e; h e; c3x a, b, c, d;"
                    + " c3sqrtx a, b, c, e;")
            .help("4-controlled X.")),
    // Stim's Clifford gates that the OpenQASM libraries lack. Names, aliases and matrices follow
    // Stim's doc/gates.md; the bodies use only fixed library gates (no gphase, no modifiers), so
    // both OpenQASM writers can define them exactly.
    SQRT_Y(clifford("sqrt_y", 1).stim("SQRT_Y").matrix(a -> sy()).def("sdg a; sx a; s a;")
            .help("Stim's SQRT_Y = e^{iπ/4}·ry(π/2): X → -Z, Z → X.")),
    SQRT_Y_DAG(clifford("sqrt_y_dag", 1).stim("SQRT_Y_DAG").matrix(a -> sydg())
            .def("sdg a; sxdg a; s a;")
            .help("Adjoint of SQRT_Y: X → Z, Z → -X.")),
    C_XYZ(clifford("c_xyz", 1).stim("C_XYZ").matrix(a -> cxyz()).def("z a; sxdg a; sdg a;")
            .help("Stim's period-3 axis cycle X → Y → Z → X (120° about X+Y+Z).")),
    C_ZYX(clifford("c_zyx", 1).stim("C_ZYX").matrix(a -> czyx()).def("s a; y a; sx a;")
            .help("Stim's period-3 axis cycle Z → Y → X → Z; the inverse of C_XYZ.")),
    H_XY(clifford("h_xy", 1).stim("H_XY").matrix(a -> hxy()).def("h a; s a; sxdg a;")
            .help("Hadamard variant swapping X and Y: [[0, 1-i], [1+i, 0]]/√2.")),
    H_YZ(clifford("h_yz", 1).stim("H_YZ").matrix(a -> hyz()).def("h a; sxdg a; s a;")
            .help("Hadamard variant swapping Y and Z: [[1, -i], [i, -1]]/√2.")),
    SQRT_XX(clifford("sqrt_xx", 2).stim("SQRT_XX").matrix(a -> sqrtXX()).def("cx a, b; sx a; cx a, b;")
            .help("Phases the -1 eigenspace of X⊗X by i: e^{iπ/4}·rxx(π/2).")),
    SQRT_XX_DAG(clifford("sqrt_xx_dag", 2).stim("SQRT_XX_DAG").matrix(a -> Matrices.dagger(sqrtXX()))
            .def("cx a, b; sxdg a; cx a, b;")
            .help("Adjoint of SQRT_XX.")),
    SQRT_YY(clifford("sqrt_yy", 2).stim("SQRT_YY").matrix(a -> sqrtYY())
            .def("cz a, b; cx a, b; sx a; cx a, b; cz a, b;")
            .help("Phases the -1 eigenspace of Y⊗Y by i: e^{iπ/4}·ryy(π/2).")),
    SQRT_YY_DAG(clifford("sqrt_yy_dag", 2).stim("SQRT_YY_DAG").matrix(a -> Matrices.dagger(sqrtYY()))
            .def("cz a, b; cx a, b; sxdg a; cx a, b; cz a, b;")
            .help("Adjoint of SQRT_YY.")),
    SQRT_ZZ(clifford("sqrt_zz", 2).stim("SQRT_ZZ").matrix(a -> sqrtZZ()).def("s a; s b; cz a, b;")
            .help("Phases the -1 eigenspace of Z⊗Z by i: diag(1, i, i, 1).")),
    SQRT_ZZ_DAG(clifford("sqrt_zz_dag", 2).stim("SQRT_ZZ_DAG").matrix(a -> Matrices.dagger(sqrtZZ()))
            .def("sdg a; sdg b; cz a, b;")
            .help("Adjoint of SQRT_ZZ: diag(1, -i, -i, 1).")),
    ISWAP_DAG(clifford("iswap_dag", 2).stim("ISWAP_DAG").matrix(a -> Matrices.dagger(iswap()))
            .def("sdg a; sdg b; cz a, b; swap a, b;")
            .help("Adjoint of iswap: swap with phase -i on |01> and |10>.")),
    XCX(clifford("xcx", 2).stim("XCX").matrix(a -> xcx()).def("h a; cx a, b; h a;")
            .help("X-controlled X: X on the second qubit when the first is |->.")),
    XCY(clifford("xcy", 2).stim("XCY").matrix(a -> xcy()).def("sx b; cx b, a; sxdg b;")
            .help("X-controlled Y: Y on the second qubit when the first is |->.")),
    XCZ(clifford("xcz", 2).stim("XCZ").matrix(a -> xcz()).def("cx b, a;")
            .help("X-controlled Z, which is cx with the operands exchanged.")),
    YCX(clifford("ycx", 2).stim("YCX").matrix(a -> ycx()).def("sx a; cx a, b; sxdg a;")
            .help("Y-controlled X: X on the second qubit when the first is |-i>.")),
    YCY(clifford("ycy", 2).stim("YCY").matrix(a -> ycy()).def("sdg a; sx b; cx b, a; s a; sxdg b;")
            .help("Y-controlled Y: Y on the second qubit when the first is |-i>.")),
    YCZ(clifford("ycz", 2).stim("YCZ").matrix(a -> ycz()).def("s b; cz a, b; cx b, a;")
            .help("Y-controlled Z, which is cy with the operands exchanged.")),
    CXSWAP(clifford("cxswap", 2).stim("CXSWAP").matrix(a -> cxswap()).def("cx a, b; swap a, b;")
            .help("cx then swap (Stim's CXSWAP).")),
    SWAPCX(clifford("swapcx", 2).stim("SWAPCX").matrix(a -> Matrices.dagger(cxswap())).def("cx a, b; cx b, a;")
            .help("swap then cx (Stim's SWAPCX); the inverse of CXSWAP.")),
    MEASURE(operation("measure", 1, "", GateFlag.MEASURE).stim("M", "MZ").stimArgs(0, 1)
            .help("Measures a qubit in the Z basis into a classical bit (in Stim, M(p) flips the result with probability p).")),
    RESET(operation("reset", 1, "", GateFlag.RESET).stim("R", "RZ")
            .help("Resets a qubit to |0>.")),
    BARRIER(operation("barrier", -1, "", GateFlag.BARRIER, GateFlag.DIRECTIVE)
            .help("Scheduling barrier on any number of qubits; no effect on the state.")),
    DELAY(operation("delay", 1, "duration", GateFlag.DIRECTIVE)
            .help("Idles a qubit for a duration (in dt); no effect on the ideal state.")),
    // Stim-only operations: measurements and resets in other bases, noise channels and
    // annotations. They have no OpenQASM form; Stim's doc/gates.md gives names and arguments.
    MEASURE_X(stimOnly("measure_x", 1, "", GateFlag.MEASURE).stim("MX").stimArgs(0, 1)
            .help("X-basis measurement; MX(p) flips the recorded result with probability p.")),
    MEASURE_Y(stimOnly("measure_y", 1, "", GateFlag.MEASURE).stim("MY").stimArgs(0, 1)
            .help("Y-basis measurement; MY(p) flips the recorded result with probability p.")),
    MEASURE_RESET(stimOnly("measure_reset", 1, "", GateFlag.MEASURE, GateFlag.RESET).stim("MR", "MRZ")
            .stimArgs(0, 1)
            .help("Z-basis measurement, then reset to |0>.")),
    MEASURE_RESET_X(stimOnly("measure_reset_x", 1, "", GateFlag.MEASURE, GateFlag.RESET).stim("MRX")
            .stimArgs(0, 1)
            .help("X-basis measurement, then reset to |+>.")),
    MEASURE_RESET_Y(stimOnly("measure_reset_y", 1, "", GateFlag.MEASURE, GateFlag.RESET).stim("MRY")
            .stimArgs(0, 1)
            .help("Y-basis measurement, then reset to |i>.")),
    RESET_X(stimOnly("reset_x", 1, "", GateFlag.RESET).stim("RX")
            .help("Resets a qubit to |+>.")),
    RESET_Y(stimOnly("reset_y", 1, "", GateFlag.RESET).stim("RY")
            .help("Resets a qubit to |i>.")),
    MPP(stimOnly("mpp", -1, "", GateFlag.MEASURE).stim("MPP").stimArgs(0, 1)
            .help("Measures Pauli products such as X1*Y2 !Z3; one result per product.")),
    X_ERROR(stimOnly("x_error", 1, "p", GateFlag.NOISE).stim("X_ERROR")
            .help("Applies X with probability p.")),
    Y_ERROR(stimOnly("y_error", 1, "p", GateFlag.NOISE).stim("Y_ERROR")
            .help("Applies Y with probability p.")),
    Z_ERROR(stimOnly("z_error", 1, "p", GateFlag.NOISE).stim("Z_ERROR")
            .help("Applies Z with probability p.")),
    DEPOLARIZE1(stimOnly("depolarize1", 1, "p", GateFlag.NOISE).stim("DEPOLARIZE1")
            .help("Applies X, Y or Z, each with probability p/3.")),
    DEPOLARIZE2(stimOnly("depolarize2", 2, "p", GateFlag.NOISE).stim("DEPOLARIZE2")
            .help("Applies each of the 15 non-identity two-qubit Paulis with probability p/15.")),
    PAULI_CHANNEL_1(stimOnly("pauli_channel_1", 1, "px py pz", GateFlag.NOISE).stim("PAULI_CHANNEL_1")
            .help("Applies X, Y, Z with the disjoint probabilities px, py, pz.")),
    PAULI_CHANNEL_2(stimOnly("pauli_channel_2", 2,
            "pix piy piz pxi pxx pxy pxz pyi pyx pyy pyz pzi pzx pzy pzz", GateFlag.NOISE).stim("PAULI_CHANNEL_2")
            .help("Applies each non-identity two-qubit Pauli (IX, IY, ..., ZZ) with its own disjoint probability.")),
    CORRELATED_ERROR(stimOnly("correlated_error", -1, "p", GateFlag.NOISE).stim("E", "CORRELATED_ERROR")
            .help("Applies a Pauli product (X1 Y2 ...) with probability p and sets the correlated-error flag.")),
    ELSE_CORRELATED_ERROR(stimOnly("else_correlated_error", -1, "p", GateFlag.NOISE)
            .stim("ELSE_CORRELATED_ERROR")
            .help("Like E, but only when no error of the preceding E/ELSE chain occurred.")),
    DETECTOR(stimOnly("detector", -1, "", GateFlag.ANNOTATION).stim("DETECTOR").stimArgs(0, Integer.MAX_VALUE)
            .help("Declares that the parity of some measurement results (rec[-k]) is deterministic; args are coordinates.")),
    OBSERVABLE_INCLUDE(stimOnly("observable_include", -1, "index", GateFlag.ANNOTATION).stim("OBSERVABLE_INCLUDE")
            .help("Adds measurement results (rec[-k]) to the logical observable with the given index.")),
    QUBIT_COORDS(stimOnly("qubit_coords", -1, "", GateFlag.ANNOTATION).stim("QUBIT_COORDS")
            .stimArgs(0, Integer.MAX_VALUE)
            .help("Gives coordinates to qubits.")),
    SHIFT_COORDS(stimOnly("shift_coords", -1, "", GateFlag.ANNOTATION).stim("SHIFT_COORDS")
            .stimArgs(0, Integer.MAX_VALUE)
            .help("Shifts the coordinates of later QUBIT_COORDS and DETECTOR annotations.")),
    TICK(stimOnly("tick", -1, "", GateFlag.ANNOTATION).stim("TICK")
            .help("Marks the end of a layer of operations."));

    private final String canonicalName;
    private final List<String> aliases;
    private final int numQubits;
    private final List<String> definitionParams;
    private final List<String> definitionQubits;
    private final Set<GateFlag> flags;
    /** The flags as bits by ordinal: {@link #is} is called in simulators' inner loops. */
    private final int flagBits;
    private final String qasm2Name;
    private final String qasm3Name;
    private final String stimName;
    private final List<String> stimAliases;
    private final int stimMinArgs;
    private final int stimMaxArgs;
    private final GateSpec.MatrixFn matrixFn;
    private final String definition;
    private final String help;

    Gate(GateSpec s) {
        this.canonicalName = s.name;
        this.aliases = List.copyOf(s.aliases);
        this.numQubits = s.qubits;
        this.definitionParams = s.params;
        this.definitionQubits = s.definitionQubits();
        this.flags = Collections.unmodifiableSet(EnumSet.copyOf(s.flags));
        int bits = 0;
        for (GateFlag f : s.flags) {
            bits |= 1 << f.ordinal();
        }
        this.flagBits = bits;
        this.qasm2Name = s.qasm2Name();
        this.qasm3Name = s.qasm3Name();
        this.stimName = s.stim;
        this.stimAliases = List.copyOf(s.stimAliases);
        this.stimMinArgs = s.stimMinArgs < 0 ? s.params.size() : s.stimMinArgs;
        this.stimMaxArgs = s.stimMaxArgs < 0 ? s.params.size() : s.stimMaxArgs;
        this.matrixFn = s.matrix;
        this.definition = s.definition;
        this.help = s.help;
    }

    /** Lower-case qtool name ({@code "cx"}, {@code "u3"}), or {@code "U"} for the built-in. */
    public String canonicalName() {
        return canonicalName;
    }

    /** Other names {@link #byName} accepts ({@code CX}, {@code cnot} for cx). */
    public List<String> aliases() {
        return aliases;
    }

    /** Number of qubit operands, or -1 for variadic (barrier). */
    public int numQubits() {
        return numQubits;
    }

    public int numParams() {
        return definitionParams.size();
    }

    public boolean is(GateFlag f) {
        return (flagBits >>> f.ordinal() & 1) != 0;
    }

    public Set<GateFlag> flags() {
        return flags;
    }

    /** The name in stdgates.inc or the OpenQASM 3 built-ins (or the statement keyword); null otherwise. */
    public String qasm3Name() {
        return qasm3Name;
    }

    /** The name in qelib1.inc (strictest dialect first) or the OpenQASM 2 built-ins; null otherwise. */
    public String qasm2Name() {
        return qasm2Name;
    }

    /** The Stim instruction name, or null when Stim has no such gate. */
    public String stimName() {
        return stimName;
    }

    /** Stim's alternate names for this gate ({@code CNOT}, {@code ZCX} for CX), as Stim spells them. */
    public List<String> stimAliases() {
        return stimAliases;
    }

    /** The fewest parens arguments a Stim instruction of this gate takes. */
    public int stimMinArgs() {
        return stimMinArgs;
    }

    /** The most parens arguments a Stim instruction of this gate takes ({@link Integer#MAX_VALUE}: any). */
    public int stimMaxArgs() {
        return stimMaxArgs;
    }

    /**
     * The gate with this Stim name or Stim alias. Stim reads names case-insensitively, so this
     * does too: {@code cnot}, {@code CNOT} and {@code Cx} all give {@link #CX}.
     */
    public static Optional<Gate> byStimName(String name) {
        return Optional.ofNullable(Names.BY_STIM_NAME.get(name.toUpperCase(Locale.ROOT)));
    }

    /** The libraries that make this gate visible under some name. */
    public Set<GateLibrary> libraries() {
        return Names.LIBRARIES.get(this);
    }

    /** The gate a program sees under {@code name} when only {@code library} is included. */
    public static Optional<Gate> lookup(GateLibrary library, String name) {
        return library.contains(name) ? byName(name) : Optional.empty();
    }

    /** The gate with this canonical name or alias (case-sensitive: {@code U} is not {@code u}). */
    public static Optional<Gate> byName(String canonicalOrAlias) {
        return Optional.ofNullable(Names.BY_NAME.get(canonicalOrAlias));
    }

    /**
     * The matrix for the given parameter values: {@code 2^n x 2^n} over the operands in big-endian
     * order, 1x1 for gphase. Throws {@link UnsupportedOperationException} for non-unitary
     * operations and {@link IllegalArgumentException} for a wrong parameter count.
     */
    public ZMatrixRMaj matrix(double... params) {
        if (matrixFn == null) {
            throw new UnsupportedOperationException(canonicalName + " is not unitary and has no matrix");
        }
        if (params.length != numParams()) {
            throw new IllegalArgumentException(canonicalName + " takes " + numParams() + " parameters, got "
                    + params.length);
        }
        return matrixFn.of(params.clone());
    }

    /**
     * OpenQASM 3 gate body (statements only) over {@link #definitionParams()} and
     * {@link #definitionQubits()}, whose unitary equals {@link #matrix} exactly; null for the
     * primitives {@code U} and {@code gphase} and for non-unitary operations.
     */
    public String definition() {
        return definition;
    }

    public List<String> definitionParams() {
        return definitionParams;
    }

    public List<String> definitionQubits() {
        return definitionQubits;
    }

    /** The exact inverse as table gates on the same operands (usually one call). */
    public List<GateCall> inverse(List<Param> params) {
        return GateAlgebra.inverse(this, checked(params));
    }

    /** {@code ctrl @ this} as one table gate (the new control first), when one exists exactly. */
    public Optional<GateCall> controlled(List<Param> params) {
        return GateAlgebra.controlled(this, checked(params));
    }

    /**
     * {@code pow(k) @ this} exactly, as table gates on the same operands (a {@code gphase} call has
     * none); empty when the table cannot express it. Non-integer powers use the principal branch,
     * except that rotations scale their angle, as OpenQASM's {@code pow(0.5) @ x == sx} and Qiskit's
     * {@code RXGate.power} do.
     */
    public Optional<List<GateCall>> power(List<Param> params, double exponent) {
        return GateAlgebra.power(this, checked(params), exponent);
    }

    /** One line for {@code qtool help gates}. */
    public String help() {
        return help;
    }

    private List<Param> checked(List<Param> params) {
        if (params.size() != numParams()) {
            throw new IllegalArgumentException(canonicalName + " takes " + numParams() + " parameters, got "
                    + params.size());
        }
        return params;
    }

    /** Name indexes, built once after all constants exist. */
    private static final class Names {
        static final Map<String, Gate> BY_NAME = new HashMap<>();
        static final Map<Gate, Set<GateLibrary>> LIBRARIES = new EnumMap<>(Gate.class);
        /** Stim's names and aliases, upper case; a separate index because Stim's RX is a reset, not rx. */
        static final Map<String, Gate> BY_STIM_NAME = new HashMap<>();

        static {
            for (Gate g : values()) {
                register(BY_NAME, g.canonicalName, g);
                for (String a : g.aliases) {
                    register(BY_NAME, a, g);
                }
                if (g.stimName != null) {
                    register(BY_STIM_NAME, g.stimName.toUpperCase(Locale.ROOT), g);
                }
                for (String a : g.stimAliases) {
                    register(BY_STIM_NAME, a.toUpperCase(Locale.ROOT), g);
                }
            }
            for (Gate g : values()) {
                EnumSet<GateLibrary> libs = EnumSet.noneOf(GateLibrary.class);
                for (GateLibrary lib : GateLibrary.values()) {
                    for (String n : lib.names()) {
                        if (BY_NAME.get(n) == g) {
                            libs.add(lib);
                        }
                    }
                }
                LIBRARIES.put(g, Collections.unmodifiableSet(libs));
            }
        }

        private static void register(Map<String, Gate> index, String name, Gate g) {
            Gate old = index.put(name, g);
            if (old != null) {
                throw new IllegalStateException("gate name " + name + " used by both " + old + " and " + g);
            }
        }
    }
}
