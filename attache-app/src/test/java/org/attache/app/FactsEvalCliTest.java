package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.attache.testkit.RequiresSharedData;
import org.attache.testkit.SharedData;
import org.attache.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache eval facts} end to end on three stories of the dev set: the pipeline runs, every story is
 * scored with per-split totals, and a corpus that differs from the annotated one or lacks a story is refused
 * with one line naming it. The figures themselves are not asserted: this is the harness, not a benchmark.
 */
@RequiresSharedData({"bench/corpus/reuters21578.jsonl", "bench/corpus/bbc.jsonl"})
class FactsEvalCliTest {
    private static final Path DEV_SET = Path.of("../eval/facts/facts-dev.jsonl");
    private static final List<String> STORIES = List.of("reuters21578-3464", "reuters21578-17979", "bbc-politics-139");

    @TempDir
    Path dir;

    private Path goldOf(List<String> ids) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String line : Files.readAllLines(DEV_SET, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && ids.contains(Json.mapper().readTree(line).get("id").asText())) {
                lines.append(line).append('\n');
            }
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, lines);
        return gold;
    }

    @Test
    void scoresEachStoryAndEachSplit() throws Exception {
        Path gold = goldOf(STORIES);
        Path out = dir.resolve("facts.json");
        Cli eval = Cli.run("eval", "facts", "--gold", gold.toString(), "--corpus",
                SharedData.resolve("bench/corpus").toString(), "--json", out.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("3 stories").containsPattern("(?m)^tune ").containsPattern("(?m)^heldout ")
                .containsPattern("(?m)^all ");
        JsonNode json = Json.mapper().readTree(out.toFile());
        assertThat(json.get("stories")).hasSize(3);
        Set<String> verdicts = Set.of("ok", "wrong", "no gold event in sentence", "extra", "evidence not in story");
        int goldUnits = 0;
        for (JsonNode story : json.get("stories")) {
            assertThat(story.get("stored").asBoolean()).as(story.get("id").asText()).isTrue();
            story.get("predicted").forEach(p -> assertThat(verdicts).contains(p.get("verdict").asText()));
            goldUnits += story.get("counts").get("gold").asInt();
            assertThat(story.get("entities").size()).isPositive();
        }
        JsonNode all = json.get("totals").get("all");
        assertThat(all.get("counts").get("gold").asInt()).isEqualTo(goldUnits);
        assertThat(all.get("counts").get("stories").asInt()).isEqualTo(3);
        assertThat(all.get("precision").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void runsOneSplitOnItsOwn() throws Exception {
        Cli eval = Cli.run("eval", "facts", "--gold", goldOf(STORIES).toString(), "--corpus",
                SharedData.resolve("bench/corpus/reuters21578.jsonl").toString(), "--split", "tune");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("1 stories (tune)").doesNotContainPattern("(?m)^heldout ");
    }

    @Test
    void refusesACorpusThatIsNotTheAnnotatedOne() throws Exception {
        Path gold = goldOf(List.of("reuters21578-3464"));
        String line = Files.readString(gold);
        JsonNode story = Json.mapper().readTree(line);
        String hash = story.get("events").get(0).get("sentence_hash").asText();
        Files.writeString(gold, line.replace(hash, "0123456789ab"));
        Cli eval = Cli.run("eval", "facts", "--gold", gold.toString(), "--corpus",
                SharedData.resolve("bench/corpus").toString());
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("reuters21578-3464").contains("not the one annotated").doesNotContain("Exception");
    }

    @Test
    void namesAStoryTheCorpusLacks() throws Exception {
        Cli eval = Cli.run("eval", "facts", "--gold", goldOf(List.of("reuters21578-3464")).toString(), "--corpus",
                SharedData.resolve("bench/corpus/bbc.jsonl").toString());
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("story reuters21578-3464 is not in the corpus");
    }
}
