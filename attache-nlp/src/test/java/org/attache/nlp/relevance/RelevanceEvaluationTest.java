package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.relevance.RelevanceLabel;
import org.junit.jupiter.api.Test;

class RelevanceEvaluationTest {
    private static LabelledText text(String id, RelevanceLabel label) {
        return new LabelledText(id, "test", "text " + id, label, "test");
    }

    @Test
    void foldsSpreadEachLabelEvenly() {
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            texts.add(text("p" + i, RelevanceLabel.POLITICAL));
        }
        for (int i = 0; i < 7; i++) {
            texts.add(text("s" + i, RelevanceLabel.SPORT));
        }
        int[] folds = RelevanceEvaluation.stratify(texts, 5);
        for (int f = 0; f < 5; f++) {
            int fold = f;
            long political = java.util.stream.IntStream.range(0, 23).filter(i -> folds[i] == fold).count();
            long sport = java.util.stream.IntStream.range(23, 30).filter(i -> folds[i] == fold).count();
            assertThat(political).isBetween(4L, 5L);
            assertThat(sport).isBetween(1L, 2L);
        }
    }

    @Test
    void scoresAndAucFollowTheirDefinitions() {
        List<RelevanceEvaluation.Prediction> predictions = List.of(
                new RelevanceEvaluation.Prediction(text("a", RelevanceLabel.POLITICAL), 0, RelevanceLabel.POLITICAL, 0.9),
                new RelevanceEvaluation.Prediction(text("b", RelevanceLabel.POLITICAL), 0, RelevanceLabel.BUSINESS, 0.4),
                new RelevanceEvaluation.Prediction(text("c", RelevanceLabel.BUSINESS), 0, RelevanceLabel.BUSINESS, 0.2),
                new RelevanceEvaluation.Prediction(text("d", RelevanceLabel.BUSINESS), 0, RelevanceLabel.POLITICAL, 0.6));
        RelevanceEvaluation.Report r = RelevanceEvaluation.report(2, predictions, 0.5);
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.political().precision()).isEqualTo(0.5);
        assertThat(r.political().recall()).isEqualTo(0.5);
        // of the four political-business pairs, three rank the political text higher
        assertThat(r.auc()).isCloseTo(0.75, within(1e-9));
        assertThat(r.confusion().get(RelevanceLabel.BUSINESS).get(RelevanceLabel.POLITICAL)).isEqualTo(1);
        assertThat(RelevanceEvaluation.thresholds(predictions, 0.3).get(0.3).recall()).isEqualTo(1.0);
    }
}
