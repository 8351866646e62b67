package org.attache.api.events;

import java.util.Locale;

/** The finest unit an event date is known to: a day, a month or a year. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The lower-case label used in JSON ("day"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
