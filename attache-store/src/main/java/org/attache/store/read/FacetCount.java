package org.attache.store.read;

/**
 * One value of a facet.
 *
 * @param value what to pass back as the filter (outlet as stored, alpha-3 code, entity id, type or status name,
 *              "2025-01")
 * @param label what to show (entity name; otherwise the value)
 * @param count matching articles with this value
 */
public record FacetCount(String value, String label, long count) {
}
