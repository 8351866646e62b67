package org.attache.testkit;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded random inputs for property tests of text code, in the manner of Lucene's randomized tests:
 * each run draws a fresh seed (or takes {@code -Dtests.seed=N}) and a failure names the seed that
 * reproduces it. Shared by the modules' tests as a test-scoped dependency on this small module.
 */
public final class RandomTexts {
    private static final String TRICKY = "aeiouAEIOU ÀÉẠệđĐ\u0301\u0302\u0323ß¿¡—–-|/:()[]<>&;\"'.,!?0123456789\t\n\r"
            + "\u00a0\u200b\u200d\ufeff\ufffd\u0000\u0007";

    private RandomTexts() {
    }

    /** A property over one random source. */
    @FunctionalInterface
    public interface Property {
        void check(Random random) throws Exception;
    }

    /**
     * Checks {@code property} on {@code tries} random sources derived from one seed.
     *
     * @throws AssertionError naming the seed and try that failed
     */
    public static void forAll(int tries, Property property) {
        long seed = Long.getLong("tests.seed", new Random().nextLong());
        for (int i = 0; i < tries; i++) {
            long trySeed = seed + i;
            try {
                property.check(new Random(trySeed));
            } catch (Throwable e) {
                throw new AssertionError("property failed on try " + i + "; reproduce with -Dtests.seed=" + trySeed
                        + " (and tries=1): " + e.getMessage(), e);
            }
        }
    }

    /** Arbitrary code points from every plane, including unpaired surrogates, controls and combining marks. */
    public static String unicode(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.append((char) random.nextInt(0x80));
                case 1 -> sb.append((char) random.nextInt(0x10000));
                case 2 -> sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> sb.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
            }
        }
        return sb.toString();
    }

    /** Like {@link #unicode} but well-formed: no unpaired surrogates, so it survives a UTF-8 round trip. */
    public static String wellFormed(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int cp = random.nextBoolean() ? TRICKY.charAt(random.nextInt(TRICKY.length()))
                    : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** A string over {@code alphabet}. */
    public static String fromAlphabet(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Words of Latin letters with Vietnamese and other diacritics, separated by spaces and punctuation. */
    public static String words(Random random, int maxWords) {
        int count = random.nextInt(maxWords + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(fromAlphabet(random, "abcdeghiklmnoprstuvyàáảãạâầấậăắặêếệôồốộơờớợưừứựđ", 1 + random.nextInt(9)));
            sb.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return sb.toString().strip();
    }

    /** One of {@code items}. */
    public static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Up to {@code maxLines} lines, each made by {@code line}, joined with newlines. */
    public static String lines(Random random, int maxLines, Function<Random, String> line) {
        int count = random.nextInt(maxLines + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(line.apply(random));
        }
        return sb.toString();
    }

    /** Arbitrary bytes. */
    public static byte[] bytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** {@code text} cut at a random point, possibly inside a surrogate pair or a tag. */
    public static String truncate(Random random, String text) {
        return text.substring(0, random.nextInt(text.length() + 1));
    }
}
