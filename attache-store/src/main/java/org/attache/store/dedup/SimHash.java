package org.attache.store.dedup;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 64-bit SimHash (Charikar) over word shingles, and the band split used to look up candidates.
 *
 * <p>Each shingle is hashed with FNV-1a 64 followed by the MurmurHash3 {@code fmix64} finaliser, which
 * spreads every input bit over all 64 output bits. Two SimHashes within Hamming distance {@code d < 4}
 * share at least one of the four 16-bit bands exactly (pigeonhole), so a band lookup finds every such
 * pair; for larger distances the lookup finds only part of them.
 */
public final class SimHash {
    /** Words per shingle. */
    public static final int SHINGLE_SIZE = 4;
    /** Number of 16-bit bands a SimHash is split into. */
    public static final int BANDS = 4;

    private SimHash() {
    }

    /**
     * SimHash of the word {@code size}-shingles of {@code words}; a text shorter than one shingle is
     * hashed as a single shingle.
     */
    public static long ofShingles(List<String> words, int size) {
        int[] weights = new int[64];
        int shingles = Math.max(1, words.size() - size + 1);
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i < shingles; i++) {
            shingle.setLength(0);
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                shingle.append(words.get(j)).append('\u001F');
            }
            long h = hash64(shingle.toString());
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Band {@code band} (0..3) of {@code simhash}: bits {@code 16*band .. 16*band+15} as 0..65535. */
    public static int band(long simhash, int band) {
        if (band < 0 || band >= BANDS) {
            throw new IllegalArgumentException("band must be in 0.." + (BANDS - 1) + ", was " + band);
        }
        return (int) ((simhash >>> (16 * band)) & 0xFFFFL);
    }

    /** FNV-1a 64 over the UTF-8 bytes, then MurmurHash3's fmix64 for avalanche. */
    static long hash64(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
