package org.attache.nlp.gazetteer;

import org.attache.api.MentionType;

import java.util.Objects;

/**
 * One gazetteer entry: a name form, the country it ties to and what kind of name it is.
 *
 * @param country      ISO-3166 alpha-3 (or ISO 3166-3 code for a former state)
 * @param name         the form as written in the source table or ICU
 * @param kind         country, former state, capital or demonym
 * @param abbreviation true for all-capital forms ("US", "USSR") that need capitals or periods to match
 * @param needsCapital true for forms that are also common words ("turkey", "polish"), never matched in lower case
 */
public record Place(String country, String name, Kind kind, boolean abbreviation, boolean needsCapital) {
    /** What kind of name a place entry is. */
    public enum Kind {
        COUNTRY, FORMER_STATE, CAPITAL, DEMONYM;

        /** The mention type of a name of this kind: LOCATION, or MISC for a demonym. */
        public MentionType mentionType() {
            return this == DEMONYM ? MentionType.MISC : MentionType.LOCATION;
        }
    }

    public Place {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
