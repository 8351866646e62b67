package org.attache.nlp.offices;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word and punctuation tokens of a text, with offsets; possessive "’s" is its own token. Immutable. */
record Tokens(String text, List<Tok> list) {
    /** One token: {@code text.substring(start, end)}. */
    record Tok(String s, int start, int end) {
        boolean word() {
            return Character.isLetterOrDigit(s.codePointAt(0));
        }

        boolean capitalized() {
            return Character.isUpperCase(s.codePointAt(0));
        }

        boolean is(String... any) {
            for (String a : any) {
                if (s.equalsIgnoreCase(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "['’]s(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|[^\\s]");

    static Tokens of(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return new Tokens(text, List.copyOf(out));
    }

    int size() {
        return list.size();
    }

    Tok get(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** Index of the first token starting at or after {@code offset}. */
    int at(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when only white space lies between offsets {@code a} and {@code b}. */
    boolean gapIsSpace(int a, int b) {
        return a <= b && text.substring(a, b).isBlank();
    }
}
