package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence split into word and punctuation tokens with body offsets; cheap, no model. */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");

    final List<String> lower = new ArrayList<>();
    final List<Integer> start = new ArrayList<>();
    final List<Integer> end = new ArrayList<>();

    Tokens(String body, int from, int to) {
        Matcher m = TOKEN.matcher(body).region(from, to);
        while (m.find()) {
            String t = m.group();
            int e = m.end();
            // keep abbreviations' dots ("U.S.") but not a sentence-final dot after a word
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                t = t.substring(0, t.length() - 1);
                e--;
                add(t, m.start(), e);
                add(".", e, e + 1);
                continue;
            }
            add(t, m.start(), e);
        }
    }

    private void add(String t, int s, int e) {
        String l = t.toLowerCase(Locale.ROOT).replace('’', '\'');
        lower.add(l);
        start.add(s);
        end.add(e);
    }

    int size() {
        return lower.size();
    }

    String get(int i) {
        return i >= 0 && i < lower.size() ? lower.get(i) : "";
    }

    /** Index of the first token starting at or after {@code offset} (size() when none). */
    int atOrAfter(int offset) {
        for (int i = 0; i < start.size(); i++) {
            if (start.get(i) >= offset) {
                return i;
            }
        }
        return start.size();
    }

    /** Index of the last token ending at or before {@code offset} (-1 when none). */
    int endingBy(int offset) {
        for (int i = end.size() - 1; i >= 0; i--) {
            if (end.get(i) <= offset) {
                return i;
            }
        }
        return -1;
    }

    static boolean isPunct(String t) {
        return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
    }
}
