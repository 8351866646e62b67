package org.attache.nlp.relevance;

import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.Sentence;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;

/**
 * Judges an article, and each of its sentences, political (politics, diplomacy, security, international economics)
 * or not, with a {@link RelevanceModel}.
 *
 * <p>The article is read whole (title and body): it is political when its political probability reaches the
 * model's article threshold, and otherwise carries its most probable other label. A sentence alone says little, so
 * it starts from its article's log-odds of being political and adds what its own words say: its log-odds less those
 * of a text without known words, times the model's sentence weight. A sentence without telling words takes its
 * article's judgement; a sentence of share prices in a diplomatic story can fall below the sentence threshold, and a
 * minister's threat in a company story can rise above it. Each sentence is also read alone, by the article's rule:
 * whether its own words make it political, so that a company's deal in a political story does not take the story's
 * label (the {@link RelevanceGate} then asks for a state taking part). Each sentence is also marked when it names two
 * or more states ({@link StatesNamed}): the gate codes it whatever its words, for the acts between states it may
 * report. Stateless and thread-safe.
 */
public final class RelevanceClassifier {
    private static final double CLAMP = 1e-6;

    private final RelevanceModel model;
    private final StatesNamed statesNamed = StatesNamed.standard();
    private final int political;
    /** The log-odds of a text without a known word: what a sentence's own words are measured from. */
    private final double neutralOdds;

    public RelevanceClassifier(RelevanceModel model) {
        this.model = model;
        this.political = model.labels().indexOf(RelevanceLabel.POLITICAL);
        this.neutralOdds = logit(model.probabilities(new int[0])[political]);
    }

    /** The classifier of the bundled model. */
    public static RelevanceClassifier bundled() {
        return Bundled.CLASSIFIER;
    }

    private static final class Bundled {
        static final RelevanceClassifier CLASSIFIER = new RelevanceClassifier(RelevanceModel.bundled());
    }

    public RelevanceModel model() {
        return model;
    }

    /** The relevance of one text read as a whole article. */
    public Relevance classify(String text) {
        return relevance(model.probabilities(text));
    }

    /** The article's relevance and each sentence's. */
    public ArticleRelevance classify(Annotated annotated) {
        Article a = annotated.article();
        return classify(a.title(), a.bodyText(), annotated.sentences(), annotated.mentions());
    }

    /**
     * The relevance of an article and of its sentences, without mentions: only the states named in single words
     * ("Switzerland", "Russian") are found.
     *
     * @param title     the headline, or null
     * @param body      the body text the sentences index
     * @param sentences the body's sentences
     */
    public ArticleRelevance classify(String title, String body, List<Sentence> sentences) {
        return classify(title, body, sentences, List.of());
    }

    /**
     * The relevance of an article and of its sentences.
     *
     * @param title     the headline, or null
     * @param body      the body text the sentences index
     * @param sentences the body's sentences
     * @param mentions  the body's mentions, to find the states each sentence names
     */
    public ArticleRelevance classify(String title, String body, List<Sentence> sentences, List<Mention> mentions) {
        int[][] rows = new int[sentences.size()][];
        int[] all = title == null ? new int[0] : model.rows(title, 0, title.length());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            rows[i] = model.rows(body, Math.min(s.start(), body.length()), Math.min(s.end(), body.length()));
            all = RelevanceModel.union(all, rows[i]);
        }
        if (sentences.isEmpty()) {
            all = RelevanceModel.union(all, model.rows(body, 0, body.length()));
        }
        Relevance article = relevance(model.probabilities(all));
        double articleOdds = logit(article.score());
        double weight = model.settings().sentenceWeight();
        double threshold = logit(model.settings().sentenceThreshold());
        boolean[] relevant = new boolean[sentences.size()];
        double[] scores = new double[sentences.size()];
        boolean[] ownPolitical = new boolean[sentences.size()];
        for (int i = 0; i < rows.length; i++) {
            double alone = model.probabilities(rows[i])[political];
            ownPolitical[i] = alone >= model.settings().articleThreshold();
            double own = logit(alone) - neutralOdds;
            double blended = articleOdds + weight * own;
            scores[i] = 1 / (1 + Math.exp(-blended));
            relevant[i] = blended >= threshold;
        }
        int[] indexes = sentences.stream().mapToInt(Sentence::index).toArray();
        return new ArticleRelevance(article, indexes, relevant, scores, ownPolitical,
                statesNamed.of(body, sentences, mentions));
    }

    /** The label of a text's label probabilities (in {@link RelevanceModel#labels()} order). */
    RelevanceLabel label(double[] probabilities) {
        if (probabilities[political] >= model.settings().articleThreshold()) {
            return RelevanceLabel.POLITICAL;
        }
        int best = -1;
        for (int c = 0; c < probabilities.length; c++) {
            if (c != political && (best < 0 || probabilities[c] > probabilities[best])) {
                best = c;
            }
        }
        return model.labels().get(best);
    }

    private Relevance relevance(double[] probabilities) {
        return new Relevance(label(probabilities), Math.min(1, Math.max(0, probabilities[political])));
    }

    private static double logit(double p) {
        double q = Math.min(1 - CLAMP, Math.max(CLAMP, p));
        return Math.log(q / (1 - q));
    }
}
