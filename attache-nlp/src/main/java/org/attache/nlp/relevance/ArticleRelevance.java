package org.attache.nlp.relevance;

import java.util.Arrays;
import java.util.Objects;
import org.attache.api.relevance.Relevance;

/**
 * An article's relevance and its sentences'.
 *
 * @param article         the whole article's relevance
 * @param sentenceIndexes the {@link org.attache.api.Sentence#index()} of each sentence judged
 * @param relevant        parallel to {@code sentenceIndexes}: whether the sentence is judged relevant
 * @param scores          parallel to {@code sentenceIndexes}: the probability that it is political, its article's
 *                        moved by its own words
 */
public record ArticleRelevance(Relevance article, int[] sentenceIndexes, boolean[] relevant, double[] scores) {
    public ArticleRelevance {
        Objects.requireNonNull(article, "article");
        if (sentenceIndexes.length != relevant.length || relevant.length != scores.length) {
            throw new IllegalArgumentException("sentence arrays differ in length");
        }
        sentenceIndexes = sentenceIndexes.clone();
        relevant = relevant.clone();
        scores = scores.clone();
    }

    /** Whether the sentence with this index is relevant; a sentence not judged is (nothing speaks against it). */
    public boolean sentenceRelevant(int sentenceIndex) {
        for (int i = 0; i < sentenceIndexes.length; i++) {
            if (sentenceIndexes[i] == sentenceIndex) {
                return relevant[i];
            }
        }
        return true;
    }

    /** How many sentences are judged relevant. */
    public int relevantSentences() {
        int n = 0;
        for (boolean r : relevant) {
            n += r ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleRelevance r && article.equals(r.article)
                && Arrays.equals(sentenceIndexes, r.sentenceIndexes) && Arrays.equals(relevant, r.relevant)
                && Arrays.equals(scores, r.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, Arrays.hashCode(sentenceIndexes), Arrays.hashCode(relevant), Arrays.hashCode(scores));
    }

    @Override
    public String toString() {
        return "ArticleRelevance[" + article + ", " + relevantSentences() + " of " + relevant.length
                + " sentences relevant]";
    }
}
