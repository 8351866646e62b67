package org.attache.nlp.events.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.api.Annotated;
import org.attache.api.events.Event;
import org.attache.nlp.relevance.ArticleRelevance;

/**
 * Gives each event leaving the coder its learned confidence ({@link ConfidenceModel}) and drops those whose
 * confidence is below a threshold: what Attaché states is then more often right, at the cost of some right events.
 * A threshold of 0 keeps every event (still with its learned confidence); without a model the events pass
 * unchanged. Stateless and thread-safe.
 */
public final class ConfidenceGate {
    private final ConfidenceModel model;
    private final EventFeatures features;
    private final double threshold;

    /**
     * @param model     the model, or null for none (events pass unchanged)
     * @param threshold events scoring below it are dropped; 0 keeps all
     */
    public ConfidenceGate(ConfidenceModel model, EventFeatures features, double threshold) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("event confidence threshold must be in [0, 1), was " + threshold);
        }
        this.model = model;
        this.features = features;
        this.threshold = threshold;
    }

    /**
     * The bundled model with a threshold: NaN for the model's own (chosen on its training data), 0 to keep every
     * event.
     */
    public static ConfidenceGate bundled(double threshold) {
        Optional<ConfidenceModel> m = ConfidenceModel.bundled();
        double t = Double.isNaN(threshold) ? m.map(ConfidenceModel::threshold).orElse(0.0) : threshold;
        return new ConfidenceGate(m.orElse(null), EventFeatures.standard(), t);
    }

    /** A gate that changes nothing. */
    public static ConfidenceGate none() {
        return new ConfidenceGate(null, EventFeatures.standard(), 0);
    }

    public double threshold() {
        return threshold;
    }

    /** The events with their learned confidence, those below the threshold dropped, in their order. */
    public List<Event> apply(List<Event> events, Annotated annotated, ArticleRelevance relevance) {
        if (model == null || events.isEmpty()) {
            return events;
        }
        List<Event> kept = new ArrayList<>(events.size());
        for (Event e : events) {
            double score = model.score(features.of(e, annotated, relevance));
            if (threshold > 0 && score < threshold) {
                continue;
            }
            kept.add(new Event(e.id(), e.articleId(), e.type(), e.cameo(), e.mode(), e.context(), e.status(),
                    e.trigger(), e.source(), e.target(), e.location(), e.date(), e.evidence(),
                    Math.round(score * 10000) / 10000.0, e.storyId(), e.reportedOn()));
        }
        return kept;
    }
}
