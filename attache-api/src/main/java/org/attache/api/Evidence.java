package org.attache.api;

/**
 * Where a fact was read: an article and a span of its body.
 *
 * @param articleId the article
 * @param start     offset into {@link Article#bodyText()}
 * @param end       offset after the span
 * @param text      the span (or its sentence) as printed
 */
public record Evidence(String articleId, int start, int end, String text) {
}
