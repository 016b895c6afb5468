package qtool.target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import qtool.ir.Gate;
import qtool.qasm.Diagnostic;

/**
 * Constructor functions for targets (shapes without calibration data, for tests and quick
 * experiments) and access to the bundled profiles under {@code qtool/target/profiles/}. There
 * are no {@code Target} subclasses: a line, a grid or a heavy-hex chip differs only in its data.
 * Generated targets give 1-qubit (and measure/reset) gates a global entry and 2-qubit gates one
 * entry per edge, oriented from the lower to the higher qubit.
 */
public final class Targets {
    /** The basis of generated targets when none is given: Qiskit's classic cx + rz/sx/x. */
    public static final List<String> DEFAULT_BASIS = List.of("cx", "rz", "sx", "x", "measure", "reset");
    /** The bundled profiles, in the order {@code qtool targets list} shows them. */
    private static final List<String> BUILTIN = List.of("ibm-eagle-r3", "google-grid-72", "quantinuum-h2-56",
            "neutral-atom-256", "uniform-p1e-3", "si1000-p1e-3");
    private static final String PREFIX = "builtin:";
    private static final Map<String, Target> CACHE = new ConcurrentHashMap<>();

    private Targets() {
    }

    /** Qubits 0…n-1 in a line. */
    public static Target line(int n, String... basis) {
        Target.Builder b = start("line-" + n, n, basis);
        for (int i = 0; i + 1 < n; i++) {
            edge(b, i, i + 1, basis);
        }
        return b.build();
    }

    /** A rows × cols square grid, qubit {@code r*cols + c}, coupled to its 4 neighbours. */
    public static Target grid(int rows, int cols, String... basis) {
        Target.Builder b = start("grid-" + rows + "x" + cols, rows * cols, basis);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols) {
                    edge(b, r * cols + c, r * cols + c + 1, basis);
                }
                if (r + 1 < rows) {
                    edge(b, r * cols + c, (r + 1) * cols + c, basis);
                }
            }
        }
        return b.build();
    }

    /** n qubits where every pair may interact (2-qubit gates get a global entry). */
    public static Target allToAll(int n, String... basis) {
        Target.Builder b = start("all-to-all-" + n, n, basis).connectivity(Connectivity.ALL_TO_ALL);
        for (String g : basisOrDefault(basis)) {
            if (Gate.byName(g).orElseThrow().numQubits() == 2) {
                b.add(g, Qargs.GLOBAL);
            }
        }
        return b.build();
    }

    /**
     * IBM's heavy-hex lattice numbered as on IBM devices: {@code rows} (odd) rows of
     * {@code width} (≡ 3 mod 4) qubits, the first row missing its last column and the last row its
     * first, joined by bridge qubits numbered after each row, at columns 0, 4, 8, … below even rows
     * and 2, 6, 10, … below odd rows. {@code heavyHex(7, 15)} is the 127-qubit Eagle,
     * {@code heavyHex(5, 11)} the 65-qubit Hummingbird.
     */
    public static Target heavyHex(int rows, int width, String... basis) {
        if (rows < 3 || rows % 2 == 0 || width < 3 || width % 4 != 3) {
            throw new IllegalArgumentException("heavy-hex needs an odd number of rows >= 3 and width = 3 mod 4");
        }
        int bridges = (width + 1) / 4;
        int n = rows * width - 2 + (rows - 1) * bridges;
        Target.Builder b = start("heavy-hex-" + n, n, basis);
        int[][] index = new int[rows][width];
        int[][] bridge = new int[rows - 1][bridges];
        int next = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                boolean missing = (r == 0 && c == width - 1) || (r == rows - 1 && c == 0);
                index[r][c] = missing ? -1 : next++;
            }
            for (int k = 0; r + 1 < rows && k < bridges; k++) {
                bridge[r][k] = next++;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c + 1 < width; c++) {
                if (index[r][c] >= 0 && index[r][c + 1] >= 0) {
                    edge(b, index[r][c], index[r][c + 1], basis);
                }
            }
            for (int k = 0; r + 1 < rows && k < bridges; k++) {
                int c = (r % 2 == 0 ? 0 : 2) + 4 * k;
                edge(b, index[r][c], bridge[r][k], basis);
                edge(b, bridge[r][k], index[r + 1][c], basis);
            }
        }
        return b.build();
    }

    private static Target.Builder start(String name, int n, String... basis) {
        Target.Builder b = Target.builder(name, n);
        for (String g : basisOrDefault(basis)) {
            if (Gate.byName(g).orElseThrow(() -> new IllegalArgumentException("unknown gate " + g)).numQubits() != 2) {
                b.add(g, Qargs.GLOBAL);
            }
        }
        return b;
    }

    private static void edge(Target.Builder b, int a, int c, String... basis) {
        for (String g : basisOrDefault(basis)) {
            if (Gate.byName(g).orElseThrow().numQubits() == 2) {
                b.add(g, Qargs.of(Math.min(a, c), Math.max(a, c)));
            }
        }
    }

    private static List<String> basisOrDefault(String... basis) {
        return basis.length == 0 ? DEFAULT_BASIS : List.of(basis);
    }

    /** Names of the bundled profiles. */
    public static List<String> builtinNames() {
        return BUILTIN;
    }

    /** A bundled profile by name (with or without {@code builtin:}); parsed once, then cached. */
    public static Target builtin(String name) {
        String bare = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        if (!BUILTIN.contains(bare)) {
            throw new TargetException(Diagnostic.error(name, 0, 0, "unknown builtin target '" + bare + "'"
                    + Spelling.hint(bare, BUILTIN) + "; builtin targets: " + String.join(", ", BUILTIN), null));
        }
        return CACHE.computeIfAbsent(bare, Targets::load);
    }

    /** The YAML text of a bundled profile, header comment included. */
    public static String builtinYaml(String name) {
        try (InputStream in = Targets.class.getResourceAsStream("profiles/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("bundled profile " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled profile " + name, e);
        }
    }

    private static Target load(String name) {
        return TargetYaml.read(builtinYaml(name), PREFIX + name);
    }

    /**
     * What {@code --target} accepts: {@code builtin:<name>}, a bundled profile's bare name, or a
     * YAML file path (a bare name that is also a builtin wins; write {@code ./name} for the file).
     * Throws {@link TargetException} for unknown names, unreadable files and invalid YAML.
     */
    public static Target resolve(String nameOrFile, Consumer<Diagnostic> warnings) {
        if (nameOrFile.startsWith(PREFIX) || BUILTIN.contains(nameOrFile)) {
            return builtin(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            String why = Files.isDirectory(file) ? "is a directory" : "no such file or builtin target";
            throw new TargetException(Diagnostic.error(nameOrFile, 0, 0, why + " (builtin targets: "
                    + String.join(", ", BUILTIN) + ")", null));
        }
        try {
            return TargetYaml.read(file, warnings);
        } catch (IOException e) {
            throw new TargetException(Diagnostic.error(nameOrFile, 0, 0, "cannot read: " + e.getMessage(), null));
        }
    }

    public static Target resolve(String nameOrFile) {
        return resolve(nameOrFile, d -> { });
    }
}
