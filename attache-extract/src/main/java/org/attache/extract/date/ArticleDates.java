package org.attache.extract.date;

import org.attache.api.PublishedDate;

/**
 * The two dates an article states about itself.
 *
 * @param published when it was first published, or null when the article does not say
 * @param updated   when it was last modified, as the page states it, or null; never earlier than published
 */
public record ArticleDates(PublishedDate published, PublishedDate updated) {
    /** No date stated. */
    public static final ArticleDates NONE = new ArticleDates(null, null);
}
