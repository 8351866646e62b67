package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.Sentence;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on short texts written for this test (diplomacy, conflict, trade policy and international
 * economics against company results, offerings, bond issues, money markets, commodities, sport, films and gadgets;
 * {@code short-texts.tsv}), and the sentence judgement inside articles. The model was never tuned on these texts.
 */
class RelevanceClassifierTest {
    /** Share of texts whose political-or-not judgement must be right. */
    private static final double RELEVANCE_FLOOR = 0.85;
    /** Share of texts whose label must be right. */
    private static final double LABEL_FLOOR = 0.75;

    private static final RelevanceClassifier CLASSIFIER = RelevanceClassifier.bundled();
    private static List<String[]> texts;

    @BeforeAll
    static void read() throws IOException {
        texts = new ArrayList<>();
        try (InputStream in = RelevanceClassifierTest.class.getResourceAsStream("short-texts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(line.split("\t", 2));
                }
            }
        }
    }

    @Test
    void theShortTextsAreJudgedAboveTheFloors() {
        assertThat(texts).hasSizeGreaterThanOrEqualTo(40);
        int relevanceRight = 0;
        int labelRight = 0;
        List<String> misses = new ArrayList<>();
        for (String[] t : texts) {
            RelevanceLabel expected = RelevanceLabel.fromLabel(t[0]);
            Relevance r = CLASSIFIER.classify(t[1]);
            relevanceRight += r.relevant() == expected.relevant() ? 1 : 0;
            labelRight += r.label() == expected ? 1 : 0;
            if (r.label() != expected) {
                misses.add(expected.label() + " → " + r.label().label() + String.format(" %.2f ", r.score()) + t[1]);
            }
        }
        double relevance = relevanceRight / (double) texts.size();
        double label = labelRight / (double) texts.size();
        System.out.printf("relevance short texts: political-or-not %d/%d, label %d/%d%n", relevanceRight, texts.size(),
                labelRight, texts.size());
        assertThat(relevance).as("political-or-not accuracy; misses: %s", misses).isGreaterThanOrEqualTo(RELEVANCE_FLOOR);
        assertThat(label).as("label accuracy; misses: %s", misses).isGreaterThanOrEqualTo(LABEL_FLOOR);
    }

    @Test
    void theBundledModelIsSmallAndKnowsItsLabels() {
        RelevanceModel model = CLASSIFIER.model();
        assertThat(model.labels()).containsExactly(RelevanceLabel.values());
        assertThat(model.size()).isBetween(1_000, 20_000);
        assertThat(model.comments()).anyMatch(c -> c.startsWith("Reproduce: attache train relevance"));
    }

    /** The sentences of a body made of these sentences, joined by single spaces. */
    private static List<Sentence> sentences(String... parts) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            out.add(new Sentence(i, at, at + parts[i].length()));
            at += parts[i].length() + 1;
        }
        return out;
    }

    @Test
    void aDiplomaticReportKeepsItsPlainSentencesAndMarksItsMarketAside() {
        String[] parts = {
                "The foreign ministers of Chile and Peru met in Lima on Tuesday to settle the dispute over their maritime border.",
                "They agreed to set up a joint commission and to refer the remaining questions to the International Court of Justice.",
                "The meeting lasted three hours.",
                "Shares of copper miners rose 2 percent on the Santiago stock exchange after the announcement."};
        ArticleRelevance r = CLASSIFIER.classify("Chile and Peru agree on border commission", String.join(" ", parts),
                sentences(parts));
        assertThat(r.article().label()).isEqualTo(RelevanceLabel.POLITICAL);
        assertThat(r.sentenceRelevant(0)).isTrue();
        assertThat(r.sentenceRelevant(1)).isTrue();
        assertThat(r.sentenceRelevant(2)).as("a sentence without telling words takes its article's judgement").isTrue();
        assertThat(r.scores()[3]).as("the market sentence scores below the diplomatic ones").isLessThan(r.scores()[0])
                .isLessThan(r.scores()[1]);
        assertThat(r.sentenceOwnPolitical(0)).as("read alone, the ministers' meeting is political").isTrue();
        assertThat(r.sentenceOwnPolitical(3)).as("read alone, the share prices are not").isFalse();
    }

    @Test
    void aCompanyDealInAPoliticalStoryIsNotPoliticalReadAlone() {
        String[] parts = {
                "The foreign ministers of Ecuador and Peru met in Quito on Monday and agreed to withdraw troops from their disputed border.",
                "Both governments will invite observers from the Organization of American States, the Peruvian foreign ministry said.",
                "Peru's president told parliament the agreement ended a month of clashes in which 14 soldiers were killed.",
                "Separately, the brewer Cervecera del Sur said its net profit rose 9 percent and it agreed to buy a bottling plant."};
        ArticleRelevance r = CLASSIFIER.classify("Ecuador and Peru agree to pull back troops", String.join(" ", parts),
                sentences(parts));
        assertThat(r.article().label()).isEqualTo(RelevanceLabel.POLITICAL);
        assertThat(r.sentenceOwnPolitical(0)).isTrue();
        assertThat(r.sentenceOwnPolitical(2)).isTrue();
        assertThat(r.sentenceOwnPolitical(3)).as("the brewer's results and purchase").isFalse();
    }

    @Test
    void aCompanyReportIsBusinessAndItsOfferingSentencesAreNotRelevant() {
        String[] parts = {
                "The rental car company said it would sell 5 million shares in an initial public offering at 18 dollars a share.",
                "Net income for the quarter rose 22 percent to 4.1 million dollars on revenues of 61 million dollars.",
                "The underwriters agreed to buy an additional 750,000 shares to cover over-allotments."};
        ArticleRelevance r = CLASSIFIER.classify("Rental car company sets share offering", String.join(" ", parts),
                sentences(parts));
        assertThat(r.article().label()).isEqualTo(RelevanceLabel.BUSINESS);
        assertThat(r.relevantSentences()).isZero();
    }
}
