package org.attache.nlp.relevance;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.attache.api.Annotated;
import org.attache.api.Resolved;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;

/**
 * A coder followed by the relevance gate, as ingest runs them: the article and its sentences are judged, and only the
 * events the {@link RelevanceGate} keeps are returned. It lets an evaluation of events (PLOVER records, for one) score
 * what a store would hold rather than what the coder alone states. Thread-safe when the wrapped coder is.
 */
public final class RelevanceGatedCoder implements EventCoder {
    private final EventCoder coder;
    private final RelevanceClassifier classifier;
    private final RelevanceGate gate;

    public RelevanceGatedCoder(EventCoder coder, RelevanceClassifier classifier, RelevanceGate gate) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** {@code coder} gated by the bundled model and the standard gate. */
    public static RelevanceGatedCoder bundled(EventCoder coder) {
        return new RelevanceGatedCoder(coder, RelevanceClassifier.bundled(), RelevanceGate.standard());
    }

    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry) {
        return gate.code(coder, resolved, registry, classifier.classify(resolved.annotated()), i -> true);
    }

    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry, IntPredicate kept) {
        return gate.code(coder, resolved, registry, classifier.classify(resolved.annotated()), kept);
    }

    @Override
    public void prepare(Annotated annotated) {
        coder.prepare(annotated, classifier.classify(annotated)::sentenceCoded);
    }
}
