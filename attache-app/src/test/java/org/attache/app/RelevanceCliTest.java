package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The relevance judgement end to end: an ingest of a diplomatic report, a company report and a sports report
 * (written for this test) stores each article's relevance, shows it, filters searches and events by it, and keeps
 * the company report's company acts out of the events; {@code reprocess} recomputes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceCliTest {
    @TempDir
    static Path data;

    @TempDir
    static Path inputs;

    private static final String TALKS = "Japanese Foreign Minister Taro Kono met Kenyan President Uhuru Kenyatta in"
            + " Nairobi on Monday and the two leaders agreed to strengthen security cooperation in the Indian Ocean."
            + " Kono also held talks with Kenyan Foreign Minister Monica Juma on the situation in Somalia, where"
            + " African Union troops are fighting militants. Kenya and Japan signed an agreement on the training of"
            + " coast guard officers, the Kenyan foreign ministry said.";
    private static final String OFFERING = "Harbor Rent-A-Car Inc said it agreed to sell 5 million shares of common"
            + " stock in an initial public offering underwritten by Morgan Brothers at 18 dlrs a share. The company"
            + " said it would use the proceeds of about 90 mln dlrs to repay bank debt and buy new vehicles. Net income"
            + " for the quarter rose 22 pct to 4.1 mln dlrs, or 41 cts a share, on revenues of 61 mln dlrs. Morgan"
            + " Brothers agreed to buy an additional 750,000 shares to cover over-allotments.";
    private static final String MATCH = "The striker scored twice in the second half as the home side came from behind"
            + " to beat the champions 3-2 and move top of the league. The coach praised his players for their"
            + " fitness and said the team would rest three regulars before the cup semi-final on Wednesday.";

    @BeforeAll
    void ingest() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(record("talks", "Japan and Kenya agree to step up security cooperation", TALKS));
        lines.add(record("offering", "Harbor Rent-A-Car sets initial public offering", OFFERING));
        lines.add(record("match", "Home side beat champions to go top", MATCH));
        Path feed = inputs.resolve("feed.jsonl");
        Files.write(feed, lines, StandardCharsets.UTF_8);
        Cli ingest = Cli.run("ingest", feed.toString(), "--data", data.toString(), "--json");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.json().get("stored").asInt()).isEqualTo(3);
    }

    private static String record(String id, String title, String text) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("outlet", "Test Wire");
        r.put("published", "2019-03-04T10:00:00Z");
        r.put("title", title);
        r.put("text", text);
        return Json.line(r);
    }

    private static String idOf(String title) {
        Cli search = Cli.run("search", "\"" + title + "\"", "--data", data.toString(), "--json");
        return search.json().get("hits").get(0).get("id").asText();
    }

    private static JsonNode relevance(String title) {
        Cli show = Cli.run("show", idOf(title), "--data", data.toString(), "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        return show.json().get("relevance");
    }

    private static List<String> articlesOfEvents(String... options) {
        List<String> args = new ArrayList<>(List.of("events", "--data", data.toString(), "--json"));
        args.addAll(List.of(options));
        Cli events = Cli.run(args.toArray(String[]::new));
        assertThat(events.exitCode()).as(events.err()).isZero();
        List<String> ids = new ArrayList<>();
        events.json().forEach(e -> ids.add(e.get("article_id").asText()));
        return ids;
    }

    @Test
    void eachArticleShowsItsRelevance() {
        JsonNode talks = relevance("Japan and Kenya agree");
        assertThat(talks.get("label").asText()).isEqualTo("political");
        assertThat(talks.get("score").asDouble()).isGreaterThan(0.5);
        assertThat(relevance("Harbor Rent-A-Car").get("label").asText()).isEqualTo("business");
        assertThat(relevance("Home side beat champions").get("label").asText()).isEqualTo("sport");
        Cli text = Cli.run("show", idOf("Japan and Kenya agree"), "--data", data.toString());
        assertThat(text.out()).contains("relevance: political (political 0.");
    }

    @Test
    void theCompanyReportYieldsNoEventsAndTheDiplomaticOneDoes() {
        String talks = idOf("Japan and Kenya agree");
        assertThat(articlesOfEvents()).isNotEmpty().containsOnly(talks);
        assertThat(articlesOfEvents("--relevance", "political")).isNotEmpty().containsOnly(talks);
        assertThat(articlesOfEvents("--relevance", "business")).isEmpty();
    }

    @Test
    void searchesFilterByRelevance() {
        Cli political = Cli.run("search", "--relevance", "political", "--data", data.toString(), "--json");
        assertThat(political.exitCode()).as(political.err()).isZero();
        assertThat(political.json().get("total_hits").asInt()).isEqualTo(1);
        Cli inline = Cli.run("search", "relevance:sport", "--data", data.toString(), "--json");
        assertThat(inline.json().get("hits").get(0).get("title").asText()).startsWith("Home side");
        Cli bad = Cli.run("search", "--relevance", "gossip", "--data", data.toString());
        assertThat(bad.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(bad.err()).contains("unknown --relevance gossip").contains("political");
        Cli badEvents = Cli.run("events", "--relevance", "gossip", "--data", data.toString());
        assertThat(badEvents.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void reprocessRecomputesTheRelevance() {
        String before = Cli.run("search", "relevance:political", "--data", data.toString(), "--json").json()
                .get("hits").get(0).get("id").asText();
        Cli reprocess = Cli.run("reprocess", "--data", data.toString(), "--json");
        assertThat(reprocess.exitCode()).as(reprocess.err()).isZero();
        assertThat(Cli.run("search", "relevance:political", "--data", data.toString(), "--json").json()
                .get("hits").get(0).get("id").asText()).isEqualTo(before);
        assertThat(relevance("Harbor Rent-A-Car").get("label").asText()).isEqualTo("business");
        assertThat(articlesOfEvents("--relevance", "political")).isNotEmpty().containsOnly(before);
    }
}
