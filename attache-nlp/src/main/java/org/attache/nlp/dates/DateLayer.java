package org.attache.nlp.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.MentionLayer;
import org.attache.nlp.offices.AnnotatedEdit;

/**
 * Marks DATE mentions by pattern: calendar dates ("April 29", "29 April 2025", "Friday, April 29, 2025",
 * "January 7-11", "Jan. 7 to Jan. 11", "29 April to 2 May", "between 3 and 5 March", "April 2025",
 * "03/02/2025", "2025-02-03"), years ("2025", "2021-2025", "the 1990s"),
 * weekdays ("on Friday" marks "Friday"), deictic words ("yesterday", "today", "tomorrow", "tonight"), parts of
 * the day ("last night", "late last night", "early this morning"), "over the weekend", and relative phrases ("last week", "next month", "earlier this year", "the past years", "the next five years",
 * "three days ago", "in recent years"). Spans are exact; {@link EventDateResolver} turns them into intervals.
 *
 * <p>Not marked, on purpose: times of day, "May" without a day or year (the modal verb), bare numbers outside
 * 1800–2099, and a bare four-digit number that nothing marks as a year: only a word that introduces a year
 * ("in 1978", "since 1985", "fiscal 1987") or its own qualifier ("mid-1987", "the 1990s") makes it one, never a
 * clock time ("1800 GMT", "at 1805 local time"), a model number ("CYBER 1809") or a maturity ("notes due 1992");
 * vague phrases such as "in the coming time" or "recently". A span overlapping any existing mention
 * (a DATE from NER, or an EVENT like "SRED 2025") is skipped, so the layer is idempotent.
 *
 * <p>Order-independent; conventionally run last. Stateless and thread-safe.
 */
