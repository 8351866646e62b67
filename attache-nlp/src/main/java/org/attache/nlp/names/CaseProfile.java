package org.attache.nlp.names;

/**
 * How a text is cased, judged on its cased letters: wire copy in all lower case or all capitals needs the
 * caseless recogniser. Stateless.
 */
public enum CaseProfile {
    /** Ordinary mixed-case prose. */
    MIXED,
    /** (Almost) no capitals. */
    LOWER,
    /** (Almost) all capitals. */
    UPPER;

    /** Largest share of capitals in a LOWER text (ordinary prose has 3-6 %). */
    public static final double MAX_UPPER_IN_LOWER = 0.01;
    /** Largest share of small letters in an UPPER text. */
    public static final double MAX_LOWER_IN_UPPER = 0.05;

    /** The casing of {@code text}; texts with fewer than 20 cased letters are MIXED. */
    public static CaseProfile of(CharSequence text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        int cased = upper + lower;
        if (cased < 20) {
            return MIXED;
        }
        if (upper <= MAX_UPPER_IN_LOWER * cased) {
            return LOWER;
        }
        return lower <= MAX_LOWER_IN_UPPER * cased ? UPPER : MIXED;
    }

    /** True when a caseless model should read the text. */
    public boolean caseless() {
        return this != MIXED;
    }
}
