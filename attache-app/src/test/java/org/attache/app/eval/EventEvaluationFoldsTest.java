package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.attache.nlp.Annotators;
import org.attache.nlp.events.PatternEventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fold split of {@code eval events --folds} and the headline check of {@code --headlines}. */
class EventEvaluationFoldsTest {
    @TempDir
    Path dir;

    @Test
    void aRecordAlwaysFallsInTheSameFoldAndFoldsAreAllUsed() {
        int[] sizes = new int[5];
        for (int i = 0; i < 1000; i++) {
            int f = EventEvaluation.fold("REC-" + i, 5);
            assertThat(f).isBetween(0, 4).isEqualTo(EventEvaluation.fold("REC-" + i, 5));
            sizes[f]++;
        }
        assertThat(IntStream.of(sizes).min().orElseThrow()).isGreaterThan(150); // 200 each when even
        assertThatThrownBy(() -> EventEvaluation.fold("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldsPartitionTheRecordsAndPoolIntoTuningAndHeldOut() throws IOException {
        Path file = dir.resolve("gold.json");
        StringBuilder json = new StringBuilder("[");
        String[][] texts = {
                {"DISAPPROVE", "ESP", "MAR", "Spain condemned Morocco on Monday over the border incident."},
                {"FIGHT", "ETH", "", "Ethiopian troops shelled rebel positions near the border on Sunday."},
                {"CONSULT", "FRA", "DEU", "France and Germany held talks in Paris on the budget."},
                {"DEMAND", "IND", "PAK", "India demanded that Pakistan hand over the suspects."},
                {"PROTEST", "KEN", "", "Thousands of Kenyan students protested in Nairobi on Friday."},
                {"AGREE", "BRA", "ARG", "Brazil agreed to supply gas to Argentina."}};
        for (int i = 0; i < texts.length; i++) {
            String[] t = texts[i];
            json.append(i == 0 ? "" : ",").append(String.format("""
                    {"id": "R%d", "event": "%s", "source": [{"code": "%s"}], "target": %s, "text": "%s"}""",
                    i, t[0], t[1], t[2].isEmpty() ? "\"\"" : "[{\"code\": \"" + t[2] + "\"}]", t[3]));
        }
        Files.writeString(file, json.append("]").toString());
        EventEvaluation.FoldReport r = EventEvaluation.runFolds(file, Annotators.standard(),
                PatternEventCoder.standard(), 3, Set.of(0));
        assertThat(r.folds()).hasSize(3);
        assertThat(r.folds().stream().mapToInt(EventEvaluation.Report::records).sum()).isEqualTo(6);
        assertThat(r.tuning().records() + r.heldOutReport().records()).isEqualTo(6);
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < 3; f++) {
            for (EventEvaluation.RecordResult d : r.folds().get(f).details()) {
                assertThat(d.fold()).isEqualTo(f).isEqualTo(EventEvaluation.fold(d.id(), 3));
                assertThat(seen.add(d.id())).isTrue();
            }
        }
        assertThat(r.heldOutReport().records()).isEqualTo(r.folds().get(0).records());
        int pooledGold = r.tuning().micro().gold() + r.heldOutReport().micro().gold();
        assertThat(pooledGold).isEqualTo(r.all().micro().gold());
        assertThat(r.format()).contains("fold 0 (held out)").contains("mean of folds").contains("held-out folds, pooled");
    }

    @Test
    void headlinePlaceholdersAreFilledWithRealNamesAndTypesScored() throws IOException {
        assertThat(HeadlineEvaluation.fill("{country_1} condemns {country_2} over attack in {city}", 0))
                .doesNotContain("{").contains("France").contains("condemns");
        assertThat(HeadlineEvaluation.fill("{country_1} and {country_2}", 3))
                .isNotEqualTo(HeadlineEvaluation.fill("{country_1} and {country_2}", 4));
        Path csv = dir.resolve("headlines.csv");
        Files.writeString(csv, """
                event,mode,title
                ACCUSE,DISAPPROVE,{country_1} condemns {country_2} for treatment of migrants
                ASSAULT,AERIAL,"Warplanes of {country_1} bomb {city}, killing 12"
                """);
        EventEvaluation.Report r = HeadlineEvaluation.run(csv, Annotators.standard(), PatternEventCoder.standard());
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.micro().gold()).isEqualTo(2);
        assertThat(r.details().get(1).text()).contains("Lagos").contains(", killing 12").doesNotContain("{");
        assertThat(r.triples().gold()).isZero();
    }

    @Test
    void aHeadlineFileInAnotherShapeIsRefusedNamingIt() throws IOException {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "id,text\n1,Spain condemned Morocco\n");
        assertThatThrownBy(() -> HeadlineEvaluation.run(csv, Annotators.standard(), PatternEventCoder.standard()))
                .isInstanceOf(IOException.class).hasMessageContaining("other.csv");
    }
}
