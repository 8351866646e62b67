package org.attache.api;

/**
 * One item of a page's link rail ("Related News", "Latest News", …): a link to another article,
 * kept apart from the body. Every field but {@code headline} is nullable.
 *
 * @param rail     the rail's heading as printed, e.g. "Related News"
 * @param headline the linked article's headline
 * @param time     time of day as printed ({@code HH:MM}), or null
 * @param date     ISO date of the linked article, or null
 * @param category section label, or null
 * @param url      link target, or null in text dumps
 */
public record RailLink(String rail, String headline, String time, String date, String category, String url) {
}
