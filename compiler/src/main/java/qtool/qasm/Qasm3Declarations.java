package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import qtool.grammar.Qasm3Parser;
import qtool.grammar.Qasm3Parser.ExpressionContext;
import qtool.ir.Param;
import qtool.ir.Register;

/**
 * The declaration statements of OpenQASM 3 for {@link Qasm3Builder}: qubit and bit registers
 * (flattened into the circuit's indices), compile-time classical variables and constants with their
 * declared types applied, {@code input} angles (symbolic parameters) and {@code let} aliases.
 */
final class Qasm3Declarations {
    private final Qasm3Builder b;

    Qasm3Declarations(Qasm3Builder b) {
        this.b = b;
    }

    int designatorSize(Qasm3Parser.DesignatorContext d, int fallback) {
        if (d == null) {
            return fallback;
        }
        BigInteger n = b.expressions.integer(b.expressions.eval(d.expression()), d.expression());
        if (n.signum() <= 0 || n.bitLength() > 24) {
            throw b.loc(d).error("size must be between 1 and 16777215, got " + n);
        }
        return n.intValue();
    }

    String registerName(String name) {
        String candidate = name;
        int k = 1;
        while (!b.registerNames.add(candidate)) {
            candidate = name + "_" + k++;
        }
        return candidate;
    }

    void declareQubits(TerminalNode id, Qasm3Parser.DesignatorContext d) {
        if (!b.scopes.atGlobalScope()) {
            throw b.loc(id.getSymbol()).error("qubits can only be declared at global scope");
        }
        if (b.hardwareQubits) {
            throw b.loc(id.getSymbol()).error("cannot declare qubits in a program that uses hardware qubits ($n)");
        }
        int size = designatorSize(d, 1);
        b.namedQubits = true;
        Register r = b.circuit.addRegister(registerName(id.getText()), Register.Kind.QUBIT, size);
        b.declare(id, new Symbol.Variable(id.getText(), new Value.Qubits(range(r), d == null), "qubit", true,
                b.loc(id.getSymbol())));
    }

    Value.Bits declareBits(TerminalNode id, int size, boolean single, String type) {
        Register r = b.circuit.addRegister(registerName(id.getText()), Register.Kind.CLBIT, size);
        Value.Bits bits = new Value.Bits(range(r), single);
        b.declare(id, new Symbol.Variable(id.getText(), bits, type, false, b.loc(id.getSymbol())));
        return bits;
    }

    static int[] range(Register r) {
        int[] out = new int[r.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.start() + i;
        }
        return out;
    }

    void oldStyle(Qasm3Parser.OldStyleDeclarationStatementContext o) {
        if (o.QREG() != null) {
            declareQubits(o.Identifier(), o.designator());
        } else {
            declareBits(o.Identifier(), designatorSize(o.designator(), 1), o.designator() == null, "creg");
        }
    }

    void classicalDeclaration(Qasm3Parser.ClassicalDeclarationStatementContext c) {
        if (c.arrayType() != null) {
            throw b.unsupported(c, "classical arrays");
        }
        Qasm3Parser.ScalarTypeContext t = c.scalarType();
        Qasm3Parser.DeclarationExpressionContext init = c.declarationExpression();
        if (t.BIT() != null) {
            Value.Bits bits = declareBits(c.Identifier(), designatorSize(t.designator(), 1), t.designator() == null,
                    "bit");
            if (init != null) {
                if (init.measureExpression() != null) {
                    b.measure(init.measureExpression(), bits.clbits(), c);
                } else if (init.arrayLiteral() != null) {
                    throw b.loc(init).error("a bit register is initialised with a bit string or integer, not an array");
                } else {
                    BigInteger v = b.expressions.integer(b.expressions.eval(init.expression()), init.expression());
                    if (v.signum() != 0) {
                        throw b.unsupported(init, "classical bits initialised to a non-zero value (bits start at 0)");
                    }
                }
            }
            return;
        }
        checkScalarType(t);
        Value v = null;
        if (init != null) {
            if (init.measureExpression() != null) {
                throw b.unsupported(init, "storing a measurement in a non-bit variable");
            }
            if (init.arrayLiteral() != null) {
                throw b.unsupported(init, "array literals");
            }
            v = convert(b.expressions.eval(init.expression()), t, init.expression());
        }
        b.declare(c.Identifier(), new Symbol.Variable(c.Identifier().getText(), v, t.getText(), false,
                b.loc(c.Identifier().getSymbol())));
    }

    void checkScalarType(Qasm3Parser.ScalarTypeContext t) {
        if (t.DURATION() != null || t.STRETCH() != null) {
            throw b.unsupported(t, "`" + t.getText() + "` (timing)");
        }
        if (t.COMPLEX() != null) {
            throw b.unsupported(t, "complex numbers");
        }
        if (t.designator() != null) {
            designatorSize(t.designator(), 1);
        }
    }

