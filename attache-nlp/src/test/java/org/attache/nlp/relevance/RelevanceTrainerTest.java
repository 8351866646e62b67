package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Linear;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.attache.api.relevance.RelevanceLabel;
import org.junit.jupiter.api.Test;

/** Training, the model file and its agreement with LIBLINEAR, on a small corpus written for this test. */
class RelevanceTrainerTest {
    private static final String[] POLITICAL = {
            "The foreign minister met his counterpart for talks on the border dispute.",
            "Troops were sent to the border after the army reported clashes with rebels.",
            "The president signed a treaty with the neighbouring government on security cooperation.",
            "Parliament approved sanctions against the regime after the election was rigged.",
            "The prime minister will visit the capital for a summit with the government leaders.",
            "The ambassador was summoned to the foreign ministry over the arrest of diplomats.",
            "The government and the rebels agreed to a ceasefire brokered by the envoy.",
            "Opposition parties called for protests against the government before the election.",
            "The defence minister said troops would stay until the security situation improves.",
            "Ministers of the two countries signed a trade agreement at the summit."};
    private static final String[] BUSINESS = {
            "The company reported a quarterly profit of 12 million dollars and raised its dividend.",
            "Shares of the bank rose 3 percent after it agreed to buy a smaller rival.",
            "The group sold 200 million dollars of bonds to investors at a yield of 5 percent.",
            "Oil prices fell as inventories rose and traders sold futures contracts.",
            "The retailer said sales rose 8 percent in the quarter on strong demand.",
            "The firm plans an initial public offering of shares on the stock exchange.",
            "Net income was 4 million dollars, or 10 cents a share, against a loss a year earlier.",
            "The carmaker's shares fell after it cut its profit forecast for the year.",
            "Investors bought bonds and the dollar rose against the yen in quiet trading.",
            "The company agreed to acquire the software maker for 300 million dollars in cash."};
    private static final String[] SPORT = {
            "The striker scored twice as the team won the match and the league title.",
            "She won the final in three sets to take her first championship title.",
            "The coach praised his players after the team beat their rivals in the cup.",
            "The champion won the race and set a record time on the final lap."};

    static List<LabelledText> corpus() {
        List<LabelledText> texts = new ArrayList<>();
        add(texts, POLITICAL, RelevanceLabel.POLITICAL);
        add(texts, BUSINESS, RelevanceLabel.BUSINESS);
        add(texts, SPORT, RelevanceLabel.SPORT);
        return texts;
    }

    private static void add(List<LabelledText> texts, String[] lines, RelevanceLabel label) {
        for (int i = 0; i < lines.length; i++) {
            texts.add(new LabelledText(label.label() + "-" + i, "test", lines[i], label, "test"));
        }
    }

    private static RelevanceTrainer trainer(int maxTerms) {
        return new RelevanceTrainer(new RelevanceTrainer.Options(4, 2, maxTerms,
                new RelevanceModel.Settings(0.5, 0.5, 1)));
    }

    private static byte[] bytes(RelevanceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void theExportedModelGivesLiblinearsProbabilities() {
        RelevanceTrainer.Fitted fitted = trainer(Integer.MAX_VALUE).fit(corpus(), List.of(), Integer.MAX_VALUE);
        int[] labels = fitted.liblinear().getLabels();
        for (String text : List.of("The minister met the rebels for talks.", "Shares rose after the profit report.",
                "The team won.", "Nothing known here")) {
            double[] ours = fitted.model().probabilities(text);
            double[] theirs = new double[labels.length];
            Linear.predictProbability(fitted.liblinear(), fitted.features().apply(text), theirs);
            for (int j = 0; j < labels.length; j++) {
                // LIBLINEAR's label j is our label with index labels[j]; weights are stored as floats
                assertThat(ours[labels[j]]).as(text).isCloseTo(theirs[j], within(1e-5));
            }
        }
    }

    @Test
    void itTellsThePoliticalFromTheRest() {
        RelevanceClassifier classifier = new RelevanceClassifier(trainer(1000).train(corpus(), List.of()));
        assertThat(classifier.classify("The army and the rebels agreed to talks on a ceasefire.").label())
                .isEqualTo(RelevanceLabel.POLITICAL);
        assertThat(classifier.classify("The bank's shares rose after its quarterly profit.").label())
                .isEqualTo(RelevanceLabel.BUSINESS);
        assertThat(classifier.classify("The team won the cup final.").label()).isEqualTo(RelevanceLabel.SPORT);
    }

    @Test
    void theSameTextsGiveTheSameFileInAnyOrder() throws IOException {
        List<LabelledText> shuffled = new ArrayList<>(corpus());
        Collections.shuffle(shuffled, new Random(7));
        byte[] a = bytes(trainer(40).train(corpus(), List.of("made by a test")));
        byte[] b = bytes(trainer(40).train(shuffled, List.of("made by a test")));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theFileReadsBackAsTheModelWithFewerTermsWhenCapped() throws IOException {
        RelevanceModel model = trainer(40).train(corpus(), List.of("a comment"));
        assertThat(model.size()).isEqualTo(40);
        RelevanceModel read = RelevanceModel.read(new ByteArrayInputStream(bytes(model)), "test");
        assertThat(read.labels()).isEqualTo(model.labels());
        assertThat(read.settings()).isEqualTo(model.settings());
        assertThat(read.comments()).contains("a comment");
        for (String text : List.of("Troops clashed with rebels.", "Profit rose.", "The team won the title.")) {
            double[] p = model.probabilities(text);
            double[] q = read.probabilities(text);
            for (int i = 0; i < p.length; i++) {
                assertThat(q[i]).isCloseTo(p[i], within(1e-3));
            }
        }
    }

    @Test
    void trainingNeedsPoliticalAndOtherTexts() {
        List<LabelledText> business = corpus().stream().filter(t -> t.label() == RelevanceLabel.BUSINESS).toList();
        assertThatThrownBy(() -> trainer(10).train(business, List.of())).hasMessageContaining("political");
    }

    @Test
    void aMalformedFileIsRejectedNamingItsLine() throws IOException {
        String text = "# test\n@format\t1\n@labels\tpolitical\tbusiness\n@bias\t0\t0\n@setting\tarticle_threshold\t0.5\n"
                + "@setting\tsentence_threshold\t0.5\n@setting\tsentence_weight\t1\nminister\t1.5\t0.3\n";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RelevanceModel.read(new ByteArrayInputStream(gz.toByteArray()), "bad.gz"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.gz:8:");
        assertThatThrownBy(() -> RelevanceModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "junk.gz"))
                .isInstanceOf(IOException.class);
    }
}
