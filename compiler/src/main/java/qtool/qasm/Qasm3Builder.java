package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import qtool.grammar.Qasm3Parser;
import qtool.grammar.Qasm3Parser.ExpressionContext;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

/**
 * Lowers OpenQASM 3 statements into the IR. Everything classical that the IR cannot hold is
 * evaluated at compile time: constants, loop variables and integer variables, {@code for} loops over
 * constant ranges (unrolled), {@code if}/{@code switch}/{@code while} on compile-time values, and
 * {@code def} subroutines (inlined). {@code if}/{@code else} on measured bits becomes
 * classically-conditioned instructions. Constructs with runtime semantics the IR cannot represent
 * are rejected with "qtool compile does not support ...", never dropped.
 */
final class Qasm3Builder implements Qasm3Expressions.Environment {
    private static final int MAX_CALL_DEPTH = 200;
    private static final long MAX_LOOP_ITERATIONS = 10_000_000L;

    private final Circuit.Builder circuit;
    private final GateEmitter gates;
    private final Qasm2Builder.Includer includer;
    private final Consumer<Diagnostic> warnings;
    private final Scopes scopes = new Scopes();
    private final Qasm3Expressions expressions;
    private final Set<String> registerNames = new java.util.HashSet<>();
    private SourceText source;
    private Condition condition;
    private int loopDepth;
    private int callDepth;
    private long iterations;
    private boolean namedQubits;
    private boolean hardwareQubits;

