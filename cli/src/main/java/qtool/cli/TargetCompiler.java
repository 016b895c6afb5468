package qtool.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import qtool.ir.Circuit;
import qtool.ir.CircuitStats;
import qtool.pass.Pass;
import qtool.pass.PassManager;
import qtool.pass.PassReport;
import qtool.pass.PassTiming;
import qtool.pass.PropertySet;
import qtool.passes.PassCatalog;
import qtool.passes.Presets;
import qtool.passes.analysis.CheckBasis;
import qtool.passes.analysis.EstimateSuccess;
import qtool.passes.routing.CheckMap;
import qtool.passes.routing.Layout;
import qtool.passes.routing.SabreSwap;
import qtool.target.Target;

/**
 * Runs the passes of {@code qtool compile --target/-O/--passes}. It builds the preset (or the named
 * list), runs it, and checks the result with {@link CheckMap} and {@link CheckBasis}; a failed
 * check is a bug and is raised as one. It records the layouts as circuit metadata and writes the
 * statistics report: before and after counts, SWAPs added, estimated success probability, and
 * pass timings with {@code --verbose}.
 */
final class TargetCompiler {
    private final Target target;
    private final int level;
    private final List<String> passNames;
    private final List<String> passSpecs;
    private final java.nio.file.Path baseDirectory;
    private final long seed;
    private final PropertySet props = new PropertySet();
    private CircuitStats before;
    private CircuitStats after;

    TargetCompiler(Target target, int level, List<String> passNames, long seed) {
        this(target, level, passNames, List.of(), java.nio.file.Path.of(""), seed);
    }

    /**
     * {@code passSpecs} are {@code --pass NAME:KEY=VALUE,...} passes that run first, in order; then
     * come the {@code passNames} list or, when that is empty and there is a target, the preset of
     * the level. Relative paths in pass settings resolve against {@code baseDirectory}.
     */
    TargetCompiler(Target target, int level, List<String> passNames, List<String> passSpecs,
            java.nio.file.Path baseDirectory, long seed) {
        this.target = target;
        this.level = level;
        this.passNames = passNames == null ? List.of() : passNames;
        this.passSpecs = passSpecs == null ? List.of() : passSpecs;
        this.baseDirectory = baseDirectory;
        this.seed = seed;
    }

    private boolean preset() {
        return passNames.isEmpty() && target != null;
    }

    /** Builds the pass list, or throws IllegalArgumentException naming an unknown pass or bad setting. */
    PassManager passManager() {
        List<Pass> passes = new ArrayList<>();
        for (String spec : passSpecs) {
            passes.add(PassCatalog.createConfigured(spec, baseDirectory, target, seed));
        }
        if (preset()) {
            passes.addAll(Presets.level(level, target, seed).passes());
            return new PassManager(passes);
        }
        for (String name : passNames) {
            passes.add(PassCatalog.create(name.strip(), target, seed).orElseThrow(() -> new IllegalArgumentException(
                    "unknown pass '" + name + "'; available: " + String.join(", ", PassCatalog.names()))));
        }
        return new PassManager(passes);
    }

