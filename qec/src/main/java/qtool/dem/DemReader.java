package qtool.dem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import qtool.qasm.Diagnostic;

/**
 * Reads the {@code .dem} text format into a {@link DetectorErrorModel} with a hand-written line
 * scanner (the format is line based, and a scanner gives exact columns for errors).
 *
 * <p>Accepted: {@code error(p)} with targets {@code D<k>}, {@code L<k>} and {@code ^} between
 * non-empty pieces; {@code detector(coords...) D<k>...}; {@code logical_observable L<k>...};
 * {@code shift_detectors(coords...) n}; {@code repeat N {} ... {@code }}; {@code #} comments and
 * blank lines. Names are case-insensitive, as in Stim. The first problem stops reading with a
 * {@link DemException} located at {@code file:line:col}. Tags ({@code error[tag](p)}) are not
 * supported and are reported as errors.
 */
public final class DemReader {
    private DemReader() {
    }

    public static DetectorErrorModel parse(String text) {
        return parse(text, "<input>");
    }

    public static DetectorErrorModel read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** An open repeat block: where it started and what it holds so far. */
    private record Frame(List<DetectorErrorModel.Instruction> body, long count, int line, int column,
            String source) {
    }

    public static DetectorErrorModel parse(String text, String fileName) {
        Deque<Frame> open = new ArrayDeque<>();
        List<DetectorErrorModel.Instruction> top = new ArrayList<>();
        int lineNumber = 0;
        for (String source : qtool.stim.TextLines.split(text)) {
            lineNumber++;
            Line l = new Line(fileName, lineNumber, source);
            l.skipSpace();
            if (l.atEnd()) {
                continue;
            }
            if (l.peek() == '}') {
                int col = l.pos;
                l.pos++;
                l.expectEnd();
                if (open.isEmpty()) {
                    throw l.error(col, "'}' without a matching repeat block");
                }
                Frame f = open.pop();
                DetectorErrorModel body = new DetectorErrorModel(top);
                top = f.body;
                top.add(new DetectorErrorModel.Repeat(f.count, body));
                continue;
            }
            int nameCol = l.pos;
            String name = l.word().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw l.error(nameCol, "expected an instruction name");
            }
            if (l.peek() == '[') {
                throw l.error(l.pos, "tags are not supported in detector error models");
            }
            switch (name) {
                case "error": {
                    double[] args = l.args();
                    if (args.length != 1) {
                        throw l.error(nameCol, "error takes exactly one argument (the probability), got " + args.length);
                    }
                    if (!(args[0] >= 0 && args[0] <= 1)) {
                        throw l.error(nameCol, "error probability " + args[0] + " is outside [0, 1]");
                    }
                    top.add(new DetectorErrorModel.Error(args[0], l.targets(true, true, true)));
                    break;
                }
                case "detector": {
                    double[] args = l.args();
                    top.add(new DetectorErrorModel.Detector(args, l.targets(true, false, false)));
                    break;
                }
                case "logical_observable": {
                    if (l.hasArgs()) {
                        throw l.error(l.pos, "logical_observable takes no arguments");
                    }
                    top.add(new DetectorErrorModel.LogicalObservable(l.targets(false, true, false)));
                    break;
                }
                case "shift_detectors": {
                    double[] args = l.args();
                    l.skipSpace();
                    long n = l.number("a detector shift");
                    l.expectEnd();
                    top.add(new DetectorErrorModel.ShiftDetectors(args, n));
                    break;
                }
                case "repeat": {
                    if (l.hasArgs()) {
                        throw l.error(l.pos, "repeat takes no arguments");
                    }
                    l.skipSpace();
                    long n = l.number("a repeat count");
                    l.skipSpace();
                    if (l.atEnd() || l.peek() != '{') {
                        throw l.error(l.pos, "expected '{' after the repeat count");
                    }
                    l.pos++;
                    l.expectEnd();
                    open.push(new Frame(top, n, lineNumber, nameCol, source));
                    top = new ArrayList<>();
                    break;
                }
                default:
                    throw l.error(nameCol, "unknown instruction '" + name + "'");
            }
        }
        if (!open.isEmpty()) {
            Frame f = open.peek();
            throw new DemException(Diagnostic.error(fileName, f.line, f.column + 1,
                    "repeat block is not closed with '}'", f.source));
        }
        return new DetectorErrorModel(top);
    }

    /** A cursor over one line; columns in diagnostics are 1-based. */
    private static final class Line {
        final String file;
        final int number;
        final String text;
        final int end;
        int pos;

        Line(String file, int number, String text) {
            this.file = file;
            this.number = number;
            this.text = text;
            int hash = text.indexOf('#');
            this.end = hash < 0 ? text.length() : hash;
        }

        DemException error(int col, String message) {
            return new DemException(Diagnostic.error(file, number, col + 1, message, text));
        }

        boolean atEnd() {
            return pos >= end;
        }

        char peek() {
            return atEnd() ? '\0' : text.charAt(pos);
        }

        void skipSpace() {
            while (!atEnd() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
        }

        void expectEnd() {
            skipSpace();
            if (!atEnd()) {
                throw error(pos, "unexpected '" + text.substring(pos, end).strip() + "'");
            }
        }

        String word() {
            int s = pos;
            while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                pos++;
            }
            return text.substring(s, pos);
        }

        boolean hasArgs() {
            return peek() == '(';
        }

        double[] args() {
            if (!hasArgs()) {
                return new double[0];
            }
            int open = pos;
            int close = text.indexOf(')', pos);
            if (close < 0 || close >= end) {
                throw error(open, "'(' is not closed with ')'");
            }
            pos++;
            List<Double> values = new ArrayList<>();
            String inner = text.substring(pos, close);
            if (!inner.isBlank()) {
                int s = pos;
                for (String part : inner.split(",", -1)) {
                    String p = part.strip();
                    int col = s + part.indexOf(p.isEmpty() ? part : p);
                    values.add(parseDouble(p, col));
                    s += part.length() + 1;
                }
            }
            pos = close + 1;
            double[] out = new double[values.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = values.get(k);
            }
            return out;
        }

        private double parseDouble(String s, int col) {
            // Java accepts forms like "1d", "0x1p3" and "NaN" that Stim does not; reject them first.
            if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw error(col, "expected a number, got '" + s + "'");
            }
            return Double.parseDouble(s);
        }

        long number(String what) {
            int s = pos;
            while (!atEnd() && Character.isDigit(peek())) {
                pos++;
            }
            if (s == pos) {
                throw error(s, "expected " + what);
            }
            try {
                return Long.parseLong(text.substring(s, pos));
            } catch (NumberFormatException e) {
                throw error(s, what + " is too large");
            }
        }

        /** Targets up to the end of the line; at least one is required. */
        long[] targets(boolean detectors, boolean observables, boolean separators) {
            List<Long> out = new ArrayList<>();
            boolean lastWasSeparator = true;
            int lastCol = pos;
            while (true) {
                int before = pos;
                skipSpace();
                if (atEnd()) {
                    break;
                }
                if (before == pos) {
                    throw error(pos, "expected a space before '" + peek() + "'");
                }
                int col = pos;
                lastCol = col;
                char c = peek();
                if (c == '^' && separators) {
                    if (lastWasSeparator) {
                        throw error(col, "'^' must separate two non-empty groups of targets");
                    }
                    pos++;
                    out.add(DemTarget.SEPARATOR);
                    lastWasSeparator = true;
                    continue;
                }
                boolean d = (c == 'D' || c == 'd') && detectors;
                boolean o = (c == 'L' || c == 'l') && observables;
                if (!d && !o) {
                    throw error(col, "unexpected target '" + token() + "'");
                }
                pos++;
                int s = pos;
                while (!atEnd() && Character.isDigit(peek())) {
                    pos++;
                }
                if (s == pos || (!atEnd() && peek() != ' ' && peek() != '\t')) {
                    pos = col;
                    throw error(col, "unexpected target '" + token() + "'");
                }
                long k;
                try {
                    k = Long.parseLong(text.substring(s, pos));
                    out.add(d ? DemTarget.detector(k) : DemTarget.observable(k));
                } catch (IllegalArgumentException e) {
                    throw error(col, "target index is too large");
                }
                lastWasSeparator = false;
            }
            if (!out.isEmpty() && lastWasSeparator) {
                throw error(lastCol, "'^' must separate two non-empty groups of targets");
            }
            if (out.isEmpty() && !(detectors && observables)) {
                throw error(pos, "expected a target");
            }
            long[] r = new long[out.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = out.get(k);
            }
            return r;
        }

        private String token() {
            int e = pos;
            while (e < end && text.charAt(e) != ' ' && text.charAt(e) != '\t') {
                e++;
            }
            return text.substring(pos, e);
        }
    }
}
