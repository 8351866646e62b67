package org.attache.nlp.coref;

import org.attache.nlp.BundledTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronym ↔ expansion pairs: those an article defines ("Communist Party of Vietnam (CPV)", "CPV (Communist
 * Party of Vietnam)"), found with the Schwartz–Hearst alignment, and a bundled list of common bodies
 * ({@code bodies.tsv}). Immutable and thread-safe.
 */
public final class Acronyms {
    /** An expansion, where the article states it (start/end −1 for the bundled list), and its country or null. */
    public record Expansion(String text, int start, int end, String country) {
    }

    private static final class Holder {
        static final Acronyms STANDARD = load();
    }

    private static final String SHORT = "\\p{Lu}[\\p{Lu}\\p{N}&-]{1,11}";
    private static final Pattern SHORT_IN_PARENS = Pattern.compile("\\((" + SHORT + ")\\)");
    private static final Pattern SHORT_THEN_PARENS = Pattern.compile("(?<![\\p{L}\\p{N}])(" + SHORT
            + ")\\s*\\(([^()\\n]{3,150})\\)");

    /**
     * An expansion the bundled list gives only up to a day (its last), after which the acronym's undated expansion
     * holds: "EC" was the European Community in the news until the Union took over (1993), the European Commission
     * since.
     */
    private record Dated(Expansion expansion, java.time.LocalDate until) {
    }

    private final Map<String, Expansion> bundled;
    private final Map<String, java.util.List<Dated>> dated;

    private Acronyms(Map<String, Expansion> bundled) {
        this(bundled, Map.of());
    }

    private Acronyms(Map<String, Expansion> bundled, Map<String, java.util.List<Dated>> dated) {
        this.bundled = Map.copyOf(bundled);
        this.dated = Map.copyOf(dated);
    }

    /** The bundled list of international bodies. */
    public static Acronyms standard() {
        return Holder.STANDARD;
    }

    /** The bundled expansion of {@code acronym}, or null. */
    public Expansion bundled(String acronym) {
        return bundled.get(acronym);
    }

    /** All bundled acronyms with their expansions (the present ones, for an acronym whose meaning changed). */
    public Map<String, Expansion> bundled() {
        return bundled;
    }

    /**
     * All bundled acronyms with the expansions they had on {@code day}: an acronym whose meaning changed ("EC")
     * reads as it was read then; a null day (undated text) gives the present ones.
     */
    public Map<String, Expansion> bundledOn(java.time.LocalDate day) {
        if (day == null || dated.isEmpty()) {
            return bundled;
        }
        Map<String, Expansion> out = new HashMap<>(bundled);
        dated.forEach((acronym, list) -> list.stream()
                .filter(d -> !day.isAfter(d.until()))
                .min(java.util.Comparator.comparing(Dated::until))
                .ifPresent(d -> out.put(acronym, d.expansion())));
        return out;
    }

    /** Pairs defined in {@code text}; the first definition of an acronym wins. */
    public static Map<String, Expansion> defined(String text) {
        Map<String, Expansion> out = new HashMap<>();
        Matcher m = SHORT_IN_PARENS.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            if (!isAcronym(s) || out.containsKey(s)) {
                continue;
            }
            int windowStart = windowStart(text, m.start(), Math.min(s.length() + 5, s.length() * 2));
            String window = text.substring(windowStart, m.start());
            int end = windowStart + window.stripTrailing().length();
            end = withoutPossessive(text, windowStart, end);
            int lf = longFormStart(s, text.substring(windowStart, end));
            if (lf >= 0) {
                int start = capitalisedStart(text, windowStart, windowStart + lf, s);
                start = skipArticle(text, start, end);
                if (end - start > s.length() && text.substring(start, end).indexOf(' ') > 0) {
                    out.put(s, new Expansion(text.substring(start, end), start, end, null));
                }
            }
        }
        m = SHORT_THEN_PARENS.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            String inside = m.group(2);
            int start = skipArticle(text, m.start(2), m.end(2));
            if (isAcronym(s) && !out.containsKey(s) && inside.indexOf(' ') > 0
                    && longFormStart(s, text.substring(start, m.end(2))) == 0) {
                out.put(s, new Expansion(text.substring(start, m.end(2)), start, m.end(2), null));
            }
        }
        return out;
    }

    static boolean isAcronym(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        return upper >= 2 && upper * 2 >= s.length();
    }

    /** Schwartz–Hearst: where in {@code l} the long form of {@code s} starts (a word start), or −1. */
    static int longFormStart(String s, String l) {
        int li = l.length() - 1;
        for (int si = s.length() - 1; si >= 0; si--) {
            char c = Character.toLowerCase(s.charAt(si));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (li >= 0 && (Character.toLowerCase(l.charAt(li)) != c
                    || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return -1;
            }
            li--;
        }
        return li + 1;
    }

    /** Start of the at most {@code words} words before {@code end}, not crossing a clause boundary. */
    private static int windowStart(String text, int end, int words) {
        int i = end;
        int count = 0;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '(' || c == ')' || c == ',' || c == ';' || c == ':'
                    || c == '.' && i < end && Character.isWhitespace(text.charAt(i))) {
                break;
            }
            if (Character.isWhitespace(c) && i < end && !Character.isWhitespace(text.charAt(i)) && ++count > words) {
                break;
            }
            i--;
        }
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A long form found to start at a lower-case word whose letter the acronym needs ("of" for the O of "OMB" in
     * "Office of Management and Budget (OMB)") starts at the capitalised word before it with the same letter,
     * when there is one within the window.
     */
    static int capitalisedStart(String text, int windowStart, int start, String acronym) {
        if (start >= text.length() || !Character.isLowerCase(text.charAt(start))) {
            return start;
        }
        int wordEnd = start - 1;
        while (wordEnd > windowStart && Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > windowStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart))
                && Character.toLowerCase(text.charAt(wordStart)) == Character.toLowerCase(acronym.charAt(0))) {
            return wordStart;
        }
        return start;
    }

    /** The end of a long form without a possessive ending ("the Liberal Party's (LP)" → "the Liberal Party"). */
    private static int withoutPossessive(String text, int start, int end) {
        String window = text.substring(start, end);
        for (String ending : new String[] {"'s", "’s", "'", "’"}) {
            if (window.endsWith(ending) && window.length() > ending.length()) {
                return end - ending.length();
            }
        }
        return end;
    }

    private static int skipArticle(String text, int start, int end) {
        String l = text.substring(start, end).toLowerCase(Locale.ROOT);
        return l.startsWith("the ") ? start + 4 : start;
    }

    private static Acronyms load() {
        Map<String, Expansion> map = new HashMap<>();
        Map<String, java.util.List<Dated>> dated = new HashMap<>();
        BundledTable.read(Acronyms.class, "bodies.tsv", (n, line) -> {
            String[] f = line.split("\t", -1);
            String iso = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            Expansion x = new Expansion(f[1], -1, -1, iso);
            if (f.length > 3 && !f[3].isBlank()) {
                dated.computeIfAbsent(f[0], k -> new java.util.ArrayList<>())
                        .add(new Dated(x, java.time.LocalDate.parse(f[3].strip())));
            } else {
                map.put(f[0], x);
            }
        });
        return new Acronyms(map, dated);
    }
}
