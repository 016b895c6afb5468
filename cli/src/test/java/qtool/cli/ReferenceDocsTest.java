package qtool.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The reference documents in {@code docs/} are generated from the code: {@code docs/gates.md} from
 * the gate table and {@code docs/cli.md} from the picocli annotations. These tests fail when a
 * checked-in copy is stale, writing the fresh text to {@code docs/<name>.new.md}; run with
 * {@code -Dqtool.golden.update=true} to regenerate both.
 */
class ReferenceDocsTest {
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("testdata")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    static String cliReference() {
        StringBuilder sb = new StringBuilder("# qtool command-line reference\n\n");
        sb.append("Generated from the picocli annotations (`ReferenceDocsTest`); do not edit by hand.\n");
        append(sb, Qtool.commandLine(), "qtool");
        return sb.toString();
    }

    private static void append(StringBuilder sb, CommandLine cl, String path) {
        sb.append("\n## `").append(path).append("`\n\n```\n")
                .append(cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getKey().equals("help")) {
                append(sb, e.getValue(), path + " " + e.getKey());
            }
        }
    }

    private static void assertCurrent(String actual, String name) throws IOException {
        Path file = repoRoot().resolve("docs").resolve(name + ".md");
        if (Boolean.getBoolean("qtool.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        String want = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Path fresh = file.resolveSibling(name + ".new.md");
        if (!want.equals(actual)) {
            Files.writeString(fresh, actual, StandardCharsets.UTF_8);
            fail(file + " is stale; the generated text is in " + fresh + " (rename it to accept)");
        }
        Files.deleteIfExists(fresh);
    }

    @Test
    void gateReferenceIsCurrent() throws IOException {
        assertCurrent(GatesCommand.markdown(), "gates");
    }

    @Test
    void cliReferenceIsCurrent() throws IOException {
        assertCurrent(cliReference(), "cli");
    }
}
