package org.attache.app.eval;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attache.api.Annotated;
import org.attache.api.ArticleAnnotator;
import org.attache.api.Evidence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventCoder;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.json.Json;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchEvaluationTest {
    /** Three invented records in the validation file's layout, plus one not to evaluate. */
    private static final String XML = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            # a comment line, as the real file has
            <Sentences>
            <Sentence category="TEST" date="20240312" id="T1" evaluate="true"/>
            <EventCoding eventcode="042" sourcecode="FRAGOV" targetcode="DEU" />
            <EventCoding eventcode="036" sourcecode="FRAGOV" targetcode="DEUGOV" />
            <Text>
            The French president travelled to Berlin on Tuesday
            and met the German chancellor.
            </Text>
            <Parse>1	The	the	DET	DT	_	2	det	_	_</Parse>
            <Sentence category="TEST" date="20240313" id="T2" evaluate="true"/>
            <EventCoding noevents="True" />
            <Text>Markets were calm in Paris.</Text>
            <Sentence category="TEST" date="20240314" id="T3" evaluate="true"/>
            <EventCoding eventcode="112" sourcecode="---OPP" targetcode="IGOUNO" />
            <Text>Opposition leaders accused the United Nations of bias.</Text>
            <Sentence category="TEST" date="20240315" id="T4" evaluate="false"/>
            <EventCoding eventcode="190" sourcecode="RUS" targetcode="UKR" />
            <Text>Not scored.</Text>
            </Sentences>
            </Validation>
            """;

    private static final ArticleAnnotator NO_MENTIONS =
            article -> new Annotated(article, List.of(), List.of(), List.of(), "test");

    private static Event event(String articleId, String cameo, PloverType type, EventActor source, EventActor target) {
        return new Event(articleId + cameo, articleId, type, cameo, null, null, EventStatus.OCCURRED, "t",
                List.of(source), target == null ? List.of() : List.of(target), null, null,
                new Evidence(articleId, 0, 1, "x"), 0.5, null);
    }

    /** A stub coder: a visit and a second, wrong, event for T1; an accusation with the wrong target for T3. */
    private static final EventCoder STUB = (resolved, registry) -> {
        var article = resolved.annotated().article();
        List<Event> out = new ArrayList<>();
        String text = article.bodyText();
        if (text.contains("travelled")) {
            assertThat(article.published().value()).isEqualTo("2024-03-12");
            EventActor fra = new EventActor(null, "French president", "FRA", "GOV");
            out.add(event(article.id(), "042", PloverType.CONSULT, fra, new EventActor(null, "Berlin", "DEU", null)));
            out.add(event(article.id(), "042", PloverType.CONSULT, fra, new EventActor(null, "chancellor", "DEU", "GOV")));
            out.add(event(article.id(), "051", PloverType.COOPERATE, fra, new EventActor(null, "Germany", "DEU", null)));
        } else if (text.contains("accused")) {
            out.add(event(article.id(), "112", PloverType.ACCUSE, new EventActor(null, "Opposition", null, "OPP"),
                    new EventActor(null, "Paris", "FRA", null)));
        }
        return out;
    };

    @Test
    void readsEvaluatedRecordsWithTheirGoldEventsAndDates(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("v.xml");
        Files.writeString(xml, XML);
        List<PetrarchEvaluation.Record> records = PetrarchEvaluation.read(xml);
        assertThat(records).extracting(PetrarchEvaluation.Record::id).containsExactly("T1", "T2", "T3");
        assertThat(records.get(0).text()).isEqualTo(
                "The French president travelled to Berlin on Tuesday and met the German chancellor.");
        assertThat(records.get(0).date()).isEqualTo("2024-03-12");
        assertThat(records.get(0).gold()).extracting(PetrarchEvaluation.GoldEvent::root).containsExactly("04", "03");
        assertThat(records.get(1).gold()).isEmpty();
    }

    @Test
    void scoresRootsPairsAndEmptyRecords(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("v.xml");
        Files.writeString(xml, XML);
        PetrarchEvaluation.Report r = PetrarchEvaluation.run(xml, NO_MENTIONS, STUB, new EntityResolver());
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.goldEvents()).isEqualTo(3);
        // T1: gold roots 04 and 03, ours 04 and 05 → 1 of 2; T3: 11 → 1 of 1
        assertThat(r.rootsMatched()).isEqualTo(2);
        assertThat(r.rootAgreement()).isEqualTo(2.0 / 3);
        // distinct predicted roots: T1 {04, 05}, T3 {11} → 2 of 3 right
        assertThat(r.predictedRoots()).isEqualTo(3);
        assertThat(r.rootPrecision()).isEqualTo(2.0 / 3);
        // pairs: T1 FRA|DEU for both gold events; T3 gold ""|IGO, ours ""|FRA → 2 of 3
        assertThat(r.pairsMatched()).isEqualTo(2);
        assertThat(r.rootAndPairMatched()).isEqualTo(1);
        assertThat(r.noEventRecords()).isEqualTo(1);
        assertThat(r.noEventRight()).isEqualTo(1);
        assertThat(r.format()).contains("CAMEO root agreement", "0.6667", "T3");
    }

    @Test
    void reportSerialisesWithJackson(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("v.xml");
        Files.writeString(xml, XML);
        PetrarchEvaluation.Report r = PetrarchEvaluation.run(xml, NO_MENTIONS, STUB, new EntityResolver());
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(r));
        assertThat(json.toString()).contains("T1", "042", "FRA");
        assertThat(json.path("gold_events").asInt(json.path("goldEvents").asInt(-1))).isEqualTo(3);
        assertThat(json.path("details").size()).isEqualTo(3);
    }

    @Test
    void recordDatesInBothPetrarchForms() {
        assertThat(PetrarchEvaluation.date("20080806")).isEqualTo("2008-08-06");
        assertThat(PetrarchEvaluation.date("121108")).isEqualTo("2012-11-08");
        assertThat(PetrarchEvaluation.date("981108")).isEqualTo("1998-11-08");
        assertThat(PetrarchEvaluation.date("20081306")).isNull();
        assertThat(PetrarchEvaluation.date("")).isNull();
    }

    @Test
    void anEmptyTextIsReadFromTheParse() {
        String parse = "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                + "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                + "3\tMaiduguri\tMaiduguri\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
                + "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
        assertThat(PetrarchEvaluation.fromConllu(parse)).isEqualTo("Rebels attacked Maiduguri.");
    }

    @Test
    void countriesCompareAsPetrarchPrintsThem() {
        assertThat(PetrarchEvaluation.country("USAGOV")).isEqualTo("USA");
        assertThat(PetrarchEvaluation.country("IGOUNOMIL")).isEqualTo("IGO");
        assertThat(PetrarchEvaluation.country("---LEG")).isEqualTo("");
        assertThat(PetrarchEvaluation.country(new EventActor("e1", "UN", "UN", null))).isEqualTo("IGO");
        assertThat(PetrarchEvaluation.country(new EventActor("e1", "Amnesty", null, "NGO"))).isEqualTo("NGO");
        assertThat(PetrarchEvaluation.country(new EventActor("e1", "Hanoi", "VNM", "GOV"))).isEqualTo("VNM");
        assertThat(PetrarchEvaluation.country(new EventActor(null, "rebels", null, "REB"))).isEqualTo("");
    }

    @Test
    void missingOrBrokenFilesAreNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PetrarchEvaluation.read(dir.resolve("none.xml"))).hasMessageContaining("none.xml");
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<Validation>\n<Sentence id=\"X\" evaluate=\"true\"/>\n<EventCoding eventcode=\"\"/>"
                + "<Text>t</Text></Validation>");
        assertThatThrownBy(() -> PetrarchEvaluation.read(broken)).hasMessageContaining("broken.xml:2")
                .hasMessageContaining("X");
    }

    @Test
    void sharedValidationFileReads() throws IOException {
        Path xml = SharedData.resolve("bench/events/petrarch/PETR2_GSR_validation.xml");
        assumeTrue(Files.isRegularFile(xml), "no shared validation file at " + xml);
        List<PetrarchEvaluation.Record> records = PetrarchEvaluation.read(xml);
        assertThat(records).hasSizeGreaterThan(50);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.text()).isNotBlank();
            assertThat(r.date()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r.gold()).allSatisfy(g -> assertThat(g.cameo()).matches("\\d{3,4}"));
        });
    }
}
