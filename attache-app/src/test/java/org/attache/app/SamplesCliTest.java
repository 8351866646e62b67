package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.app.cli.CliException;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.attache.web.pages.ArticlePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on the bundled samples, which every checkout has. */
class SamplesCliTest {
    @TempDir
    Path data;

    @Test
    void ingestAccountsForEveryItemAndReportsTheBadLines() {
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString(), "--json");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        JsonNode summary = ingest.json();
        long written = summary.get("stored").asLong() + summary.get("exact_duplicates").asLong()
                + summary.get("near_duplicates").asLong();
        assertThat(summary.get("items").asLong())
                .isEqualTo(written + summary.get("already_present").asLong() + summary.get("skipped").asLong());
        // The JSONL feed has an empty record and a truncated last line; README.md is not a page type.
        assertThat(summary.get("skipped").asLong()).isEqualTo(3);
        assertThat(summary.get("skip_examples").toString()).contains("asean-newswire-feed.jsonl:5",
                "asean-newswire-feed.jsonl:6", "README.md");
        // The Harbour Times record is a copy of the agency's wire story.
        assertThat(summary.get("exact_duplicates").asLong() + summary.get("near_duplicates").asLong()).isEqualTo(1);
        assertThat(summary.get("stored").asLong()).isEqualTo(6);
        // every article written, copies included, gets its Related News list at the end of the ingest
        assertThat(summary.get("related_lists").asLong()).isEqualTo(written);

