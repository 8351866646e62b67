package org.attache.nlp.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Article;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;

/**
 * Resolves a date phrase (a DATE mention's text, possibly led by "on", "from", "since", "between") against
 * the article's own publication day (the anchor) into an {@link EventDate} interval. Calendar phrases
 * ("April 29", "29 April", "January 7-11", "between 3 and 5 March", "Jan. 7 to Jan. 11", "March 2025",
 * "2025", "the 1990s") need no anchor except for their year; deictic and relative phrases ("yesterday",
 * "on Friday", "last week", "next month", "three days ago") need one and resolve to nothing without it.
 * Vague phrases ("recently", "the past years", "in the coming time") resolve to nothing.
 *
 * <p>The year rule: a printed year is used. With no printed year and an anchor, the year is the one that puts
 * the date latest while not more than {@value #PLANNED_DAYS} days after the anchor (so a date up to about two
 * months ahead is read as a planned event of the same season, anything later as last year's); in a
 * future-tense sentence, the first such date from the anchor's week on. With no anchor
 * the year stays unknown ({@code --04-29}). No other source of a year is ever used. When the caller knows the
 * clause's {@link Tense}, a past act takes the latest such date not after the anchor (never next year's) and a
 * planned one the first from the anchor's week on.
 *
 * <p>Relative phrases, as news reports use them: a bare weekday ("on Friday") is the most recent such day on
 * or before the anchor (past reporting), or, in a future-tense sentence, the next one on or after it;
 * "last Friday" is strictly before the anchor, "next Friday" strictly after it, "this Friday" is the one in the
 * anchor's ISO week. "last/this/next week" is the Monday–Sunday interval at day precision, "… weekend" its
 * Saturday–Sunday, "… month" and "… year" are month and year precision, "the past week" the seven days ending
 * on the anchor, "earlier this week" its Monday to the anchor. "Last night" is the day before the anchor (as
 * "yesterday", whatever the hour of the report), "this morning" the anchor, "(over) the weekend" the one before
 * the anchor (the current one on a weekend day, the coming one when planned). Stateless and thread-safe.
 */
