package qtool.stim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import qtool.ir.Gate;

/**
 * Reads Stim's circuit text format (doc/file_format_stim_circuit.md) into a
 * {@link StabilizerCircuit}, line by line, with no parser generator: the format is line-based and
 * a hand-written scanner gives exact columns.
 *
 * <p>Names resolve case-insensitively through {@link Gate#byStimName}, so every alias Stim accepts
 * ({@code CNOT}, {@code MZ}, {@code H_XZ}, ...) works and nothing else does. The first problem
 * stops reading with a {@link StimException} located at {@code file:line:col}: unknown
 * instructions, wrong argument counts or values, targets a gate does not take, {@code rec[-k]}
 * looking back before the first measurement, zero or empty {@code REPEAT} blocks, and unbalanced
 * braces. Unlike Stim, adjacent operations are not fused, so the circuit keeps the file's lines.
 * Time is linear in the text length; repeat blocks are not unrolled.
 */
public final class StimReader {
    /** An open REPEAT block and what is needed to close it. */
    private static final class Frame {
        final StabilizerCircuit.Builder body = StabilizerCircuit.builder();
        final StimLine header;
        /** Measurements recorded before the block started (for the first iteration's look-back). */
        final long measurementsBefore;
        long measurementsInBody;

        Frame(StimLine header, long measurementsBefore) {
            this.header = header;
            this.measurementsBefore = measurementsBefore;
        }
    }

    private StimReader() {
    }

    public static StabilizerCircuit parse(String text) {
        return parse(text, "<input>");
    }

    public static StabilizerCircuit read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses {@code text}; {@code fileName} only labels diagnostics. */
    public static StabilizerCircuit parse(String text, String fileName) {
        Deque<Frame> open = new ArrayDeque<>();
        Frame top = new Frame(null, 0);
        int lineNumber = 0;
        for (String source : TextLines.split(text)) {
            lineNumber++;
            StimLine l = StimLine.parse(fileName, lineNumber, source);
            switch (l.kind) {
                case BLANK:
                    break;
                case REPEAT:
                    open.push(top);
                    top = new Frame(l, top.measurementsBefore + top.measurementsInBody);
                    break;
                case CLOSE:
                    if (open.isEmpty()) {
                        throw l.error(l.nameColumn, "'}' without a matching REPEAT block");
                    }
                    Frame parent = open.pop();
                    close(top, parent, l);
                    top = parent;
                    break;
                default:
                    Operation op = operation(l, top.measurementsBefore + top.measurementsInBody);
                    top.body.add(op);
                    top.measurementsInBody += op.numMeasurements();
            }
        }
        if (!open.isEmpty()) {
            throw top.header.error(top.header.nameColumn, "REPEAT block is not closed with '}'");
        }
        return top.body.build();
    }

    private static void close(Frame block, Frame parent, StimLine closing) {
        if (block.body.isEmpty()) {
            throw block.header.error(block.header.nameColumn, "empty REPEAT block (Stim does not allow them)");
        }
        StabilizerCircuit body = block.body.build();
        parent.body.add(new RepeatBlock(block.header.repeatCount, body, block.header.tag));
        try {
            parent.measurementsInBody = Math.addExact(parent.measurementsInBody,
                    Math.multiplyExact(block.header.repeatCount, body.numMeasurements()));
        } catch (ArithmeticException e) {
            throw closing.error(closing.nameColumn, "the number of measurements overflows a 64-bit count");
        }
    }

    private static Operation operation(StimLine l, long measurementsSoFar) {
        Gate g = Gate.byStimName(l.name).orElseThrow(
                () -> l.error(l.nameColumn, "unknown instruction '" + l.name + "'"));
        TargetRules.checkArgs(g, l);
        TargetRules.checkTargets(g, l);
        int[] targets = new int[l.targets.size()];
        for (int i = 0; i < targets.length; i++) {
            int t = l.targets.get(i);
            if (StimTarget.isRec(t) && StimTarget.value(t) > measurementsSoFar) {
                throw l.error(l.targetColumns.get(i), StimTarget.toString(t)
                        + " looks back before the first measurement (" + measurementsSoFar
                        + " recorded so far)");
            }
            targets[i] = t;
        }
        double[] args = new double[l.args.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = l.args.get(i);
        }
        return new Operation(g, args, targets, l.tag);
    }
}
