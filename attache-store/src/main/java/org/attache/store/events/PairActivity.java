package org.attache.store.events;

/**
 * How active a pair of countries was: the home page's "most active country pairs".
 *
 * @param countryA the alphabetically first alpha-3 code
 * @param countryB the other code
 * @param events   events whose actors include both
 */
public record PairActivity(String countryA, String countryB, long events) {
}
