package org.attache.nlp.events.confidence;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.attache.api.Annotated;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.relevance.RelevanceClassifier;

/**
 * A coder followed by the event-confidence gate, as ingest runs it after the relevance gate: lets an evaluation of
 * events (PLOVER records, for one) score what a store would hold. The article's relevance, a feature of the model, is
 * judged by the classifier given. Thread-safe when the wrapped coder is.
 */
public final class ConfidenceGatedCoder implements EventCoder {
    private final EventCoder coder;
    private final RelevanceClassifier classifier;
    private final ConfidenceGate gate;

    public ConfidenceGatedCoder(EventCoder coder, RelevanceClassifier classifier, ConfidenceGate gate) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry) {
        Annotated a = resolved.annotated();
        return gate.apply(coder.code(resolved, registry), a, classifier.classify(a));
    }

    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry, IntPredicate kept) {
        Annotated a = resolved.annotated();
        return gate.apply(coder.code(resolved, registry, kept), a, classifier.classify(a));
    }

    @Override
    public void prepare(Annotated annotated) {
        coder.prepare(annotated);
    }

    @Override
    public void prepare(Annotated annotated, IntPredicate kept) {
        coder.prepare(annotated, kept);
    }
}
