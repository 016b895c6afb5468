package qtool.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions over {@code testdata/golden/}. On a mismatch the actual text is written to
 * {@code <case>.new.<ext>} beside the expected file and the test fails naming both paths; rename the
 * {@code .new} file to accept it, or run with {@code -Dqtool.golden.update=true} to overwrite every
 * expected file at once. Golden files are always produced by qtool itself.
 */
public final class Golden {
    private Golden() {
    }

    /** The repository's {@code testdata/} folder, found by walking up from the working directory. */
    public static Path testdata() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("testdata");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path path(String key) {
        return testdata().resolve("golden").resolve(key);
    }

    /** Compares {@code actual} with {@code testdata/golden/<key>}, e.g. {@code qasm/bell.qasm}. */
    public static void assertMatches(String actual, String key) {
        Path expected = path(key);
        boolean update = Boolean.parseBoolean(System.getProperty("qtool.golden.update", "false"));
        try {
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            Path fresh = newPath(expected);
            Files.createDirectories(expected.getParent());
            if (!Files.exists(expected)) {
                Files.writeString(fresh, actual, StandardCharsets.UTF_8);
                fail("golden file " + expected + " does not exist; wrote " + fresh + " (review it and rename it)");
            }
            String want = Files.readString(expected, StandardCharsets.UTF_8);
            if (!want.equals(actual)) {
                Files.writeString(fresh, actual, StandardCharsets.UTF_8);
                fail("output differs from golden file " + expected + "; actual output written to " + fresh
                        + firstDifference(want, actual));
            }
            Files.deleteIfExists(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path newPath(Path expected) {
        String name = expected.getFileName().toString();
        int dot = name.indexOf('.');
        String fresh = dot < 0 ? name + ".new" : name.substring(0, dot) + ".new" + name.substring(dot);
        return expected.resolveSibling(fresh);
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<end>";
            String r = i < y.length ? y[i] : "<end>";
            if (!l.equals(r)) {
                return "\nfirst difference at line " + (i + 1) + ":\n  expected: " + l + "\n  actual:   " + r;
            }
        }
        return "";
    }
}
