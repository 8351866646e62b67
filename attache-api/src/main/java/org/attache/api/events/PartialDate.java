package org.attache.api.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date some of whose parts may be unknown: "2025-01-07", "2025-01", "2025", or "--04-29" when
 * the day and month are printed but the year is not (ISO 8601 / XML Schema gMonthDay form). A year is
 * never filled in unless the text or the article's own date gives it.
 *
 * @param year  the year, or null when unknown
 * @param month 1-12, or null
 * @param day   1-31, or null (requires a month)
 */
public record PartialDate(Integer year, Integer month, Integer day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})(?:-(\\d{2}))?");

    public PartialDate {
        if (year == null && month == null) {
            throw new IllegalArgumentException("a date needs at least a year or a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("bad month " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: --02-29 is valid
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("bad date " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses the forms {@link #toString()} writes. */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date: " + text);
        }
        if (m.group(4) != null) {
            return new PartialDate(null, Integer.valueOf(m.group(4)), m.group(5) == null ? null : Integer.valueOf(m.group(5)));
        }
        return new PartialDate(Integer.valueOf(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** True when year, month and day are all known. */
    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    /** The full date, when complete. */
    public LocalDate toLocalDate() {
        if (!isComplete()) {
            throw new IllegalStateException("incomplete date " + this);
        }
        return LocalDate.of(year, month, day);
    }

    /** "2025-01-07", "2025-01", "2025", "--04-29" or "--04". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(10);
        if (year == null) {
            s.append('-');
        } else {
            zeroPadded(s, year, 4);
        }
        if (month != null) {
            zeroPadded(s.append('-'), month, 2);
            if (day != null) {
                zeroPadded(s.append('-'), day, 2);
            }
        }
        return s.toString();
    }

    /**
     * {@code value} as {@code String.format("%0{width}d")} writes it, without the formatter: every event shown
     * on a page writes its dates, and the formatter was a seventh of an article page's allocation.
     */
    static void zeroPadded(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        int pad = width - digits.length();
        if (value < 0) {
            s.append('-');
            digits = digits.substring(1);
        }
        s.repeat('0', Math.max(0, pad)).append(digits);
    }
}