    /** Applies a declared type to a compile-time value (integers truncate reals, angles are reals). */
    Value convert(Value v, Qasm3Parser.ScalarTypeContext t, ParserRuleContext at) {
        if (v instanceof Value.Bits) {
            throw b.unsupported(at, "copying runtime (measured) bits into a classical variable");
        }
        if (v instanceof Value.Qubits) {
            throw b.loc(at).error("cannot assign qubits to a classical variable");
        }
        if (t.INT() != null || t.UINT() != null) {
            if (v instanceof Value.Real) {
                Param p = ((Value.Real) v).value();
                if (!p.isConstant()) {
                    throw b.loc(at).error("cannot store a symbolic parameter in an integer variable");
                }
                return new Value.Int(java.math.BigDecimal.valueOf(p.value()).toBigInteger());
            }
            return new Value.Int(b.expressions.integer(v, at));
        }
        if (t.FLOAT() != null || t.ANGLE() != null) {
            return new Value.Real(b.expressions.real(v, at));
        }
        if (t.BOOL() != null) {
            return new Value.Bool(b.expressions.bool(v, at));
        }
        return v;
    }

    void constDeclaration(Qasm3Parser.ConstDeclarationStatementContext c) {
        Qasm3Parser.ScalarTypeContext t = c.scalarType();
        checkScalarType(t);
        Qasm3Parser.DeclarationExpressionContext init = c.declarationExpression();
        if (init.expression() == null) {
            throw b.loc(init).error("a const must be initialised with a compile-time expression");
        }
        Value v = convert(b.expressions.eval(init.expression()), t, init.expression());
        if (v instanceof Value.Real && !((Value.Real) v).value().isConstant()) {
            throw b.loc(init).error("a const cannot depend on an input parameter");
        }
        b.declare(c.Identifier(), new Symbol.Variable(c.Identifier().getText(), v, t.getText(), true,
                b.loc(c.Identifier().getSymbol())));
    }

    void ioDeclaration(Qasm3Parser.IoDeclarationStatementContext io) {
        if (!b.scopes.atGlobalScope()) {
            throw b.loc(io).error("input and output can only be declared at global scope");
        }
        if (io.arrayType() != null) {
            throw b.unsupported(io, "array inputs and outputs");
        }
        Qasm3Parser.ScalarTypeContext t = io.scalarType();
        String name = io.Identifier().getText();
        if (io.OUTPUT() != null) {
            if (t.BIT() != null) {
                declareBits(io.Identifier(), designatorSize(t.designator(), 1), t.designator() == null, "bit");
                return;
            }
            throw b.unsupported(io, "classical outputs other than bits");
        }
        if (t.FLOAT() == null && t.ANGLE() == null) {
            throw b.unsupported(io, "`input " + t.getText() + "` (only `input angle` and `input float` parameters)");
        }
        b.declare(io.Identifier(), new Symbol.Variable(name, new Value.Real(Param.symbol(name)), t.getText(), true,
                b.loc(io.Identifier().getSymbol())));
        b.circuit.addParameter(name);
    }

    void alias(Qasm3Parser.AliasDeclarationStatementContext a) {
        List<ExpressionContext> parts = a.aliasExpression().expression();
        Value first = b.expressions.eval(parts.get(0));
        if (parts.size() == 1) {
            if (!(first instanceof Value.Qubits) && !(first instanceof Value.Bits)) {
                throw b.loc(a).error("let aliases qubits or bits, not " + Value.describe(first));
            }
            b.declare(a.Identifier(), new Symbol.Variable(a.Identifier().getText(), first, "alias",
                    first instanceof Value.Qubits, b.loc(a.Identifier().getSymbol())));
            return;
        }
        List<Integer> all = new ArrayList<>();
        boolean qubits = first instanceof Value.Qubits;
        for (ExpressionContext e : parts) {
            Value v = b.expressions.eval(e);
            if (qubits && v instanceof Value.Qubits) {
                for (int q : ((Value.Qubits) v).qubits()) {
                    all.add(q);
                }
            } else if (!qubits && v instanceof Value.Bits) {
                for (int q : ((Value.Bits) v).clbits()) {
                    all.add(q);
                }
            } else {
                throw b.loc(e).error("'++' concatenates registers of one kind");
            }
        }
        int[] arr = all.stream().mapToInt(Integer::intValue).toArray();
        Value v = qubits ? new Value.Qubits(arr, false) : new Value.Bits(arr, false);
        b.declare(a.Identifier(), new Symbol.Variable(a.Identifier().getText(), v, "alias", qubits,
                b.loc(a.Identifier().getSymbol())));
    }

}
