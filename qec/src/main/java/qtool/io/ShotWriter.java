package qtool.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import qtool.sim.BitTable;

/**
 * Writes shots in one {@link ResultFormat} to a stream, one shot at a time or a whole
 * {@link BitTable} at once, so output can be produced batch by batch without holding every shot.
 * The writer buffers but does not own the stream: {@link #finish()} flushes it and leaves it open
 * (callers may be writing to stdout).
 *
 * <p>{@code ptb64} interleaves 64 shots, so single shots are held back until 64 have arrived;
 * {@link #finish()} fails if a partial group is left, as Stim refuses such shot counts.
 */
public final class ShotWriter {
    private final OutputStream out;
    private final ResultFormat format;
    private final ShotLayout layout;
    private final int numBits;
    /** One encoded shot, reused across shots and grown on demand. */
    private byte[] buf = new byte[64];
    /** {@code ptb64} only: the pending group, one word per bit, and how many shots it holds. */
    private final long[] group;
    private int groupShots;

    public ShotWriter(OutputStream out, ResultFormat format, ShotLayout layout) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.format = format;
        this.layout = layout;
        this.numBits = layout.numBits();
        this.group = format == ResultFormat.PTB64 ? new long[numBits] : null;
    }

    /** Writes one shot; {@code bits.length} must be the layout's bit count. */
    public void writeShot(boolean[] bits) throws IOException {
        if (bits.length != numBits) {
            throw new IllegalArgumentException("shot has " + bits.length + " bits, expected " + numBits);
        }
        if (format == ResultFormat.PTB64) {
            for (int b = 0; b < numBits; b++) {
                if (bits[b]) {
                    group[b] |= 1L << groupShots;
                }
            }
            if (++groupShots == 64) {
                flushGroup();
            }
            return;
        }
        int n = encode(bits); // may grow buf, so read the field only afterwards
        out.write(buf, 0, n);
    }

    /**
     * Writes every shot of {@code table}, taking bits {@code firstBit .. firstBit + numBits - 1}
     * of it (so detectors and observables of one table can go to different writers).
     */
    public void writeTable(BitTable table, int firstBit) throws IOException {
        if (firstBit < 0 || firstBit + numBits > table.numBits()) {
            throw new IllegalArgumentException("bits " + firstBit + ".." + (firstBit + numBits) + " of a "
                    + table.numBits() + "-bit table");
        }
        long[] words = new long[numBits];
        boolean[] shot = new boolean[numBits];
        for (int w = 0; w < table.wordsPerBit(); w++) {
            for (int b = 0; b < numBits; b++) {
                words[b] = table.word(firstBit + b, w);
            }
            int shotsInWord = (int) Math.min(64, table.numShots() - 64L * w);
            if (format == ResultFormat.PTB64 && groupShots == 0 && shotsInWord == 64) {
                // The table's words are already ptb64 groups: no need to split them into shots.
                System.arraycopy(words, 0, group, 0, numBits);
                flushGroup();
                continue;
            }
            for (int s = 0; s < shotsInWord; s++) {
                for (int b = 0; b < numBits; b++) {
                    shot[b] = ((words[b] >>> s) & 1) != 0;
                }
                writeShot(shot);
            }
        }
    }

    /** Flushes everything to the stream, which stays open; fails on a partial {@code ptb64} group. */
    public void finish() throws IOException {
        if (groupShots != 0) {
            throw new IllegalStateException("ptb64 needs a multiple of 64 shots; " + groupShots
                    + " shots are left over");
        }
        out.flush();
    }

    private void flushGroup() throws IOException {
        ensure(8 * numBits);
        for (int b = 0; b < numBits; b++) {
            long v = group[b];
            for (int i = 0; i < 8; i++) {
                buf[8 * b + i] = (byte) (v >>> (8 * i));
            }
        }
        out.write(buf, 0, 8 * numBits);
        Arrays.fill(group, 0);
        groupShots = 0;
    }

    /** Encodes one shot into {@link #buf}, returning its length. */
    private int encode(boolean[] bits) {
        switch (format) {
            case R01:
                ensure(numBits + 1);
                for (int b = 0; b < numBits; b++) {
                    buf[b] = (byte) (bits[b] ? '1' : '0');
                }
                buf[numBits] = '\n';
                return numBits + 1;
            case B8:
                return encodeB8(bits);
            case R8:
                return encodeR8(bits);
            case HITS:
                return encodeText(bits, false);
            case DETS:
                return encodeText(bits, true);
            default:
                throw new IllegalStateException(format.name());
        }
    }

    private int encodeB8(boolean[] bits) {
        int n = (numBits + 7) >>> 3;
        ensure(n);
        Arrays.fill(buf, 0, n, (byte) 0);
        for (int b = 0; b < numBits; b++) {
            if (bits[b]) {
                buf[b >>> 3] |= (byte) (1 << (b & 7));
            }
        }
        return n;
    }

    private int encodeR8(boolean[] bits) {
        // Worst case: one byte per bit, or about one per 255 zeros, plus the implicit final one.
        ensure(numBits + numBits / 255 + 2);
        int len = 0;
        int run = 0;
        for (int b = 0; b <= numBits; b++) {
            // Position numBits is the implicit one that terminates every shot.
            if (b == numBits || bits[b]) {
                buf[len++] = (byte) run;
                run = 0;
            } else if (++run == 255) {
                buf[len++] = (byte) 255;
                run = 0;
            }
        }
        return len;
    }

    private int encodeText(boolean[] bits, boolean dets) {
        StringBuilder sb = new StringBuilder(dets ? "shot" : "");
        boolean first = true;
        for (int b = 0; b < numBits; b++) {
            if (!bits[b]) {
                continue;
            }
            if (dets) {
                sb.append(' ').append(layout.prefix(b)).append(layout.indexInKind(b));
            } else {
                sb.append(first ? "" : ",").append(b);
            }
            first = false;
        }
        byte[] text = sb.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        ensure(text.length);
        System.arraycopy(text, 0, buf, 0, text.length);
        return text.length;
    }

    private void ensure(int n) {
        if (buf.length < n) {
            buf = new byte[Math.max(n, 2 * buf.length)];
        }
    }
}
