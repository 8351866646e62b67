package org.attache.api.registry;

import org.attache.api.AffiliationSource;
import org.attache.api.MentionType;

import java.util.Objects;

/**
 * An entity as the resolver sees it in the registry.
 *
 * @param id      stable id
 * @param type    PERSON, ORGANIZATION, LOCATION, EVENT or MISC
 * @param name    canonical name, diacritics kept
 * @param country       ISO-3166 alpha-3 (ISO 3166-3 for a former state), an international organisation's code,
 *                      or null
 * @param countrySource where the country comes from, or null when unknown (no country, or stored before
 *                      sources were recorded)
 */
public record RegisteredEntity(String id, MentionType type, String name, String country,
                               AffiliationSource countrySource) {
    public RegisteredEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!type.isEntity()) {
            throw new IllegalArgumentException(type + " mentions do not make entities");
        }
        countrySource = country == null ? null : countrySource;
    }

    /** An entity whose country's source is not known. */
    public RegisteredEntity(String id, MentionType type, String name, String country) {
        this(id, type, name, country, null);
    }

    /** True when the country comes from weak evidence only, so stronger evidence may replace it. */
    public boolean weakCountry() {
        return country != null && countrySource != null && countrySource.weak();
    }
}
