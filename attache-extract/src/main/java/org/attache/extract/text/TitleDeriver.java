package org.attache.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a short label from an article's first sentence, for pages that print no headline. The label is
 * always marked as derived ({@code Article.titleDerived}), never passed off as the published title.
 * Stateless and thread-safe.
 */
public final class TitleDeriver {
    /** Most words a derived label keeps. */
    public static final int MAX_WORDS = 12;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s+[\\p{Lu}\"“‘(]|$)");

    private TitleDeriver() {
    }

    /** A label of at most {@link #MAX_WORDS} words from {@code paragraph}'s first sentence, or null when blank. */
    public static String derive(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return null;
        }
        String p = paragraph.strip();
        Matcher m = FIRST_SENTENCE.matcher(p.length() > 600 ? p.substring(0, 600) : p);
        String sentence = m.find() ? m.group(1) : p;
        String[] words = sentence.split("\\s+");
        if (words.length <= MAX_WORDS) {
            return sentence.replaceAll("[.!?]+$", "").strip();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < MAX_WORDS; i++) {
            sb.append(i == 0 ? "" : " ").append(words[i]);
        }
        return sb.toString().replaceAll("[\\p{P}&&[^)\\]”’\"]]+$", "") + "…";
    }
}
