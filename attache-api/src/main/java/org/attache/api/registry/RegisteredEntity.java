package org.attache.api.registry;

import org.attache.api.MentionType;

import java.util.Objects;

/**
 * An entity as the resolver sees it in the registry.
 *
 * @param id      stable id
 * @param type    PERSON, ORGANIZATION, LOCATION, EVENT or MISC
 * @param name    canonical name, diacritics kept
 * @param country ISO-3166 alpha-3, or null
 */
public record RegisteredEntity(String id, MentionType type, String name, String country) {
    public RegisteredEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!type.isEntity()) {
            throw new IllegalArgumentException(type + " mentions do not make entities");
        }
    }
}
