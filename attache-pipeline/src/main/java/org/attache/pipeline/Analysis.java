package org.attache.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.attache.api.Annotated;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.CodingConfig;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.events.PreparedSyntax;
import org.attache.nlp.events.confidence.ConfidenceGate;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.nlp.relevance.RelevanceClassifier;
import org.attache.nlp.relevance.RelevanceGate;
import org.attache.nlp.resolve.EntityResolver;

/**
 * The language stages that follow extraction: Annotate and the relevance judgement (per article, on any thread: see
 * {@link ArticleAnalyser}), then Resolve, Code and Cluster (across articles, against the entity registry and the
 * stories: see {@link RegistryStep}).
 *
 * @param annotator Annotate: mentions, offices, dates
 * @param resolver  Resolve: mentions to registry entities
 * @param coder     Code: events with actors, dates and evidence
 * @param matcher   Cluster: which stored story an event joins
 * @param relevance judges the article and its sentences political or not; the Code stage's events are kept by it
 *                  ({@link RelevanceGate})
 * @param confidence the learned event-confidence gate after it: each event's confidence, those below its threshold
 *                   dropped ({@link ConfidenceGate}; {@link ConfidenceGate#none()} changes nothing)
 */
public record Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher,
                       RelevanceClassifier relevance, ConfidenceGate confidence) {

    public Analysis {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** The stages with a relevance model and no event-confidence gate. */
    public Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher,
                    RelevanceClassifier relevance) {
        this(annotator, resolver, coder, matcher, relevance, ConfidenceGate.none());
    }

    /** The stages with the bundled relevance model. */
    public Analysis(ArticleAnnotator annotator, EntityResolver resolver, EventCoder coder, StoryMatcher matcher) {
        this(annotator, resolver, coder, matcher, RelevanceClassifier.bundled());
    }

    /**
     * The standard stages for a configuration: the user's alias file of its data folder, when there is one, and the
     * actor knowledge of its coding configuration (the user's dictionaries, then the shipped ones unless turned off),
     * shared by Resolve and Code. Needs no CLI: a cluster job builds its stages here from the typed config.
     */
    public static Analysis forConfig(AttacheConfig config) {
        return forDataDir(config.store().dataDir(), config.coding());
    }

    /** {@link #forConfig} for a data folder and a coding configuration. */
    public static Analysis forDataDir(Path dataDir, CodingConfig coding) {
        if (coding.shippedKnowledge()) {
            ActorKnowledge.shipped().preload(); // read while the models load, not at the first article
        }
        if (coding.bundledOnly() && coding.shippedKnowledge()) {
            return new Analysis(standardAnnotator(), EntityResolver.forDataDir(dataDir), Shared.CODER,
                    new SimilarStoryMatcher(), RelevanceClassifier.bundled(),
                    ConfidenceGate.bundled(coding.eventConfidence()));
        }
        ActorKnowledge knowledge = Coders.knowledge(coding);
        PatternEventCoder coder = Coders.forConfig(coding, knowledge); // tagger and parser load on first need
        return new Analysis(standardAnnotator(), EntityResolver.forDataDir(dataDir, knowledge), coder,
                new SimilarStoryMatcher(), RelevanceClassifier.bundled(),
                ConfidenceGate.bundled(coding.eventConfidence()));
    }

    /** The standard annotator chain, one per process: loading its models takes a few seconds. */
    public static ArticleAnnotator standardAnnotator() {
        return Shared.ANNOTATOR;
    }

    /** The cross-article step of these stages: Resolve, Code and the relevance gate against a registry. */
    public RegistryStep registryStep() {
        return new RegistryStep(resolver, coder, matcher, confidence);
    }

    /** The relevance of an annotated article and of its sentences. Pure: runs on any thread. */
    public ArticleRelevance judge(Annotated annotated) {
        return relevance.classify(annotated);
    }

    /**
     * Judges the article, then does the Code stage's registry-free work (tagging, parsing) for the sentences whose
     * events the gate will keep; on a worker, ahead of the {@link RegistryStep}.
     */
    public ArticleRelevance judgeAndPrepare(Annotated annotated) {
        ArticleRelevance judged = judge(annotated);
        coder.prepare(annotated, judged::sentenceCoded);
        return judged;
    }

    /**
     * The Code stage's registry-free work for the sentences whose events the gate keeps, returned as data for a
     * {@link RegistryStep} in another process ({@link Analysed#syntax()}); this process's coder keeps nothing. Null
     * when the coder has no such work to carry (it is then done when coding).
     */
    public PreparedSyntax prepared(Annotated annotated, ArticleRelevance judged) {
        return coder instanceof PatternEventCoder patterns ? patterns.prepared(annotated, judged::sentenceCoded)
                : null;
    }

    /** Resolve then Code, judging relevance on the way: the article's events, its entities written to {@code registry}. */
    public List<Event> resolveAndCode(Annotated annotated, EntityRegistry registry) {
        return RegistryStep.events(resolver, coder, annotated, judge(annotated), registry, confidence);
    }

    /** The models, loaded once per process on first use. */
    private static final class Shared {
        static final ArticleAnnotator ANNOTATOR = Annotators.standard();
        static final PatternEventCoder CODER = Coders.standard();
    }
}
