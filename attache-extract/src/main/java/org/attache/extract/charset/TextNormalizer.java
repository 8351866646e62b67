package org.attache.extract.charset;

import java.text.Normalizer;

/**
 * The normalisation every extracted string goes through: line ends unified to {@code \n}, NUL and other
 * control characters removed (tab and newline kept), unpaired surrogates and non-characters dropped,
 * then Unicode NFC. Stateless and thread-safe.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns {@code text} cleaned and in NFC; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        int n = chars.length;
        int first = firstToChange(chars);
        if (first == n) {
            return nfc(text); // most pages: nothing to drop or unify, no copy
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(chars, 0, first);
        for (int i = first; i < n; i++) {
            char c = chars[i];
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (Character.isISOControl(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                // dropped: NUL, C0/C1 controls, stray byte-order marks, non-characters
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                    sb.append(c).append(chars[++i]);
                }
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return nfc(sb.toString());
    }

    /**
     * The index of the first character {@link #clean} would drop or change (a carriage return, a control,
     * a Unicode line separator, a byte-order mark or non-character, any surrogate), or the length when there
     * is none. Paired surrogates are kept by {@code clean} but sent to its careful path.
     */
    private static int firstToChange(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20 ? c != '\n' && c != '\t'
                    : c >= 0x7F && (c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\uD800' && c <= '\uDFFF'
                    || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')) {
                return i;
            }
        }
        return chars.length;
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** {@link #clean} plus all runs of white space (including no-break spaces) collapsed to one space, trimmed. */
    public static String collapse(String text) {
        if (text == null) {
            return null;
        }
        return clean(text).replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
    }
}
