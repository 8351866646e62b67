package org.attache.api;

/**
 * An office an entity held, aggregated over the articles that say so.
 *
 * @param title        as printed, e.g. "Minister of Foreign Affairs"
 * @param organization the body it belongs to, or null
 * @param former       true when only ever reported as a former office
 * @param firstSeen    earliest publication date of an article stating it (ISO date), or null when undated
 * @param lastSeen     latest such date, or null
 * @param evidence     where it was stated
 */
public record Office(String title, String organization, boolean former, String firstSeen, String lastSeen,
                     Evidence evidence) {
}
