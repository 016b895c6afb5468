package qtool.synthesis.cliffordt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gridsynth reference table ({@code reference/synth/README.md}): one markdown row per ε with, for
 * each angle of the header ({@code θ=0.1}, {@code θ=π/7}, ...), the T-count and seconds per call,
 * written {@code 22 (0.037)}. Used by the validation test and {@code qtool bench synth}.
 */
public record ReferenceTable(List<Double> angles, List<String> angleLabels, List<Row> rows) {
    /** One ε row: T-count and seconds per angle, in header order. */
    public record Row(double epsilon, List<Integer> tCounts, List<Double> seconds) {
    }

    private static final Pattern CELL = Pattern.compile("^\\s*(\\d+)\\s*\\(([0-9.]+)\\)\\s*$");

    /** Parses the table; throws IOException with the line when the file does not have one. */
    public static ReferenceTable read(Path readme) throws IOException {
        List<Double> angles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(readme)) {
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|");
            if (angles.isEmpty() && line.contains("θ=")) {
                for (String c : cells) {
                    String t = c.strip();
                    if (t.startsWith("θ=")) {
                        labels.add(t.substring(2));
                        angles.add(angle(t.substring(2)));
                    }
                }
                continue;
            }
            if (angles.isEmpty() || !cells[0].strip().matches("[0-9][0-9.eE+-]*")) {
                continue;
            }
            double eps = Double.parseDouble(cells[0].strip());
            List<Integer> t = new ArrayList<>();
            List<Double> s = new ArrayList<>();
            for (int i = 1; i <= angles.size(); i++) {
                Matcher m = CELL.matcher(cells[i]);
                if (!m.matches()) {
                    throw new IOException(readme + ": cannot read cell '" + cells[i].strip() + "' in: " + line);
                }
                t.add(Integer.parseInt(m.group(1)));
                s.add(Double.parseDouble(m.group(2)));
            }
            rows.add(new Row(eps, List.copyOf(t), List.copyOf(s)));
        }
        if (angles.isEmpty() || rows.isEmpty()) {
            throw new IOException(readme + ": no gridsynth table found");
        }
        return new ReferenceTable(List.copyOf(angles), List.copyOf(labels), List.copyOf(rows));
    }

    /** An angle written {@code 0.1}, {@code π/7}, {@code pi/128}, {@code 2π/3} or {@code π}. */
    public static double angle(String text) {
        String t = text.strip().replace("pi", "π");
        int slash = t.indexOf('/');
        String num = slash < 0 ? t : t.substring(0, slash);
        double den = slash < 0 ? 1 : Double.parseDouble(t.substring(slash + 1));
        double value;
        if (num.endsWith("π")) {
            String f = num.substring(0, num.length() - 1);
            value = (f.isEmpty() ? 1 : Double.parseDouble(f)) * Math.PI;
        } else {
            value = Double.parseDouble(num);
        }
        return value / den;
    }
}
