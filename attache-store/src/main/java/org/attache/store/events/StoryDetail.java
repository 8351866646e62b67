package org.attache.store.events;

import java.util.List;
import java.util.Objects;
import org.attache.api.events.Event;
import org.attache.store.read.ArticleRef;

/**
 * A story with what reports it: the articles with an event in it, first published first, and its events in
 * timeline order, read together (see {@code ArticleStore.story}).
 *
 * @param story    the story
 * @param articles its first articles
 * @param events   its first events
 */
public record StoryDetail(Story story, List<ArticleRef> articles, List<Event> events) {
    /** Articles a story's page, API detail and command show. */
    public static final int ARTICLES = 100;
    /** Events a story's page, API detail and command show. */
    public static final int EVENTS = 200;

    public StoryDetail {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
