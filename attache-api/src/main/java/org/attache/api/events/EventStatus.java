package org.attache.api.events;

import java.util.Locale;

/** Whether an event happened, is happening, or was only planned, possible, promised or denied. */
public enum EventStatus {
    OCCURRED, ONGOING, PLANNED, POSSIBLE, PROMISED, DENIED;

    /** The lower-case label used in JSON and exports ("occurred"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a label names, case-insensitively. */
    public static EventStatus fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
