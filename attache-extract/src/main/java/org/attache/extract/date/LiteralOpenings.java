package org.attache.extract.date;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search for an alternation of words ({@code (?:veröffentlicht|published|publié|…)}, case folded as
 * {@code CASE_INSENSITIVE | UNICODE_CASE} folds it) that tries the expression only where the first two
 * characters of one of its alternatives stand, and finds exactly what {@code Matcher.find} finds. Cue words
 * are searched through a page's whole text, where the expression would otherwise be tried at every
 * character. When an alternative does not open with two plain letters, every position is tried. Immutable
 * and thread-safe; each {@link #matcher} is not.
 */
final class LiteralOpenings {
    private final Pattern pattern;
    /** Folded pairs of opening characters ({@code first << 16 | second}), sorted; null: no filter. */
    private final int[] pairs;
    /** Folded first characters of the alternatives. */
    private final boolean[] firsts = new boolean[Character.MAX_VALUE + 1];

    /** Openings of {@code pattern}, whose expression is one group of alternatives or a plain alternation. */
    LiteralOpenings(Pattern pattern) {
        this.pattern = pattern;
        Set<Integer> openings = openings(pattern.pattern());
        this.pairs = openings == null ? null : openings.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (pairs != null) {
            for (int pair : pairs) {
                firsts[pair >>> 16] = true;
            }
        }
    }

    private static Set<Integer> openings(String regex) {
        boolean grouped = regex.startsWith("(?:") && regex.endsWith(")") && closes(regex);
        String body = grouped ? regex.substring(3, regex.length() - 1) : regex;
        Set<Integer> out = new HashSet<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alternative = body.substring(start, i);
                if (alternative.length() < 2 || !plain(alternative, 0) || !plain(alternative, 1)) {
                    return null;
                }
                out.add(fold(alternative.charAt(0)) << 16 | fold(alternative.charAt(1)));
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether the opening "(?:" of {@code regex} is closed by its last character, not before. */
    private static boolean closes(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < regex.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** A letter taken literally: not a group, class or escape, and no quantifier after it. */
    private static boolean plain(String a, int i) {
        return Character.isLetter(a.charAt(i)) && (i + 1 >= a.length() || "?*+{".indexOf(a.charAt(i + 1)) < 0);
    }

    /** A character as the case-insensitive Unicode matching compares it. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A search over {@code text}. */
    Search matcher(String text) {
        return new Search(text);
    }

    /** One search: {@link #find} as {@link Matcher#find()}, then the match's {@link #end} and {@link #group}. */
    final class Search {
        private final String text;
        private final Matcher m;
        private int from;

        private Search(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match after the previous one, as {@code Matcher.find} finds it. */
        boolean find() {
            if (pairs == null) {
                return m.find();
            }
            int n = text.length();
            for (int i = from; i < n - 1; i++) {
                char first = fold(text.charAt(i));
                if (!firsts[first] || Arrays.binarySearch(pairs, first << 16 | fold(text.charAt(i + 1))) < 0) {
                    continue;
                }
                if (m.region(i, n).lookingAt()) {
                    from = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
            from = n;
            return false;
        }

        int end() {
            return m.end();
        }

        String group() {
            return m.group();
        }
    }
}
