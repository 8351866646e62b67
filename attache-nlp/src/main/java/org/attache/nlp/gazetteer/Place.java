package org.attache.nlp.gazetteer;

import org.attache.api.MentionType;

import java.util.Objects;

/**
 * One gazetteer entry: a name form, the country (or international organisation) it ties to and what kind of
 * name it is.
 *
 * @param country      ISO-3166 alpha-3 (or ISO 3166-3 code for a former state), or an IGO code
 * @param name         the form as written in the source table or ICU
 * @param kind         country, former state, capital or demonym
 * @param abbreviation true for all-capital forms ("US", "USSR") that need capitals or periods to match
 * @param needsCapital true for forms that are also common words ("turkey", "polish"), never matched in lower case
 * @param confirmed    true for an IGO acronym with other common meanings ("ICC"), taken only in a text that
 *                     also spells the organisation out
 * @param standalone   true for a name taken only when no capitalised word comes right before it ("Security
 *                     Council", not "National Security Council")
 */
public record Place(String country, String name, Kind kind, boolean abbreviation, boolean needsCapital,
                    boolean confirmed, boolean standalone) {
    /** What kind of name an entry is. */
    public enum Kind {
        COUNTRY, FORMER_STATE, CAPITAL, DEMONYM, IGO;

        /** The mention type of a name of this kind: LOCATION, MISC for a demonym, ORGANIZATION for an IGO. */
        public MentionType mentionType() {
            return switch (this) {
                case DEMONYM -> MentionType.MISC;
                case IGO -> MentionType.ORGANIZATION;
                default -> MentionType.LOCATION;
            };
        }
    }

    public Place {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** An entry that needs no confirmation. */
    public Place(String country, String name, Kind kind, boolean abbreviation, boolean needsCapital) {
        this(country, name, kind, abbreviation, needsCapital, false, false);
    }
}
