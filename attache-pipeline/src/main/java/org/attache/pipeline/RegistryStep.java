package org.attache.pipeline;

import java.util.List;
import java.util.Objects;
import org.attache.api.Annotated;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.events.confidence.ConfidenceGate;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.nlp.relevance.RelevanceGate;
import org.attache.nlp.resolve.EntityResolver;

/**
 * The cross-article step of the analysis core: an {@link Analysed} article and the entity registry → the article's
 * events (Resolve writes its entities to the registry on the way, Code reads their names and countries, the relevance
 * gate keeps the state events, the event-confidence gate those likely right). A store runs it inside the article's
 * transaction, with its registry, and then clusters the events into stories with {@link #matcher()}. It is the one
 * part of the analysis that depends on the articles before it.
 */
public final class RegistryStep {
    private static final RelevanceGate GATE = RelevanceGate.standard();

    private final EntityResolver resolver;
    private final EventCoder coder;
    private final StoryMatcher matcher;
    private final ConfidenceGate confidence;

    public RegistryStep(EntityResolver resolver, EventCoder coder, StoryMatcher matcher) {
        this(resolver, coder, matcher, ConfidenceGate.none());
    }

    /** The step with an event-confidence gate after the relevance gate. */
    public RegistryStep(EntityResolver resolver, EventCoder coder, StoryMatcher matcher, ConfidenceGate confidence) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * Resolve, Code and the gate: the events of {@code analysed} that are state events by its relevance, with its
     * entities written to {@code registry}.
     *
     * @throws IllegalArgumentException when {@code analysed} was not annotated
     */
    public List<Event> events(Analysed analysed, EntityRegistry registry) {
        if (!analysed.isAnnotated()) {
            throw new IllegalArgumentException("not annotated: " + analysed.article().source());
        }
        if (analysed.syntax() != null && coder instanceof PatternEventCoder patterns) {
            patterns.adopt(analysed.annotated(), analysed.syntax()); // prepared elsewhere: not tagged and parsed again
        }
        return events(resolver, coder, analysed.annotated(), analysed.relevance(), registry, confidence);
    }

    /** Cluster: picks the story each event of {@link #events} joins among the store's candidates. */
    public StoryMatcher matcher() {
        return matcher;
    }

    static List<Event> events(EntityResolver resolver, EventCoder coder, Annotated annotated, ArticleRelevance judged,
                              EntityRegistry registry, ConfidenceGate confidence) {
        return confidence.apply(GATE.code(coder, resolver.resolve(annotated, registry), registry, judged, i -> true),
                annotated, judged);
    }
}
