package qtool.synthesis.cliffordt;

import qtool.ir.Gate;

/**
 * One gate of a single-qubit Clifford+T word, with its exact matrix over D[ω] and the qtool gate it
 * becomes in a circuit.
 */
public enum Letter {
    H(Gate.H, new ExactUnitary(ZOmega.ONE, ZOmega.ONE, ZOmega.ONE, ZOmega.ONE.negate(), 1)),
    S(Gate.S, diagonal(ZOmega.I)),
    SDG(Gate.SDG, diagonal(ZOmega.I.negate())),
    T(Gate.T, diagonal(ZOmega.OMEGA)),
    TDG(Gate.TDG, diagonal(ZOmega.OMEGA.timesOmegaPower(6))),
    X(Gate.X, new ExactUnitary(ZOmega.ZERO, ZOmega.ONE, ZOmega.ONE, ZOmega.ZERO, 0)),
    Y(Gate.Y, new ExactUnitary(ZOmega.ZERO, ZOmega.I.negate(), ZOmega.I, ZOmega.ZERO, 0)),
    Z(Gate.Z, diagonal(ZOmega.ONE.negate()));

    private final Gate gate;
    private final ExactUnitary matrix;

    Letter(Gate gate, ExactUnitary matrix) {
        this.gate = gate;
        this.matrix = matrix;
    }

    private static ExactUnitary diagonal(ZOmega d) {
        return new ExactUnitary(ZOmega.ONE, ZOmega.ZERO, ZOmega.ZERO, d, 0);
    }

    public Gate gate() {
        return gate;
    }

    public ExactUnitary matrix() {
        return matrix;
    }

    public boolean isT() {
        return this == T || this == TDG;
    }

    /** The lower-case name used in words and OpenQASM ({@code h}, {@code sdg}, ...). */
    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
