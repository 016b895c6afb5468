package qtool.qasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

/**
 * Lowers OpenQASM 3 statements into the IR. Everything classical that the IR cannot hold is
 * evaluated at compile time: constants, loop variables and integer variables, {@code for} loops over
 * constant ranges (unrolled), {@code if}/{@code switch}/{@code while} on compile-time values, and
 * {@code def} subroutines (inlined). {@code if}/{@code else} on measured bits becomes
 * classically-conditioned instructions. Constructs with runtime semantics the IR cannot represent
 * are rejected with "qtool compile does not support ...", never dropped.
 */
final class Qasm3Builder implements Qasm3Expressions.Environment {
    static final int MAX_CALL_DEPTH = 200;
    static final long MAX_LOOP_ITERATIONS = 10_000_000L;

    final Circuit.Builder circuit;
    final GateEmitter gates;
    private final Qasm2Builder.Includer includer;
    private final Consumer<Diagnostic> warnings;
    final Scopes scopes = new Scopes();
    final Qasm3Expressions expressions;
    final Set<String> registerNames = new java.util.HashSet<>();
    final Qasm3Declarations declarations = new Qasm3Declarations(this);
    private final Qasm3GateDefinitions gateDefinitions = new Qasm3GateDefinitions(this);
    private final Qasm3ControlFlow controlFlow = new Qasm3ControlFlow(this);
    private final Qasm3Subroutines subroutines = new Qasm3Subroutines(this);
    private SourceText source;
    Condition condition;
    int loopDepth;
    int callDepth;
    long iterations;
    boolean namedQubits;
    boolean hardwareQubits;

    /** Unwinds to the innermost loop ({@code break}). */
    static final class BreakSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BreakSignal() {
            super(null, null, false, false);
        }
    }

    /** Unwinds to the innermost loop ({@code continue}). */
    static final class ContinueSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ContinueSignal() {
            super(null, null, false, false);
        }
    }

    /** Unwinds to the subroutine call ({@code return}). */
    static final class ReturnSignal extends RuntimeException {
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

    Loc loc(ParserRuleContext ctx) {
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

    void statementOrScope(Qasm3Parser.StatementOrScopeContext s) {
        if (s.scope() != null) {
            scope(s.scope());
        } else {
            statement(s.statement());
        }
    }

    void scope(Qasm3Parser.ScopeContext s) {
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
    void body(Qasm3Parser.StatementOrScopeContext s) {
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
            pragma(st.pragma());
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
            declarations.declareQubits(q.Identifier(), q.qubitType().designator());
        } else if (k instanceof Qasm3Parser.OldStyleDeclarationStatementContext) {
            declarations.oldStyle((Qasm3Parser.OldStyleDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.ClassicalDeclarationStatementContext) {
            declarations.classicalDeclaration((Qasm3Parser.ClassicalDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.ConstDeclarationStatementContext) {
            declarations.constDeclaration((Qasm3Parser.ConstDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.IoDeclarationStatementContext) {
            declarations.ioDeclaration((Qasm3Parser.IoDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.AliasDeclarationStatementContext) {
            declarations.alias((Qasm3Parser.AliasDeclarationStatementContext) k);
        } else if (k instanceof Qasm3Parser.GateStatementContext) {
            gateDefinitions.gateDefinition((Qasm3Parser.GateStatementContext) k);
        } else if (k instanceof Qasm3Parser.IfStatementContext) {
            controlFlow.ifStatement((Qasm3Parser.IfStatementContext) k);
        } else if (k instanceof Qasm3Parser.ForStatementContext) {
            controlFlow.forStatement((Qasm3Parser.ForStatementContext) k);
        } else if (k instanceof Qasm3Parser.WhileStatementContext) {
            controlFlow.whileStatement((Qasm3Parser.WhileStatementContext) k);
        } else if (k instanceof Qasm3Parser.SwitchStatementContext) {
            controlFlow.switchStatement((Qasm3Parser.SwitchStatementContext) k);
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
            controlFlow.returnStatement((Qasm3Parser.ReturnStatementContext) k);
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

    /** {@code pragma qtool KEY VALUE} restores circuit metadata; other pragmas are for other tools. */
    private void pragma(Qasm3Parser.PragmaContext p) {
        if (p.RemainingLineContent() == null) {
            return;
        }
        String[] words = p.RemainingLineContent().getText().strip().split("\\s+", 3);
        if (words.length == 3 && words[0].equals("qtool") && words[1].equals("hardware_qubits")) {
            try {
                int n = Integer.parseInt(words[2]);
                if (namedQubits || n < 1 || n > 1 << 20) {
                    throw new NumberFormatException(words[2]);
                }
                hardwareQubits = true;
                circuit.ensureHardwareQubits(n);
            } catch (NumberFormatException e) {
                throw loc(p).error("bad `pragma qtool hardware_qubits` (a positive count, before any qubit declaration)");
            }
            return;
        }
        if (words.length == 3 && words[0].equals("qtool")) {
            try {
                circuit.metadata(words[1], words[2]);
            } catch (IllegalArgumentException e) {
                warnings.accept(loc(p).warning("ignored malformed qtool pragma: " + e.getMessage()));
            }
        }
    }

    CompileError unsupported(ParserRuleContext at, String construct) {
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

    void declare(TerminalNode id, Symbol symbol) {
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

    List<Modifier> modifiers(List<Qasm3Parser.GateModifierContext> mods) {
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

    List<Param> params(Qasm3Parser.ExpressionListContext list) {
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
        List<int[]> ops = d.gateOperandList() == null ? List.of(Qasm3GateDefinitions.allIndices(circuit.numQubits()))
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

    void measure(Qasm3Parser.MeasureExpressionContext m, int[] clbits, ParserRuleContext at) {
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
        return subroutines.call(name, args, at);
    }

}
