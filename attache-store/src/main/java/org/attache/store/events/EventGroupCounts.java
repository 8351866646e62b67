package org.attache.store.events;

import java.util.List;
import java.util.Map;
import org.attache.api.events.PloverType;

/**
 * Counts of event groups ({@link EventQueries#groupPage}): what one sentence reports once, however many
 * counterparts it names. For the relationship page, whose table lists groups rather than per-counterpart events.
 *
 * @param months  groups per month and type: months with a known year first ("2025-01"; "2025" for a year-only
 *                date sorts before that year's months), in date order, then those whose year is unknown ("--04")
 * @param byType  groups per PLOVER type, most first (ties by type order)
 * @param total   all groups matching the filter
 * @param undated groups without a date
 */
public record EventGroupCounts(List<MonthCount> months, Map<PloverType, Long> byType, long total, long undated) {
    public EventGroupCounts {
        months = List.copyOf(months);
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    }
}
