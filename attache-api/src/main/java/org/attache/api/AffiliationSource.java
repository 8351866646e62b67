package org.attache.api;

import java.util.Locale;

/**
 * Where an actor's country or international organisation comes from, strongest evidence first. An affiliation
 * from a weaker source never replaces one from a stronger source; the story's location or dateline is no
 * source at all. Stored by {@link #id()} ({@code name}, {@code office}, …).
 */
public enum AffiliationSource {
    /** The name itself names it: a country or place, an organisation whose name holds a country ("Bank of
     *  Japan"), an international organisation, which is its own affiliation ("IMF"). */
    NAME,
    /** The office phrase or the words that qualify the name: "IMF Managing Director X", "Iranian Oil Minister
     *  X", "Singapore's Foreign Minister X", "the Malaysian state oil firm X". */
    OFFICE,
    /** Apposition or in-document coreference: "X, Japan's foreign minister", or another mention of the same
     *  actor in the article that carries the country. */
    APPOSITION,
    /** Shipped or user knowledge (actor dictionaries), applied by the article's date. */
    KNOWLEDGE,
    /** Weak: the article's circumstances (the hosts a visitor meets are of the country visited) or the shape of
     *  a name. Shown as weak; replaced by any stronger source. */
    CONTEXT;

    /** True for evidence the pages and API mark as weak. */
    public boolean weak() {
        return this == CONTEXT;
    }

    /** True when this source is stronger than {@code other}; anything is stronger than no source (null). */
    public boolean strongerThan(AffiliationSource other) {
        return other == null || ordinal() < other.ordinal();
    }

    /** The stored form, e.g. {@code office}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source with this stored form, or null for null or an unknown form (data from a newer version). */
    public static AffiliationSource fromId(String id) {
        if (id == null) {
            return null;
        }
        for (AffiliationSource s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
