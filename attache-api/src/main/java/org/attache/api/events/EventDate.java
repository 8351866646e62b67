package org.attache.api.events;

import java.util.Objects;

/**
 * When an event happened, as printed and as an interval: "April 1-2" → {@code --04-01 .. --04-02}, day
 * precision; "next month" in an article of 2025-03-10 → {@code 2025-04 .. 2025-04}, month precision. An
 * event whose date the text does not give has no EventDate at all (see {@link Event#date()}).
 *
 * @param start     first day (or month, or year) of the interval
 * @param end       last day of the interval; equals {@code start} for a single day
 * @param precision the unit of start and end
 * @param text      the words the date was read from ("on Friday", "from January 7-11")
 */
public record EventDate(PartialDate start, PartialDate end, DatePrecision precision, String text) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
    }

    /** A single-day (or single-month, single-year) date. */
    public static EventDate single(PartialDate date, DatePrecision precision, String text) {
        return new EventDate(date, date, precision, text);
    }
}
