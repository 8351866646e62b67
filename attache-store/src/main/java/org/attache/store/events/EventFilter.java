package org.attache.store.events;

import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.RelevanceLabel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which stored events to read: every non-null criterion must hold. Built from {@link #all()} with the
 * {@code with…} helpers.
 *
 * @param countries events whose actors (source or target) include every one of these country codes (one
 *                  for an actor's events, two for a pair's); empty for any. Codes match exactly ("VNM")
 * @param entityId  events with this registry entity among their actors, or null
 * @param type      events of this PLOVER type, or null
 * @param status    events with this status, or null
 * @param from      events whose date interval ends on or after this day, or null. When {@code from} or
 *                  {@code to} is set, events whose year is unknown or that have no date are left out
 * @param to        events whose date interval starts on or before this day, or null
 * @param articleId events of this article, or null
 * @param relevance events of articles judged of this relevance, or null
 */
public record EventFilter(Set<String> countries, String entityId, PloverType type, EventStatus status,
                          LocalDate from, LocalDate to, String articleId, RelevanceLabel relevance) {
    public EventFilter {
        countries = countries == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(countries));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** A filter without a relevance criterion. */
    public EventFilter(Set<String> countries, String entityId, PloverType type, EventStatus status,
                       LocalDate from, LocalDate to, String articleId) {
        this(countries, entityId, type, status, from, to, articleId, null);
    }

    /** Every event. */
    public static EventFilter all() {
        return new EventFilter(Set.of(), null, null, null, null, null, null, null);
    }

    /** Events involving all these countries. */
    public EventFilter withCountries(String... codes) {
        return withCountries(new LinkedHashSet<>(Arrays.asList(codes)));
    }

    /** Events involving all these countries. */
    public EventFilter withCountries(Set<String> codes) {
        return new EventFilter(codes, entityId, type, status, from, to, articleId, relevance);
    }

    public EventFilter withEntity(String entity) {
        return new EventFilter(countries, entity, type, status, from, to, articleId, relevance);
    }

    public EventFilter withType(PloverType t) {
        return new EventFilter(countries, entityId, t, status, from, to, articleId, relevance);
    }

    public EventFilter withStatus(EventStatus s) {
        return new EventFilter(countries, entityId, type, s, from, to, articleId, relevance);
    }

    public EventFilter withFrom(LocalDate day) {
        return new EventFilter(countries, entityId, type, status, day, to, articleId, relevance);
    }

    public EventFilter withTo(LocalDate day) {
        return new EventFilter(countries, entityId, type, status, from, day, articleId, relevance);
    }

    public EventFilter withArticle(String article) {
        return new EventFilter(countries, entityId, type, status, from, to, article, relevance);
    }

    /** Events of articles judged of this relevance. */
    public EventFilter withRelevance(RelevanceLabel r) {
        return new EventFilter(countries, entityId, type, status, from, to, articleId, r);
    }
}
