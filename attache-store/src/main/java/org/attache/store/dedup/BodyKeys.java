package org.attache.store.dedup;

import com.ibm.icu.lang.UCharacter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The deduplication keys of one article body.
 *
 * <p>The body is normalised first: paragraphs joined by a space, Unicode NFC, full case folding,
 * runs of whitespace collapsed to one space, trimmed. Two bodies that differ only in case, Unicode
 * composition or spacing therefore get the same {@code bodyHash}.
 *
 * @param bodyHash  SHA-256 of the normalised body in lower-case hex, or null when the body is empty
 * @param simhash   SimHash of the normalised body's word 4-shingles, or null when the body has fewer
 *                  than {@link #MIN_WORDS_FOR_SIMHASH} words (too short for a meaningful near match)
 * @param wordCount number of words of the normalised body
 */
public record BodyKeys(String bodyHash, Long simhash, int wordCount) {
    /** Bodies shorter than this many words get no SimHash and are never near duplicates. */
    public static final int MIN_WORDS_FOR_SIMHASH = 30;

    private static final Pattern WHITESPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\u200B\\uFEFF]+");

    /** Keys of a body given as paragraphs. */
    public static BodyKeys of(List<String> paragraphs) {
        String normalised = normalise(paragraphs);
        if (normalised.isEmpty()) {
            return new BodyKeys(null, null, 0);
        }
        List<String> words = words(normalised);
        Long simhash = words.size() < MIN_WORDS_FOR_SIMHASH ? null : SimHash.ofShingles(words, SimHash.SHINGLE_SIZE);
        return new BodyKeys(sha256Hex(normalised), simhash, words.size());
    }

    /** The normalised form of a body: NFC, case-folded, whitespace collapsed. */
    public static String normalise(List<String> paragraphs) {
        String joined = String.join(" ", paragraphs);
        String nfc = Normalizer.normalize(joined, Normalizer.Form.NFC);
        String folded = Normalizer.normalize(UCharacter.foldCase(nfc, true), Normalizer.Form.NFC);
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    private static List<String> words(String normalised) {
        List<String> words = new ArrayList<>();
        for (String token : normalised.split(" ")) {
            String word = stripPunctuation(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Drops leading and trailing punctuation so that "talks," and "talks" shingle alike. */
    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(start, end);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
