package org.attache.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date read from markup (a meta tag, JSON-LD, a {@code datetime} attribute, a script): the day it falls
 * on in its own offset, and its ISO-8601 value at the precision given, keeping that offset. A timestamp is
 * never moved to UTC: {@code 2023-11-08T20:09:55-05:00} is the 8th, as its page says.
 *
 * @param day     the calendar day in the timestamp's own offset (or as printed when it has none)
 * @param value   ISO-8601: {@code 2023-11-08}, {@code 2023-11-08T20:09}, {@code 2023-11-08T20:09:55-05:00}
 * @param offset  the offset it states, or null
 * @param hasTime whether a time of day is given
 */
public record Stamp(LocalDate day, String value, ZoneOffset offset, boolean hasTime) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+|T\\s*)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /**
     * Reads a machine-readable date at the start of {@code raw}: ISO-8601 (also with a space, no seconds,
     * a compact {@code 20231108}, or a {@code 06-08-2009T14:12:32+0200} day-first form), or RFC 1123. Falls
     * back to a printed date ({@link PrintedDates}) in {@code language}. Null when it is none.
     */
    public static Stamp parse(String raw, String language) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = DAY_FIRST.matcher(s);
        if (m.lookingAt() && (m.group(4) != null || m.end() == s.length())) {
            return of(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return at(z.toOffsetDateTime(), true);
        } catch (DateTimeException e) {
            // not RFC 1123
        }
        LocalDate printed = PrintedDates.first(s, language);
        return printed == null ? null : new Stamp(printed, printed.toString(), null, false);
    }

    private static Stamp of(String y, String mo, String d, String h, String mi, String sec, String zone) {
        LocalDate day = PrintedDates.day(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        if (day == null) {
            return null;
        }
        if (h == null) {
            return new Stamp(day, day.toString(), null, false);
        }
        try {
            LocalDateTime t = day.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
            ZoneOffset offset = offset(zone);
            if (offset == null) {
                return new Stamp(day, t.format(sec == null ? MINUTES : SECONDS), null, true);
            }
            return at(OffsetDateTime.of(t, offset), sec != null);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 3 ? zone + ":00" : zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        return ZoneOffset.of(z);
    }

    private static Stamp at(OffsetDateTime t, boolean seconds) {
        String base = t.toLocalDateTime().format(seconds ? SECONDS : MINUTES);
        String zone = t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId();
        return new Stamp(t.toLocalDate(), base + zone, t.getOffset(), true);
    }

    /** Whether the timestamp states UTC as its offset. */
    public boolean utc() {
        return ZoneOffset.UTC.equals(offset);
    }

    /** The same instant in {@code other}'s offset; itself when it has no time and offset. */
    public Stamp inOffset(ZoneOffset other) {
        if (offset == null || !hasTime || other == null) {
            return this;
        }
        OffsetDateTime t = OffsetDateTime.parse(value.endsWith("Z") ? value.replace("Z", "+00:00") : value,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME).withOffsetSameInstant(other);
        return at(t, value.length() > 16 && value.charAt(16) == ':');
    }
}