        Cli again = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString(), "--json");
        assertThat(again.json().get("already_present").asLong()).isEqualTo(written);
        assertThat(again.json().get("related_lists").asLong()).as("nothing new, nothing to compute").isZero();
    }

    @Test
    void searchIgnoresDiacriticsAndHonoursFilters() {
        Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        assertThat(total("Ha Noi")).isEqualTo(total("Hà Nội")).isPositive();
        assertThat(total("Viet Nam Singapore")).isEqualTo(total("Việt Nam Singapore")).isPositive();
        assertThat(total("\"joint technical team\"")).isEqualTo(2);
        assertThat(total("\"joint technical team\" outlet:\"Harbour Times\"")).isEqualTo(1);
        assertThat(total("landmine from:2025-01-01")).as("an undated article has no place in a date range").isZero();
        assertThat(total("landmine")).isEqualTo(1);
    }

    @Test
    void theAgencyReportAndItsCopyShowTheStoryTheyReport() {
        Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        Cli search = Cli.run("search", "\"joint technical team\"", "--data", data.toString(), "--json");
        List<String> stories = new ArrayList<>();
        for (JsonNode hit : search.json().get("hits")) {
            Cli show = Cli.run("show", hit.get("id").asText(), "--data", data.toString(), "--json");
            assertThat(show.exitCode()).as(show.err()).isZero();
            stories.add(show.json().get("story_id").asText(null));
            Cli text = Cli.run("show", hit.get("id").asText(), "--data", data.toString());
            assertThat(text.out()).contains("story: " + stories.getLast());
        }
        assertThat(stories).hasSize(2).doesNotContainNull().containsOnly(stories.getFirst());
    }

    @Test
    void storiesListsTheLargestFirstAndShowsOneWithItsReportsAndEvents() {
        Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        Cli list = Cli.run("stories", "--data", data.toString(), "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode items = list.json().get("items");
        // the agency's report and the Harbour Times copy: one story, counted as one source, among the largest (a
        // story of the same size, the agreement's other event, may come before it: ties go by story id)
        JsonNode first = null;
        for (JsonNode item : items) {
            if (item.get("dyad").toString().contains("PHL")) {
                first = item;
                break;
            }
        }
        assertThat(first).as(items.toString()).isNotNull();
        assertThat(first.get("articles").asInt()).isEqualTo(2).isEqualTo(items.get(0).get("articles").asInt());
        assertThat(first.get("sources").asInt()).isEqualTo(1);
        assertThat(first.get("dyad").toString()).contains("IDN", "PHL");
        String id = first.get("id").asText();
        assertThat(Cli.run("stories", "--data", data.toString()).out()).contains(id, first.get("headline").asText());

        Cli one = Cli.run("stories", id, "--data", data.toString(), "--json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        List<String> outlets = new ArrayList<>();
        one.json().get("articles").forEach(a -> outlets.add(a.get("outlet").asText()));
        assertThat(outlets).containsExactlyInAnyOrder("ASEAN Newswire", "Harbour Times");
        assertThat(one.json().get("events")).allSatisfy(e -> assertThat(e.get("story_id").asText()).isEqualTo(id));
        Cli text = Cli.run("stories", id, "--data", data.toString());
        assertThat(text.out()).contains("Indonesia (IDN)", "Reports, first published first", "Harbour Times");

        Cli unknown = Cli.run("stories", "s-nothing", "--data", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(unknown.err().strip()).isEqualTo("attache: no story with id s-nothing");
        assertThat(Cli.run("stories", "--limit", "0", "--data", data.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void strictModeFailsOnTheFirstSkipWithExitCode3() {
        Cli ingest = Cli.run("ingest", Cli.samples().resolve("jsonl").toString(), "--data", data.toString(), "--strict");
        assertThat(ingest.exitCode()).isEqualTo(CliException.INPUT_FAILED);
        assertThat(ingest.err()).contains("asean-newswire-feed.jsonl:5").doesNotContain("Exception");
    }

    @Test
    void usageErrorsAreOneLineWithTheirExitCode() {
        Cli missing = Cli.run("ingest", data.resolve("nope").toString(), "--data", data.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("attache: input not found: " + data.resolve("nope"));

        Cli noData = Cli.run("show", "abc", "--data", data.resolve("empty").toString());
        assertThat(noData.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(noData.err().lines().count()).isEqualTo(1);

        Cli.run("ingest", Cli.samples().resolve("text").toString(), "--data", data.toString());
        Cli unknown = Cli.run("show", "ffffffffffffffff", "--data", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(unknown.err()).startsWith("attache: no article with id ffffffffffffffff");
    }

    @Test
    void extractPrintsOneJsonObjectPerPageAndStoresNothing() throws Exception {
        Cli extract = Cli.run("extract", Cli.samples().resolve("text").toString(), "--json", "--data", data.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(extract.out().lines().toList()).hasSize(2).allSatisfy(line -> {
            JsonNode article = org.attache.json.Json.mapper().readTree(line);
            assertThat(article.get("path").asText()).endsWith("text");
            assertThat(article.get("body").size()).isPositive();
        });
        assertThat(Files.exists(data.resolve("attache.db"))).isFalse();
    }

    @Test
    void demoIngestsStatsAndSearches() {
        Cli demo = Cli.run("demo", "--samples", Cli.samples().toString(), "--data", data.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("== attache stats", "== attache search", "Singapore",
                "== attache relations VNM SGP");
        String relations = demo.out().substring(demo.out().indexOf("== attache relations"));
        assertThat(relations).as("the samples' Vietnam–Singapore agreement is coded").contains("AGREE");
    }

    @Test
    void benchSearchTimesEveryQueryOfEveryRoundUncached() throws Exception {
        Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        Path queries = data.resolve("queries.txt");
        Files.writeString(queries, "Singapore\n\nHà Nội\nlandmine\n");
        Cli bench = Cli.run("bench", "search", "--data", data.toString(), "--queries", queries.toString(),
                "--rounds", "2", "--warmup", "1", "--json");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode result = bench.json();
        assertThat(result.get("queries").asInt()).isEqualTo(3);
        assertThat(result.get("round_mean_us").size()).isEqualTo(2);
        // three rounds of the three queries, each counted: nothing came from the cache unseen
        long perRound = total("Singapore") + total("Hà Nội") + total("landmine");
        assertThat(result.get("total_hits").asLong()).isEqualTo(3 * perRound).isPositive();
        assertThat(result.get("p50_us").asLong()).isPositive().isLessThanOrEqualTo(result.get("max_us").asLong());
        Cli text = Cli.run("bench", "search", "--data", data.toString(), "--queries", queries.toString(),
                "--rounds", "1", "--warmup", "0");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("3 queries x 1 rounds", "mean per round (us): [", "p99");

        Cli missing = Cli.run("bench", "search", "--data", data.toString(), "--queries", data.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("attache: queries file not found: " + data.resolve("nope"));
        Cli noCorpus = Cli.run("bench");
        assertThat(noCorpus.exitCode()).isEqualTo(2);
        assertThat(noCorpus.err()).contains("--corpus FILE is required");
    }

    @Test
    void benchPagesRendersEveryArticlePageOfEveryRound() {
        Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        long pages = 0;
        long bytes = 0;
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            ArticlePages articlePages = new ArticlePages(store);
            for (var ref : store.latest(null, 100).items()) {
                bytes += articlePages.render(ref.id(), null, null).orElseThrow().length;
                pages++;
            }
        }
        Cli bench = Cli.run("bench", "pages", "--data", data.toString(), "--rounds", "2", "--warmup", "1", "--json");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode result = bench.json();
        assertThat(result.get("articles").asLong()).isEqualTo(pages).isEqualTo(7);
        assertThat(result.get("round_mean_us").size()).isEqualTo(2);
        // the same pages the server sends: their mean size is that of rendering each one here
        assertThat(result.get("mean_page_bytes").asLong()).isEqualTo(bytes / pages);
        assertThat(result.get("p50_us").asLong()).isPositive().isLessThanOrEqualTo(result.get("max_us").asLong());

        Cli two = Cli.run("bench", "pages", "--data", data.toString(), "--articles", "2", "--rounds", "1", "--warmup", "0");
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).contains("2 pages x 1 rounds", "per page (median of rounds): mean");
        Cli none = Cli.run("bench", "pages", "--data", data.toString(), "--articles", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--articles in 1..");
    }

    private long total(String query) {
        Cli search = Cli.run("search", query, "--data", data.toString(), "--json");
        assertThat(search.exitCode()).as(search.err()).isZero();
        return search.json().get("total_hits").asLong();
    }
}
