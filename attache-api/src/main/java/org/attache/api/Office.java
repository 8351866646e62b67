package org.attache.api;

/**
 * An office an entity holds or held, aggregated over the articles that say so. The ways of writing one
 * office are grouped by their normal form ({@link OfficeTitle}): "Foreign Minister" and "Minister of
 * Foreign Affairs" are one office, "President" and "president" too.
 *
 * @param title        as printed most often, without "acting", "former" or "-elect", e.g. "Minister of
 *                     Foreign Affairs"
 * @param key          the normal form it was grouped by, e.g. {@code minister:foreign}
 * @param organization the body it belongs to, or null
 * @param former       true when the office is history: the latest article stating it (or every one, when
 *                     undated) says "former"
 * @param acting       true when the latest article stating it says "acting" or "interim"
 * @param elect        true when the latest article stating it says "-elect"
 * @param firstSeen    earliest publication date of an article stating it (ISO date), or null when undated
 * @param lastSeen     latest such date, or null
 * @param evidence     where it was stated
 */
public record Office(String title, String key, String organization, boolean former, boolean acting, boolean elect,
                     String firstSeen, String lastSeen, Evidence evidence) {
}
