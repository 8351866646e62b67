package org.attache.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
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
