package org.attache.api;

import java.util.Objects;

/**
 * A typed span of an article body. Offsets are into {@link Article#bodyText()}; {@code text} is the span as
 * printed (diacritics kept).
 *
 * @param type      what the span names
 * @param text      the span's text, exactly {@code bodyText().substring(start, end)}
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param sentence  index of the sentence holding it
 * @param canonical the fullest form of the same name in this article (in-document coreference:
 *                  "Trung" → "Lê Hoài Trung", "CPV" → "Communist Party of Vietnam"); equals {@code text}
 *                  when the mention is its own fullest form
 * @param country   ISO-3166 alpha-3 code the mention is tied to (a country name, a demonym, a
 *                  country-specific organisation), or null
 */
public record Mention(MentionType type, String text, int start, int end, int sentence, String canonical,
                      String country) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
        canonical = canonical == null ? text : canonical;
    }
}
