package org.attache.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format reads back to the events that were written, whatever their text holds. */
class ExportRoundTripTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void sampleEventsReadBackEqual(ExportFormat format) throws IOException {
        List<Event> events = SampleEvents.all();
        assertThat(roundTrip(format, events)).containsExactlyElementsOf(events);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void noEventsIsAValidEmptyExport(ExportFormat format) throws IOException {
        assertThat(roundTrip(format, List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void randomTextsInEveryFieldReadBackEqual(ExportFormat format) throws IOException {
        Random random = new Random(20250107L + format.ordinal());
        for (int i = 0; i < 200; i++) {
            List<Event> events = List.of(randomEvent(random, i), randomEvent(random, i + 1000));
            assertThat(roundTrip(format, events)).as("try %d", i).containsExactlyElementsOf(events);
        }
    }

    @Test
    void jsonIsTheDesignRecord() throws IOException {
        JsonNode n = Json.mapper().readTree(Json.line(SampleEvents.all().getFirst()));
        assertThat(n.get("type").asText()).isEqualTo("CONSULT");
        assertThat(n.get("status").asText()).isEqualTo("occurred");
        assertThat(n.get("date").get("start").asText()).isEqualTo("--04-29");
        assertThat(n.get("date").get("precision").asText()).isEqualTo("day");
        assertThat(n.get("source").get(0).get("name").asText()).isEqualTo("Lê Hoài Trung");
        assertThat(n.get("source").get(0).get("entity_id").asText()).isEqualTo("e0000000000000a1");
        assertThat(n.get("evidence").has("article_id")).isFalse();
        assertThat(n.get("evidence").get("start").asInt()).isZero();
        assertThat(n.get("article_id").asText()).isEqualTo(SampleEvents.ARTICLE_VNA);
        assertThat(n.has("location")).isTrue();
        assertThat(n.get("location").isNull()).isTrue();
        JsonNode undated = Json.mapper().readTree(Json.line(SampleEvents.all().get(2)));
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("target").get(1).get("entity_id").isNull()).isTrue();
    }

    @Test
    void ploverRecordsCarryThePloverFields() throws IOException {
        JsonNode records = Json.mapper().readTree(write(ExportFormat.PLOVER, SampleEvents.all()));
        JsonNode visit = records.get(1);
        assertThat(visit.get("event").asText()).isEqualTo("CONSULT");
        assertThat(visit.get("date").asText()).isEqualTo("2025-01-07");
        assertThat(visit.get("source").get(0).get("actorText").asText()).isEqualTo("Lê Hoài Trung");
        assertThat(visit.get("source").get(0).get("code").asText()).isEqualTo("VNM");
        assertThat(visit.get("source").get(0).get("sector").asText()).isEqualTo("PTY");
        assertThat(visit.get("target")).hasSize(2);
        assertThat(visit.get("eventText").asText()).isEqualTo("paid a working visit");
        assertThat(visit.get("mode").asText()).isEqualTo("visit");
        assertThat(visit.get("eventLoc").get("name").asText()).isEqualTo("Singapore");
        assertThat(visit.get("language").asText()).isEqualTo("en");
        assertThat(visit.get("attache").get("cameo").asText()).isEqualTo("042");
        JsonNode attack = records.get(4);
        assertThat(attack.get("target")).isEmpty();
        assertThat(attack.get("source").get(0).has("sector")).isFalse();
        assertThat(attack.has("eventText")).isFalse();
    }

    @Test
    void cameoTsvHasOneRowPerActorPairAndGdeltColumns() throws IOException {
        String tsv = write(ExportFormat.CAMEO_TSV, SampleEvents.all());
        List<String> lines = tsv.lines().toList();
        // 1x1 + 1x2 + 1x2 + 2x2 + 1x0 pairs, plus the header
        assertThat(lines).hasSize(1 + 1 + 2 + 2 + 4 + 1);
        List<String> header = List.of(lines.getFirst().split("\t"));
        assertThat(header).startsWith("GLOBALEVENTID", "SQLDATE").doesNotContain("GoldsteinScale");
        List<String> visit = List.of(lines.get(2).split("\t", -1));
        assertThat(visit).hasSameSizeAs(header);
        assertThat(visit.get(header.indexOf("SQLDATE"))).isEqualTo("20250107");
        assertThat(visit.get(header.indexOf("Actor1Code"))).isEqualTo("VNMPTY");
        assertThat(visit.get(header.indexOf("Actor2CountryCode"))).isEqualTo("SGP");
        assertThat(visit.get(header.indexOf("EventBaseCode"))).isEqualTo("042");
        assertThat(visit.get(header.indexOf("EventRootCode"))).isEqualTo("04");
        assertThat(visit.get(header.indexOf("QuadClass"))).isEqualTo("1");
        assertThat(visit.get(header.indexOf("ActionGeo_FullName"))).isEqualTo("Singapore");
        // the evidence's tab and line feed are escaped, so the row stays one line of the right width
        assertThat(visit.get(header.indexOf("attache_evidence"))).contains("\\t", "\\n").doesNotContain("\t");
        List<String> videoCall = List.of(lines.get(1).split("\t", -1));
        assertThat(videoCall.get(header.indexOf("SQLDATE"))).as("year unknown: no SQLDATE").isEmpty();
        assertThat(videoCall.get(header.indexOf("Year"))).isEmpty();
        List<String> phone = List.of(lines.get(5).split("\t", -1));
        assertThat(phone.get(header.indexOf("Actor2KnownGroupCode"))).isEqualTo("ASEAN");
        assertThat(phone.get(header.indexOf("Actor2CountryCode"))).isEmpty();
        List<String> attack = List.of(lines.get(10).split("\t", -1));
        assertThat(attack.get(header.indexOf("QuadClass"))).isEqualTo("4");
        assertThat(attack.get(header.indexOf("Year"))).isEqualTo("2024");
        assertThat(attack.get(header.indexOf("Actor2Name"))).isEmpty();
    }

    @Test
    void cameoTsvUsesArticleAndStoryFactsWhenKnown() throws IOException {
        ExportContext context = new ExportContext(
                id -> id.equals(SampleEvents.ARTICLE_VNA) ? new ExportContext.ArticleRef("https://vna.example/a", 400) : null,
                id -> new ExportContext.StoryCounts(7, 3, 5));
        StringWriter out = new StringWriter();
        EventWriter writer = ExportFormat.CAMEO_TSV.writer(out, context);
        for (Event e : SampleEvents.all().subList(0, 2)) {
            writer.write(e);
        }
        writer.finish();
        List<String> lines = out.toString().lines().toList();
        List<String> header = List.of(lines.getFirst().split("\t"));
        List<String> lead = List.of(lines.get(1).split("\t", -1));
        List<String> later = List.of(lines.get(2).split("\t", -1));
        assertThat(lead.get(header.indexOf("IsRootEvent"))).isEqualTo("1");
        assertThat(later.get(header.indexOf("IsRootEvent"))).isEqualTo("0");
        assertThat(lead.get(header.indexOf("SOURCEURL"))).isEqualTo("https://vna.example/a");
        assertThat(lead.get(header.indexOf("NumSources"))).isEqualTo("3");
        assertThat(later.get(header.indexOf("NumArticles"))).as("no story: its own article").isEqualTo("1");
    }

    @Test
    void csvIsRfc4180WithFlattenedActors() throws IOException {
        String csv = write(ExportFormat.CSV, SampleEvents.all());
        assertThat(csv).startsWith(String.join(",", CsvFormat.COLUMNS) + "\r\n");
        List<List<String>> rows = CsvFormat.parse(new StringReader(csv));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(3).get(CsvFormat.COLUMNS.indexOf("target")))
                .as("a country's source follows its actor when known")
                .isEqualTo("Lawrence Wong|SGP|GOV|e0000000000000d4|context; ASEAN|ASEAN|||name");
        assertThat(rows.get(4).get(CsvFormat.COLUMNS.indexOf("source")))
                .contains("Trade, Industry\\; \"Energy\" \\| Ministry \\\\ HCMC|VNM|GOV|");
        assertThat(rows.get(5).get(CsvFormat.COLUMNS.indexOf("target"))).as("no target: null").isNull();
        assertThat(rows.get(1).get(CsvFormat.COLUMNS.indexOf("location"))).isNull();
    }

    @Test
    void csvTellsAnEmptyStringFromANull() throws IOException {
        Event e = SampleEvents.all().get(2);
        Event emptyTrigger = new Event(e.id(), e.articleId(), e.type(), e.cameo(), e.mode(), "", e.status(), "",
                e.source(), e.target(), e.location(), e.date(), e.evidence(), e.confidence(), e.storyId());
        assertThat(roundTrip(ExportFormat.CSV, List.of(emptyTrigger))).containsExactly(emptyTrigger);
    }

    @Test
    void readersNameWhatIsWrong() {
        assertThatThrownBy(() -> ExportFormat.CSV.read(new StringReader("id,type\r\n1,CONSULT\r\n")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> ExportFormat.JSONL.read(new StringReader("{\"id\":\"x\"}\n\n{oops\n")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> ExportFormat.PLOVER.read(new StringReader(
                "[{\"id\":\"PLOVER-GSR01-AGREE-0001\",\"event\":\"AGREE\",\"text\":\"Senior officials agreed.\"}]")))
                .hasMessageContaining("PLOVER-GSR01-AGREE-0001").hasMessageContaining("attache");
        assertThatThrownBy(() -> ExportFormat.fromLabel("gdelt")).hasMessageContaining("gdelt")
                .hasMessageContaining("cameo-tsv");
    }

    private static List<Event> roundTrip(ExportFormat format, List<Event> events) throws IOException {
        return format.read(new StringReader(write(format, events)));
    }

    private static String write(ExportFormat format, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        EventWriter writer = format.writer(out, ExportContext.none());
        for (Event e : events) {
            writer.write(e);
        }
        writer.finish();
        return out.toString();
    }

    // Characters that break naive writers: separators of every format, quotes, escapes, line breaks,
    // diacritics, a non-BMP character.
    private static final String TRICKY = "abc XYZ,;|\\\"'\t\n\r“”–éễậ\u00a0😀{}[]:";

    private static String text(Random r, int max) {
        int n = 1 + r.nextInt(max);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            sb.appendCodePoint(TRICKY.codePointAt(TRICKY.offsetByCodePoints(0, r.nextInt(TRICKY.codePointCount(0,
                    TRICKY.length())))));
        }
        return sb.toString();
    }

    private static String maybe(Random r, int max) {
        return r.nextInt(4) == 0 ? null : text(r, max);
    }

    private static Event randomEvent(Random r, int i) {
        String article = "art" + Integer.toHexString(r.nextInt());
        List<EventActor> sources = actors(r, 1 + r.nextInt(3));
        List<EventActor> targets = actors(r, r.nextInt(3));
        EventDate date = switch (r.nextInt(5)) {
            case 4 -> EventDate.single(new PartialDate(null, 1 + r.nextInt(12), null), DatePrecision.MONTH,
                    text(r, 12)); // "in April", year unknown: --04
            case 0 -> null;
            case 1 -> EventDate.single(new PartialDate(null, 1 + r.nextInt(12), 1 + r.nextInt(28)), DatePrecision.DAY,
                    text(r, 12));
            case 2 -> EventDate.single(new PartialDate(2000 + r.nextInt(30), 1 + r.nextInt(12), null),
                    DatePrecision.MONTH, text(r, 12));
            default -> new EventDate(new PartialDate(2025, 1, 1 + r.nextInt(10)), new PartialDate(2025, 2, 1 + r.nextInt(10)),
                    DatePrecision.DAY, text(r, 12));
        };
        PloverType type = PloverType.values()[r.nextInt(PloverType.values().length)];
        String cameo = String.format("%02d%d", 1 + r.nextInt(20), r.nextInt(10));
        int start = r.nextInt(5000);
        String evidence = text(r, 120);
        return new Event("ev" + i + "-" + Integer.toHexString(r.nextInt()), article, type, cameo, maybe(r, 10),
                maybe(r, 10), EventStatus.values()[r.nextInt(EventStatus.values().length)], maybe(r, 20), sources,
                targets, maybe(r, 15), date, new Evidence(article, start, start + evidence.length(), evidence),
                r.nextInt(1001) / 1000.0, maybe(r, 8));
    }

    private static List<EventActor> actors(Random r, int n) {
        List<EventActor> actors = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String country = r.nextBoolean() ? List.of("VNM", "SGP", "USA", "ASEAN", "EU").get(r.nextInt(5)) : null;
            actors.add(new EventActor(r.nextBoolean() ? "e" + k + Integer.toHexString(r.nextInt()) : null,
                    "n" + k + text(r, 20), country, r.nextBoolean() ? "GOV" : null));
        }
        return actors;
    }
}