public final class EventDateResolver {
    /** How far after the anchor an unyeared date may fall before it is read as last year's. */
    static final int PLANNED_DAYS = 61;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH_RX = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String WEEKDAY_RX = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern LEAD = Pattern.compile(
            "^(?:on|from|since|between|by|until|till|through|in|during|at|of|as of|starting|beginning|over|the)\\s+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!last|this)\\s+(?:morning|afternoon|evening|night)$");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(1[89]\\d0|20\\d0)s");
    private static final Pattern QUALIFIER = Pattern.compile("^(?:early|mid|late|end of|beginning of|start of)[\\s-]+");
    private static final Pattern TOKEN = Pattern.compile(MONTH_RX + "\\.?(?![a-z])|" + WEEKDAY_RX
            + "|\\d{1,4}(?:st|nd|rd|th)?(?![a-z\\d])|-|to|through|until|till|and|of|,");
    private static final Pattern DEICTIC = Pattern.compile("yesterday|today|tonight|tomorrow");
    /** "last night", "late last night", "this morning": a part of the day before the anchor, or of the anchor. */
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "(?:(?:late|early)\\s+)?(last|this)\\s+(night|evening|morning|afternoon)");
    /** "(over) the weekend", without last/this/next: the one before the anchor, or, ahead, the coming one. */
    private static final Pattern WEEKEND = Pattern.compile("weekend");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(last|next|this|past|coming)\\s+)?(" + WEEKDAY_RX + ")");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(earlier|later)\\s+)?(last|next|this|coming|past|previous)\\s+(week|weekend|month|year)");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(last|next|this|coming|past)\\s+(" + MONTH_RX + ")");
    private static final Pattern AGO = Pattern.compile(
            "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month|year)s?\\s+ago");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    /**
     * @param phrase the date words, possibly led by "on", "from", "since", "between"
     * @param anchor the article's publication day, or null
     * @return the interval, or empty when the phrase is vague, not a date, or needs an anchor that is missing
     */
    public Optional<EventDate> resolve(String phrase, LocalDate anchor) {
        return resolve(phrase, anchor, false);
    }

    /**
     * As {@link #resolve(String, LocalDate)}, for a sentence in the future tense when {@code future} is true: a
     * bare weekday is the next such day on or after the anchor ("will demonstrate Monday"), and a date without a
     * year the next one on or after the anchor's week ("will visit on March 3" in a December article is next
     * March).
     */
    public Optional<EventDate> resolve(String phrase, LocalDate anchor, boolean future) {
        return resolve(phrase, anchor, future ? Tense.FUTURE : Tense.UNKNOWN);
    }

    /**
     * The tense of the clause a date phrase dates, which decides the year of a date printed without one and the
     * week of a bare weekday: a past act ("attacked on May 17") is never dated after the report, a planned one
     * ("will visit on March 3") never before its week; with the tense unknown, the nearest reading
     * ({@link #PLANNED_DAYS}).
     */
    public enum Tense {
        /** A reported past act: the date is on or before the anchor. */
        PAST,
        /** Not known from the clause: the nearest reading. */
        UNKNOWN,
        /** A planned or expected act: the date is from the anchor's week on. */
        FUTURE
    }

    /** As {@link #resolve(String, LocalDate)}, for a clause of the given tense (see {@link Tense}). */
    public Optional<EventDate> resolve(String phrase, LocalDate anchor, Tense tense) {
        boolean future = tense == Tense.FUTURE;
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        String text = phrase.strip().replaceAll("\\s+", " ");
        String p = normalise(text);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<EventDate> calendar = calendar(p, text, anchor, tense);
            if (calendar.isPresent()) {
                return calendar;
            }
            return anchor == null ? Optional.empty() : relative(p, text, anchor, future);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an impossible date such as "February 30"
        }
    }

    /** The article's own publication day, or null when it has none (or only a month or a year). */
    public static LocalDate anchorOf(Article article) {
        if (article == null || article.published() == null) {
            return null;
        }
        String v = article.published().value();
        if (v == null || v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String normalise(String text) {
        String p = text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replace('\u2011', '-');
        p = p.replaceAll("[,;:!?)\\s]+$", "").replaceAll("^[(\\s]+", "");
        Matcher lead;
        while ((lead = LEAD.matcher(p)).find()) {
            p = p.substring(lead.end());
        }
        return TIME_OF_DAY.matcher(p).replaceFirst("").strip();
    }

    // ---- calendar phrases: parts with month, day, year --------------------------------------------

    private record Part(Integer year, Integer month, Integer day) {
        Part withYear(Integer y) {
            return new Part(y, month, day);
        }

        Part withMonth(Integer m) {
            return new Part(year, m, day);
        }
    }

    private Optional<EventDate> calendar(String p, String text, LocalDate anchor, Tense tense) {
        Matcher iso = ISO.matcher(p);
        if (iso.matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            return Optional.of(EventDate.single(PartialDate.of(d), DatePrecision.DAY, text));
        }
        Matcher num = NUMERIC.matcher(p);
        if (num.matches()) {
            return numeric(num, text);
        }
        Matcher decade = DECADE.matcher(p);
        if (decade.matches()) {
            int y = Integer.parseInt(decade.group(1));
            return Optional.of(new EventDate(new PartialDate(y, null, null), new PartialDate(y + 9, null, null),
                    DatePrecision.YEAR, text));
        }
        String q = QUALIFIER.matcher(p).replaceFirst("");
        List<List<String>> halves = split(q);
        if (halves == null) {
            return Optional.empty();
        }
        Part start = part(halves.get(0));
        Part end = halves.size() > 1 ? part(halves.get(1)) : start;
        if (start == null || end == null) {
            return Optional.empty();
        }
        // "3 and 5 March", "7-11 January 2025": the start borrows the end's month and year
        if (start.month() == null && start.day() != null) {
            start = start.withMonth(end.month());
        }
        if (end.month() == null && end.day() != null) {
            end = end.withMonth(start.month());
        }
        if (start.year() == null && end.year() != null && start.month() != null) {
            start = start.withYear(end.month() != null && start.month() > end.month() ? end.year() - 1 : end.year());
        }
        if (start.month() == null && start.year() == null || end.month() == null && end.year() == null
                || start.day() != null && start.month() == null || end.day() != null && end.month() == null) {
            return Optional.empty();
        }
        DatePrecision precision = precision(start, end);
        if (precision == null) {
            return Optional.empty();
        }
        boolean printedYear = start.year() != null;
        if (!printedYear && anchor != null) {
            int day = start.day() == null ? 1 : start.day();
            start = start.withYear(switch (tense) {
                case FUTURE -> forwardYear(start.month(), day, anchor);
                case PAST -> pastYear(start.month(), day, anchor);
                default -> nearestYear(start.month(), day, anchor);
            });
        }
        if (end.year() == null && start.year() != null) {
            end = end.withYear(end.month() < start.month() ? start.year() + 1 : start.year());
        }
        PartialDate s = new PartialDate(start.year(), start.month(), start.day());
        PartialDate e = new PartialDate(end.year(), end.month(), end.day());
        if (!ordered(start, end)) {
            return Optional.empty();
        }
        return Optional.of(new EventDate(s, e, precision, text));
    }

    private static Optional<EventDate> numeric(Matcher num, String text) {
        int a = Integer.parseInt(num.group(1));
        int b = Integer.parseInt(num.group(2));
        int y = Integer.parseInt(num.group(3));
        int day;
        int month;
        if (a == b || a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else {
            return Optional.empty(); // 03/02/2025: day and month order unknown from the phrase alone
        }
        return Optional.of(EventDate.single(new PartialDate(y, month, day), DatePrecision.DAY, text));
    }

    /** Splits tokens at the first range separator; null when a word is not part of a calendar date. */
    private static List<List<String>> split(String p) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(p);
        int at = 0;
        while (m.find()) {
            if (!p.substring(at, m.start()).isBlank()) {
                return null;
            }
            tokens.add(m.group());
            at = m.end();
        }
        if (!p.substring(at).isBlank() || tokens.isEmpty()) {
            return null;
        }
        List<List<String>> halves = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String t : tokens) {
            if (t.equals("-") || t.equals("to") || t.equals("through") || t.equals("until") || t.equals("till")
                    || t.equals("and")) {
                if (current.isEmpty() || !halves.isEmpty()) {
                    return null;
                }
                halves.add(current);
                current = new ArrayList<>();
            } else if (!t.equals(",") && !t.equals("of") && !t.matches(WEEKDAY_RX)) {
                current.add(t);
            }
        }
        if (current.isEmpty()) {
            return null;
        }
        halves.add(current);
        return halves;
    }

    /** One side of a range: at most one month, one day and one year. */
    private static Part part(List<String> tokens) {
        Integer year = null;
        Integer month = null;
        Integer day = null;
        for (String t : tokens) {
            if (Character.isLetter(t.charAt(0))) {
                if (month != null) {
                    return null;
                }
                month = MONTHS.get(t.substring(0, 3));
            } else {
                String digits = t.replaceAll("\\D", "");
                int n = Integer.parseInt(digits);
                if (digits.length() == 4 && n >= 1800 && n <= 2099 && digits.length() == t.length()) {
                    if (year != null) {
                        return null;
                    }
                    year = n;
                } else if (digits.length() <= 2 && n >= 1 && n <= 31) {
                    if (day != null) {
                        return null;
                    }
                    day = n;
                } else {
                    return null;
                }
            }
        }
        return new Part(year, month, day); // a day without a month borrows the other side's, or fails later
    }

    private static DatePrecision precision(Part start, Part end) {
        if (start.day() != null && end.day() != null) {
            return DatePrecision.DAY;
        }
        if (start.day() != null || end.day() != null) {
            return null; // "April 29 to May": mixed units, not a form we read
        }
        if (start.month() != null && end.month() != null) {
            return DatePrecision.MONTH;
        }
        if (start.month() == null && end.month() == null) {
            return DatePrecision.YEAR;
        }
        return null;
    }

    /** Start not after end; with the year unknown a month wrap ("December 29 - January 3") is allowed. */
    private static boolean ordered(Part s, Part e) {
        if (s.year() != null && e.year() != null && !s.year().equals(e.year())) {
            return s.year() < e.year();
        }
        if (s.month() == null || e.month() == null) {
            return true;
        }
        if (!s.month().equals(e.month())) {
            return s.year() == null || s.month() < e.month();
        }
        return s.day() == null || e.day() == null || s.day() <= e.day();
    }

    /** The year putting month/day latest while at most {@link #PLANNED_DAYS} after the anchor. */
    static int nearestYear(int month, int day, LocalDate anchor) {
        LocalDate limit = anchor.plusDays(PLANNED_DAYS);
        for (int y = anchor.getYear() + 1; y >= anchor.getYear() - 1; y--) {
            LocalDate d = safeDate(y, month, day);
            if (!d.isAfter(limit)) {
                return y;
            }
        }
        return anchor.getYear() - 1;
    }

    /** The year putting month/day latest while not after the anchor (a reported past act's date). */
    static int pastYear(int month, int day, LocalDate anchor) {
        return safeDate(anchor.getYear(), month, day).isAfter(anchor) ? anchor.getYear() - 1 : anchor.getYear();
    }

    /** The year putting month/day first on or after the anchor's week (a planned event's date). */
    static int forwardYear(int month, int day, LocalDate anchor) {
        LocalDate from = anchor.with(DayOfWeek.MONDAY);
        return safeDate(anchor.getYear(), month, day).isBefore(from) ? anchor.getYear() + 1 : anchor.getYear();
    }

    private static LocalDate safeDate(int y, int month, int day) {
        YearMonth ym = YearMonth.of(y, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth())); // --02-29 in a common year: compare with Feb 28
    }

    // ---- relative phrases: need the anchor --------------------------------------------------------

    private Optional<EventDate> relative(String p, String text, LocalDate anchor, boolean future) {
        Matcher m;
        if ((m = DEICTIC.matcher(p)).matches()) {
            LocalDate d = switch (m.group()) {
                case "yesterday" -> anchor.minusDays(1);
                case "tomorrow" -> anchor.plusDays(1);
                default -> anchor;
            };
            return day(d, text);
        }
        if ((m = PART_OF_DAY.matcher(p)).matches()) {
            // "last night" is the evening before the report, whatever the hour it was written (as "yesterday")
            return day("last".equals(m.group(1)) ? anchor.minusDays(1) : anchor, text);
        }
        if (WEEKEND.matcher(p).matches()) {
            LocalDate saturday = future ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    : anchor.getDayOfWeek().getValue() >= 6 ? anchor.with(DayOfWeek.SATURDAY)
                    : anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
            return interval(saturday, saturday.plusDays(1), text);
        }
        if ((m = WEEKDAY.matcher(p)).matches()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String which = m.group(1) == null ? "" : m.group(1);
            LocalDate d = switch (which) {
                case "last", "past" -> anchor.with(TemporalAdjusters.previous(dow));
                case "next", "coming" -> anchor.with(TemporalAdjusters.next(dow));
                case "this" -> anchor.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow));
                default -> future ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                        : anchor.with(TemporalAdjusters.previousOrSame(dow));
            };
            return day(d, text);
        }
        if ((m = RELATIVE.matcher(p)).matches()) {
            String side = m.group(1) == null ? "" : m.group(1);
            int shift = switch (m.group(2)) {
                case "last", "previous" -> -1;
                case "next", "coming" -> 1;
                case "past" -> m.group(3).equals("week") ? Integer.MIN_VALUE : -1;
                default -> 0;
            };
            return switch (m.group(3)) {
                case "week" -> {
                    if (shift == Integer.MIN_VALUE) { // "the past week": the seven days ending on the anchor
                        yield interval(anchor.minusDays(6), anchor, text);
                    }
                    LocalDate monday = anchor.with(DayOfWeek.MONDAY).plusWeeks(shift);
                    if (shift == 0 && side.equals("earlier")) { // "earlier this week": up to the report's day
                        yield interval(monday, anchor, text);
                    }
                    if (shift == 0 && side.equals("later")) {
                        yield interval(anchor, monday.plusDays(6), text);
                    }
                    yield interval(monday, monday.plusDays(6), text);
                }
                case "weekend" -> {
                    LocalDate saturday = anchor.with(DayOfWeek.MONDAY).plusWeeks(shift).plusDays(5);
                    if (shift < 0) {
                        saturday = anchor.with(DayOfWeek.MONDAY).minusDays(2);
                    }
                    yield interval(saturday, saturday.plusDays(1), text);
                }
                case "month" -> {
                    YearMonth ym = YearMonth.from(anchor).plusMonths(shift);
                    yield Optional.of(EventDate.single(new PartialDate(ym.getYear(), ym.getMonthValue(), null),
                            DatePrecision.MONTH, text));
                }
                default -> Optional.of(EventDate.single(new PartialDate(anchor.getYear() + shift, null, null),
                        DatePrecision.YEAR, text));
            };
        }
        if ((m = RELATIVE_MONTH.matcher(p)).matches()) {
            int month = MONTHS.get(m.group(2).substring(0, 3));
            int a = anchor.getMonthValue();
            int y = switch (m.group(1)) {
                case "last", "past" -> month < a ? anchor.getYear() : anchor.getYear() - 1;
                case "next", "coming" -> month > a ? anchor.getYear() : anchor.getYear() + 1;
                default -> anchor.getYear();
            };
            return Optional.of(EventDate.single(new PartialDate(y, month, null), DatePrecision.MONTH, text));
        }
        if ((m = AGO.matcher(p)).matches()) {
            String n = m.group(1);
            int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.get(n);
            return switch (m.group(2)) {
                case "day" -> day(anchor.minusDays(k), text);
                case "week" -> day(anchor.minusWeeks(k), text);
                case "month" -> {
                    YearMonth ym = YearMonth.from(anchor).minusMonths(k);
                    yield Optional.of(EventDate.single(new PartialDate(ym.getYear(), ym.getMonthValue(), null),
                            DatePrecision.MONTH, text));
                }
                default -> Optional.of(EventDate.single(new PartialDate(anchor.getYear() - k, null, null),
                        DatePrecision.YEAR, text));
            };
        }
        return Optional.empty();
    }

    private static Optional<EventDate> day(LocalDate d, String text) {
        return Optional.of(EventDate.single(PartialDate.of(d), DatePrecision.DAY, text));
    }

    private static Optional<EventDate> interval(LocalDate from, LocalDate to, String text) {
        return Optional.of(new EventDate(PartialDate.of(from), PartialDate.of(to), DatePrecision.DAY, text));
    }
}
