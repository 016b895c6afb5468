package qtool.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qtool.sim.BitTable;

/**
 * Reads shots in one {@link ResultFormat} from a stream, one at a time, given the layout (the
 * binary formats do not record the bit count). Malformed or truncated data is a
 * {@link ShotFormatException} naming the shot. The reader buffers but does not close the stream.
 *
 * <p>With zero bits per shot, {@code b8} and {@code ptb64} records are empty, so such a stream
 * holds no recoverable shot count and reads as no shots.
 */
public final class ShotReader {
    private final InputStream in;
    private final ResultFormat format;
    private final ShotLayout layout;
    private final int numBits;
    private long shot;
    /** {@code ptb64} only: the current group and the next shot of it to hand out. */
    private final long[] group;
    private int groupNext = 64;

    public ShotReader(InputStream in, ResultFormat format, ShotLayout layout) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.format = format;
        this.layout = layout;
        this.numBits = layout.numBits();
        this.group = format == ResultFormat.PTB64 ? new long[numBits] : null;
    }

    /** Reads the next shot into {@code bits}; false at the end of the stream. */
    public boolean readShot(boolean[] bits) throws IOException {
        if (bits.length != numBits) {
            throw new IllegalArgumentException("shot has " + bits.length + " bits, expected " + numBits);
        }
        boolean any;
        switch (format) {
            case R01:
            case HITS:
            case DETS:
                any = readText(bits);
                break;
            case B8:
                any = readB8(bits);
                break;
            case R8:
                any = readR8(bits);
                break;
            case PTB64:
                any = readPtb64(bits);
                break;
            default:
                throw new IllegalStateException(format.name());
        }
        if (any) {
            shot++;
        }
        return any;
    }

    /** Reads every remaining shot. */
    public List<boolean[]> readAll() throws IOException {
        List<boolean[]> shots = new ArrayList<>();
        boolean[] bits = new boolean[numBits];
        while (readShot(bits)) {
            shots.add(bits.clone());
        }
        return shots;
    }

    /** Reads every remaining shot into a table, bits in layout order. */
    public BitTable readTable() throws IOException {
        List<boolean[]> shots = readAll();
        BitTable t = new BitTable(numBits, shots.size());
        for (int s = 0; s < shots.size(); s++) {
            boolean[] bits = shots.get(s);
            for (int b = 0; b < numBits; b++) {
                if (bits[b]) {
                    t.set(b, s, true);
                }
            }
        }
        return t;
    }

    private boolean readB8(boolean[] bits) throws IOException {
        int n = (numBits + 7) >>> 3;
        byte[] bytes = readRecord(n);
        if (bytes == null) {
            return false;
        }
        for (int b = 0; b < numBits; b++) {
            bits[b] = ((bytes[b >>> 3] >>> (b & 7)) & 1) != 0;
        }
        return true;
    }

    private boolean readR8(boolean[] bits) throws IOException {
        Arrays.fill(bits, false);
        long pos = 0;
        boolean started = false;
        while (true) {
            int run = in.read();
            if (run < 0) {
                if (!started) {
                    return false;
                }
                throw error("r8 data ends inside the shot");
            }
            started = true;
            pos += run;
            if (run == 255) {
                continue;
            }
            if (pos == numBits) {
                return true;
            }
            if (pos > numBits) {
                throw error("r8 run lengths pass the end of the shot's " + numBits + " bits");
            }
            bits[(int) pos] = true;
            pos++;
        }
    }

    private boolean readPtb64(boolean[] bits) throws IOException {
        if (groupNext == 64) {
            byte[] bytes = readRecord(8 * numBits);
            if (bytes == null) {
                return false;
            }
            for (int b = 0; b < numBits; b++) {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = (v << 8) | (bytes[8 * b + i] & 0xFF);
                }
                group[b] = v;
            }
            groupNext = 0;
        }
        for (int b = 0; b < numBits; b++) {
            bits[b] = ((group[b] >>> groupNext) & 1) != 0;
        }
        groupNext++;
        return true;
    }

    /** Exactly {@code n} bytes, or null at a clean end of stream (and always for {@code n == 0}). */
    private byte[] readRecord(int n) throws IOException {
        if (n == 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length == 0) {
            return null;
        }
        if (bytes.length < n) {
            throw error(format + " data ends inside a record (" + bytes.length + " of " + n + " bytes)");
        }
        return bytes;
    }

    private boolean readText(boolean[] bits) throws IOException {
        String line = readLine();
        if (line == null) {
            return false;
        }
        Arrays.fill(bits, false);
        if (format == ResultFormat.R01) {
            if (line.length() != numBits) {
                throw error("expected " + numBits + " characters of 0/1, got " + line.length());
            }
            for (int b = 0; b < numBits; b++) {
                char c = line.charAt(b);
                if (c != '0' && c != '1') {
                    throw error("unexpected character '" + c + "' in 01 data");
                }
                bits[b] = c == '1';
            }
        } else if (format == ResultFormat.HITS) {
            if (!line.isBlank()) {
                for (String tok : line.split(",", -1)) {
                    setBit(bits, parseIndex(tok.strip(), tok), numBits);
                }
            }
        } else {
            String[] toks = line.strip().split("\\s+");
            if (!toks[0].equals("shot")) {
                throw error("a dets line must start with 'shot'");
            }
            for (int i = 1; i < toks.length; i++) {
                String tok = toks[i];
                if (tok.length() < 2) {
                    throw error("bad dets token '" + tok + "'");
                }
                long k = parseIndex(tok.substring(1), tok);
                int bit = layout.bitOf(tok.charAt(0), k);
                if (bit < 0) {
                    throw error("dets token '" + tok + "' is out of range for " + layout);
                }
                bits[bit] = true;
            }
        }
        return true;
    }

    private void setBit(boolean[] bits, long index, int limit) throws ShotFormatException {
        if (index >= limit) {
            throw error("bit index " + index + " is out of range for " + limit + " bits");
        }
        bits[(int) index] = true;
    }

    private long parseIndex(String digits, String token) throws ShotFormatException {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 10) {
            throw error("bad index in '" + token + "'");
        }
        return Long.parseLong(digits);
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            line.write(c);
            c = in.read();
        }
        String s = line.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private ShotFormatException error(String message) {
        return new ShotFormatException("shot " + shot + ": " + message);
    }
}
