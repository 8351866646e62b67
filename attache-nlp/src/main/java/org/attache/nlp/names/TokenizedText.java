package org.attache.nlp.names;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text with its tokens (character offsets) and sentences (token ranges): the shared view every
 * recogniser layer works on. Offsets refer to {@link #text()}, the text as printed. Immutable; thread-safe.
 */
public final class TokenizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentenceFirst; // token index of each sentence start, plus a sentinel = size()

    /**
     * @param text          the text as printed
     * @param starts        token start offsets, ascending
     * @param ends          token end offsets
     * @param sentenceFirst first token of each sentence, ascending, starting at 0 (empty for no tokens)
     */
    public TokenizedText(String text, int[] starts, int[] ends, int[] sentenceFirst) {
        this.text = Objects.requireNonNull(text, "text");
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        this.sentenceFirst = Arrays.copyOf(sentenceFirst, sentenceFirst.length + 1);
        this.sentenceFirst[sentenceFirst.length] = starts.length;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || ends[i] < starts[i] || ends[i] > text.length()) {
                throw new IllegalArgumentException("bad token " + i + ": " + starts[i] + ".." + ends[i]);
            }
        }
    }

    /** The same tokens over another text of the same length (a folded copy, or the original of one). */
    public TokenizedText withText(String sameLength) {
        if (sameLength.length() != text.length()) {
            throw new IllegalArgumentException("texts differ in length: " + text.length() + " vs " + sameLength.length());
        }
        return new TokenizedText(sameLength, starts, ends, Arrays.copyOf(sentenceFirst, sentenceFirst.length - 1));
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The token as printed. */
    public String token(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** The text of tokens {@code [first, end)} as printed, separators included. */
    public String cover(int first, int end) {
        return text.substring(starts[first], ends[end - 1]);
    }

    public int sentenceCount() {
        return sentenceFirst.length - 1;
    }

    public int sentenceFirstToken(int sentence) {
        return sentenceFirst[sentence];
    }

    public int sentenceEndToken(int sentence) {
        return sentenceFirst[sentence + 1];
    }

    /** Sentence index of a token (binary search). */
    public int sentenceOf(int token) {
        int i = Arrays.binarySearch(sentenceFirst, 0, sentenceFirst.length - 1, token);
        if (i >= 0) {
            while (i + 1 < sentenceFirst.length - 1 && sentenceFirst[i + 1] == token) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** True when tokens {@code a} and {@code a+1} are in the same sentence and only whitespace separates them. */
    public boolean spaceJoined(int a) {
        if (a + 1 >= size() || sentenceOf(a) != sentenceOf(a + 1)) {
            return false;
        }
        for (int c = ends[a]; c < starts[a + 1]; c++) {
            if (!Character.isWhitespace(text.charAt(c)) && !Character.isSpaceChar(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }
}
