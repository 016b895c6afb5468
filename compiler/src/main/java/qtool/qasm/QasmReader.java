package qtool.qasm;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import qtool.grammar.Qasm2Lexer;
import qtool.grammar.Qasm2Parser;
import qtool.grammar.Qasm3Lexer;
import qtool.grammar.Qasm3Parser;
import qtool.ir.Circuit;
import qtool.ir.GateLibrary;

/**
 * Reads OpenQASM 2.0 and 3 source into a {@link Circuit}: the only public entry to qtool's front
 * end, and the only place that touches ANTLR types.
 *
 * <p>The version comes from the {@code OPENQASM} header; a file without one is OpenQASM 3 (the
 * header is optional there) unless it includes {@code qelib1.inc}, which makes it OpenQASM 2 with a
 * warning, or {@link Builder#qasmVersion} says otherwise. The file is parsed one top-level statement
 * at a time over an unbuffered token stream, and each statement is lowered to IR and dropped at
 * once, so memory stays proportional to the IR rather than to a parse tree of the whole file. Each
 * statement is predicted with SLL first and re-parsed with full LL only if SLL fails, which is
 * several times faster on large files. Lexer errors are fatal; other errors are collected (up to
 * {@value #MAX_ERRORS}) and thrown together as a {@link QasmException}.
 */
public final class QasmReader {
    static final int MAX_ERRORS = 20;
    private static final Pattern HEADER = Pattern.compile("\\A(?:\\s|//[^\\n]*\\n?|/\\*.*?\\*/)*OPENQASM\\s+([^;\\s]*)",
            Pattern.DOTALL);
    private static final Pattern QELIB1 = Pattern.compile("include\\s+\"qelib1\\.inc\"");

    private final List<Path> includePaths;
    private final Integer qasmVersion;
    private final boolean strictQelib1;
    private final Consumer<Diagnostic> warnings;

