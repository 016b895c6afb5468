package qtool.sim;

/**
 * A table of bits indexed by (bit, shot), such as detection events and observable flips: each
 * bit's shots are packed 64 per {@code long}, shot {@code s} at bit {@code s % 64} of word
 * {@code s / 64}, in one {@code long[]} laid out bit-major. This is the frame simulator's own
 * layout, so filling it from a batch is an array copy, and a bit's firing count is a popcount
 * over its words. Bits of the last word beyond the shot count are always zero.
 *
 * <p>Memory: {@code numBits · ⌈shots/64⌉} words, at most {@link Integer#MAX_VALUE} - 8 of them.
 */
public final class BitTable {
    private final int numBits;
    private final long numShots;
    private final int wordsPerBit;
    private final long[] data;

    public BitTable(int numBits, long numShots) {
        if (numBits < 0 || numShots < 0) {
            throw new IllegalArgumentException("negative size");
        }
        long words = (numShots + 63) >>> 6;
        if (words * Math.max(1, numBits) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a table of " + numBits + " bits x " + numShots
                    + " shots exceeds one array; sample in smaller parts");
        }
        this.numBits = numBits;
        this.numShots = numShots;
        this.wordsPerBit = (int) words;
        this.data = new long[numBits * wordsPerBit];
    }

    public int numBits() {
        return numBits;
    }

    public long numShots() {
        return numShots;
    }

    /** Words per bit: {@code ⌈numShots/64⌉}. */
    public int wordsPerBit() {
        return wordsPerBit;
    }

    public boolean get(int bit, long shot) {
        return ((word(bit, (int) (shot >>> 6)) >>> shot) & 1) != 0;
    }

    public void set(int bit, long shot, boolean value) {
        checkShot(shot);
        int i = index(bit, (int) (shot >>> 6));
        long mask = 1L << shot;
        data[i] = value ? data[i] | mask : data[i] & ~mask;
    }

    /** Word {@code w} of a bit: shots {@code 64w .. 64w+63}. */
    public long word(int bit, int w) {
        return data[index(bit, w)];
    }

    /** The number of shots in which the bit is set. */
    public long count(int bit) {
        long c = 0;
        int base = index(bit, 0);
        for (int i = 0; i < wordsPerBit; i++) {
            c += Long.bitCount(data[base + i]);
        }
        return c;
    }

    /**
     * Copies {@code words} words per bit from a bit-major source with {@code srcWordsPerBit} words
     * per bit into this table from word {@code dstWord} on, clearing bits beyond the shot count.
     */
    void copyBitsFrom(long[] src, int srcWordsPerBit, int firstBit, int bits, int dstWord, int words) {
        for (int b = 0; b < bits; b++) {
            System.arraycopy(src, b * srcWordsPerBit, data, (firstBit + b) * wordsPerBit + dstWord, words);
            if (dstWord + words == wordsPerBit && (numShots & 63) != 0) {
                data[(firstBit + b) * wordsPerBit + wordsPerBit - 1] &= (1L << (numShots & 63)) - 1;
            }
        }
    }

    private int index(int bit, int w) {
        if (bit < 0 || bit >= numBits || w < 0 || w >= wordsPerBit) {
            throw new IndexOutOfBoundsException("bit " + bit + ", word " + w + " of " + numBits + " x "
                    + wordsPerBit);
        }
        return bit * wordsPerBit + w;
    }

    private void checkShot(long shot) {
        if (shot < 0 || shot >= numShots) {
            throw new IndexOutOfBoundsException("shot " + shot + " of " + numShots);
        }
    }
}
