package org.attache.store.index;

/**
 * One search result.
 *
 * @param id        article id
 * @param title     title as stored, or null
 * @param outlet    outlet as stored (display form), or null
 * @param published publication date value as stored, or null
 * @param score     BM25 score; 0 when the query had no words and results are ordered by date
 * @param snippet   a passage of the body with matched words marked «like this», or the body's start
 *                  when nothing in the body matched; null for an empty body
 */
public record SearchHit(String id, String title, String outlet, String published, float score, String snippet) {
}
