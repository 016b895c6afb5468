package qtool.stim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import qtool.qasm.Diagnostic;

/**
 * The lexical reading of one line of Stim text: {@code NAME[tag](args) targets # comment},
 * {@code REPEAT[tag] K {}, a lone {@code }}, or nothing. It checks spelling only (tag escapes,
 * number syntax, target syntax); whether a gate accepts its arguments and targets is
 * {@link TargetRules}' business.
 *
 * <p>Columns are 1-based and kept for every argument and target, so later checks can point at
 * the offending token. Numbers are checked against a decimal pattern before
 * {@link Double#parseDouble}, which would otherwise accept {@code NaN}, hex floats and a
 * trailing {@code d}.
 */
final class StimLine {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    enum Kind { BLANK, INSTRUCTION, REPEAT, CLOSE }

    final String file;
    final int lineNumber;
    final String text;
    Kind kind = Kind.BLANK;
    String name;
    int nameColumn;
    String tag;
    final List<Double> args = new ArrayList<>();
    final List<Integer> argColumns = new ArrayList<>();
    final List<Integer> targets = new ArrayList<>();
    final List<Integer> targetColumns = new ArrayList<>();
    long repeatCount;
    int repeatCountColumn;
    private int pos;

    private StimLine(String file, int lineNumber, String text) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.text = text;
    }

    static StimLine parse(String file, int lineNumber, String text) {
        StimLine l = new StimLine(file, lineNumber, text);
        l.read();
        return l;
    }

    /** A located error on this line; column 0 means the whole line. */
    StimException error(int column, String message) {
        return new StimException(Diagnostic.error(file, lineNumber, column, message, text));
    }

    private void read() {
        skipSpace();
        if (atEnd()) {
            return;
        }
        if (peek() == '}') {
            kind = Kind.CLOSE;
            nameColumn = pos + 1;
            pos++;
            expectEnd();
            return;
        }
        nameColumn = pos + 1;
        int start = pos;
        while (!atEndOfText() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            pos++;
        }
        if (pos == start) {
            throw error(pos + 1, "expected an instruction name, found '" + peek() + "'");
        }
        name = text.substring(start, pos);
        if (!atEndOfText() && peek() == '[') {
            tag = readTag();
        }
        skipSpace();
        if (!atEndOfText() && peek() == '(') {
            readArgs();
        }
        if (name.equalsIgnoreCase("REPEAT")) {
            readRepeatHeader();
            return;
        }
        kind = Kind.INSTRUCTION;
        readTargets();
    }

    private String readTag() {
        int open = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEndOfText()) {
                throw error(open + 1, "tag is not closed with ']'");
            }
            char ch = text.charAt(pos++);
            if (ch == ']') {
                return sb.toString();
            }
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            char esc = atEndOfText() ? ' ' : text.charAt(pos);
            switch (esc) {
                case 'C': sb.append(']'); break;
                case 'B': sb.append('\\'); break;
                case 'r': sb.append('\r'); break;
                case 'n': sb.append('\n'); break;
                default: throw error(pos, "unknown escape in tag: use \\C for ']', \\B for '\\', \\r or \\n");
            }
            pos++;
        }
    }

    private void readArgs() {
        int open = pos;
        pos++;
        skipSpace();
        if (!atEndOfText() && peek() == ')') {
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            int start = pos;
            while (!atEndOfText() && ",)# \t".indexOf(peek()) < 0) {
                pos++;
            }
            String token = text.substring(start, pos);
            if (!NUMBER.matcher(token).matches()) {
                throw error(start + 1, token.isEmpty() ? "expected a number" : "bad number '" + token + "'");
            }
            args.add(Double.parseDouble(token));
            argColumns.add(start + 1);
            skipSpace();
            if (atEndOfText() || peek() == '#') {
                throw error(open + 1, "'(' is not closed with ')'");
            }
            char ch = text.charAt(pos++);
            if (ch == ')') {
                return;
            }
            if (ch != ',') {
                throw error(pos, "expected ',' or ')' in the argument list");
            }
        }
    }

    private void readRepeatHeader() {
        kind = Kind.REPEAT;
        if (!args.isEmpty()) {
            throw error(argColumns.get(0), "REPEAT takes no parens arguments");
        }
        skipSpace();
        int start = pos;
        while (!atEndOfText() && Character.isDigit(peek())) {
            pos++;
        }
        repeatCountColumn = start + 1;
        String count = text.substring(start, pos);
        if (count.isEmpty()) {
            throw error(start + 1, "REPEAT needs a repetition count");
        }
        if (count.length() > 19 || Long.parseLong(count) > RepeatBlock.MAX_COUNT) {
            throw error(start + 1, "REPEAT count " + count + " is larger than 10^18");
        }
        repeatCount = Long.parseLong(count);
        if (repeatCount == 0) {
            throw error(start + 1, "REPEAT count must be at least 1");
        }
        skipSpace();
        if (atEndOfText() || peek() != '{') {
            throw error(pos + 1, "expected '{' after the REPEAT count");
        }
        pos++;
        expectEnd();
    }

    private void readTargets() {
        while (true) {
            skipSpace();
            if (atEnd()) {
                return;
            }
            int start = pos;
            if (peek() == '*') {
                pos++;
                targets.add(StimTarget.COMBINER);
                targetColumns.add(start + 1);
                continue;
            }
            while (!atEndOfText() && " \t*#".indexOf(peek()) < 0) {
                pos++;
            }
            targets.add(target(text.substring(start, pos), start + 1));
            targetColumns.add(start + 1);
        }
    }

    /** One target token: {@code 5}, {@code !5}, {@code rec[-2]}, {@code sweep[1]}, {@code X3}, {@code !Z3}. */
    private int target(String token, int column) {
        boolean inverted = token.startsWith("!");
        String body = inverted ? token.substring(1) : token;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        try {
            if (lower.startsWith("rec[-") && lower.endsWith("]") && !inverted) {
                int k = value(body.substring(5, body.length() - 1), token, column);
                if (k == 0) {
                    throw error(column, "rec[-0] is not a measurement record target; use rec[-1] or earlier");
                }
                return StimTarget.rec(k);
            }
            if (lower.startsWith("sweep[") && lower.endsWith("]") && !inverted) {
                return StimTarget.sweep(value(body.substring(6, body.length() - 1), token, column));
            }
            if (!body.isEmpty() && "xyz".indexOf(lower.charAt(0)) >= 0) {
                return StimTarget.pauli(body.charAt(0), value(body.substring(1), token, column), inverted);
            }
            int q = value(body, token, column);
            return inverted ? StimTarget.invertedQubit(q) : StimTarget.qubit(q);
        } catch (IllegalArgumentException e) {
            throw error(column, "bad target '" + token + "': " + e.getMessage());
        }
    }

    private int value(String digits, String token, int column) {
        if (!DIGITS.matcher(digits).matches()) {
            throw error(column, "bad target '" + token + "'");
        }
        if (digits.length() > 9 || Integer.parseInt(digits) > StimTarget.MAX_VALUE) {
            throw error(column, "target '" + token + "' exceeds the largest index " + StimTarget.MAX_VALUE);
        }
        return Integer.parseInt(digits);
    }

    private void expectEnd() {
        skipSpace();
        if (!atEnd()) {
            throw error(pos + 1, "unexpected text after '" + (kind == Kind.CLOSE ? "}" : "{") + "'");
        }
    }

    private void skipSpace() {
        while (!atEndOfText() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) {
            pos++;
        }
    }

    /** End of the line's content: the text ends or a comment starts. */
    private boolean atEnd() {
        return atEndOfText() || peek() == '#';
    }

    private boolean atEndOfText() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
