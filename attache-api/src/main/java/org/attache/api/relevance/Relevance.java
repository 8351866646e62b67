package org.attache.api.relevance;

import java.util.Objects;

/**
 * How relevant a text is to international relations, as the relevance classifier judged it.
 *
 * @param label the kind of news; {@link RelevanceLabel#POLITICAL} exactly when the text is judged relevant
 * @param score the classifier's probability that the text is political (0..1)
 */
public record Relevance(RelevanceLabel label, double score) {
    public Relevance {
        Objects.requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1, was " + score);
        }
    }

    /** True when the text is about politics, diplomacy, security or international economics. */
    public boolean relevant() {
        return label.relevant();
    }
}
