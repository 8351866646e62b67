package org.attache.api;

import java.util.Objects;

/**
 * An actor's country (ISO 3166 alpha-3, or an ISO 3166-3 code for a former state as of the article's date) or
 * international organisation code, with the source of the evidence for it.
 *
 * @param code   the country or IGO code
 * @param source where it comes from
 */
public record Affiliation(String code, AffiliationSource source) {
    public Affiliation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
    }

    /** True when this affiliation's evidence is stronger than {@code other}'s (or other is null). */
    public boolean strongerThan(Affiliation other) {
        return other == null || source.strongerThan(other.source);
    }
}
