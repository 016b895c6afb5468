package qtool.stim;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link StabilizerCircuit} as canonical Stim text: one instruction per line under Stim's
 * canonical gate name, arguments as {@code (a, b)}, targets in Stim's spelling with Pauli products
 * joined by {@code *}, and repeat bodies indented by four spaces per level.
 *
 * <p>Numbers are written so that reading them back gives the same {@code double}: integral
 * values without a decimal point ({@code 2}, {@code -1}), others with the digits of
 * {@link Double#toString} in plain notation when the exponent lies in [-5, 15] ({@code 0.001})
 * and as {@code 1.5e-07} otherwise, close to how Stim prints them. The output depends on nothing
 * but the circuit (no locale), and is linear in its stored size.
 */
public final class StimWriter {
    private static final String INDENT = "    ";

    private StimWriter() {
    }

    public static String write(StabilizerCircuit c) {
        StringBuilder sb = new StringBuilder();
        writeItems(sb, c, "");
        return sb.toString();
    }

    public static void write(StabilizerCircuit c, Path file) throws IOException {
        Files.writeString(file, write(c), StandardCharsets.UTF_8);
    }

    /** One operation as a line, without indentation or newline. */
    static String line(Operation op) {
        StringBuilder sb = new StringBuilder(op.gate().stimName());
        appendTag(sb, op.tag());
        if (op.numArgs() > 0) {
            sb.append('(');
            for (int i = 0; i < op.numArgs(); i++) {
                sb.append(i == 0 ? "" : ", ").append(number(op.arg(i)));
            }
            sb.append(')');
        }
        boolean glue = false;
        for (int i = 0; i < op.numTargets(); i++) {
            int t = op.target(i);
            if (StimTarget.isCombiner(t)) {
                sb.append('*');
                glue = true;
                continue;
            }
            if (!glue) {
                sb.append(' ');
            }
            sb.append(StimTarget.toString(t));
            glue = false;
        }
        return sb.toString();
    }

    private static void writeItems(StringBuilder sb, StabilizerCircuit c, String indent) {
        for (StabilizerCircuit.Item item : c.items()) {
            sb.append(indent);
            if (item instanceof Operation) {
                sb.append(line((Operation) item)).append('\n');
                continue;
            }
            RepeatBlock r = (RepeatBlock) item;
            sb.append("REPEAT");
            appendTag(sb, r.tag());
            sb.append(' ').append(r.count()).append(" {\n");
            writeItems(sb, r.body(), indent + INDENT);
            sb.append(indent).append("}\n");
        }
    }

    private static void appendTag(StringBuilder sb, String tag) {
        if (tag != null) {
            sb.append('[').append(escapeTag(tag)).append(']');
        }
    }

    /** Stim's tag escapes: {@code \} as {@code \B}, {@code ]} as {@code \C}, CR as {@code \r}, LF as {@code \n}. */
    static String escapeTag(String tag) {
        StringBuilder sb = new StringBuilder(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            char ch = tag.charAt(i);
            switch (ch) {
                case '\\': sb.append("\\B"); break;
                case ']': sb.append("\\C"); break;
                case '\r': sb.append("\\r"); break;
                case '\n': sb.append("\\n"); break;
                default: sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A double in the text form described in the class comment; it parses back to the same bits. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Stim arguments must be finite, got " + v);
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -5 && exponent <= 15) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "").append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        String e = Integer.toString(Math.abs(exponent));
        return sb.append('e').append(exponent < 0 ? '-' : '+').append(e.length() < 2 ? "0" : "").append(e)
                .toString();
    }
}
