package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.Event;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.RegisteredEntity;
import org.attache.app.cli.CliException;
import org.attache.app.export.ExportFormat;
import org.attache.app.export.SampleEvents;
import org.attache.json.Json;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * {@code events}, {@code relations} and {@code export} on a store filled with hand-built events of two
 * articles (a Vietnamese agency report and a Singapore paper's): filters, timeline order, undated events,
 * usage errors, and exports that read back to what {@code events --json} prints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsCliTest {
    @TempDir
    static Path data;

    @TempDir
    static Path exports;

    // timeline: 2024 (year precision), 2025-01-07..11, 2025-04 (month), --04-29 (year unknown), undated
    private static final List<String> TIMELINE = List.of("ev00000000000005", "ev00000000000002", "ev00000000000004",
            "ev00000000000001", "ev00000000000003");

    @BeforeAll
    void storeEvents() {
        List<Event> events = SampleEvents.all();
        // join an existing story when there is one: the phone talks and the agreement become one story
        StoryMatcher matcher = (event, day, candidates) -> candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.getFirst().storyId());
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            store.store(article(SampleEvents.ARTICLE_VNA, "VNA", "2025-05-02",
                    "Vietnam, Singapore hold talks", events.get(0).evidence().text(), events.get(1).evidence().text()),
                    registry -> {
                        for (String[] e : new String[][] {{"e0000000000000a1", "Lê Hoài Trung", "VNM"},
                                {"e0000000000000b2", "Vivian Balakrishnan", "SGP"}, {"e0000000000000c3", "Tô Lâm", "VNM"},
                                {"e0000000000000d4", "Lawrence Wong", "SGP"}, {"e0000000000000e5", "Gan Kim Yong", "SGP"},
                                {"e0000000000000f6", "Ministry of Industry and Trade", "VNM"}}) {
                            registry.create(new RegisteredEntity(e[0], MentionType.PERSON, e[1], e[2]));
                        }
                        return events.subList(0, 2);
                    }, matcher);
            store.store(article(SampleEvents.ARTICLE_ST, "The Straits Times", "2025-03-14",
                    "Wong and To Lam speak by phone", events.get(2).evidence().text(), events.get(3).evidence().text(),
                    events.get(4).evidence().text()), registry -> events.subList(2, 5), matcher);
        }
    }

    private static Article article(String id, String outlet, String day, String title, String... body) {
        return new Article(id, "test#" + id, "https://news.example/" + id, outlet, title, false, List.of(body), List.of(),
                null, null, new PublishedDate(day, DateProvenance.JSON_LD), "en", List.of(), null, null);
    }

    @Test
    void eventsAreListedInTimelineOrderWithUndatedLast() {
        assertThat(ids(events())).containsExactlyElementsOf(TIMELINE);
        JsonNode phone = events("--article", SampleEvents.ARTICLE_ST).get(2);
        assertThat(phone.get("id").asText()).isEqualTo("ev00000000000003");
        assertThat(phone.get("date").isNull()).isTrue();
        assertThat(phone.get("status").asText()).isEqualTo("occurred");
        assertThat(phone.get("target").get(1).get("name").asText()).isEqualTo("ASEAN");
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(ids(events("--country", "VNM", "--country", "Singapore")))
                .containsExactly("ev00000000000002", "ev00000000000004", "ev00000000000001", "ev00000000000003");
        assertThat(ids(events("--type", "consult", "--status", "OCCURRED")))
                .containsExactly("ev00000000000002", "ev00000000000001", "ev00000000000003");
        assertThat(ids(events("--status", "planned"))).containsExactly("ev00000000000004");
        assertThat(ids(events("--from", "2025-01-01", "--to", "2025-12-31")))
                .as("a year-unknown or undated event is not in a date range")
                .containsExactly("ev00000000000002", "ev00000000000004");
        assertThat(ids(events("--entity", "e0000000000000c"))).as("Tô Lâm by id prefix")
                .containsExactly("ev00000000000004", "ev00000000000003");
        assertThat(ids(events("--article", "f00dface")))
                .containsExactly("ev00000000000005", "ev00000000000004", "ev00000000000003");
        assertThat(ids(events("--limit", "2"))).containsExactlyElementsOf(TIMELINE.subList(0, 2));
        assertThat(ids(events("--mode", "phone"))).containsExactly("ev00000000000003");
        assertThat(ids(events("--text", "WORKING VISIT"))).as("any case").containsExactly("ev00000000000002");
        assertThat(ids(events("--text", "\\ none"))).as("a backslash taken literally").containsExactly("ev00000000000005");
        assertThat(ids(events("--text", "agreed", "--mode", "phone"))).isEmpty();
    }

    @Test
    void textTableShowsDatesAsKnown() {
        Cli cli = Cli.run("events", "--data", data.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("5 events");
        assertThat(lines.get(2)).startsWith("2025-01-07..2025-01-11").contains("CONSULT", "042", "visit", "occurred",
                "Lê Hoài Trung (VNM PTY) → Vivian Balakrishnan (SGP GOV), Gan Kim Yong (SGP GOV)");
        assertThat(lines.get(4)).startsWith("--04-29").contains("video");
        assertThat(lines.get(5)).startsWith("date unknown").contains("Tô Lâm", "Lawrence Wong", "ASEAN");
    }

    @Test
    void badFiltersAreUsageErrorsNamingTheInput() {
        assertError(CommandLine.ExitCode.USAGE, "unknown --type MEET", "events", "--type", "MEET");
        assertError(CommandLine.ExitCode.USAGE, "unknown --status maybe", "events", "--status", "maybe");
        assertError(CommandLine.ExitCode.USAGE, "bad --from 2025-13-01 (expected YYYY-MM-DD)", "events", "--from",
                "2025-13-01");
        assertError(CommandLine.ExitCode.USAGE, "unknown --country XYZ", "events", "--country", "XYZ");
        assertError(CommandLine.ExitCode.USAGE, "--from 2025-05-01 is after --to 2025-01-01", "events", "--from",
                "2025-05-01", "--to", "2025-01-01");
        assertError(CliException.NOT_FOUND, "no article 999999", "events", "--article", "999999");
        assertError(CliException.NOT_FOUND, "no entity Nobody Atall", "events", "--entity", "Nobody Atall");
        assertError(CommandLine.ExitCode.USAGE, "unknown country Atlantis", "relations", "VNM", "Atlantis");
        assertError(CommandLine.ExitCode.USAGE, "--text is longer than 200 characters", "events", "--text", "x".repeat(201));
    }

    @Test
    void relationsGiveTheTimelineWithMonthCounts() {
        Cli cli = Cli.run("relations", "VNM", "SGP", "--data", data.toString(), "--json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode r = cli.json();
        assertThat(r.get("country_a").asText()).isEqualTo("VNM");
        assertThat(r.get("country_b").asText()).isEqualTo("SGP");
        assertThat(ids(r.get("events")))
                .containsExactly("ev00000000000002", "ev00000000000004", "ev00000000000001", "ev00000000000003");
        assertThat(r.get("undated").asInt()).isEqualTo(1);
        List<String> months = new ArrayList<>();
        r.get("months").forEach(m -> months.add(m.get("month").asText() + " " + m.get("type").asText() + " "
                + m.get("count").asInt()));
        assertThat(months).containsExactly("2025-01 CONSULT 1", "2025-04 AGREE 1", "--04 CONSULT 1");

        Cli byName = Cli.run("relations", "Singapore", "Việt Nam", "--data", data.toString(), "--json");
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.json().get("country_a").asText()).isEqualTo("SGP");
        assertThat(ids(byName.json().get("events"))).hasSize(4);

        Cli text = Cli.run("relations", "VNM", "SGP", "--data", data.toString());
        assertThat(text.out()).startsWith("Vietnam (VNM) – Singapore (SGP): 4 events, 1 with date unknown")
                .contains("  date unknown ").contains("2025-04  AGREE");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportsReadBackToTheStoredEvents(ExportFormat format) throws IOException {
        Path out = exports.resolve("all." + format.label());
        Cli cli = Cli.run("export", "--format", format.label(), out.toString(), "--data", data.toString(), "--json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.json().get("events").asLong()).isEqualTo(5);
        List<Event> stored = Json.mapper().readValue(Cli.run("events", "--data", data.toString(), "--json").out(),
                new TypeReference<List<Event>>() { });
        assertThat(stored).extracting(Event::storyId).doesNotContainNull();
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(format.read(in)).containsExactlyElementsOf(stored);
        }
    }

    @Test
    void exportTakesTheEventFiltersAndGdeltFactsFromTheStore() throws IOException {
        Path out = exports.resolve("vnm-consult.tsv");
        Cli cli = Cli.run("export", "--format", "cameo-tsv", out.toString(), "--country", "VNM", "--type", "CONSULT",
                "--data", data.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().strip()).isEqualTo("exported 3 events as cameo-tsv to " + out);
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.getFirst().split("\t"));
        List<String> visit = List.of(lines.get(1).split("\t", -1));
        assertThat(visit.get(header.indexOf("attache_event_id"))).isEqualTo("ev00000000000002");
        assertThat(visit.get(header.indexOf("SOURCEURL"))).isEqualTo("https://news.example/" + SampleEvents.ARTICLE_VNA);
        assertThat(visit.get(header.indexOf("IsRootEvent"))).as("second paragraph").isEqualTo("0");
        assertThat(visit.get(header.indexOf("NumArticles"))).isEqualTo("1");
    }

    @Test
    void exportNeverOverwritesWithoutForceNorLeavesPartFiles() throws IOException {
        Path dir = Files.createDirectories(exports.resolve("overwrite"));
        Path out = dir.resolve("events.jsonl");
        Files.writeString(out, "keep me\n");
        Cli refused = Cli.run("export", "--format", "jsonl", out.toString(), "--data", data.toString());
        assertThat(refused.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(refused.err().strip()).isEqualTo("attache: " + out + " exists (use --force to replace it)");
        assertThat(Files.readString(out)).isEqualTo("keep me\n");

        Cli forced = Cli.run("export", "--format", "jsonl", out.toString(), "--force", "--data", data.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(5);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("events.jsonl");
        }
        assertError(CommandLine.ExitCode.USAGE, "unknown --format gdelt (plover, cameo-tsv, jsonl, csv)", "export",
                "--format", "gdelt", dir.resolve("x").toString());
    }

    private void assertError(int code, String message, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(code);
        assertThat(cli.err().strip()).startsWith("attache: " + message);
    }

    private JsonNode events(String... filters) {
        List<String> args = new ArrayList<>(List.of("events", "--data", data.toString(), "--json"));
        args.addAll(List.of(filters));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return cli.json();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }
}
