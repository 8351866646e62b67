package org.attache.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of cue patterns looked for at word starts in lower-case text, indexed by their first three
 * letters so that each word start tries only the few cues that can begin there (one alternation of a
 * hundred cues tried at every position cost more than the rest of the extraction on long pages).
 * Thread-safe.
 */
final class CueSet {
    private static final int KEY = 3;
    private final Map<String, Pattern> byPrefix = new HashMap<>();
    private final Pattern other;

    /** Cues as regular expressions over lower-case text; each should start with at least three literal letters. */
    CueSet(List<String> cues) {
        Map<String, List<String>> groups = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (String cue : cues) {
            String prefix = literalPrefix(cue);
            if (prefix.length() >= KEY) {
                groups.computeIfAbsent(prefix.substring(0, KEY), k -> new ArrayList<>()).add(cue);
            } else {
                rest.add(cue);
            }
        }
        groups.forEach((k, v) -> byPrefix.put(k, compile(v)));
        other = rest.isEmpty() ? null : compile(rest);
    }

    private static Pattern compile(List<String> alternatives) {
        return Pattern.compile("(?:" + String.join("|", alternatives) + ")", Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The leading letters of {@code cue} before any regular-expression syntax. */
    private static String literalPrefix(String cue) {
        int i = 0;
        while (i < cue.length() && Character.isLetter(cue.charAt(i))) {
            i++;
        }
        // a quantifier right after the prefix makes its last letter optional
        if (i < cue.length() && "?*{".indexOf(cue.charAt(i)) >= 0) {
            i--;
        }
        return cue.substring(0, Math.max(0, i));
    }

    /** Every cue found in {@code lower} (lower-case text), each match's text in order. */
    List<String> findAll(String lower) {
        List<String> out = new ArrayList<>();
        scan(lower, out);
        return out;
    }

    /** True when a cue occurs in {@code lower}. */
    boolean find(String lower) {
        return scan(lower, null);
    }

    private boolean scan(String lower, List<String> out) {
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(lower.charAt(i)) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
                continue;
            }
            if (i + KEY <= n) {
                Pattern p = byPrefix.get(lower.substring(i, i + KEY));
                if (p != null && match(p, lower, i, out)) {
                    return true;
                }
            }
            if (other != null && match(other, lower, i, out)) {
                return true;
            }
        }
        return false;
    }

    private static boolean match(Pattern p, String lower, int at, List<String> out) {
        Matcher m = p.matcher(lower).region(at, lower.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return false;
        }
        if (out == null) {
            return true;
        }
        out.add(m.group());
        return false;
    }
}
