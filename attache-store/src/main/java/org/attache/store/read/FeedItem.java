package org.attache.store.read;

import java.time.Instant;
import java.util.List;

/**
 * One article of a user's feed.
 *
 * @param article  the article
 * @param reasons  why it is in the feed: names of the followed entities it mentions ("Vivian Balakrishnan")
 *                 and keys of the followed pairs its events involve ("SGP-VNM"), in that order
 * @param storedAt when the store received it
 */
public record FeedItem(ArticleRef article, List<String> reasons, Instant storedAt) {
    public FeedItem {
        reasons = List.copyOf(reasons);
    }
}
