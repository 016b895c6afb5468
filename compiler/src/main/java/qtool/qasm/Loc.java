package qtool.qasm;

/** A position in a source file (1-based line and column) used to locate lowering errors. */
record Loc(SourceText source, int line, int column) {
    CompileError error(String message) {
        return new CompileError(source.error(line, column, message));
    }

    Diagnostic warning(String message) {
        return source.warning(line, column, message);
    }
}
