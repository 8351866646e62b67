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
        int i = nextToChange(chars, 0);
        if (i == n) {
            return nfc(text); // most pages: nothing to drop or unify, no copy
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(chars, 0, i);
        while (i < n) {
            char c = chars[i];
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                sb.append(c).append(chars[++i]);
            }
            // anything else found here is dropped: NUL, C0/C1 controls, stray byte-order marks,
            // non-characters, unpaired surrogates
            int next = nextToChange(chars, ++i);
            sb.append(chars, i, next - i); // the run of characters kept as they are
            i = next;
        }
        return nfc(sb.toString());
    }

    /**
     * The index, from {@code from} on, of the first character {@link #clean} drops or changes (a carriage
     * return, a control other than tab and newline, a Unicode line separator, a byte-order mark or
     * non-character, any surrogate), or the length when there is none. Paired surrogates are kept by
     * {@code clean} but go through its careful path.
     */
    private static int nextToChange(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
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
        String s = clean(text);
        StringBuilder sb = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (folded(c)) {
                if (!inRun) {
                    sb.append(' ');
                    inRun = true;
                }
            } else {
                sb.append(c);
                inRun = false;
            }
        }
        return sb.toString().strip();
    }

    /** The white space {@link #collapse} folds: {@code \s} of regular expressions, no-break and zero-width spaces. */
    private static boolean folded(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
