package org.attache.app.ingest;

import org.attache.api.Annotated;
import org.attache.api.ArticleAnnotator;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.nlp.relevance.RelevanceClassifier;
import org.attache.nlp.relevance.RelevanceGate;
import org.attache.nlp.resolve.EntityResolver;

import java.util.List;
import java.util.Objects;

/**
 * The language stages that follow extraction: Annotate and the relevance judgement (in the workers), then Resolve,
 * Code and Cluster (in the storing thread, inside each article's savepoint, since they read and write the registry
 * and the stories).
 *
 * @param annotator Annotate: mentions, offices, dates
 * @param resolver  Resolve: mentions to registry entities
 * @param coder     Code: events with actors, dates and evidence
 * @param matcher   Cluster: which stored story an event joins
 * @param relevance judges the article and its sentences political or not; the Code stage's events are kept by it
 *                  ({@link RelevanceGate})
 */
public record Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher,
                       RelevanceClassifier relevance) {
    private static final RelevanceGate GATE = RelevanceGate.standard();

    public Analysis {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(relevance, "relevance");
    }

    /** The stages with the bundled relevance model. */
    public Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher) {
        this(annotator, resolver, coder, matcher, RelevanceClassifier.bundled());
    }

    /** The relevance of an annotated article and of its sentences. Pure: runs on any thread. */
    public ArticleRelevance judge(Annotated annotated) {
        return relevance.classify(annotated);
    }

    /**
     * Judges the article, then does the Code stage's registry-free work (tagging, parsing) for the sentences whose
     * events the gate will keep; on a worker, ahead of {@link #resolveAndCode(Annotated, ArticleRelevance,
     * EntityRegistry)}.
     */
    public ArticleRelevance judgeAndPrepare(Annotated annotated) {
        ArticleRelevance judged = judge(annotated);
        coder.prepare(annotated, judged::sentenceRelevant);
        return judged;
    }

    /** Resolve then Code, judging relevance on the way: the article's events, its entities written to {@code registry}. */
    public List<Event> resolveAndCode(Annotated annotated, EntityRegistry registry) {
        return resolveAndCode(annotated, judge(annotated), registry);
    }

    /**
     * Resolve then Code: the article's events that are state events by {@code judged} (see {@link RelevanceGate}), its
     * entities written to {@code registry} on the way.
     */
    public List<Event> resolveAndCode(Annotated annotated, ArticleRelevance judged, EntityRegistry registry) {
        Resolved resolved = resolver.resolve(annotated, registry);
        // sentences the gate drops are not parsed: their events would be dropped
        return GATE.keep(coder.code(resolved, registry, judged::sentenceRelevant), judged, annotated.sentences());
    }
}
