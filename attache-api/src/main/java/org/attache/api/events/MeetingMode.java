package org.attache.api.events;

import java.util.Locale;

/**
 * How a meeting (a CONSULT event) took place. {@link #label()} is the value of {@link Event#mode()}.
 * VISIT is the visitor's side (CAMEO 042), HOST the host's (043).
 */
public enum MeetingMode {
    VISIT, HOST, IN_PERSON, PHONE, VIDEO, MULTILATERAL, THIRD_PARTY;

    /** The lower-case label ("in_person"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
