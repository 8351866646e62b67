package org.attache.api;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place, event or other named thing, resolved across spellings and articles.
 *
 * @param id            stable id: re-running resolution over the same articles gives the same ids
 * @param type          PERSON, ORGANIZATION, LOCATION, EVENT or MISC
 * @param name          canonical name: the most complete spelling seen, diacritics kept
 * @param aliases       other spellings seen or supplied, canonical name excluded
 * @param country       ISO-3166 alpha-3 (ISO 3166-3 for a former state), an international organisation's
 *                      code, or null
 * @param offices       offices held now (as far as the articles tell), oldest first
 * @param formerOffices offices held before: history, each reported as former by its latest article, oldest first
 * @param mentionCount  mentions across all articles
 * @param countrySource where the country comes from, or null when unknown
 */
public record Entity(String id, MentionType type, String name, List<String> aliases, String country,
                     List<Office> offices, List<Office> formerOffices, long mentionCount,
                     AffiliationSource countrySource) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        offices = offices == null ? List.of() : List.copyOf(offices);
        formerOffices = formerOffices == null ? List.of() : List.copyOf(formerOffices);
        countrySource = country == null ? null : countrySource;
    }

    /** An entity with office history whose country's source is not known. */
    public Entity(String id, MentionType type, String name, List<String> aliases, String country,
                  List<Office> offices, List<Office> formerOffices, long mentionCount) {
        this(id, type, name, aliases, country, offices, formerOffices, mentionCount, null);
    }

    /** An entity without former offices. */
    public Entity(String id, MentionType type, String name, List<String> aliases, String country,
                  List<Office> offices, long mentionCount, AffiliationSource countrySource) {
        this(id, type, name, aliases, country, offices, List.of(), mentionCount, countrySource);
    }

    /** An entity without former offices whose country's source is not known. */
    public Entity(String id, MentionType type, String name, List<String> aliases, String country,
                  List<Office> offices, long mentionCount) {
        this(id, type, name, aliases, country, offices, List.of(), mentionCount, null);
    }
}