    Circuit compile(Circuit in, PassManager pm) {
        before = CircuitStats.of(in);
        if (target != null && in.numQubits() > target.numQubits()) {
            throw new CircuitDoesNotFitException("the circuit uses " + in.numQubits() + " qubits but target "
                    + target.name() + " has only " + target.numQubits(), null);
        }
        Circuit out;
        try {
            out = pm.run(in, props);
        } catch (IllegalArgumentException e) {
            // Passes reject inputs they cannot handle with a message naming the cause (a symbolic
            // parameter where a number is needed, a gate the target cannot express, ...).
            throw new CircuitDoesNotFitException("cannot compile for " + (target == null ? "the given passes"
                    : "target " + target.name()) + ": " + e.getMessage(), e);
        }
        if (preset()) {
            if (!Boolean.TRUE.equals(props.get(CheckMap.KEY))) {
                throw new IllegalStateException("compiled circuit violates the coupling map: " + props.get(CheckMap.VIOLATION));
            }
            if (!Boolean.TRUE.equals(props.get(CheckBasis.KEY))) {
                throw new IllegalStateException("compiled circuit leaves the basis: " + props.get(CheckBasis.OFFENDER));
            }
        }
        after = CircuitStats.of(out);
        Layout initial = props.get(Layout.INITIAL);
        Layout fin = props.get(Layout.FINAL);
        if (target != null) {
            out = out.withMetadata("target", target.name());
        }
        if (initial != null) {
            out = out.withMetadata("initial_layout", join(initial.toPhysicalArray()));
        }
        if (fin != null) {
            out = out.withMetadata("final_layout", join(fin.toPhysicalArray()));
        }
        return out;
    }

    private static String join(int[] a) {
        return Arrays.stream(a).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    /** The reports of passes with settings (AQC, synthesis, ...), as text; empty when none wrote one. */
    String passReportsText() {
        StringBuilder sb = new StringBuilder();
        for (PassReport r : PassReport.all(props)) {
            sb.append(r.toText());
        }
        return sb.toString();
    }

    String reportText(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append("before:\n").append(indent(before.toText())).append("after:\n").append(indent(after.toText()));
        Integer swaps = props.get(SabreSwap.SWAPS_ADDED);
        sb.append(String.format(Locale.ROOT, "swaps added:     %d%n", swaps == null ? 0 : swaps));
        Double esp = props.get(EstimateSuccess.KEY);
        if (esp != null) {
            Integer unknown = props.get(EstimateSuccess.UNKNOWN);
            sb.append(String.format(Locale.ROOT, "estimated success probability: %.6g%s%n", esp,
                    unknown != null && unknown > 0 ? " (" + unknown + " gates without error data count as perfect)" : ""));
        }
        if (verbose) {
            sb.append("pass timings:\n");
            for (PassTiming t : timings()) {
                sb.append(String.format(Locale.ROOT, "  %-28s %9.2f ms  %8d -> %d%n", t.name(), t.nanos() / 1e6,
                        t.sizeBefore(), t.sizeAfter()));
            }
        }
        return sb.toString().replace("\r\n", "\n");
    }

    String reportJson(boolean verbose) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"before\": ").append(before.toJson().strip().replace("\n", "\n  ")).append(",\n");
        sb.append("  \"after\": ").append(after.toJson().strip().replace("\n", "\n  ")).append(",\n");
        Integer swaps = props.get(SabreSwap.SWAPS_ADDED);
        sb.append("  \"swaps_added\": ").append(swaps == null ? 0 : swaps);
        Double esp = props.get(EstimateSuccess.KEY);
        if (esp != null) {
            sb.append(",\n  \"estimated_success_probability\": ").append(esp);
        }
        List<PassReport> reports = PassReport.all(props);
        if (!reports.isEmpty()) {
            sb.append(",\n  \"pass_reports\": [");
            for (int i = 0; i < reports.size(); i++) {
                sb.append(i == 0 ? "\n    " : ",\n    ").append(reports.get(i).toJson());
            }
            sb.append("\n  ]");
        }
        if (verbose) {
            sb.append(",\n  \"pass_timings\": [");
            List<PassTiming> ts = timings();
            for (int i = 0; i < ts.size(); i++) {
                PassTiming t = ts.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                        "    {\"name\": \"%s\", \"ms\": %.3f, \"size_before\": %d, \"size_after\": %d}", t.name(),
                        t.nanos() / 1e6, t.sizeBefore(), t.sizeAfter()));
            }
            sb.append("\n  ]");
        }
        return sb.append("\n}\n").toString();
    }

    private List<PassTiming> timings() {
        List<PassTiming> t = props.get(PassManager.TIMINGS);
        return t == null ? List.of() : t;
    }

    private static String indent(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
