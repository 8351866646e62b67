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
    ACRONYM_EXPANSION,
    /**
     * A surname alone ("Shultz") joins the one person whose full name ends in it, their type, country and
     * time agreeing; an office both are said to hold picks among several.
     */
    SURNAME,
    /**
     * The entity known so far by a surname alone is the person a full name now gives, the only one of
     * that surname, their type, country and time agreeing and an office agreeing when the surname entity
     * holds one: the two become one entity.
     */
    SURNAME_ENTITY,
    /**
     * A spelling one letter off a spelling of the entity in one word, the other words equal ("Mikhael
     * Gorbachev" / "Mikhail Gorbachev", "Schultz" / "Shultz"), with no other candidate and type, country and
     * time agreeing; for an organisation, one long word of a long name ("Internatinal Monetary Fund").
     */
    SPELLING_VARIANT,
    /**
     * A person's name with a familiar form of the given name for the formal one, the surname equal ("Jim Baker" /
     * "James Baker"), with no other candidate and type, country and time agreeing.
     */
    NICKNAME,
    /**
     * A company's name with or without the legal form that ends it ("Chrysler Corp" / "Chrysler"): the same
     * name, the type agreeing and the countries not conflicting.
     */
    LEGAL_FORM,
    /**
     * An organisation's name and a variant of it that names the same body: a trailing "Board" or a leading "the"
     * dropped, "Dept" for "Department", "Department of Agriculture" for "Agriculture Department", or a leading
     * name of the body's own country ("U.S. Agriculture Department"), or other function words or hyphens in a long
     * name ("Securities Exchange Commission"), the type agreeing and the countries not conflicting (equal where a
     * country name was dropped).
     */
    ORGANIZATION_VARIANT,
    /** Merged by a user after the fact ({@code attache entity merge}, {@code POST /api/entities/{id}/merge}). */
    USER_MERGE;

    /** The stored form, e.g. {@code same-name}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule with this stored form. */
    public static MergeRule fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
