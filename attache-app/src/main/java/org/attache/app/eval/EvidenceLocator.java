package org.attache.app.eval;

import org.attache.app.eval.FactsGold.Span;

/**
 * Finds a coded event's evidence sentence in the story's corpus text. Evidence offsets index the extracted
 * article body, which drops the dateline and rejoins lines, so the sentence is found by its characters
 * instead: whitespace is ignored, then typographic quotes and dashes are read as plain ones, then the
 * first and last 24 characters are tried on their own (a body that differs inside the sentence).
 */
public final class EvidenceLocator {
    private static final int EDGE = 24;

    private EvidenceLocator() {
    }

    /** The span of {@code evidence} in {@code text}, or null when it cannot be placed. */
    public static Span locate(String text, String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return null;
        }
        Compact t = Compact.of(text);
        String e = Compact.of(evidence).chars;
        int at = t.chars.indexOf(e);
        if (at >= 0) {
            return t.span(at, e.length());
        }
        String plainText = plain(t.chars);
        String plainEvidence = plain(e);
        at = plainText.indexOf(plainEvidence);
        if (at >= 0) {
            return t.span(at, plainEvidence.length());
        }
        if (plainEvidence.length() < 2 * EDGE) {
            return null;
        }
        int start = plainText.indexOf(plainEvidence.substring(0, EDGE));
        String tail = plainEvidence.substring(plainEvidence.length() - EDGE);
        int end = start < 0 ? -1 : plainText.indexOf(tail, start);
        if (start < 0 || end < 0) {
            return null;
        }
        return t.span(start, end + EDGE - start);
    }

    private static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E' -> '"';
                case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    /** A text without its whitespace, with each kept character's offset in the original. */
    private record Compact(String chars, int[] offsets) {
        static Compact of(String s) {
            StringBuilder b = new StringBuilder(s.length());
            int[] offsets = new int[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00a0') {
                    offsets[b.length()] = i;
                    b.append(c);
                }
            }
            return new Compact(b.toString(), offsets);
        }

        Span span(int at, int length) {
            return new Span(offsets[at], offsets[at + length - 1] + 1);
        }
    }
}
