package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.testing.Golden;

/**
 * Bad input never crashes the reader: seeded random mutations (deleted, duplicated and replaced
 * characters and tokens) of the golden inputs must either read or fail with a located
 * {@link QasmException}; any other exception is a bug. The seed is printed on failure.
 */
class QasmRobustnessTest {
    private static final String[] TOKENS = {";", "(", ")", "[", "]", "{", "}", ",", "->", "@", "ctrl", "inv", "pow(0.5)",
        "gate", "def", "for", "if", "while", "measure", "reset", "q", "$1", "0", "-1", "1e400", "pi", "**", "^", "/",
        "\"", "'", "OPENQASM 3;", "OPENQASM 2.0;", "include \"stdgates.inc\";", "qubit[2]", "bit", "let", "++", ":",
        "99999999999999999999", "negctrl(2) @", "gphase", "U", "CX", "opaque", "barrier", "#", "end;", "break;"};

    @Test
    void mutatedInputsFailCleanly() throws IOException {
        List<String> sources = new ArrayList<>();
        try (var files = Files.list(Golden.path("compile"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".qasm")).sorted()::iterator) {
                sources.add(Files.readString(p));
            }
        }
        assertTrue(sources.size() >= 5);
        for (long seed = 0; seed < 1000; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            String src = mutate(sources.get(rng.nextInt(sources.size())), rng);
            try {
                QasmReader.defaults().read(src, "mutant.qasm", null);
            } catch (QasmException e) {
                for (Diagnostic d : e.diagnostics()) {
                    assertTrue(d.file().equals("mutant.qasm"), d.header());
                }
            } catch (RuntimeException | StackOverflowError e) {
                StringBuilder msg = new StringBuilder("seed " + seed + ": " + e + "\n--- input ---\n" + src);
                for (StackTraceElement el : e.getStackTrace()) {
                    msg.append("\n  at ").append(el);
                    if (msg.length() > 6000) {
                        break;
                    }
                }
                fail(msg.toString());
            }
        }
    }

    private static String mutate(String s, SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rng.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = rng.nextInt(sb.length());
            switch (rng.nextInt(4)) {
                case 0:
                    sb.deleteCharAt(at);
                    break;
                case 1:
                    sb.insert(at, TOKENS[rng.nextInt(TOKENS.length)]);
                    break;
                case 2:
                    int end = Math.min(sb.length(), at + 1 + rng.nextInt(12));
                    sb.insert(at, sb.substring(at, end));
                    break;
                default:
                    String alphabet = " ;0a[](){}-+*/^@$\"";
                    sb.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }
}