    private QasmReader(Builder b) {
        this.includePaths = List.copyOf(b.includePaths);
        this.qasmVersion = b.qasmVersion;
        this.strictQelib1 = b.strictQelib1;
        this.warnings = b.warnings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A reader with default settings that ignores warnings. */
    public static QasmReader defaults() {
        return builder().build();
    }

    /** Parses source text with default settings (relative includes resolve from the working directory). */
    public static Circuit parse(String source) {
        return defaults().read(source, "<string>", null);
    }

    /** Reads a file; malformed content throws {@link QasmException}, unreadable files {@link IOException}. */
    public Circuit read(Path file) throws IOException {
        String text = readUtf8(file);
        Path dir = file.toAbsolutePath().getParent();
        return new Session(file.toAbsolutePath().normalize()).run(text, file.toString(), dir);
    }

    /** Reads source text; {@code baseDir} is where relative includes are looked up first (may be null). */
    public Circuit read(String source, String displayName, Path baseDir) {
        return new Session(null).run(source, displayName, baseDir);
    }

    static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QasmException(Diagnostic.error(file.toString(), 0, 0, "file is not valid UTF-8 text", null));
        }
    }

    /** Settings for a {@link QasmReader}. */
    public static final class Builder {
        private final List<Path> includePaths = new ArrayList<>();
        private Integer qasmVersion;
        private boolean strictQelib1;
        private Consumer<Diagnostic> warnings = d -> { };

        private Builder() {
        }

        /** Directories searched, in order, after the including file's own directory. */
        public Builder includePaths(List<Path> paths) {
            includePaths.addAll(paths);
            return this;
        }

        /** Forces the version of files without an {@code OPENQASM} header (2 or 3; null = detect). */
        public Builder qasmVersion(Integer version) {
            if (version != null && version != 2 && version != 3) {
                throw new IllegalArgumentException("OpenQASM version must be 2 or 3, got " + version);
            }
            this.qasmVersion = version;
            return this;
        }

        /** Makes {@code qelib1.inc} the OpenQASM 2 paper's 23 gates only, as Qiskit's strict mode does. */
        public Builder strictQelib1(boolean strict) {
            this.strictQelib1 = strict;
            return this;
        }

        public Builder warnings(Consumer<Diagnostic> sink) {
            this.warnings = Objects.requireNonNull(sink);
            return this;
        }

        public QasmReader build() {
            return new QasmReader(this);
        }
    }

    /** A lexer error: fatal, because skipping characters would only produce confusing follow-ups. */
    private static final class LexerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Diagnostic diagnostic;

        LexerFailure(Diagnostic d) {
            super(d.header(), null, false, false);
            this.diagnostic = d;
        }
    }

    /** One read: the circuit under construction, diagnostics and include bookkeeping. */
    private final class Session implements Qasm2Builder.Includer {
        private final Circuit.Builder circuit = Circuit.builder(0, 0);
        private final List<Diagnostic> errors = new ArrayList<>();
        private final java.util.Map<String, Integer> repeats = new java.util.LinkedHashMap<>();
        private final Deque<Path> includeStack = new ArrayDeque<>();
        private final Set<Path> included = new HashSet<>();
        private final Set<String> virtualIncluded = new HashSet<>();
        private boolean qasm2;
        private Qasm2Builder builder2;
        private Qasm3Builder builder3;
        private SourceText current;
        private Path currentDir;
        private boolean ended;
        private boolean fatal;

        Session(Path mainFile) {
            if (mainFile != null) {
                includeStack.push(mainFile);
                included.add(mainFile);
            }
        }

        Circuit run(String text, String name, Path dir) {
            SourceText src = new SourceText(name, text);
            Matcher m = HEADER.matcher(text);
            if (m.lookingAt()) {
                String v = m.group(1);
                qasm2 = v.equals("2") || v.startsWith("2.");
                if (qasmVersion != null && qasmVersion == 2 != qasm2) {
                    warnings.accept(Diagnostic.warning(name, 0, 0, "the file's header says OPENQASM " + v
                            + "; the header wins over --qasm-version " + qasmVersion, null));
                }
            } else if (qasmVersion != null) {
                qasm2 = qasmVersion == 2;
            } else if (QELIB1.matcher(text).find()) {
                qasm2 = true;
                warnings.accept(Diagnostic.warning(name, 0, 0, "no OPENQASM header; reading as OpenQASM 2.0 because"
                        + " the file includes qelib1.inc (pass --qasm-version to choose)", null));
            }
            if (qasm2) {
                builder2 = new Qasm2Builder(circuit, this);
            } else {
                builder3 = new Qasm3Builder(circuit, this, warnings);
            }
            try {
                parseFile(src, dir, true);
            } catch (StackOverflowError e) {
                errors.add(Diagnostic.error(name, 0, 0, "input too deeply nested to parse", null));
            }
            for (java.util.Map.Entry<String, Integer> r : repeats.entrySet()) {
                if (r.getValue() > 0) {
                    errors.add(Diagnostic.error(name, 0, 0, r.getValue() + " more error" + (r.getValue() == 1 ? "" : "s")
                            + " like: " + r.getKey(), null));
                }
            }
            if (!errors.isEmpty()) {
                throw new QasmException(errors);
            }
            return circuit.build();
        }

        private void parseFile(SourceText src, Path dir, boolean main) {
            SourceText savedSource = current;
            Path savedDir = currentDir;
            current = src;
            currentDir = dir;
            if (qasm2) {
                builder2.setSource(src);
            } else {
                builder3.setSource(src);
            }
            try {
                CharStream chars = CharStreams.fromString(src.text(), src.name());
                Lexer lexer = qasm2 ? new Qasm2Lexer(chars) : new Qasm3Lexer(chars);
                lexer.removeErrorListeners();
                lexer.addErrorListener(new BaseErrorListener() {
                    @Override
                    public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
                            RecognitionException e) {
                        throw new LexerFailure(src.error(line, col + 1, lexerMessage(chars, e)));
                    }
                });
                UnbufferedTokenStream<Token> tokens = new UnbufferedTokenStream<>(lexer, 512);
                Parser parser = qasm2 ? new Qasm2Parser(tokens) : new Qasm3Parser(tokens);
                parser.removeErrorListeners();
                parser.setErrorHandler(new BailErrorStrategy());
                statements(src, tokens, parser, main);
            } catch (LexerFailure e) {
                errors.add(e.diagnostic);
                fatal = true;
            } finally {
                current = savedSource;
                currentDir = savedDir;
                if (savedSource != null) {
                    if (qasm2) {
                        builder2.setSource(savedSource);
                    } else {
                        builder3.setSource(savedSource);
                    }
                }
            }
        }

        private String lexerMessage(CharStream chars, RecognitionException e) {
            if (e instanceof LexerNoViableAltException) {
                int start = ((LexerNoViableAltException) e).getStartIndex();
                if (start >= 0 && start < chars.size()) {
                    String c = chars.getText(Interval.of(start, start));
                    if (c.equals("\"") || c.equals("'")) {
                        return "unterminated string";
                    }
                    if (c.equals("#") && !qasm2) {
                        return "unexpected character '#' (only #pragma and #dim start with '#')";
                    }
                    return "unexpected character '" + c + "'";
                }
            }
            return "invalid token";
        }

        private void statements(SourceText src, UnbufferedTokenStream<Token> tokens, Parser parser, boolean main) {
            int eofType = Token.EOF;
            int headerType = qasm2 ? Qasm2Lexer.OPENQASM : Qasm3Lexer.OPENQASM;
            Token previous = null;
            boolean first = true;
            while (!fatal && errors.size() < MAX_ERRORS && tokens.LA(1) != eofType) {
                int marker = tokens.mark();
                int start = tokens.index();
                Token startToken = tokens.LT(1);
                ParserRuleContext ctx;
                boolean header = tokens.LA(1) == headerType;
                try {
                    try {
                        ctx = parseOne(parser, header, PredictionMode.SLL);
                    } catch (ParseCancellationException sll) {
                        tokens.seek(start);
                        parser.setContext(null);
                        try {
                            ctx = parseOne(parser, header, PredictionMode.LL);
                        } catch (ParseCancellationException ll) {
                            reportSyntax(src, parser, tokens, ll, previous, startToken, start);
                            parser.setContext(null);
                            resync(tokens, start);
                            continue;
                        }
                    }
                } finally {
                    tokens.release(marker);
                }
                previous = ctx.getStop();
                if (header) {
                    checkHeader(src, ctx, first, main);
                } else {
                    lower(ctx);
                }
                first = false;
            }
            if (errors.size() >= MAX_ERRORS && tokens.LA(1) != eofType) {
                errors.add(src.error(0, 0, "too many errors; stopping"));
                fatal = true;
            }
        }

        /**
         * Records a lowering error; the same message again (say, a register that is never declared
         * but used on every later line) is only counted, so the report stays readable.
         */
        private void addLoweringError(Diagnostic d) {
            Integer seen = repeats.get(d.message());
            if (seen != null) {
                repeats.put(d.message(), seen + 1);
                return;
            }
            repeats.put(d.message(), 0);
            errors.add(d);
        }

        private ParserRuleContext parseOne(Parser parser, boolean header, PredictionMode mode) {
            parser.getInterpreter().setPredictionMode(mode);
            if (qasm2) {
                Qasm2Parser p = (Qasm2Parser) parser;
                return header ? p.header() : p.topLevel();
            }
            Qasm3Parser p = (Qasm3Parser) parser;
            return header ? p.version() : p.topLevel();
        }

        private void checkHeader(SourceText src, ParserRuleContext ctx, boolean first, boolean main) {
            Token t = ctx.getStart();
            String v = ctx.getChild(1).getText();
            if (!first) {
                errors.add(src.error(t.getLine(), t.getCharPositionInLine() + 1,
                        "the OPENQASM version statement must come first"));
                return;
            }
            boolean ok = qasm2 ? v.matches("2(\\.0)?") : v.matches("3(\\.[01])?");
            if (!ok) {
                errors.add(src.error(t.getLine(), t.getCharPositionInLine() + 1, "unsupported OpenQASM version " + v
                        + " (qtool reads 2.0, 3, 3.0 and 3.1)"));
            }
        }

        private void lower(ParserRuleContext ctx) {
            if (ended) {
                return;
            }
            try {
                if (qasm2) {
                    builder2.statement(((Qasm2Parser.TopLevelContext) ctx).statement());
                } else {
                    builder3.topLevel(((Qasm3Parser.TopLevelContext) ctx).statementOrScope());
                }
            } catch (CompileError e) {
                addLoweringError(e.diagnostic());
            } catch (Qasm3Builder.EndSignal e) {
                ended = true;
            }
        }

        private void reportSyntax(SourceText src, Parser parser, UnbufferedTokenStream<Token> tokens,
                ParseCancellationException e, Token previousStatementEnd, Token startToken, int start) {
            RecognitionException re = e.getCause() instanceof RecognitionException
                    ? (RecognitionException) e.getCause() : null;
            Token offending = re != null && re.getOffendingToken() != null ? re.getOffendingToken() : tokens.LT(1);
            Token previous = previousStatementEnd;
            int idx = offending.getTokenIndex();
            if (idx > start) {
                try {
                    previous = tokens.get(idx - 1);
                } catch (RuntimeException outOfWindow) {
                    previous = null;
                }
            }
            if (!qasm2 && startToken.getType() == Qasm3Lexer.Identifier && startToken.getText().equals("opaque")) {
                errors.add(src.error(startToken.getLine(), startToken.getCharPositionInLine() + 1,
                        "`opaque` is OpenQASM 2 only; OpenQASM 3 has no opaque gates (define a `gate` with a body,"
                                + " or write the file as OPENQASM 2.0)"));
                return;
            }
            int semi = qasm2 ? Qasm2Lexer.SEMI : Qasm3Lexer.SEMICOLON;
            int ident = qasm2 ? Qasm2Lexer.ID : Qasm3Lexer.Identifier;
            SyntaxErrors.Located l = SyntaxErrors.describe(parser, re, offending, previous, semi, ident, qasm2);
            errors.add(src.error(l.line(), l.column(), l.message()));
        }

        /** Skips to just after the next top-level {@code ;} or closing brace of the failed statement. */
        private void resync(UnbufferedTokenStream<Token> tokens, int start) {
            tokens.seek(start);
            int semi = qasm2 ? Qasm2Lexer.SEMI : Qasm3Lexer.SEMICOLON;
            int open = qasm2 ? Qasm2Lexer.LBRACE : Qasm3Lexer.LBRACE;
            int close = qasm2 ? Qasm2Lexer.RBRACE : Qasm3Lexer.RBRACE;
            int depth = 0;
            while (tokens.LA(1) != Token.EOF) {
                int t = tokens.LA(1);
                tokens.consume();
                if (t == open) {
                    depth++;
                } else if (t == close) {
                    depth--;
                    if (depth <= 0) {
                        return;
                    }
                } else if (t == semi && depth == 0) {
                    return;
                }
            }
        }

        @Override
        public void include(String path, Loc loc) {
            if (path.equals("stdgates.inc")) {
                if (qasm2) {
                    warnings.accept(loc.warning("stdgates.inc is the OpenQASM 3 library; providing its gates in this"
                            + " OpenQASM 2 file"));
                }
                includeLibrary(GateLibrary.STDGATES);
                return;
            }
            if (path.equals("qelib1.inc")) {
                if (!qasm2) {
                    warnings.accept(loc.warning("qelib1.inc is the OpenQASM 2 library; providing qtool's"
                            + " Qiskit-compatible qelib1 gates in this OpenQASM 3 file"));
                }
                includeLibrary(strictQelib1 ? GateLibrary.QELIB1_STRICT : GateLibrary.QELIB1);
                return;
            }
            List<Path> searched = new ArrayList<>();
            Path p = Path.of(path);
            Path found = null;
            if (p.isAbsolute()) {
                searched.add(p);
                if (Files.isRegularFile(p)) {
                    found = p;
                }
            } else {
                List<Path> dirs = new ArrayList<>();
                dirs.add(currentDir != null ? currentDir : Path.of("").toAbsolutePath());
                dirs.addAll(includePaths);
                for (Path d : dirs) {
                    Path candidate = d.resolve(path);
                    searched.add(d);
                    if (Files.isRegularFile(candidate)) {
                        found = candidate;
                        break;
                    }
                }
            }
            if (found == null) {
                throw loc.error("include not found: \"" + path + "\" (searched: " + searched.stream().map(Path::toString)
                        .collect(Collectors.joining(", ")) + ")");
            }
            Path canonical = found.toAbsolutePath().normalize();
            if (includeStack.contains(canonical)) {
                List<String> chain = new ArrayList<>();
                includeStack.descendingIterator().forEachRemaining(x -> chain.add(x.getFileName().toString()));
                chain.add(canonical.getFileName().toString());
                throw loc.error("include cycle: " + String.join(" -> ", chain));
            }
            if (!included.add(canonical)) {
                return;
            }
            String text;
            try {
                text = readUtf8(found);
            } catch (IOException e) {
                throw loc.error("cannot read include \"" + path + "\": " + e.getMessage());
            } catch (QasmException e) {
                throw loc.error("include \"" + path + "\" is not valid UTF-8 text");
            }
            includeStack.push(canonical);
            try {
                parseFile(new SourceText(found.toString(), text), canonical.getParent(), false);
            } finally {
                includeStack.pop();
            }
        }

        private void includeLibrary(GateLibrary lib) {
            if (virtualIncluded.add(lib.name())) {
                if (qasm2) {
                    builder2.gates().include(lib);
                } else {
                    builder3.gates().include(lib);
                }
            }
        }
    }
}
