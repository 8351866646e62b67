package org.attache.extract.html;

import java.text.Normalizer;

/** Small text helpers shared by the extractor classes: whitespace folding and NFC. */
final class Texts {

    private Texts() {
    }

    /**
     * Collapses whitespace runs to one space, trims, drops control characters and the invisible joiners a
     * reader never sees (soft hyphens, {@code &shy;}, which pages put inside long words to allow a break, and
     * the word joiner), and applies NFC.
     */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        // one pass instead of two regular-expression replacements: this runs on every text node
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    appendAfterSpace(sb, space);
                    space = false;
                    sb.append(c).append(s.charAt(++i));
                }
                continue; // a lone surrogate would break NFC round trips
            }
            if (Character.isLowSurrogate(c) || Character.getType(c) == Character.CONTROL || c == '\uFFFE'
                    || c == '\uFFFF' || c == SOFT_HYPHEN || c == WORD_JOINER) {
                continue;
            }
            appendAfterSpace(sb, space);
            space = false;
            sb.append(c);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char WORD_JOINER = '\u2060';

    private static void appendAfterSpace(StringBuilder sb, boolean space) {
        if (space && !sb.isEmpty()) {
            sb.append(' ');
        }
    }

    /** The white space that {@link #norm} folds: ASCII and Unicode spaces, zero-width space and BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** Null or blank after normalisation becomes null. */
    static String normOrNull(String s) {
        String t = norm(s);
        return t == null || t.isEmpty() ? null : t;
    }

    /** Number of word-ish characters (letters and digits), a length that ignores punctuation noise. */
    static int wordChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
