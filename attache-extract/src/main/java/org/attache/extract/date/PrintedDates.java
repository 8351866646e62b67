package org.attache.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar days printed in a piece of text, in the forms news pages use across languages:
 * named months in the page's language ({@code 3. Februar 2022}, {@code 3 février 2022},
 * {@code 3 de febrero de 2022}, {@code 3 lutego 2022}, {@code 3 февраля 2022}, {@code February 3, 2022}),
 * East Asian forms ({@code 2022年2月3日}, {@code 2022년 2월 3일}), ISO and dotted numeric forms
 * ({@code 2022-02-03}, {@code 03.02.2022}, {@code 2022.02.03}, {@code 2022. 02. 03.}) and slashed ones whose day/month order the page
 * or its language decides. Years before 1995 or days after tomorrow are not dates of a web article.
 * Stateless and thread-safe.
 */
public final class PrintedDates {
    /** The earliest year a web page's date is believed. */
    static final int MIN_YEAR = 1995;

    private static final String MONTH_WORD = "(\\p{L}[\\p{L}\\p{M}]{2,13})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?[\\s\\-/]*(?:de\\s+|of\\s+)?" + MONTH_WORD
                    + "(?:\\s*,)?(?:\\s+de|\\s+del)?[\\s\\-/]*(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + MONTH_WORD + "\\s*(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s*,)?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})\\.?\\s+" + MONTH_WORD + "\\s+(\\d{1,2})\\.?(?![\\d.:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EAST_ASIAN = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern YMD_NUMERIC = Pattern.compile("(?<![\\d.,/-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** Year first with dots and spaces, as Hungarian and Korean print it: {@code 2020. 06. 04.}, {@code 2020. 6. 4.}. */
    private static final Pattern YMD_SPACED = Pattern.compile("(?<![\\d.,])(\\d{4})\\.\\s(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?!\\d)");
    /** Day first with dots; a two-digit "year" followed by a colon is an hour ({@code 06. 04. 11:27}). */
    private static final Pattern DMY_DOTTED = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2}(?![:h]\\d))(?![\\d]|\\.\\d)");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*,\\s*|\\s+năm\\s+|\\s+)(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /**
     * Day and month in either order with slashes, hyphens or bars, spaced or not but the same both times
     * ({@code 03/02/2022}, {@code 26 | 01 | 2022}, {@code 26 - 01 - 2022}).
     */
    private static final Pattern DMY_SLASHED = Pattern.compile("(?<![\\d/.|-])(\\d{1,2})( ?[/|-] ?)(\\d{1,2})\\2(\\d{4})(?![\\d/|-])");

    /**
     * One printed day.
     *
     * @param day   the day
     * @param start offset of the first character in the text
     * @param end   offset after the last character
     */
    public record Found(LocalDate day, int start, int end) {
    }

    private PrintedDates() {
    }

    /**
     * Every day printed in {@code text}, in text order, overlapping readings resolved to the longer one.
     *
     * @param language       the page's language (ISO 639-1) for month names and numeric order, or null
     * @param order          the day/month order the page shows elsewhere, for slashed dates
     * @param twoDigitYears  whether {@code 03.02.22} counts (only where a date is expected)
     */
    public static List<Found> findAll(String text, String language, DayOrder order, boolean twoDigitYears) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        text = asciiDigits(text);
        if (!hasYear(text)) {
            // every form but a dotted one with a two-digit year ends in a run of exactly four digits
            if (twoDigitYears && text.indexOf('.') >= 0) {
                Matcher m = DMY_DOTTED.matcher(text);
                while (m.find()) {
                    if (m.group(3).length() == 2) {
                        add(found, Integer.parseInt(m.group(2)), m.group(1), "20" + m.group(3), m);
                    }
                }
            }
            return resolveOverlaps(found);
        }
        MonthNames names = MonthNames.shared();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, names.month(m.group(2), language), m.group(1), m.group(3), m);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, names.month(m.group(1), language), m.group(2), m.group(3), m);
        }
        m = YEAR_MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, names.month(m.group(2), language), m.group(3), m.group(1), m);
        }
        if (text.indexOf('年') >= 0 || text.indexOf('년') >= 0) {
            m = EAST_ASIAN.matcher(text);
            while (m.find()) {
                add(found, Integer.parseInt(m.group(2)), m.group(3), m.group(1), m);
            }
        }
        if (text.indexOf('á') >= 0 || text.indexOf('Á') >= 0) { // "tháng"
            m = VIETNAMESE.matcher(text);
            while (m.find()) {
                add(found, Integer.parseInt(m.group(2)), m.group(1), m.group(3), m);
            }
        }
        m = YMD_NUMERIC.matcher(text);
        while (m.find()) {
            add(found, Integer.parseInt(m.group(3)), m.group(4), m.group(1), m);
        }
        m = YMD_SPACED.matcher(text);
        while (m.find()) {
            add(found, Integer.parseInt(m.group(2)), m.group(3), m.group(1), m);
        }
        m = DMY_DOTTED.matcher(text);
        while (m.find()) {
            String year = m.group(3);
            if (year.length() == 2) {
                if (!twoDigitYears) {
                    continue;
                }
                year = "20" + year;
            }
            add(found, Integer.parseInt(m.group(2)), m.group(1), year, m);
        }
        m = DMY_SLASHED.matcher(text);
        DayOrder resolved = order != DayOrder.UNKNOWN ? order : defaultOrder(language);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int day;
            int month;
            if (a > 12 && b <= 12) {
                day = a;
                month = b;
            } else if (b > 12 && a <= 12) {
                day = b;
                month = a;
            } else if (a == b || resolved == DayOrder.DAY_FIRST) {
                day = a;
                month = b;
            } else if (resolved == DayOrder.MONTH_FIRST) {
                day = b;
                month = a;
            } else {
                continue;
            }
            add(found, month, Integer.toString(day), m.group(4), m);
        }
        return resolveOverlaps(found);
    }

    /** The days in text order, of overlapping readings the one that starts first, then the longer. */
    private static List<Found> resolveOverlaps(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (out.isEmpty() || f.start() >= out.getLast().end()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code text} holds a run of exactly four ASCII digits, as every year printed in full is. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
            } else {
                if (run == 4) {
                    return true;
                }
                run = 0;
            }
        }
        return run == 4;
    }

    /** The first day printed in {@code text}, or null. */
    public static LocalDate first(String text, String language) {
        List<Found> all = findAll(text, language, DayOrder.of(text), false);
        return all.isEmpty() ? null : all.getFirst().day();
    }

    /** Other scripts' decimal digits (Arabic-Indic, Persian, Devanagari, full-width …) as ASCII, offsets unchanged. */
    static String asciiDigits(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Day-first everywhere but in English, where only the page's own dates can decide. */
    private static DayOrder defaultOrder(String language) {
        return language == null || language.toLowerCase(Locale.ROOT).equals("en") ? DayOrder.UNKNOWN : DayOrder.DAY_FIRST;
    }

    private static void add(List<Found> found, int month, String day, String year, Matcher m) {
        LocalDate d = day(Integer.parseInt(year), month, Integer.parseInt(day));
        if (d != null) {
            found.add(new Found(d, m.start(), m.end()));
        }
    }

    /** The day, when it exists and is plausible for a web page (1995 to tomorrow); else null. */
    static LocalDate day(int year, int month, int day) {
        if (month < 1 || month > 12 || year < MIN_YEAR) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return d.isAfter(LocalDate.now().plusDays(1)) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