public final class DateLayer implements MentionLayer {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)";
    private static final String LONE_MONTH = "(?:January|February|March|April|June|July|August|September"
            + "|October|November|December)";
    private static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89][0-9]{2}|20[0-9]{2})";
    private static final String TO = "(?:\\s*[-–—]\\s*|\\s+(?:to|through|until)\\s+)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUM = "(?:[0-9]{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+few|few|several|many)";
    private static final String UNIT = "(?:days?|weeks?|months?|years?|decades?|centuries|century|quarters?)";
    private static final String SEASON = "(?:spring|summer|autumn|fall|winter)";

    /** 2025, 2021-2025, the 1990s, mid-2025: a year only where {@link #yearInContext} says so. */
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}$€£¥.,/:-])(?:(?:early|mid|late)-)?"
            + "(?:the\\s+)?" + YEAR + "(?:s|" + TO + YEAR + ")?(?![\\p{L}\\p{N}%/]|[.,][0-9]|\\s*(?i:per\\s?cent))");
    /** Words that introduce a year: "in 1978", "since 1985", "fiscal 1987", "the summer of 1986". */
    private static final java.util.Set<String> YEAR_LEADS = java.util.Set.of("in", "since", "until", "till", "by",
            "from", "before", "after", "during", "of", "for", "through", "throughout", "year", "years", "fiscal",
            "calendar", "early", "mid", "late", "between", "spring", "summer", "autumn", "fall", "winter", "end",
            "beginning", "start", "around", "circa", "than", "as", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "last", "next", "this");
    /** What follows a four-digit number that is a clock time or a count, not a year: "1800 GMT", "1805 local time". */
    private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile("\\s*(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|JST|IST|"
            + "(?i:local\\s+time|hours?|hrs?|h\\b|tonnes|tons|barrels|bpd|units|shares|dlrs|model|series))");

    private static final List<Pattern> PATTERNS = List.of(
            // Friday, April 29, 2025 / April 29 / January 7-11 / Jan. 7 / April 29 to May 2
            Pattern.compile(B + "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:" + TO + "(?:" + MONTH
                    + "\\s+)?" + DAY + ")?(?:,?\\s+" + YEAR + ")?" + E),
            // 29 April 2025 / 7-11 January / Friday 29 April / 29 April to 2 May
            Pattern.compile(B + "(?:" + WEEKDAY + ",?\\s+)?" + DAY + "(?:" + TO + DAY + ")?\\s+(?:of\\s+)?" + MONTH
                    + "(?:" + TO + DAY + "\\s+" + MONTH + ")?(?:,?\\s+" + YEAR + ")?" + E),
            // between 3 and 5 March / between March 3 and 5 (the word "between" is part of the span)
            Pattern.compile(B + "(?:between\\s+" + DAY + "\\s+and\\s+" + DAY + "\\s+(?:of\\s+)?" + MONTH + "|between\\s+"
                    + MONTH + "\\s+" + DAY + "\\s+and\\s+(?:" + MONTH + "\\s+)?" + DAY + ")(?:,?\\s+" + YEAR + ")?" + E),
            // April 2025 / early January / mid-March
            Pattern.compile(B + "(?:(?:early|mid|late|end of|beginning of)[\\s-])?(?:" + MONTH + ",?\\s+" + YEAR
                    + "|" + LONE_MONTH + ")" + E),
            // 03/02/2025, 3.2.2025, 2025-02-03
            Pattern.compile(B + "(?:[0-3]?[0-9][/.][0-3]?[0-9][/.](?:" + YEAR + "|[0-9]{2})|" + YEAR
                    + "-[01][0-9]-[0-3][0-9])" + E),
            BARE_YEAR,
            // Friday (morning)
            Pattern.compile(B + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?" + E),
            Pattern.compile(B + "(?i:yesterday|today|tomorrow|tonight)" + E),
            // last night, late last night, this morning, over the weekend
            Pattern.compile(B + "(?i:(?:(?:late|early)\\s+)?(?:last|this)\\s+(?:night|evening|morning|afternoon)"
                    + "|over\\s+the\\s+weekend)" + E),
            // last week, next month, this year, last Friday, next March, earlier this year
            Pattern.compile(B + "(?i:(?:(?:earlier|later)\\s+)?(?:last|next|this|coming|past|previous)"
                    + "|the\\s+(?:coming|following|previous))\\s+(?:(?i:week|weekend|month|year|decade|quarter|"
                    + SEASON + ")|" + WEEKDAY + "|" + LONE_MONTH + ")" + E),
            // the past years, the past 10 years, the next five years, over the last few months
            Pattern.compile(B + "(?i:the\\s+(?:past|last|next|coming|previous|first|recent)\\s+(?:" + NUM + "\\s+)?"
                    + UNIT + ")" + E),
            // three days ago, a year ago
            Pattern.compile(B + "(?i:" + NUM + "\\s+" + UNIT + "\\s+ago)" + E),
            Pattern.compile(B + "(?i:in\\s+recent\\s+(?:years|months|weeks|days))" + E));

    /** Returns {@code in} with DATE mentions added where none overlaps an existing mention. */
    @Override
    public Annotated apply(Annotated in) {
        AnnotatedEdit edit = new AnnotatedEdit(in);
        String text = edit.text();
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && (p != BARE_YEAR || yearInContext(text, m.start(), m.end()))) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<Mention> taken = new ArrayList<>(edit.mentions());
        for (int[] s : spans) {
            if (free(taken, s[0], s[1])) {
                taken.add(edit.add(MentionType.DATE, s[0], s[1], null, null));
            }
        }
        return edit.build();
    }

    /**
     * True when a bare four-digit number is a year by its context: it carries its own qualifier ("mid-1987",
     * "the 1990s"), follows a word that introduces a year ("in", "since", "fiscal", "and" after a year), and is
     * not a clock time or a count ("1800 GMT", "at 1805 local time", "CYBER 1809 model", "notes due 1992").
     */
    static boolean yearInContext(String text, int start, int end) {
        if (NOT_A_YEAR_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        char first = text.charAt(start);
        if (!Character.isDigit(first)) {
            return true; // "mid-1987", "the 1990s"
        }
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '-')) {
            i--;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        String word = text.substring(j + 1, i + 1).toLowerCase(java.util.Locale.ROOT);
        if (YEAR_LEADS.contains(word)) {
            return true;
        }
        if ((word.equals("and") || word.equals("or") || word.equals("to")) && j > 4) {
            // "in 1985 and 1986": a year listed after another
            String before = text.substring(Math.max(0, j - 6), j).strip();
            return before.matches(".*(?:1[89]|20)[0-9]{2}");
        }
        return false;
    }

    private static boolean free(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.start() < end && start < m.end()) {
                return false;
            }
        }
        return true;
    }
}
