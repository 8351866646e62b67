package org.attache.app;

import org.attache.testkit.SharedData;
import org.attache.testkit.RequiresSharedData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events issue's acceptance checks on the seed pages through the real CLI: the gold's must events
 * found with no must-not violation, and the Vietnam–Singapore timeline in date order with the undated
 * events last and marked.
 */
@RequiresSharedData({"fixtures/seeds/pages", "fixtures/seeds/gold.json"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEventsCliTest {
    @TempDir
    static Path data;

    Path shared;

    @BeforeAll
    void ingestSeeds() {
        shared = SharedData.root();
        Cli ingest = Cli.run("ingest", shared.resolve("fixtures/seeds/pages").toString(), "--data", data.toString(),
                "--json");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void evalSeedsFindsEveryMustEventWithoutViolations() {
        Cli eval = Cli.run("eval", "seeds", "--gold", shared.resolve("fixtures/seeds/gold.json").toString(), "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode report = eval.json();
        List<String> missed = new ArrayList<>();
        report.get("events").forEach(row -> {
            if (row.get("level").asText().equals("must") && row.get("event_id").isNull()) {
                missed.add(row.get("gold").asText() + " closest " + row.get("got").asText() + " " + row.get("mismatch"));
            }
        });
        assertThat(missed).isEmpty();
        assertThat(report.get("must_events").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(report.get("must_not_violations")).isEmpty();
    }

    @Test
    void relationsListsTheSeedEventsInDateOrderWithUndatedOnesLast() {
        Cli relations = Cli.run("relations", "VNM", "SGP", "--data", data.toString(), "--json");
        assertThat(relations.exitCode()).as(relations.err()).isZero();
        JsonNode json = relations.json();
        JsonNode events = json.get("events");
        assertThat(events.size()).isGreaterThanOrEqualTo(10);
        boolean undatedSeen = false;
        String previous = null;
        int undated = 0;
        boolean videoTalks = false;
        boolean phoneUndated = false;
        for (JsonNode e : events) {
            JsonNode date = e.get("date");
            if (date.isNull()) {
                undatedSeen = true;
                undated++;
                phoneUndated |= e.get("cameo").asText().equals("041");
                continue;
            }
            assertThat(undatedSeen).as("a dated event after an undated one: " + e).isFalse();
            String start = date.get("start").asText();
            if (previous != null && previous.startsWith("--") == start.startsWith("--")) {
                assertThat(start.compareTo(previous)).as(start + " after " + previous).isGreaterThanOrEqualTo(0);
            }
            previous = start;
            videoTalks |= start.equals("--04-29") && "video".equals(e.get("mode").asText(null));
        }
        assertThat(json.get("undated").asInt()).isEqualTo(undated);
        assertThat(videoTalks).as("the video talks dated --04-29").isTrue();
        assertThat(phoneUndated).as("the phone talks, undated").isTrue();
    }
}
