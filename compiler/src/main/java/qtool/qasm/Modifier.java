package qtool.qasm;

import qtool.ir.Param;

/**
 * One gate modifier of OpenQASM 3 ({@code inv @}, {@code pow(k) @}, {@code ctrl(n) @},
 * {@code negctrl(n) @}) with its argument already evaluated.
 */
record Modifier(Kind kind, int count, Param exponent) {
    enum Kind { INV, POW, CTRL, NEGCTRL }

    static Modifier inv() {
        return new Modifier(Kind.INV, 0, null);
    }

    static Modifier pow(Param exponent) {
        return new Modifier(Kind.POW, 0, exponent);
    }

    static Modifier ctrl(int n) {
        return new Modifier(Kind.CTRL, n, null);
    }

    static Modifier negctrl(int n) {
        return new Modifier(Kind.NEGCTRL, n, null);
    }

    /** How many leading operands this modifier consumes as controls. */
    int controlCount() {
        return kind == Kind.CTRL || kind == Kind.NEGCTRL ? count : 0;
    }
}
