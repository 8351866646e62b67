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
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (Character.isISOControl(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                // dropped: NUL, C0/C1 controls, stray byte-order marks, non-characters
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString();
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
