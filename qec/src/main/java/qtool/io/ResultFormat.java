package qtool.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The shot formats Stim reads and writes, under the names its {@code --out_format} flag takes.
 * Binary formats carry no bit count, so a reader must be told it; {@link #PTB64} additionally
 * groups 64 shots together, so a shot count that is not a multiple of 64 cannot be written.
 */
public enum ResultFormat {
    /** One line of {@code 0}/{@code 1} characters per shot. */
    R01("01", false),
    /** Each shot packed into {@code ⌈bits/8⌉} bytes, bit {@code i} at bit {@code i % 8} of byte {@code i / 8}. */
    B8("b8", true),
    /** Per shot, the lengths of the runs of zeros before each one, plus an implicit one after the last bit. */
    R8("r8", true),
    /** Groups of 64 shots; per group and bit, one little-endian 64-bit word with shot {@code k} at bit {@code k}. */
    PTB64("ptb64", true),
    /** One line per shot: the comma-separated indices of the bits that are set. */
    HITS("hits", false),
    /** One line per shot: {@code shot} followed by a {@code M<k>}, {@code D<k>} or {@code L<k>} token per set bit. */
    DETS("dets", false);

    private final String stimName;
    private final boolean binary;

    ResultFormat(String stimName, boolean binary) {
        this.stimName = stimName;
        this.binary = binary;
    }

    /** The name Stim uses on its command line. */
    public String stimName() {
        return stimName;
    }

    public boolean isBinary() {
        return binary;
    }

    /** The number of shots that must divide the shot count: 64 for {@code ptb64}, else 1. */
    public int shotGroup() {
        return this == PTB64 ? 64 : 1;
    }

    /** The format with Stim name {@code name} (case-insensitive). */
    public static ResultFormat fromStimName(String name) {
        for (ResultFormat f : values()) {
            if (f.stimName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown result format '" + name + "' (expected one of " + names() + ")");
    }

    /** The Stim names of all formats, comma-separated, for messages and help text. */
    public static String names() {
        return Arrays.stream(values()).map(ResultFormat::stimName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return stimName;
    }
}
