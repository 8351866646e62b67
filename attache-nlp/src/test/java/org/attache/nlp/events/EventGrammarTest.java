package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who did what to whom, and when, read from the grammar: planned meetings and visits, journeys, the attacker as
 * source, triggers of the right part of speech and sense, demonyms as actors, and dates of the trigger's own
 * clause. Sentences written for these tests, through the real annotator chain, tagger and parser.
 */
class EventGrammarTest {
    private static CoreNlpAnnotator annotator;
    private final PatternEventCoder coder = PatternEventCoder.standard();
    private final PatternEventCoder patternsOnly = new PatternEventCoder(VerbLexicon.bundled(), null, false);

    @BeforeAll
    static void load() {
        annotator = Annotators.standard();
    }

    private List<Event> code(String published, String dateline, String text) {
        return code(coder, published, dateline, text);
    }

    private static List<Event> code(PatternEventCoder with, String published, String dateline, String text) {
        Article article = new Article("g1", "test", null, "Wire", null, false, List.of(text), List.of(), null,
                dateline, published == null ? null : new PublishedDate(published, DateProvenance.RECORD), "en",
                List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = new EntityResolver().resolve(annotator.annotate(article), registry);
        return with.code(resolved, registry);
    }

    private static List<String> countries(List<EventActor> actors) {
        return actors.stream().map(EventActor::country).toList();
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("%s events in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aPlannedOrPossibleVisitIsConsultWithThatStatusAndTheVisitorTravels() {
        Event planned = only(code("2024-05-06", null,
                "Thai Foreign Minister Maris Sangiampongsa will pay a three-day visit to Jakarta next week."),
                PloverType.CONSULT);
        assertThat(planned.cameo()).isEqualTo("042");
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(countries(planned.source())).containsExactly("THA");
        assertThat(countries(planned.target())).containsExactly("IDN");

        Event possible = only(code("2024-05-06", null, "The Chinese premier may visit Canberra in July."),
                PloverType.CONSULT);
        assertThat(possible.status()).isEqualTo(EventStatus.POSSIBLE);
        assertThat(countries(possible.source())).containsExactly("CHN");
        assertThat(countries(possible.target())).containsExactly("AUS");
        assertThat(possible.source().get(0).sector()).isEqualTo("GOV");
    }

    @Test
    void anAgreementToMeetIsAgree036() {
        Event e = code("2024-05-06", null, "Peru and Ecuador agreed to meet in Lima next month.").get(0);
        assertThat(e.type()).isEqualTo(PloverType.AGREE);
        assertThat(e.cameo()).isEqualTo("036");
    }

    @Test
    void expectedHereIsAVisitToTheDatelinePlaceOnTheComingWeekday() {
        // Wednesday 1987-03-04: "on Friday" in a sentence about what is expected is the Friday after
        Event visit = only(code("1987-03-04", "NAIROBI", "Ugandan President Yoweri Museveni is expected here on "
                + "Friday for talks on the border dispute."), PloverType.CONSULT);
        assertThat(visit.cameo()).isEqualTo("042");
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(countries(visit.source())).containsExactly("UGA");
        assertThat(countries(visit.target())).containsExactly("KEN");
        assertThat(visit.date().start().toString()).isEqualTo("1987-03-06");
    }

    @Test
    void theOneSentTravelsAndTroopsArrivingAreNoVisit() {
        Event sent = only(code("2024-05-06", null,
                "Argentina is sending Foreign Minister Diego Marin to Brasilia for talks."), PloverType.CONSULT);
        assertThat(sent.source().get(0).name()).isEqualTo("Diego Marin");
        assertThat(countries(sent.source())).containsExactly("ARG");
        assertThat(countries(sent.target())).containsExactly("BRA");
        assertThat(sent.status()).isEqualTo(EventStatus.PLANNED);

        assertThat(code("2024-05-06", null, "Kenyan troops arrived in Mogadishu on Monday."))
                .noneMatch(e -> e.type() == PloverType.CONSULT);
    }

    @Test
    void theAttackerIsTheSourceNotTheOneReportingIt() {
        Event byAgent = only(code(null, null, "Greek officials said the attacks on Cyprus by Turkish coast "
                + "guard vessels had ended."), PloverType.ASSAULT);
        assertThat(countries(byAgent.source())).containsExactly("TUR");

        Event reported = only(code(null, null, "Japan said South Korean warships attacked a Chinese fishing boat."),
                PloverType.ASSAULT);
        assertThat(countries(reported.source())).containsExactly("KOR");
        assertThat(countries(reported.target())).doesNotContain("JPN");

        Event passive = only(code(null, null, "A Congolese army camp was attacked by Rwandan rebels."),
                PloverType.ASSAULT);
        assertThat(countries(passive.source())).containsExactly("RWA");
    }

    @Test
    void anOrderedStrikeIsTheStrikeOfTheOneWhoOrderedIt() {
        Event e = code(null, null, "The Egyptian president said he ordered the air strikes on Libya's militant "
                + "camps.")
                .get(0);
        assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(countries(e.source())).containsExactly("EGY");
    }

    @Test
    void triggersMustBeTheRightPartOfSpeechAndSense() {
        // a month is no march, orders and returns are no verbs, prices that decline reject nothing
        assertThat(code("1987-04-02", null, "Exports from Brazil to Japan rose sharply in March.")).isEmpty();
        assertThat(code("1987-04-02", null, "New orders from West German factories fell in February.")).isEmpty();
        assertThat(code("1987-04-02", null, "Indian exports declined 5 pct last year, Delhi said.")).isEmpty();
        assertThat(code("1987-04-02", null, "Analysts in Tokyo said prices must fall.")).isEmpty();
        Event march = only(code("1987-04-02", null, "Thousands of Korean students will march in Seoul on Monday."),
                PloverType.THREATEN);
        assertThat(march.date().start().toString()).isEqualTo("1987-04-06");
        // "must" is a demand when a speaker says another actor must act
        Event demand = only(code(null, null, "Germany must open its markets to Greek goods, the French foreign "
                + "minister said."), PloverType.REQUEST);
        assertThat(countries(demand.source())).containsExactly("FRA");
        assertThat(countries(demand.target())).containsExactly("DEU");
        // the same words without the parser still code, by the patterns alone
        assertThat(code(patternsOnly, null, null, "Kenya rejected the Ugandan offer.")).isNotEmpty();
    }

    @Test
    void aDemonymStandsForTheCountryOrTheSectorNamedWithIt() {
        Event e = only(code(null, null, "Japanese officials rejected the American proposal on rice imports."),
                PloverType.REJECT);
        assertThat(e.source().get(0).name()).isEqualTo("Japan");
        assertThat(e.source().get(0).country()).isEqualTo("JPN");
        assertThat(e.source().get(0).sector()).isEqualTo("GOV");
        assertThat(e.source().get(0).entityId()).isNull();
        Event troops = only(code(null, null, "Soviet troops attacked Afghan villages near the border."),
                PloverType.ASSAULT);
        assertThat(troops.source().get(0).sector()).isEqualTo("MIL");
        assertThat(troops.source().get(0).country()).isNotNull();
    }

    @Test
    void aYearComesOnlyFromADateOfTheTriggersOwnClause() {
        assertThat(only(code("1987-03-10", null, "The talks between Greece and Turkey will resume at 1800 GMT."),
                PloverType.CONSULT).date()).isNull();
        assertThat(only(code("1987-03-10", null, "Iraqi warplanes attacked the Iranian refinery, which was closed "
                + "for repairs in 1978."), PloverType.ASSAULT).date()).isNull();
        Event dated = only(code("1987-03-10", null, "Iraqi warplanes attacked the Iranian refinery on Monday."),
                PloverType.ASSAULT);
        assertThat(dated.date().start().toString()).isEqualTo("1987-03-09");
        Event undated = only(code("1987-03-10", null, "Iraqi warplanes attacked the Iranian refinery."),
                PloverType.ASSAULT);
        assertThat(undated.date()).isNull();
        assertThat(undated.reportedOn()).isEqualTo(LocalDate.of(1987, 3, 10));
    }

    @Test
    void aFutureDateWithoutYearIsTheNextOne() {
        Event e = only(code("1987-12-10", null, "Spanish Foreign Minister Francisco Fernandez Ordonez will visit "
                + "Morocco on March 3."), PloverType.CONSULT);
        assertThat(e.date().start().toString()).isEqualTo("1988-03-03");
    }

    @Test
    void aHeadlineInTitleCaseStillHasItsVerb() {
        Event e = only(code(null, null, "Brazil Condemns Argentina Over Border Closure"), PloverType.ACCUSE);
        assertThat(countries(e.source())).containsExactly("BRA");
        assertThat(countries(e.target())).containsExactly("ARG");
    }
}
