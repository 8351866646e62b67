package org.attache.store.events;

import java.util.List;

/**
 * The events between two countries, for "what happened between Vietnam and Singapore, and when".
 *
 * @param countryA first country code as asked
 * @param countryB second country code as asked
 * @param events   events whose actors include both, in timeline order (capped at
 *                 {@link EventQueries#MAX_LIMIT})
 * @param months   counts per month and type: months with a known year first, in date order, then those
 *                 whose year is unknown; types in PLOVER order within a month
 * @param undated  events of the pair that have no date
 */
public record Relations(String countryA, String countryB, List<org.attache.api.events.Event> events,
                        List<MonthCount> months, int undated) {
    public Relations {
        events = List.copyOf(events);
        months = List.copyOf(months);
    }
}
