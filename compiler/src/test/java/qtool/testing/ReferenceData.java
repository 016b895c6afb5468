package qtool.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the reference data measured with the tools users compare qtool with
 * ({@code ../shared/reference/}). Its location comes from the system property
 * {@code qtool.reference} (set by the build and by {@code .ci/run}) or the environment variable
 * {@code QTOOL_REFERENCE}; tests that need it are skipped, with the reason printed, when it is absent.
 * Files are read in place and never copied into the project.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** The reference root, or null when it is not available. */
    public static Path root() {
        String prop = System.getProperty("qtool.reference");
        if (prop == null || prop.isBlank() || prop.startsWith("${")) {
            prop = System.getenv("QTOOL_REFERENCE");
        }
        if (prop == null || prop.isBlank()) {
            Path guess = Golden.testdata().getParent().resolve("../shared/reference").normalize();
            return Files.isDirectory(guess) ? guess : null;
        }
        Path p = Path.of(prop).toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** {@code <root>/<area>}, or skips the calling test with a printed reason when it is missing. */
    public static Path dir(String area) {
        Path root = root();
        String reason = "reference data not found (set -Dqtool.reference or QTOOL_REFERENCE); skipping";
        if (root == null) {
            System.out.println("[skip] " + reason);
        }
        assumeTrue(root != null, reason);
        Path d = root.resolve(area);
        if (!Files.isDirectory(d)) {
            System.out.println("[skip] reference area " + d + " missing");
        }
        assumeTrue(Files.isDirectory(d), "reference area " + d + " missing");
        return d;
    }
}
