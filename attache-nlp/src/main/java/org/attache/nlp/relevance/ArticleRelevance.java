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
 * @param ownPolitical    parallel to {@code sentenceIndexes}: whether the sentence, read alone as an article would be,
 *                        is judged political; a sentence of share prices or of a company's deal in a political story is
 *                        not, and does not inherit its article's label (see {@link RelevanceGate})
 * @param statesNamed     parallel to {@code sentenceIndexes}: whether the sentence names two or more states (countries
 *                        or intergovernmental bodies, by name or demonym); such a sentence is coded even when judged not
 *                        relevant, and keeps the events between states ({@link RelevanceGate}): an act between states is
 *                        international relations whatever words surround it
 */
public record ArticleRelevance(Relevance article, int[] sentenceIndexes, boolean[] relevant, double[] scores,
                               boolean[] ownPolitical, boolean[] statesNamed) {
    public ArticleRelevance {
        Objects.requireNonNull(article, "article");
        if (sentenceIndexes.length != relevant.length || relevant.length != scores.length
                || scores.length != ownPolitical.length || ownPolitical.length != statesNamed.length) {
            throw new IllegalArgumentException("sentence arrays differ in length");
        }
        sentenceIndexes = sentenceIndexes.clone();
        relevant = relevant.clone();
        scores = scores.clone();
        ownPolitical = ownPolitical.clone();
        statesNamed = statesNamed.clone();
    }

    /** Judgements of sentences none of which is known to name two states. */
    public ArticleRelevance(Relevance article, int[] sentenceIndexes, boolean[] relevant, double[] scores,
                            boolean[] ownPolitical) {
        this(article, sentenceIndexes, relevant, scores, ownPolitical, new boolean[relevant.length]);
    }

    /** Judgements whose sentences are each taken as political when read alone. */
    public ArticleRelevance(Relevance article, int[] sentenceIndexes, boolean[] relevant, double[] scores) {
        this(article, sentenceIndexes, relevant, scores, filled(relevant.length));
    }

    private static boolean[] filled(int n) {
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return all;
    }

    /**
     * Whether the sentence with this index, read alone, is judged political; a sentence not judged is (nothing
     * speaks against it).
     */
    public boolean sentenceOwnPolitical(int sentenceIndex) {
        for (int i = 0; i < sentenceIndexes.length; i++) {
            if (sentenceIndexes[i] == sentenceIndex) {
                return ownPolitical[i];
            }
        }
        return true;
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

    /** Whether the sentence with this index names two or more states; a sentence not judged does not. */
    public boolean sentenceNamesStates(int sentenceIndex) {
        for (int i = 0; i < sentenceIndexes.length; i++) {
            if (sentenceIndexes[i] == sentenceIndex) {
                return statesNamed[i];
            }
        }
        return false;
    }

    /**
     * Whether the sentence with this index is coded: it is relevant, or it names two or more states (whose acts
     * towards each other the gate keeps).
     */
    public boolean sentenceCoded(int sentenceIndex) {
        return sentenceRelevant(sentenceIndex) || sentenceNamesStates(sentenceIndex);
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
                && Arrays.equals(scores, r.scores) && Arrays.equals(ownPolitical, r.ownPolitical)
                && Arrays.equals(statesNamed, r.statesNamed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, Arrays.hashCode(sentenceIndexes), Arrays.hashCode(relevant), Arrays.hashCode(scores),
                Arrays.hashCode(ownPolitical), Arrays.hashCode(statesNamed));
    }

    @Override
    public String toString() {
        return "ArticleRelevance[" + article + ", " + relevantSentences() + " of " + relevant.length
                + " sentences relevant]";
    }
}
