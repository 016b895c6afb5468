package qtool.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;

/** Reads the Stim circuit argument of a command: a file, or stdin for {@code -}. */
final class StimInput {
    private StimInput() {
    }

    static StabilizerCircuit read(String input, InputStream stdin) {
        try {
            if ("-".equals(input)) {
                return StimReader.parse(new String(stdin.readAllBytes(), StandardCharsets.UTF_8), "<stdin>");
            }
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new FileAccessException("read", input, Files.isDirectory(file) ? "is a directory"
                        : "no such file or directory");
            }
            return StimReader.read(file);
        } catch (IOException e) {
            throw new FileAccessException("read", input, e);
        }
    }
}
