package org.attache.app;

import org.attache.testkit.SharedData;
import org.attache.testkit.RequiresSharedData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation issue's acceptance checks on the two seed pages, through the real CLI. Expected values
 * come from the seeds' gold reading ({@code fixtures/seeds/gold.json}), not from copies in this test.
 */
@RequiresSharedData({"fixtures/seeds/pages", "fixtures/seeds/gold.json"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPagesCliTest {
    @TempDir
    static Path data;

    Path pages;
    JsonNode gold;
    Cli firstIngest;

    @BeforeAll
    void ingestSeeds() throws Exception {
        Path shared = SharedData.root();
        pages = shared.resolve("fixtures/seeds/pages");
        gold = org.attache.json.Json.mapper().readTree(shared.resolve("fixtures/seeds/gold.json").toFile());
        firstIngest = Cli.run("ingest", pages.toString(), "--data", data.toString(), "--json");
    }

    @Test
    void firstIngestStoresBothSeedsAndSecondStoresNothing() {
        assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
        assertThat(firstIngest.json().get("stored").asLong()).isEqualTo(2);
        Cli again = Cli.run("ingest", pages.toString(), "--data", data.toString(), "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.json().get("stored").asLong()).isZero();
        assertThat(again.json().get("already_present").asLong()).isEqualTo(2);
    }

    @Test
    void showGivesTheGoldArticleFieldsOfEachSeed() {
        for (JsonNode doc : gold.get("documents")) {
            JsonNode expected = doc.get("article");
            JsonNode article = showBySource(doc.get("file").asText());
            assertThat(article.get("outlet").asText()).isEqualTo(expected.get("outlet").asText());
            assertThat(article.get("dateline").asText()).isEqualTo(expected.get("dateline").asText());
            assertThat(article.get("published").isNull()).isTrue();
            if (expected.get("title").isNull()) {
                assertThat(article.get("title").isNull() || article.get("title_derived").asBoolean()).isTrue();
            } else {
                assertThat(article.get("title").asText()).isEqualTo(expected.get("title").asText());
                assertThat(article.get("title_derived").asBoolean()).isFalse();
            }
            List<String> body = texts(article.get("body"));
            assertThat(body.getFirst()).startsWith(expected.get("body_first_words").asText());
            assertThat(body.getLast()).endsWith(expected.get("body_last_words").asText());
            String joined = String.join("\n", body);
            for (JsonNode banned : expected.path("body_must_not_contain")) {
                assertThat(joined).doesNotContain(banned.asText());
            }
            for (JsonNode marker : expected.path("credit_markers_removed")) {
                assertThat(joined).doesNotContain(marker.asText());
                assertThat(String.join("\n", texts(article.get("captions")))).doesNotContain(marker.asText());
            }
            if (expected.has("captions")) {
                assertThat(texts(article.get("captions"))).containsExactlyElementsOf(texts(expected.get("captions")));
            }
            if (expected.has("rails")) {
                Map<String, Integer> rails = new HashMap<>();
                article.get("links").forEach(link -> rails.merge(link.get("rail").asText(), 1, Integer::sum));
                Map<String, Integer> expectedRails = new HashMap<>();
                expected.get("rails").fields().forEachRemaining(e -> expectedRails.put(e.getKey(), e.getValue().asInt()));
                assertThat(rails).isEqualTo(expectedRails);
            }
        }
    }

    @Test
    void searchFindsBothSeedsWithAndWithoutDiacritics() {
        for (String query : List.of("Le Hoai Trung", "Lê Hoài Trung", "LE HOAI TRUNG")) {
            Cli search = Cli.run("search", query, "--data", data.toString(), "--json");
            assertThat(search.exitCode()).as(search.err()).isZero();
            assertThat(search.json().get("total_hits").asLong()).as(query).isEqualTo(2);
        }
    }

    /** The stored article of one seed file, found by the id that extraction gives it. */
    private JsonNode showBySource(String file) {
        Cli extract = Cli.run("extract", pages.resolve(file).toString(), "--json");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        String id = extract.json().get("id").asText();
        Cli show = Cli.run("show", id, "--data", data.toString(), "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.json().get("source").asText()).endsWith(file);
        return show.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
