package org.attache.api;

import java.util.List;
import java.util.Objects;

/**
 * Annotate stage output: an article with its sentences, typed mentions and office claims. Offsets refer to
 * {@link Article#bodyText()}.
 *
 * @param article         the article annotated
 * @param sentences       sentences in order
 * @param mentions        mentions in order of their start offset
 * @param offices         who holds which office, by mention index
 * @param pipelineVersion the version of the annotators that made this, so stored results can be redone
 */
public record Annotated(Article article, List<Sentence> sentences, List<Mention> mentions, List<OfficeClaim> offices,
                        String pipelineVersion) {
    public Annotated {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        offices = List.copyOf(offices);
        Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    }
}
