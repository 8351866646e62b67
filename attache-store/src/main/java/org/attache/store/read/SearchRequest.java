package org.attache.store.read;

import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.RelevanceLabel;

import java.time.LocalDate;

/**
 * A faceted search. Every non-null criterion must hold.
 *
 * @param query     words in the syntax of {@link org.attache.store.index.SearchQuery} (phrases, operators, and
 *                  the inline filters {@code outlet:}, {@code lang:}, {@code relevance:}, {@code from:},
 *                  {@code to:}); null or blank for every article, newest first. Matching ignores case and diacritics
 * @param outlet    articles of this outlet (case and diacritics ignored), or null
 * @param country   articles naming an entity of this country or carrying an event with an actor of it
 *                  (alpha-3, "VNM"), or null
 * @param entityId  articles mentioning this registry entity, or null
 * @param eventType articles carrying an event of this type, or null
 * @param status    articles carrying an event with this status, or null
 * @param relevance articles judged of this relevance ({@code POLITICAL}: politics, diplomacy, security,
 *                  international economics), or null
 * @param from      articles published on or after this day (undated articles are then left out), or null
 * @param to        articles published on or before this day, or null
 * @param cursor    the {@link SearchPage#nextCursor()} of the previous page, or null for the first
 * @param limit     hits per page, at least 1 (capped at 100)
 */
public record SearchRequest(String query, String outlet, String country, String entityId, PloverType eventType,
                            EventStatus status, RelevanceLabel relevance, LocalDate from, LocalDate to, String cursor,
                            int limit) {
    /** The most hits one page holds. */
    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** A search without a relevance filter. */
    public SearchRequest(String query, String outlet, String country, String entityId, PloverType eventType,
                         EventStatus status, LocalDate from, LocalDate to, String cursor, int limit) {
        this(query, outlet, country, entityId, eventType, status, null, from, to, cursor, limit);
    }

    /** A search for {@code query} without filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, null, limit);
    }
}
