package org.attache.app.ingest;

import org.attache.api.Annotated;
import org.attache.api.ArticleAnnotator;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.resolve.EntityResolver;

import java.util.List;
import java.util.Objects;

/**
 * The language stages that follow extraction: Annotate (in the workers), then Resolve, Code and Cluster
 * (in the storing thread, inside each article's savepoint, since they read and write the registry and
 * the stories).
 *
 * @param annotator Annotate: mentions, offices, dates
 * @param resolver  Resolve: mentions to registry entities
 * @param coder     Code: events with actors, dates and evidence
 * @param matcher   Cluster: which stored story an event joins
 */
public record Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher) {
    public Analysis {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(matcher, "matcher");
    }

    /** Resolve then Code: the article's events, its entities written to {@code registry} on the way. */
    public List<Event> resolveAndCode(Annotated annotated, EntityRegistry registry) {
        Resolved resolved = resolver.resolve(annotated, registry);
        return coder.code(resolved, registry);
    }
}
