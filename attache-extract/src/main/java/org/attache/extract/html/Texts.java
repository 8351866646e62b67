package org.attache.extract.html;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers shared by the extractor classes: whitespace folding and NFC. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF]");

    private Texts() {
    }

    /** Collapses whitespace runs to one space, trims, drops control characters and applies NFC. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s).replaceAll(" ");
        t = CONTROL.matcher(t).replaceAll("");
        // lone surrogates would break NFC round trips
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                    sb.append(c).append(t.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString().trim(), Normalizer.Form.NFC);
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
