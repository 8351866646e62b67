package org.attache.store.registry;

import org.attache.api.MentionType;

/**
 * Which entities {@link EntityQueries#list} returns; null fields do not filter.
 *
 * @param type         only entities of this type
 * @param country      only entities of this ISO-3166 alpha-3 country
 * @param nameKeyContains only entities one of whose spellings' name keys contains this key. Keys are
 *                        made by the Resolve stage ({@code NameKeys.key}: case, diacritics, spacing and
 *                        punctuation folded away, so the key of "hoai trung" finds "Lê Hoài Trung"); the
 *                        caller folds the user's text with the same function, so one folding rule serves
 *                        writing and reading
 */
public record EntityFilter(MentionType type, String country, String nameKeyContains) {
    /** No filter. */
    public static EntityFilter all() {
        return new EntityFilter(null, null, null);
    }
}
