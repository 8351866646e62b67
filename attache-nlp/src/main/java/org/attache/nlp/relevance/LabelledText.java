package org.attache.nlp.relevance;

import java.util.Objects;
import org.attache.api.relevance.RelevanceLabel;

/**
 * A training text with its label and where the label came from.
 *
 * @param id     the record's id in its corpus ("bbc-politics-001", "reuters21578-5")
 * @param corpus the corpus it comes from ("bbc", "reuters"), for per-corpus figures
 * @param text   the words the model learns from
 * @param label  the label
 * @param rule   the rule of {@link WeakLabels} that gave the label ("bbc-section", "reuters-igo", …)
 */
public record LabelledText(String id, String corpus, String text, RelevanceLabel label, String rule) {
    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
    }
}
