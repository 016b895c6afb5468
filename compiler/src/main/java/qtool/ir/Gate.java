package qtool.ir;

import static qtool.ir.GateMatrices.builtinU;
import static qtool.ir.GateMatrices.cswap;
import static qtool.ir.GateMatrices.ctrl;
import static qtool.ir.GateMatrices.ecr;
import static qtool.ir.GateMatrices.gphase;
import static qtool.ir.GateMatrices.h;
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
import static qtool.ir.GateMatrices.std;
import static qtool.ir.GateMatrices.swap;
import static qtool.ir.GateMatrices.sx;
import static qtool.ir.GateMatrices.sxdg;
import static qtool.ir.GateMatrices.t;
import static qtool.ir.GateMatrices.tdg;
import static qtool.ir.GateMatrices.x;
import static qtool.ir.GateMatrices.y;
import static qtool.ir.GateMatrices.z;
import static qtool.ir.GateSpec.clifford;
import static qtool.ir.GateSpec.operation;
import static qtool.ir.GateSpec.unitary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;

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
    H(clifford("h", 1).stim("H").matrix(a -> h()).def("U(pi/2, 0, pi) a; gphase(-pi/4);")
            .help("Hadamard.")),
    S(clifford("s", 1).stim("S").matrix(a -> s()).def("p(pi/2) a;")
            .help("S = sqrt(Z) = p(pi/2).")),
    SDG(clifford("sdg", 1).stim("S_DAG").matrix(a -> sdg()).def("p(-pi/2) a;")
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
    CX(clifford("cx", 2).alias("CX", "cnot").stim("CX").matrix(a -> ctrl(1, x())).def("ctrl @ x a, b;")
            .help("Controlled X (CNOT); control first.")),
    CY(clifford("cy", 2).stim("CY").matrix(a -> ctrl(1, y())).def("sdg b; cx a, b; s b;")
            .help("Controlled Y.")),
    CZ(clifford("cz", 2).stim("CZ").matrix(a -> ctrl(1, z())).def("h b; cx a, b; h b;")
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
    MEASURE(operation("measure", 1, "", GateFlag.MEASURE).stim("M")
            .help("Measures a qubit in the Z basis into a classical bit.")),
    RESET(operation("reset", 1, "", GateFlag.RESET).stim("R")
            .help("Resets a qubit to |0>.")),
    BARRIER(operation("barrier", -1, "", GateFlag.BARRIER, GateFlag.DIRECTIVE)
            .help("Scheduling barrier on any number of qubits; no effect on the state.")),
    DELAY(operation("delay", 1, "duration", GateFlag.DIRECTIVE)
            .help("Idles a qubit for a duration (in dt); no effect on the ideal state."));

    private final String canonicalName;
    private final List<String> aliases;
    private final int numQubits;
    private final List<String> definitionParams;
    private final List<String> definitionQubits;
    private final Set<GateFlag> flags;
    private final String qasm2Name;
    private final String qasm3Name;
    private final String stimName;
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
        this.qasm2Name = s.qasm2Name();
        this.qasm3Name = s.qasm3Name();
        this.stimName = s.stim;
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
        return flags.contains(f);
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

        static {
            for (Gate g : values()) {
                register(g.canonicalName, g);
                for (String a : g.aliases) {
                    register(a, g);
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

        private static void register(String name, Gate g) {
            Gate old = BY_NAME.put(name, g);
            if (old != null) {
                throw new IllegalStateException("gate name " + name + " used by both " + old + " and " + g);
            }
        }
    }
}
