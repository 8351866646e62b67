package org.attache.api;

/**
 * One sentence of an article body, as character offsets into {@link Article#bodyText()}.
 *
 * @param index 0-based position in the article
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Sentence(int index, int start, int end) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