    /** Unwinds to the innermost loop ({@code break}). */
    private static final class BreakSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BreakSignal() {
            super(null, null, false, false);
        }
    }

    /** Unwinds to the innermost loop ({@code continue}). */
    private static final class ContinueSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ContinueSignal() {
            super(null, null, false, false);
        }
    }

    /** Unwinds to the subroutine call ({@code return}). */
    private static final class ReturnSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Value value;

        ReturnSignal(Value value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Thrown by {@code end;} at compile time: the reader stops lowering. */
    static final class EndSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EndSignal() {
            super(null, null, false, false);
        }
    }

    Qasm3Builder(Circuit.Builder circuit, Qasm2Builder.Includer includer, Consumer<Diagnostic> warnings) {
        this.circuit = circuit;
        this.gates = new GateEmitter(false, this::emit);
        this.includer = includer;
        this.warnings = warnings;
        this.expressions = new Qasm3Expressions(this, warnings);
    }

    GateEmitter gates() {
        return gates;
    }

    void setSource(SourceText source) {
        this.source = source;
    }

    @Override
    public Loc loc(Token t) {
        return new Loc(source, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private Loc loc(ParserRuleContext ctx) {
        return loc(ctx.getStart());
    }

    private void emit(Instruction in) {
        if (condition != null && in.numClbits() > 0) {
            for (int b : in.clbits()) {
                for (int c : condition.clbits()) {
                    if (b == c) {
                        throw new IllegalStateException("conditional block overwrites its condition bits");
                    }
                }
            }
        }
        circuit.add(in);
    }

    // ---- statements -------------------------------------------------------------------------

    void topLevel(Qasm3Parser.StatementOrScopeContext s) {
        try {
            statementOrScope(s);
        } catch (BreakSignal | ContinueSignal e) {
            throw loc(s).error((e instanceof BreakSignal ? "break" : "continue") + " outside a loop");
        } catch (ReturnSignal e) {
            throw loc(s).error("return outside a subroutine");
        }
    }

    private void statementOrScope(Qasm3Parser.StatementOrScopeContext s) {
        if (s.scope() != null) {
            scope(s.scope());
        } else {
            statement(s.statement());
        }
    }

    private void scope(Qasm3Parser.ScopeContext s) {
        scopes.push(false);
        try {
            for (Qasm3Parser.StatementOrScopeContext inner : s.statementOrScope()) {
                statementOrScope(inner);
            }
        } finally {
            scopes.pop();
        }
    }

    /** A loop or branch body: a scope of its own even when it is a single statement. */
    private void body(Qasm3Parser.StatementOrScopeContext s) {
        if (s.scope() != null) {
            scope(s.scope());
        } else {
            scopes.push(false);
            try {
                statement(s.statement());
            } finally {
                scopes.pop();
            }
        }
    }

    private void statement(Qasm3Parser.StatementContext st) {
        if (st.pragma() != null) {
            return;
        }
        Qasm3Parser.StatementBodyContext b = st.statementBody();
        ParserRuleContext k = (ParserRuleContext) b.getChild(0);
        if (k instanceof Qasm3Parser.GateCallStatementContext) {
            gateCall((Qasm3Parser.GateCallStatementContext) k);
        } else if (k instanceof Qasm3Parser.MeasureArrowAssignmentStatementContext) {
            measureArrow((Qasm3Parser.MeasureArrowAssignmentStatementContext) k);
        } else if (k instanceof Qasm3Parser.AssignmentStatementContext) {
            assignment((Qasm3Parser.AssignmentStatementContext) k);
        } else if (k instanceof Qasm3Parser.ResetStatementContext) {
            for (int q : operand(((Qasm3Parser.ResetStatementContext) k).gateOperand())) {
                emitConditioned(new Instruction(Gate.RESET, 0, new int[] {q}, List.of(), new int[0], null), k);
            }
        } else if (k instanceof Qasm3Parser.BarrierStatementContext) {
            barrier((Qasm3Parser.BarrierStatementContext) k);
        } else if (k instanceof Qasm3Parser.QuantumDeclarationStatementContext) {
            Qasm3Parser.QuantumDeclarationStatementContext q = (Qasm3Parser.QuantumDeclarationStatementContext) k;
            declareQubits(q.Identifier(), q.qubitType().designator());
        } else if (k instanceof Qasm3Parser.OldStyleDeclarationStatementContext) {
            oldStyle((Qasm3Parser.OldStyleDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.ClassicalDeclarationStatementContext) {
            classicalDeclaration((Qasm3Parser.ClassicalDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.ConstDeclarationStatementContext) {
            constDeclaration((Qasm3Parser.ConstDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.IoDeclarationStatementContext) {
            ioDeclaration((Qasm3Parser.IoDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.AliasDeclarationStatementContext) {
            alias((Qasm3Parser.AliasDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.GateStatementContext) {
            gateDefinition((Qasm3Parser.GateStatementContext) k);
        } else if (k instanceof Qasm3Parser.IfStatementContext) {
            ifStatement((Qasm3Parser.IfStatementContext) k);
        } else if (k instanceof Qasm3Parser.ForStatementContext) {
            forStatement((Qasm3Parser.ForStatementContext) k);
        } else if (k instanceof Qasm3Parser.WhileStatementContext) {
            whileStatement((Qasm3Parser.WhileStatementContext) k);
        } else if (k instanceof Qasm3Parser.SwitchStatementContext) {
            switchStatement((Qasm3Parser.SwitchStatementContext) k);
        } else if (k instanceof Qasm3Parser.BreakStatementContext) {
            controlTransfer(k, "break");
            throw new BreakSignal();
        } else if (k instanceof Qasm3Parser.ContinueStatementContext) {
            controlTransfer(k, "continue");
            throw new ContinueSignal();
        } else if (k instanceof Qasm3Parser.EndStatementContext) {
            if (condition != null) {
                throw unsupported(k, "`end` under a runtime condition");
            }
            throw new EndSignal();
        } else if (k instanceof Qasm3Parser.ReturnStatementContext) {
            returnStatement((Qasm3Parser.ReturnStatementContext) k);
        } else if (k instanceof Qasm3Parser.DefStatementContext) {
            Qasm3Parser.DefStatementContext d = (Qasm3Parser.DefStatementContext) k;
            declare(d.Identifier(), new Symbol.Subroutine(d.Identifier().getText(), d, loc(d.Identifier().getSymbol())));
        } else if (k instanceof Qasm3Parser.ExternStatementContext) {
            Qasm3Parser.ExternStatementContext x = (Qasm3Parser.ExternStatementContext) k;
            declare(x.Identifier(), new Symbol.Extern(x.Identifier().getText(), loc(x.Identifier().getSymbol())));
        } else if (k instanceof Qasm3Parser.ExpressionStatementContext) {
            expressionStatement((Qasm3Parser.ExpressionStatementContext) k);
        } else if (k instanceof Qasm3Parser.IncludeStatementContext) {
            if (!scopes.atGlobalScope()) {
                throw loc(k).error("include is only allowed at global scope");
            }
            String text = ((Qasm3Parser.IncludeStatementContext) k).getChild(1).getText();
            includer.include(text.substring(1, text.length() - 1), loc(k));
        } else if (k instanceof Qasm3Parser.NopStatementContext) {
            Qasm3Parser.NopStatementContext n = (Qasm3Parser.NopStatementContext) k;
            if (n.gateOperandList() != null) {
                operands(n.gateOperandList());
            }
        } else if (k instanceof Qasm3Parser.CalibrationGrammarStatementContext) {
            warnings.accept(loc(k).warning("defcalgrammar has no effect: qtool compile does not support calibrations"));
        } else if (k instanceof Qasm3Parser.CalStatementContext) {
            throw unsupported(k, "`cal` calibration blocks");
        } else if (k instanceof Qasm3Parser.DefcalStatementContext) {
            throw unsupported(k, "`defcal` calibrations");
        } else if (k instanceof Qasm3Parser.BoxStatementContext) {
            throw unsupported(k, "`box` (timing)");
        } else if (k instanceof Qasm3Parser.DelayStatementContext) {
            delay((Qasm3Parser.DelayStatementContext) k);
        } else {
            throw loc(k).error("unsupported statement '" + k.getText() + "'");
        }
    }

    private CompileError unsupported(ParserRuleContext at, String construct) {
        Loc l = loc(at);
        return l.error("qtool compile does not support " + construct + " (" + l.source().name() + ":" + l.line() + ":"
                + l.column() + ")");
    }

    private void controlTransfer(ParserRuleContext k, String what) {
        if (loopDepth == 0) {
            throw loc(k).error(what + " outside a loop");
        }
        if (condition != null) {
            throw unsupported(k, "`" + what + "` under a runtime condition");
        }
    }

    private void declare(TerminalNode id, Symbol symbol) {
        String name = id.getText();
        Loc at = loc(id.getSymbol());
        if (RESERVED_CONSTANTS.contains(name)) {
            throw at.error("'" + name + "' is a built-in constant and cannot be redeclared");
        }
        if (gates.isGate(name)) {
            throw at.error("'" + name + "' is already a gate name");
        }
        Symbol old = scopes.declare(name, symbol);
        if (old != null) {
            throw at.error("redeclaration of '" + name + "'");
        }
    }

    private static final Set<String> RESERVED_CONSTANTS = Set.of("pi", "\u03c0", "tau", "\u03c4", "euler", "\u2107");

    // ---- declarations -----------------------------------------------------------------------

    private int designatorSize(Qasm3Parser.DesignatorContext d, int fallback) {
        if (d == null) {
            return fallback;
        }
        BigInteger n = expressions.integer(expressions.eval(d.expression()), d.expression());
        if (n.signum() <= 0 || n.bitLength() > 24) {
            throw loc(d).error("size must be between 1 and 16777215, got " + n);
        }
        return n.intValue();
    }

    private String registerName(String name) {
        String candidate = name;
        int k = 1;
        while (!registerNames.add(candidate)) {
            candidate = name + "_" + k++;
        }
        return candidate;
    }

    private void declareQubits(TerminalNode id, Qasm3Parser.DesignatorContext d) {
        if (!scopes.atGlobalScope()) {
            throw loc(id.getSymbol()).error("qubits can only be declared at global scope");
        }
        if (hardwareQubits) {
            throw loc(id.getSymbol()).error("cannot declare qubits in a program that uses hardware qubits ($n)");
        }
        int size = designatorSize(d, 1);
        namedQubits = true;
        Register r = circuit.addRegister(registerName(id.getText()), Register.Kind.QUBIT, size);
        declare(id, new Symbol.Variable(id.getText(), new Value.Qubits(range(r), d == null), "qubit", true,
                loc(id.getSymbol())));
    }

    private Value.Bits declareBits(TerminalNode id, int size, boolean single, String type) {
        Register r = circuit.addRegister(registerName(id.getText()), Register.Kind.CLBIT, size);
        Value.Bits bits = new Value.Bits(range(r), single);
        declare(id, new Symbol.Variable(id.getText(), bits, type, false, loc(id.getSymbol())));
        return bits;
    }

    private static int[] range(Register r) {
        int[] out = new int[r.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.start() + i;
        }
        return out;
    }

    private void oldStyle(Qasm3Parser.OldStyleDeclarationStatementContext o) {
        if (o.QREG() != null) {
            declareQubits(o.Identifier(), o.designator());
        } else {
            declareBits(o.Identifier(), designatorSize(o.designator(), 1), o.designator() == null, "creg");
        }
    }

    private void classicalDeclaration(Qasm3Parser.ClassicalDeclarationStatementContext c) {
        if (c.arrayType() != null) {
            throw unsupported(c, "classical arrays");
        }
        Qasm3Parser.ScalarTypeContext t = c.scalarType();
        Qasm3Parser.DeclarationExpressionContext init = c.declarationExpression();
        if (t.BIT() != null) {
            Value.Bits bits = declareBits(c.Identifier(), designatorSize(t.designator(), 1), t.designator() == null,
                    "bit");
            if (init != null) {
                if (init.measureExpression() != null) {
                    measure(init.measureExpression(), bits.clbits(), c);
                } else if (init.arrayLiteral() != null) {
                    throw loc(init).error("a bit register is initialised with a bit string or integer, not an array");
                } else {
                    BigInteger v = expressions.integer(expressions.eval(init.expression()), init.expression());
                    if (v.signum() != 0) {
                        throw unsupported(init, "classical bits initialised to a non-zero value (bits start at 0)");
                    }
                }
            }
            return;
        }
        checkScalarType(t);
        Value v = null;
        if (init != null) {
            if (init.measureExpression() != null) {
                throw unsupported(init, "storing a measurement in a non-bit variable");
            }
            if (init.arrayLiteral() != null) {
                throw unsupported(init, "array literals");
            }
            v = convert(expressions.eval(init.expression()), t, init.expression());
        }
        declare(c.Identifier(), new Symbol.Variable(c.Identifier().getText(), v, t.getText(), false,
                loc(c.Identifier().getSymbol())));
    }

    private void checkScalarType(Qasm3Parser.ScalarTypeContext t) {
        if (t.DURATION() != null || t.STRETCH() != null) {
            throw unsupported(t, "`" + t.getText() + "` (timing)");
        }
        if (t.COMPLEX() != null) {
            throw unsupported(t, "complex numbers");
        }
        if (t.designator() != null) {
            designatorSize(t.designator(), 1);
        }
    }

    /** Applies a declared type to a compile-time value (integers truncate reals, angles are reals). */
    private Value convert(Value v, Qasm3Parser.ScalarTypeContext t, ParserRuleContext at) {
        if (v instanceof Value.Bits) {
            throw unsupported(at, "copying runtime (measured) bits into a classical variable");
        }
        if (v instanceof Value.Qubits) {
            throw loc(at).error("cannot assign qubits to a classical variable");
        }
        if (t.INT() != null || t.UINT() != null) {
            if (v instanceof Value.Real) {
                Param p = ((Value.Real) v).value();
                if (!p.isConstant()) {
                    throw loc(at).error("cannot store a symbolic parameter in an integer variable");
                }
                return new Value.Int(java.math.BigDecimal.valueOf(p.value()).toBigInteger());
            }
            return new Value.Int(expressions.integer(v, at));
        }
        if (t.FLOAT() != null || t.ANGLE() != null) {
            return new Value.Real(expressions.real(v, at));
        }
        if (t.BOOL() != null) {
            return new Value.Bool(expressions.bool(v, at));
        }
        return v;
    }

    private void constDeclaration(Qasm3Parser.ConstDeclarationStatementContext c) {
        Qasm3Parser.ScalarTypeContext t = c.scalarType();
        checkScalarType(t);
        Qasm3Parser.DeclarationExpressionContext init = c.declarationExpression();
        if (init.expression() == null) {
            throw loc(init).error("a const must be initialised with a compile-time expression");
        }
        Value v = convert(expressions.eval(init.expression()), t, init.expression());
        if (v instanceof Value.Real && !((Value.Real) v).value().isConstant()) {
            throw loc(init).error("a const cannot depend on an input parameter");
        }
        declare(c.Identifier(), new Symbol.Variable(c.Identifier().getText(), v, t.getText(), true,
                loc(c.Identifier().getSymbol())));
    }

    private void ioDeclaration(Qasm3Parser.IoDeclarationStatementContext io) {
        if (!scopes.atGlobalScope()) {
            throw loc(io).error("input and output can only be declared at global scope");
        }
        if (io.arrayType() != null) {
            throw unsupported(io, "array inputs and outputs");
        }
        Qasm3Parser.ScalarTypeContext t = io.scalarType();
        String name = io.Identifier().getText();
        if (io.OUTPUT() != null) {
            if (t.BIT() != null) {
                declareBits(io.Identifier(), designatorSize(t.designator(), 1), t.designator() == null, "bit");
                return;
            }
            throw unsupported(io, "classical outputs other than bits");
        }
        if (t.FLOAT() == null && t.ANGLE() == null) {
            throw unsupported(io, "`input " + t.getText() + "` (only `input angle` and `input float` parameters)");
        }
        declare(io.Identifier(), new Symbol.Variable(name, new Value.Real(Param.symbol(name)), t.getText(), true,
                loc(io.Identifier().getSymbol())));
        circuit.addParameter(name);
    }

    private void alias(Qasm3Parser.AliasDeclarationStatementContext a) {
        List<ExpressionContext> parts = a.aliasExpression().expression();
        Value first = expressions.eval(parts.get(0));
        if (parts.size() == 1) {
            if (!(first instanceof Value.Qubits) && !(first instanceof Value.Bits)) {
                throw loc(a).error("let aliases qubits or bits, not " + Value.describe(first));
            }
            declare(a.Identifier(), new Symbol.Variable(a.Identifier().getText(), first, "alias",
                    first instanceof Value.Qubits, loc(a.Identifier().getSymbol())));
            return;
        }
        List<Integer> all = new ArrayList<>();
        boolean qubits = first instanceof Value.Qubits;
        for (ExpressionContext e : parts) {
            Value v = expressions.eval(e);
            if (qubits && v instanceof Value.Qubits) {
                for (int q : ((Value.Qubits) v).qubits()) {
                    all.add(q);
                }
            } else if (!qubits && v instanceof Value.Bits) {
                for (int q : ((Value.Bits) v).clbits()) {
                    all.add(q);
                }
            } else {
                throw loc(e).error("'++' concatenates registers of one kind");
            }
        }
        int[] arr = all.stream().mapToInt(Integer::intValue).toArray();
        Value v = qubits ? new Value.Qubits(arr, false) : new Value.Bits(arr, false);
        declare(a.Identifier(), new Symbol.Variable(a.Identifier().getText(), v, "alias", qubits,
                loc(a.Identifier().getSymbol())));
    }

    // ---- gates ------------------------------------------------------------------------------

    private void gateDefinition(Qasm3Parser.GateStatementContext g) {
        if (!scopes.atGlobalScope()) {
            throw loc(g).error("gates can only be defined at global scope");
        }
        String name = g.Identifier().getText();
        Loc at = loc(g.Identifier().getSymbol());
        if (scopes.lookup(name) != null) {
            throw at.error("'" + name + "' is already declared as a variable or subroutine");
        }
        List<String> params = g.params == null ? List.of() : ids(g.params);
        List<String> qubits = ids(g.qubits);
        unique(params, "parameter", at);
        unique(qubits, "qubit argument", at);
        List<GateDef.Call> body = new ArrayList<>();
        scopes.push(true);
        try {
            for (String p : params) {
                scopes.declare(p, new Symbol.Variable(p, new Value.Real(Param.symbol(p)), "angle", true, at));
            }
            for (String q : qubits) {
                if (params.contains(q)) {
                    throw at.error("'" + q + "' is both a parameter and a qubit argument of gate '" + name + "'");
                }
            }
            gateBody(g.scope(), name, qubits, body);
        } finally {
            scopes.pop();
        }
        gates.define(new GateDef(name, params, qubits, body, at));
    }

    private void gateBody(Qasm3Parser.ScopeContext scope, String gate, List<String> qubits, List<GateDef.Call> body) {
        for (Qasm3Parser.StatementOrScopeContext s : scope.statementOrScope()) {
            if (s.scope() != null) {
                gateBody(s.scope(), gate, qubits, body);
                continue;
            }
            if (s.statement().pragma() != null) {
                continue;
            }
            ParserRuleContext k = (ParserRuleContext) s.statement().statementBody().getChild(0);
            if (k instanceof Qasm3Parser.BarrierStatementContext) {
                Qasm3Parser.BarrierStatementContext b = (Qasm3Parser.BarrierStatementContext) k;
                int[] ops = b.gateOperandList() == null ? allIndices(qubits.size())
                        : bodyOperands(b.gateOperandList(), qubits, gate);
                body.add(new GateDef.Call(List.of(), GateDef.BARRIER, List.of(), ops, loc(k)));
                continue;
            }
            if (!(k instanceof Qasm3Parser.GateCallStatementContext)) {
                throw loc(k).error("gate bodies may only contain gate calls, gphase and barrier; found "
                        + describeStatement(k) + " in gate '" + gate + "'");
            }
            Qasm3Parser.GateCallStatementContext c = (Qasm3Parser.GateCallStatementContext) k;
            if (c.designator() != null) {
                throw unsupported(c.designator(), "gate call durations (timing)");
            }
            List<Modifier> mods = modifiers(c.gateModifier());
            List<Param> params = params(c.expressionList());
            int[] ops = c.gateOperandList() == null ? new int[0] : bodyOperands(c.gateOperandList(), qubits, gate);
            String callee = null;
            Loc at = loc(c);
            if (c.GPHASE() != null) {
                if (params.size() != 1) {
                    throw at.error("gphase takes one parameter, " + params.size() + " given");
                }
            } else {
                callee = c.Identifier().getText();
                at = loc(c.Identifier().getSymbol());
                if (callee.equals(gate)) {
                    throw at.error("gate '" + gate + "' cannot call itself");
                }
                Object target = gates.resolve(callee, at);
                checkCall(callee, target, mods, params.size(), ops.length, at);
            }
            GateEmitter.checkDistinct(callee == null ? "gphase" : callee, ops, at);
            body.add(new GateDef.Call(mods, callee, params, ops, at));
        }
    }

    private static int[] allIndices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static void checkCall(String name, Object target, List<Modifier> mods, int nParams, int nOps, Loc at) {
        int arity = target instanceof Gate ? ((Gate) target).numQubits() : ((GateDef) target).qubits().size();
        int want = target instanceof Gate ? ((Gate) target).numParams() : ((GateDef) target).params().size();
        int controls = 0;
        for (Modifier m : mods) {
            controls += m.controlCount();
        }
        if (nParams != want) {
            throw at.error("gate '" + name + "' takes " + want + " parameter" + (want == 1 ? "" : "s") + ", " + nParams
                    + " given");
        }
        if (arity >= 0 && nOps != arity + controls) {
            throw at.error("gate '" + name + "' needs " + (arity + controls) + " qubit operand"
                    + (arity + controls == 1 ? "" : "s") + ", " + nOps + " given");
        }
    }

    private int[] bodyOperands(Qasm3Parser.GateOperandListContext list, List<String> qubits, String gate) {
        List<Qasm3Parser.GateOperandContext> ops = list.gateOperand();
        int[] out = new int[ops.size()];
        for (int i = 0; i < out.length; i++) {
            Qasm3Parser.GateOperandContext op = ops.get(i);
            if (op.HardwareQubit() != null) {
                throw loc(op).error("gate bodies cannot use hardware qubits ('" + op.getText() + "' in gate '" + gate
                        + "')");
            }
            Qasm3Parser.IndexedIdentifierContext id = op.indexedIdentifier();
            if (!id.indexOperator().isEmpty()) {
                throw loc(op).error("gate bodies use the gate's qubit arguments without indices ('" + op.getText()
                        + "' in gate '" + gate + "')");
            }
            int idx = qubits.indexOf(id.Identifier().getText());
            if (idx < 0) {
                throw loc(op).error("'" + id.getText() + "' is not a qubit argument of gate '" + gate + "'");
            }
            out[i] = idx;
        }
        return out;
    }

    private static String describeStatement(ParserRuleContext k) {
        String n = k.getClass().getSimpleName().replace("StatementContext", "").replace("Context", "");
        StringBuilder sb = new StringBuilder();
        for (char ch : n.toCharArray()) {
            if (Character.isUpperCase(ch) && sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toLowerCase(ch));
        }
        return "a " + sb + " statement";
    }

    private List<String> ids(Qasm3Parser.IdentifierListContext l) {
        List<String> out = new ArrayList<>();
        for (TerminalNode t : l.Identifier()) {
            out.add(t.getText());
        }
        return out;
    }

    private static void unique(List<String> names, String what, Loc at) {
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw at.error("duplicate " + what + " '" + names.get(i) + "'");
            }
        }
    }

    private List<Modifier> modifiers(List<Qasm3Parser.GateModifierContext> mods) {
        List<Modifier> out = new ArrayList<>(mods.size());
        for (Qasm3Parser.GateModifierContext m : mods) {
            if (m.INV() != null) {
                out.add(Modifier.inv());
            } else if (m.POW() != null) {
                out.add(Modifier.pow(expressions.real(expressions.eval(m.expression()), m.expression())));
            } else {
                int n = 1;
                if (m.expression() != null) {
                    BigInteger k = expressions.integer(expressions.eval(m.expression()), m.expression());
                    if (k.signum() <= 0 || k.bitLength() > 10) {
                        throw loc(m).error("control count must be a positive integer, got " + k);
                    }
                    n = k.intValue();
                }
                out.add(m.CTRL() != null ? Modifier.ctrl(n) : Modifier.negctrl(n));
            }
        }
        return out;
    }

    private List<Param> params(Qasm3Parser.ExpressionListContext list) {
        if (list == null) {
            return List.of();
        }
        List<Param> out = new ArrayList<>();
        for (ExpressionContext e : list.expression()) {
            out.add(expressions.real(expressions.eval(e), e));
        }
        return out;
    }

    private void gateCall(Qasm3Parser.GateCallStatementContext c) {
        if (c.designator() != null) {
            throw unsupported(c.designator(), "gate call durations (timing)");
        }
        List<Modifier> mods = modifiers(c.gateModifier());
        List<Param> params = params(c.expressionList());
        List<int[]> ops = c.gateOperandList() == null ? List.of() : operands(c.gateOperandList());
        if (c.GPHASE() != null) {
            if (params.size() != 1) {
                throw loc(c).error("gphase takes one parameter, " + params.size() + " given");
            }
            int controls = 0;
            for (Modifier m : mods) {
                controls += m.controlCount();
            }
            if (ops.size() != controls) {
                throw loc(c).error("gphase takes no qubit operands except the " + controls + " control qubit"
                        + (controls == 1 ? "" : "s") + " of its modifiers; " + ops.size() + " given");
            }
            int width = 1;
            for (int[] op : ops) {
                if (op.length > 1) {
                    if (width > 1 && width != op.length) {
                        throw loc(c).error("register sizes do not match in broadcast gphase");
                    }
                    width = op.length;
                }
            }
            for (int k = 0; k < width; k++) {
                int[] q = new int[ops.size()];
                for (int i = 0; i < q.length; i++) {
                    q[i] = ops.get(i).length == 1 ? ops.get(i)[0] : ops.get(i)[k];
                }
                withConditionGuard(c, () -> gates.globalPhase(mods, params.get(0), q, condition, loc(c)));
            }
            return;
        }
        String name = c.Identifier().getText();
        Symbol s = scopes.lookup(name);
        Loc at = loc(c.Identifier().getSymbol());
        if (s instanceof Symbol.Subroutine) {
            throw at.error("'" + name + "' is a subroutine, not a gate: call it as `" + name + "(...);`");
        }
        if (s != null && !gates.isGate(name)) {
            throw at.error("'" + name + "' is a variable, not a gate");
        }
        if (name.equals("opaque")) {
            throw at.error("`opaque` is OpenQASM 2 only; OpenQASM 3 has no opaque gates (define a `gate` with a body)");
        }
        withConditionGuard(c, () -> gates.call(name, mods, params, ops, condition, at));
    }

    private void withConditionGuard(ParserRuleContext at, Runnable r) {
        try {
            r.run();
        } catch (IllegalStateException e) {
            throw unsupported(at, "a conditional block that overwrites the bits of its own condition");
        }
    }

    private void emitConditioned(Instruction in, ParserRuleContext at) {
        withConditionGuard(at, () -> emit(condition == null ? in : in.withCondition(condition)));
    }

    private List<int[]> operands(Qasm3Parser.GateOperandListContext list) {
        List<int[]> out = new ArrayList<>();
        for (Qasm3Parser.GateOperandContext op : list.gateOperand()) {
            out.add(operand(op));
        }
        return out;
    }

    private int[] operand(Qasm3Parser.GateOperandContext op) {
        if (op.HardwareQubit() != null) {
            return new int[] {hardwareQubit(op.HardwareQubit().getSymbol())};
        }
        Qasm3Parser.IndexedIdentifierContext id = op.indexedIdentifier();
        Value v = identifier(id.Identifier().getText(), loc(id));
        if (!(v instanceof Value.Qubits)) {
            throw loc(id).error("'" + id.Identifier().getText() + "' is not a qubit register (it is "
                    + Value.describe(v) + ")");
        }
        for (Qasm3Parser.IndexOperatorContext ix : id.indexOperator()) {
            v = expressions.index(v, ix, loc(ix));
        }
        return ((Value.Qubits) v).qubits();
    }

    private int hardwareQubit(Token t) {
        BigInteger n = new BigInteger(t.getText().substring(1));
        if (namedQubits) {
            throw loc(t).error("cannot mix hardware qubits ($n) with declared qubits");
        }
        if (n.bitLength() > 20) {
            throw loc(t).error("hardware qubit index too large: " + t.getText());
        }
        hardwareQubits = true;
        circuit.ensureHardwareQubits(n.intValue() + 1);
        return n.intValue();
    }

    /**
     * {@code delay[n dt] q;} with a constant duration in units of dt is an IR delay instruction (as
     * OpenQASM 2's legacy {@code delay(n)}); durations in seconds and stretches need a timing model
     * the IR does not have.
     */
    private void delay(Qasm3Parser.DelayStatementContext d) {
        ExpressionContext e = d.designator().expression();
        Token t = e.getStart();
        if (!(e instanceof Qasm3Parser.LiteralExpressionContext) || t.getType() != Qasm3Parser.TimingLiteral
                || !t.getText().endsWith("dt")) {
            throw unsupported(d, "`delay` except with a constant duration in dt (timing is not modelled)");
        }
        String number = t.getText().substring(0, t.getText().length() - 2).strip().replace("_", "");
        Param duration = Param.constant(Double.parseDouble(number));
        List<int[]> ops = d.gateOperandList() == null ? List.of(allIndices(circuit.numQubits()))
                : operands(d.gateOperandList());
        for (int[] op : ops) {
            for (int q : op) {
                emitConditioned(Instruction.of(Gate.DELAY, List.of(duration), q), d);
            }
        }
    }

    private void barrier(Qasm3Parser.BarrierStatementContext b) {
        Set<Integer> qs = new LinkedHashSet<>();
        if (b.gateOperandList() == null) {
            for (int i = 0; i < circuit.numQubits(); i++) {
                qs.add(i);
            }
        } else {
            for (int[] op : operands(b.gateOperandList())) {
                for (int q : op) {
                    qs.add(q);
                }
            }
        }
        emitConditioned(Instruction.of(Gate.BARRIER, qs.stream().mapToInt(Integer::intValue).toArray()), b);
    }

    // ---- measurement and assignment -----------------------------------------------------------

    private void measure(Qasm3Parser.MeasureExpressionContext m, int[] clbits, ParserRuleContext at) {
        int[] qubits = operand(m.gateOperand());
        if (clbits != null && clbits.length != qubits.length) {
            throw loc(at).error("measure needs equal sizes: " + qubits.length + " qubit" + (qubits.length == 1 ? "" : "s")
                    + " into " + clbits.length + " bit" + (clbits.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < qubits.length; i++) {
            int[] c = clbits == null ? new int[0] : new int[] {clbits[i]};
            emitConditioned(new Instruction(Gate.MEASURE, 0, new int[] {qubits[i]}, List.of(), c, null), at);
        }
    }

    private void measureArrow(Qasm3Parser.MeasureArrowAssignmentStatementContext m) {
        int[] bits = m.indexedIdentifier() == null ? null : bitTarget(m.indexedIdentifier());
        measure(m.measureExpression(), bits, m);
    }

    private int[] bitTarget(Qasm3Parser.IndexedIdentifierContext id) {
        Value v = identifier(id.Identifier().getText(), loc(id));
        if (!(v instanceof Value.Bits)) {
            throw loc(id).error("'" + id.Identifier().getText() + "' is not a bit register (it is " + Value.describe(v)
                    + ")");
        }
        for (Qasm3Parser.IndexOperatorContext ix : id.indexOperator()) {
            v = expressions.index(v, ix, loc(ix));
        }
        return ((Value.Bits) v).clbits();
    }

    private void assignment(Qasm3Parser.AssignmentStatementContext a) {
        Qasm3Parser.IndexedIdentifierContext target = a.indexedIdentifier();
        String name = target.Identifier().getText();
        Symbol s = scopes.lookup(name);
        if (s == null) {
            throw loc(target).error(undeclared(name));
        }
        if (!(s instanceof Symbol.Variable)) {
            throw loc(target).error("cannot assign to '" + name + "'");
        }
        Symbol.Variable var = (Symbol.Variable) s;
        if (a.measureExpression() != null) {
            if (a.op.getType() != Qasm3Parser.EQUALS) {
                throw loc(a).error("a measurement can only be assigned with '='");
            }
            measure(a.measureExpression(), bitTarget(target), a);
            return;
        }
        if (var.value() instanceof Value.Bits) {
            Value v = expressions.eval(a.expression());
            if (v instanceof Value.Bits) {
                throw unsupported(a, "copying runtime bits between registers");
            }
            if (v == null || v instanceof Value.Int || v instanceof Value.Bool) {
                throw unsupported(a, "assigning constants to classical bits at runtime");
            }
            throw loc(a).error("cannot assign " + Value.describe(v) + " to bits");
        }
        if (var.constant()) {
            throw loc(target).error("cannot assign to constant '" + name + "'");
        }
        if (condition != null) {
            throw unsupported(a, "assigning classical variables under a runtime condition");
        }
        if (!target.indexOperator().isEmpty()) {
            throw unsupported(a, "assigning to an index of a classical variable");
        }
        Value rhs = expressions.eval(a.expression());
        Value result;
        if (a.op.getType() == Qasm3Parser.EQUALS) {
            result = rhs;
        } else {
            if (var.value() == null) {
                throw loc(target).error("variable '" + name + "' is used before it has a value");
            }
            result = compound(a.op.getText(), var.value(), rhs, a);
        }
        if (var.value() instanceof Value.Int && result instanceof Value.Real) {
            Param p = ((Value.Real) result).value();
            if (!p.isConstant()) {
                throw loc(a).error("cannot store a symbolic parameter in an integer variable");
            }
            result = new Value.Int(java.math.BigDecimal.valueOf(p.value()).toBigInteger());
        }
        scopes.update(name, new Symbol.Variable(name, result, var.type(), false, var.loc()));
    }

    private Value compound(String op, Value old, Value rhs, ParserRuleContext at) {
        String bin = op.substring(0, op.length() - 1);
        if (old instanceof Value.Int && rhs instanceof Value.Int) {
            BigInteger x = ((Value.Int) old).value();
            BigInteger y = ((Value.Int) rhs).value();
            switch (bin) {
                case "+": return new Value.Int(x.add(y));
                case "-": return new Value.Int(x.subtract(y));
                case "*": return new Value.Int(x.multiply(y));
                case "/": return new Value.Int(x.divide(y));
                case "%": return new Value.Int(x.remainder(y));
                case "&": return new Value.Int(x.and(y));
                case "|": return new Value.Int(x.or(y));
                case "^": return new Value.Int(x.xor(y));
                case "<<": return new Value.Int(x.shiftLeft(y.intValueExact()));
                case ">>": return new Value.Int(x.shiftRight(y.intValueExact()));
                case "**": return new Value.Int(x.pow(y.intValueExact()));
                default: throw loc(at).error("unsupported operator " + op);
            }
        }
        Param x = expressions.real(old, at);
        Param y = expressions.real(rhs, at);
        switch (bin) {
            case "+": return new Value.Real(x.plus(y));
            case "-": return new Value.Real(x.minus(y));
            case "*": return new Value.Real(x.times(y));
            case "/": return new Value.Real(x.dividedBy(y));
            case "**": return new Value.Real(x.pow(y));
            default: throw loc(at).error("operator " + op + " needs integer operands");
        }
    }

    private void expressionStatement(Qasm3Parser.ExpressionStatementContext e) {
        Value v = expressions.eval(e.expression());
        if (v instanceof Value.Bits && !(e.expression() instanceof Qasm3Parser.CallExpressionContext)) {
            throw unsupported(e, "expression statements on runtime bits");
        }
    }

    // ---- control flow -----------------------------------------------------------------------

    private void ifStatement(Qasm3Parser.IfStatementContext s) {
        Object c = expressions.condition(s.expression());
        if (c instanceof Boolean) {
            if ((Boolean) c) {
                body(s.thenBody);
            } else if (s.elseBody != null) {
                body(s.elseBody);
            }
            return;
        }
        if (condition != null) {
            throw unsupported(s, "nested runtime conditions");
        }
        Condition cond = (Condition) c;
        condition = cond;
        try {
            body(s.thenBody);
            if (s.elseBody != null) {
                condition = cond.negate();
                body(s.elseBody);
            }
        } finally {
            condition = null;
        }
    }

    private void forStatement(Qasm3Parser.ForStatementContext f) {
        String var = f.Identifier().getText();
        List<Value> items = new ArrayList<>();
        if (f.setExpression() != null) {
            for (ExpressionContext e : f.setExpression().expression()) {
                items.add(expressions.eval(e));
            }
        } else if (f.rangeExpression() != null) {
            for (int i : expressions.range(f.rangeExpression(), Integer.MAX_VALUE)) {
                items.add(new Value.Int(BigInteger.valueOf(i)));
            }
        } else {
            Value v = expressions.eval(f.expression());
            if (v instanceof Value.Bits) {
                throw unsupported(f, "loops over runtime bits");
            }
            if (v instanceof Value.Qubits) {
                throw loc(f).error("cannot loop over qubits");
            }
            throw loc(f).error("a for loop needs a range [a:b], a set {..} or an array, not " + Value.describe(v));
        }
        Qasm3Parser.ScalarTypeContext type = f.scalarType();
        loopDepth++;
        try {
            for (Value item : items) {
                if (++iterations > MAX_LOOP_ITERATIONS) {
                    throw loc(f).error("loops unroll to more than " + MAX_LOOP_ITERATIONS + " iterations");
                }
                Value bound = type == null ? item : convert(item, type, f);
                scopes.push(false);
                try {
                    scopes.declare(var, new Symbol.Variable(var, bound, type == null ? "int" : type.getText(), false,
                            loc(f.Identifier().getSymbol())));
                    body(f.body);
                } catch (ContinueSignal c) {
                    // next iteration
                } finally {
                    scopes.pop();
                }
            }
        } catch (BreakSignal b) {
            // loop finished early
        } finally {
            loopDepth--;
        }
    }

    private void whileStatement(Qasm3Parser.WhileStatementContext w) {
        loopDepth++;
        try {
            while (true) {
                Object c;
                try {
                    c = expressions.condition(w.expression());
                } catch (CompileError e) {
                    throw e;
                }
                if (c instanceof Condition) {
                    throw unsupported(w, "`while` loops on runtime values");
                }
                if (!(Boolean) c) {
                    return;
                }
                if (++iterations > MAX_LOOP_ITERATIONS) {
                    throw loc(w).error("while loop does not terminate within " + MAX_LOOP_ITERATIONS + " iterations");
                }
                try {
                    body(w.body);
                } catch (ContinueSignal e) {
                    // re-test the condition
                }
            }
        } catch (BreakSignal b) {
            // done
        } finally {
            loopDepth--;
        }
    }

    private void switchStatement(Qasm3Parser.SwitchStatementContext s) {
        Value v = expressions.eval(s.expression());
        if (v instanceof Value.Bits) {
            throw unsupported(s, "`switch` on runtime values");
        }
        BigInteger key = expressions.integer(v, s.expression());
        Qasm3Parser.SwitchCaseItemContext chosen = null;
        int defaults = 0;
        Set<BigInteger> seen = new java.util.HashSet<>();
        for (Qasm3Parser.SwitchCaseItemContext item : s.switchCaseItem()) {
            if (item.DEFAULT() != null) {
                if (++defaults > 1) {
                    throw loc(item).error("switch has more than one default");
                }
                continue;
            }
            for (ExpressionContext e : item.expressionList().expression()) {
                BigInteger k = expressions.integer(expressions.eval(e), e);
                if (!seen.add(k)) {
                    throw loc(e).error("duplicate case value " + k);
                }
                if (k.equals(key) && chosen == null) {
                    chosen = item;
                }
            }
        }
        if (chosen == null) {
            for (Qasm3Parser.SwitchCaseItemContext item : s.switchCaseItem()) {
                if (item.DEFAULT() != null) {
                    chosen = item;
                }
            }
        }
        if (chosen != null) {
            scope(chosen.scope());
        }
    }

    private void returnStatement(Qasm3Parser.ReturnStatementContext r) {
        if (callDepth == 0) {
            throw loc(r).error("return outside a subroutine");
        }
        if (condition != null) {
            throw unsupported(r, "`return` under a runtime condition");
        }
        if (r.measureExpression() != null) {
            throw unsupported(r, "subroutines that return measured values");
        }
        throw new ReturnSignal(r.expression() == null ? null : expressions.eval(r.expression()));
    }

    // ---- expression environment -------------------------------------------------------------

    private String undeclared(String name) {
        if (scopes.hiddenByIsolation(name)) {
            return "'" + name + "' is not visible here: subroutines and gates only see their arguments and global"
                    + " constants";
        }
        if (gates.isGate(name)) {
            return "'" + name + "' is a gate, not a value";
        }
        return "undeclared identifier '" + name + "'";
    }

    @Override
    public Value identifier(String name, Loc at) {
        Symbol s = scopes.lookup(name);
        if (s == null) {
            switch (name) {
                case "pi":
                case "\u03c0":
                    return new Value.Real(Param.PI);
                case "tau":
                case "\u03c4":
                    return new Value.Real(Param.PI.times(Param.constant(2)));
                case "euler":
                case "\u2107":
                    return new Value.Real(Param.constant(Math.E));
                default:
                    throw at.error(undeclared(name));
            }
        }
        if (s instanceof Symbol.Variable) {
            Value v = ((Symbol.Variable) s).value();
            if (v == null) {
                throw at.error("variable '" + name + "' is used before it has a compile-time value");
            }
            return v;
        }
        throw at.error("'" + name + "' is a subroutine; call it with arguments");
    }

    @Override
    public Value call(String name, List<ExpressionContext> args, Loc at) {
        Symbol s = scopes.lookup(name);
        if (s instanceof Symbol.Extern) {
            throw at.error("qtool compile does not support calls of extern functions ('" + name + "') ("
                    + at.source().name() + ":" + at.line() + ":" + at.column() + ")");
        }
        if (!(s instanceof Symbol.Subroutine)) {
            if (gates.isGate(name)) {
                throw at.error("'" + name + "' is a gate: apply it to qubits as `" + name + "(...) q;`");
            }
            throw at.error(s == null ? "undefined function '" + name + "'" : "'" + name + "' is not a function");
        }
        Qasm3Parser.DefStatementContext def = ((Symbol.Subroutine) s).def();
        List<Qasm3Parser.ArgumentDefinitionContext> formals = def.argumentDefinitionList() == null ? List.of()
                : def.argumentDefinitionList().argumentDefinition();
        if (formals.size() != args.size()) {
            throw at.error("subroutine '" + name + "' takes " + formals.size() + " argument"
                    + (formals.size() == 1 ? "" : "s") + ", " + args.size() + " given");
        }
        if (callDepth >= MAX_CALL_DEPTH) {
            throw at.error("subroutine calls nested deeper than " + MAX_CALL_DEPTH + " (recursion?)");
        }
        Map<String, Value> bound = new HashMap<>();
        for (int i = 0; i < formals.size(); i++) {
            Qasm3Parser.ArgumentDefinitionContext f = formals.get(i);
            Value v = expressions.eval(args.get(i));
            String formal = f.Identifier().getText();
            if (f.qubitType() != null || f.QREG() != null) {
                if (!(v instanceof Value.Qubits)) {
                    throw loc(args.get(i)).error("argument '" + formal + "' of '" + name + "' expects qubits");
                }
                Qasm3Parser.DesignatorContext d = f.qubitType() != null ? f.qubitType().designator() : f.designator();
                int want = designatorSize(d, 1);
                if (((Value.Qubits) v).qubits().length != want) {
                    throw loc(args.get(i)).error("argument '" + formal + "' of '" + name + "' expects " + want
                            + " qubit" + (want == 1 ? "" : "s") + ", got " + ((Value.Qubits) v).qubits().length);
                }
            } else if (f.scalarType() != null) {
                if (f.scalarType().BIT() != null) {
                    if (!(v instanceof Value.Bits)) {
                        throw unsupported(args.get(i), "passing constants as bit arguments");
                    }
                } else {
                    v = convert(v, f.scalarType(), args.get(i));
                }
            } else {
                throw unsupported(f, "array and creg subroutine arguments");
            }
            bound.put(formal, v);
        }
        callDepth++;
        int savedLoops = loopDepth;
        loopDepth = 0;
        scopes.push(true);
        try {
            for (Map.Entry<String, Value> e : bound.entrySet()) {
                scopes.declare(e.getKey(), new Symbol.Variable(e.getKey(), e.getValue(), "argument",
                        e.getValue() instanceof Value.Qubits, at));
            }
            for (Qasm3Parser.StatementOrScopeContext st : def.scope().statementOrScope()) {
                statementOrScope(st);
            }
            return null;
        } catch (ReturnSignal r) {
            return r.value;
        } catch (BreakSignal | ContinueSignal e) {
            throw at.error("break/continue outside a loop in subroutine '" + name + "'");
        } finally {
            scopes.pop();
            loopDepth = savedLoops;
            callDepth--;
        }
    }
}
