package org.attache.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as printed by news pages and records into ISO-8601 at the printed precision:
 * {@code 2025-01-07}, {@code 2025-01-07T10:16}, {@code 2025-01-07T10:16:00Z}. Understands ISO forms,
 * RFC 1123 ({@code Tue, 07 Jan 2025 10:16:00 GMT}), numeric {@code dd/mm/yyyy} (order by {@link DayOrder}),
 * {@code January 7, 2025}, {@code Jan. 7, 2025} and {@code 7 January 2025}, each with an optional
 * {@code HH:MM} time. Returns null for anything it cannot read with certainty. Stateless and thread-safe.
 */
public final class DateParser {
    /** English month names and abbreviations as one capturing group, for use inside other patterns. */
    public static final String MONTH_NAMES = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** The same month names without a capturing group. */
    public static final String MONTH_NAMES_NC = "(?:" + MONTH_NAMES.substring(1);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])");
    private static final Pattern YMD = Pattern.compile("(?<![\\d/.-])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/.-])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH_NAMES + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAMES + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])([01]?\\d|2[0-3])[:h](\\d{2})(?![\\d:/])(?:\\s*([ap])\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /** The month number (1–12) of an English month name or abbreviation, or -1. */
    public static int month(String name) {
        if (name == null || name.length() < 3) {
            return -1;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), -1);
    }

    /**
     * Normalises a machine-readable date (a record field, a meta tag) to ISO at its own precision, or
     * returns null when it is not a date. Falls back to {@link #findInText} for printed forms.
     */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return iso(m);
        }
        try {
            // in its own offset: the day is the one the source gives, not UTC's
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replace("+00:00", "Z");
        } catch (DateTimeException e) {
            // not RFC 1123
        }
        if (v.matches("\\d{4}")) {
            return v;
        }
        return findInText(v, DayOrder.UNKNOWN);
    }

    private static String iso(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return mo >= 1 && mo <= 12 ? "%04d-%02d".formatted(y, mo) : null;
            }
            LocalDate d = LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return d.toString();
            }
            LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String base = m.group(6) == null ? t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"))
                    : t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
            String zone = m.group(7);
            if (zone == null) {
                return base;
            }
            if (zone.equals("Z")) {
                return base + "Z";
            }
            String z = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
            OffsetDateTime.parse(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + z); // validates the offset
            return base + z;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The first date printed in {@code text}, with the time of day when one is printed next to it, as ISO;
     * null when there is none or when a numeric date is ambiguous and {@code order} is {@link DayOrder#UNKNOWN}.
     */
    public static String findInText(String text, DayOrder order) {
        if (text == null) {
            return null;
        }
        LocalDate date = null;
        Matcher iso = ISO.matcher(text);
        if (iso.find() && iso.group(3) != null) {
            String v = iso(iso);
            if (v != null && iso.group(4) != null) {
                return v;
            }
            date = v == null ? null : LocalDate.parse(v.substring(0, 10));
        }
        if (date == null) {
            date = named(text);
        }
        if (date == null) {
            date = numeric(text, order);
        }
        if (date == null) {
            return null;
        }
        Matcher t = TIME.matcher(text);
        if (t.find()) {
            int h = Integer.parseInt(t.group(1));
            if (t.group(3) != null) {
                boolean pm = t.group(3).equalsIgnoreCase("p");
                if (h > 12) {
                    return date.toString();
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            int min = Integer.parseInt(t.group(2));
            if (min < 60) {
                return date + "T%02d:%02d".formatted(h, min);
            }
        }
        return date.toString();
    }

    private static LocalDate named(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return safe(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return safe(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static LocalDate numeric(String text, DayOrder order) {
        Matcher m = YMD.matcher(text);
        if (m.find()) {
            return safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC.matcher(text);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        if (a > 12 || b > 12 || a == b) {
            return a > 12 || a == b ? safe(y, b, a) : safe(y, a, b);
        }
        return switch (order) {
            case DAY_FIRST -> safe(y, b, a);
            case MONTH_FIRST -> safe(y, a, b);
            case UNKNOWN -> null;
        };
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return m < 1 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
