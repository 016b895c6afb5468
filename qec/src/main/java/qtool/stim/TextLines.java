package qtool.stim;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a line-oriented file (Stim circuits, detector error models) into lines:
 * {@code \n} ends a line and a carriage return before it belongs to the line break, so CRLF files
 * read like LF files. Line k of a file is element k - 1; a final line without a break is included.
 */
public final class TextLines {
    private TextLines() {
    }

    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }
}
