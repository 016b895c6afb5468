package qtool.dem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link DetectorErrorModel} in Stim's text layout: one instruction per line, arguments
 * in parentheses separated by {@code ", "}, targets separated by spaces, {@code repeat N {}
 * bodies indented by four spaces, and numbers in {@link DemNumberFormat} (Stim's {@code %.19g}),
 * so that reading the output gives back an equal model and Stim's own files are reproduced
 * byte for byte.
 */
public final class DemWriter {
    private DemWriter() {
    }

    public static String write(DetectorErrorModel model) {
        StringBuilder sb = new StringBuilder();
        write(model, "", sb);
        return sb.toString();
    }

    public static void write(DetectorErrorModel model, Path file) throws IOException {
        Files.writeString(file, write(model), StandardCharsets.UTF_8);
    }

    private static void write(DetectorErrorModel model, String indent, StringBuilder sb) {
        for (DetectorErrorModel.Instruction i : model.instructions()) {
            if (i instanceof DetectorErrorModel.Repeat r) {
                sb.append(indent).append("repeat ").append(r.count()).append(" {\n");
                write(r.body(), indent + "    ", sb);
                sb.append(indent).append("}\n");
            } else {
                sb.append(indent).append(line(i)).append('\n');
            }
        }
    }

    /** One non-block instruction, without a line break. */
    public static String line(DetectorErrorModel.Instruction i) {
        StringBuilder sb = new StringBuilder();
        if (i instanceof DetectorErrorModel.Error e) {
            sb.append("error(").append(DemNumberFormat.format(e.probability())).append(')');
            targets(e.targets(), sb);
        } else if (i instanceof DetectorErrorModel.Detector d) {
            sb.append("detector");
            args(d.coordinates(), sb);
            targets(d.targets(), sb);
        } else if (i instanceof DetectorErrorModel.LogicalObservable l) {
            sb.append("logical_observable");
            targets(l.targets(), sb);
        } else if (i instanceof DetectorErrorModel.ShiftDetectors s) {
            sb.append("shift_detectors");
            args(s.coordinates(), sb);
            sb.append(' ').append(s.shift());
        } else {
            throw new IllegalArgumentException("a repeat block is not a single line");
        }
        return sb.toString();
    }

    private static void args(double[] args, StringBuilder sb) {
        if (args.length == 0) {
            return;
        }
        sb.append('(');
        for (int k = 0; k < args.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(DemNumberFormat.format(args[k]));
        }
        sb.append(')');
    }

    private static void targets(long[] targets, StringBuilder sb) {
        for (long t : targets) {
            sb.append(' ').append(DemTarget.toString(t));
        }
    }
}
