package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.Objects;

/**
 * A typed span of tokens {@code [first, end)} of one {@link TokenizedText}, with an optional ISO-3166
 * alpha-3 country. Immutable.
 *
 * @param type    what the span names
 * @param first   index of the first token
 * @param end     index after the last token
 * @param country alpha-3 code, or null
 */
public record NameSpan(MentionType type, int first, int end, String country) {
    public NameSpan {
        Objects.requireNonNull(type, "type");
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("bad token span " + first + ".." + end);
        }
    }

    public NameSpan(MentionType type, int first, int end) {
        this(type, first, end, null);
    }

    public int length() {
        return end - first;
    }

    public NameSpan withType(MentionType newType) {
        return new NameSpan(newType, first, end, country);
    }

    public NameSpan withBounds(int newFirst, int newEnd) {
        return new NameSpan(type, newFirst, newEnd, country);
    }

    public NameSpan withCountry(String code) {
        return new NameSpan(type, first, end, code);
    }

    public boolean overlaps(NameSpan o) {
        return first < o.end && o.first < end;
    }

    public boolean contains(NameSpan o) {
        return first <= o.first && o.end <= end;
    }
}
