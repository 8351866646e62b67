package org.attache.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching of class and id names against lists of name fragments, made cheap enough to run on every
 * element of a page. A fragment list is compiled with its alternatives grouped by their first character,
 * so that a position where no fragment can start is rejected after a few comparisons instead of one per
 * fragment; and a class attribute is read token by token (tokens repeat across a page's class strings far
 * more than whole strings do), each token judged once per page. No fragment spans white space, so a
 * token-wise search finds exactly what a search of the whole attribute finds.
 */
final class ClassNames {
    private ClassNames() {
    }

    /**
     * {@code alternatives} (a regular expression of the form {@code a|b|c}, without top-level groups) as one
     * pattern that matches the same strings, its alternatives grouped by their first literal character.
     * Alternatives that open with an escape ({@code \b}) are grouped by the escape.
     */
    static Pattern alternation(String alternatives, int flags) {
        Map<String, List<String>> byStart = new LinkedHashMap<>();
        for (String alternative : alternatives.split("\\|")) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in " + alternatives);
            }
            int cut = alternative.charAt(0) == '\\' ? 2 : 1;
            String start = alternative.substring(0, cut);
            if (cut == 1 && !Character.isLetterOrDigit(start.charAt(0)) && start.charAt(0) != '-'
                    || cut < alternative.length() && "?*+{".indexOf(alternative.charAt(cut)) >= 0) {
                start = ""; // not a plain first character (or one made optional): kept whole
            }
            byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(alternative.substring(start.length()));
        }
        List<String> groups = new ArrayList<>();
        byStart.forEach((start, rests) -> {
            if (start.isEmpty()) {
                groups.addAll(rests);
            } else {
                groups.add(start + "(?:" + String.join("|", rests) + ")");
            }
        });
        return Pattern.compile(String.join("|", groups), flags);
    }

    /**
     * {@code alternatives} as {@link Fragments}: the grouped {@link #alternation} with a filter on the first two
     * characters of every alternative, so that a search tries the pattern only where a fragment can start.
     */
    static Fragments fragments(String alternatives, int flags) {
        return new Fragments(alternation(alternatives, flags), alternatives, flags);
    }

    /**
     * A list of name fragments that answers {@link #find} as {@code pattern().matcher(s).find()} does, faster: a
     * match must open with the first two characters of one of its alternatives (a leading {@code \b} takes no
     * character), so the pattern is tried only at positions whose two characters open one. Class and id tokens
     * are short and fragments few, so most positions are passed over without entering the regular expression.
     * Flags may be none or {@code CASE_INSENSITIVE} (ASCII letters folded); with others, or when an alternative
     * does not open with two plain characters (a class, a quantifier), every position is tried, as a plain
     * search does. Immutable and thread-safe.
     */
    static final class Fragments {
        private final Pattern pattern;
        /** Pairs of ASCII characters that can open a match, indexed {@code first * 128 + second}; null: no filter. */
        private final boolean[] pairs;
        /** ASCII characters that open a one-character alternative. */
        private final boolean[] singles;
        /** Whether ASCII letters are compared without case. */
        private final boolean folded;

        private Fragments(Pattern pattern, String alternatives, int flags) {
            this.pattern = pattern;
            boolean[] p = new boolean[128 * 128];
            boolean[] one = new boolean[128];
            // without flags characters are compared as they are; CASE_INSENSITIVE alone folds ASCII letters only
            this.folded = flags == Pattern.CASE_INSENSITIVE;
            boolean filtered = flags == 0 || folded;
            for (String alternative : alternatives.split("\\|")) {
                String a = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
                if (a.length() >= 2 && plain(a, 0) && plain(a, 1)) {
                    p[fold(a.charAt(0)) * 128 + fold(a.charAt(1))] = true;
                } else if (a.length() == 1 && plain(a, 0)) {
                    one[fold(a.charAt(0))] = true;
                } else if (a.length() >= 2 && plain(a, 0) && a.startsWith("\\b", 1)) {
                    one[fold(a.charAt(0))] = true; // "x\b": one character, then a boundary
                } else {
                    filtered = false;
                }
            }
            this.pairs = filtered ? p : null;
            this.singles = one;
        }

        /** An ASCII character as the pattern compares it: lower-cased when its flags fold case. */
        private char fold(char c) {
            return folded && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        /** Whether the character at {@code i} is a literal ASCII letter, digit or hyphen that no quantifier follows. */
        private static boolean plain(String a, int i) {
            char c = a.charAt(i);
            boolean literal = c < 128 && (Character.isLetterOrDigit(c) || c == '-');
            return literal && (i + 1 >= a.length() || "?*+{".indexOf(a.charAt(i + 1)) < 0);
        }

        /** The pattern the fragments compile to (the grouped alternation). */
        Pattern pattern() {
            return pattern;
        }

        /** Whether a fragment occurs in {@code s}: exactly {@code pattern().matcher(s).find()}. */
        boolean find(String s) {
            if (pairs == null) {
                return pattern.matcher(s).find();
            }
            int n = s.length();
            Matcher m = null;
            for (int i = 0; i < n; i++) {
                char c = fold(s.charAt(i));
                if (c >= 128) {
                    continue;
                }
                char d = i + 1 < n ? fold(s.charAt(i + 1)) : 0;
                if (!singles[c] && (d >= 128 || d == 0 || !pairs[c * 128 + d])) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(i, n).lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The verdicts on the white-space separated tokens of {@code name}, each taken from {@code known} or
     * judged by {@code judge} (and remembered), combined by {@code combine}: the combination of no tokens is
     * {@code none}. {@code combine} may end the reading early by returning {@code stop}.
     */
    static <T> T tokens(String name, Map<String, T> known, Function<String, T> judge, T none,
                        BinaryOperator<T> combine, T stop) {
        T result = none;
        int start = -1;
        int n = name.length();
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(name.charAt(i));
            if (space && start >= 0) {
                T verdict = known.computeIfAbsent(name.substring(start, i), judge);
                result = combine.apply(result, verdict);
                if (result == stop) {
                    return result;
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return result;
    }
}
