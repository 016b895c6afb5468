package qtool.qubo.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Known optima of benchmark instances that do not carry their own (DIMACS graphs, QAPLIB files),
 * looked up in the Markdown tables of the instance set's README.md, one directory above the file
 * (layout of the shared reference set: {@code qubo/README.md}, {@code qubo/mis/1tc.8.txt}). The row
 * whose first cell is the file name without extension gives its last numeric cell.
 */
public final class ReferenceOptima {
    private ReferenceOptima() {
    }

    public static OptionalDouble lookup(Path instance) throws IOException {
        Path parent = instance.toAbsolutePath().getParent();
        Path readme = parent == null || parent.getParent() == null ? null : parent.getParent().resolve("README.md");
        if (readme == null || !Files.exists(readme)) {
            return OptionalDouble.empty();
        }
        String name = instance.getFileName().toString().replaceFirst("\\.(txt|dat)$", "");
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length > 2 && cells[1].strip().equals(name)) {
                for (int c = cells.length - 1; c > 1; c--) {
                    String v = cells[c].replaceAll("[^0-9.]", "");
                    if (!v.isEmpty()) {
                        return OptionalDouble.of(Double.parseDouble(v));
                    }
                }
            }
        }
        return OptionalDouble.empty();
    }
}
