package org.attache.api.registry;

import java.util.Locale;

/** The named rules by which the resolver attaches a spelling to an entity; stored by {@link #id()}. */
public enum MergeRule {
    /** The first spelling of a new entity. */
    CREATED,
    /** A user alias file line {@code alias,target}. */
    USER_ALIAS,
    /** A user alias file line {@code alias,target,split}: kept apart from the target. */
    USER_SPLIT,
    /** Same folded name key (case, diacritics, spacing and punctuation ignored) as the entity's name. */
    SAME_NAME,
    /** Same folded key as a known alias of the entity (not its name). */
    KNOWN_ALIAS,
    /** An acronym already known as an alias of exactly one compatible entity. */
    KNOWN_ACRONYM,
    /** The same tokens in another order ("Xi Jinping" / "Jinping Xi"). */
    REORDERED_NAME,
    /** In-document coreference: the mention's canonical (fullest form in the article) names the entity. */
    IN_DOCUMENT_CANONICAL,
    /** In-document coreference between an acronym and its expansion. */
    ACRONYM_EXPANSION;

    /** The stored form, e.g. {@code same-name}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule with this stored form. */
    public static MergeRule fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
