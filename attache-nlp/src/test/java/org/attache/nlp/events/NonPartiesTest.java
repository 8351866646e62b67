package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Places and documents that are no party to an event, and the speaker behind "I" and "we" in a quotation (issue 14,
 * items 1 and 8). Sentences written for these tests, each mechanism with a sentence where it must not fire, through
 * the real annotator chain and the shipped coder (English: the coder's lexicon is English; the region and
 * document word lists are matched by name, whatever the language of the rest).
 */
class NonPartiesTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1987-05-14", paragraphs);
    }

    private static List<String> names(List<Event> events) {
        return events.stream().flatMap(e -> java.util.stream.Stream.concat(e.source().stream(), e.target().stream()))
                .map(EventActor::name).toList();
    }

    @Test
    void aHostCityBeforeAMeetingNounIsNoParty() {
        List<Event> events = code("More than forty ministers are expected to attend the Lisbon meeting, including "
                + "delegations from Brazil and the Soviet Union.");
        assertThat(names(events)).doesNotContain("Lisbon");
        // a country before the meeting noun takes part
        List<Event> talks = of(code("Egyptian President Hosni Mubarak will hold talks with Israel next week."),
                PloverType.CONSULT);
        assertThat(talks).isNotEmpty();
        assertThat(countries(talks.get(0).target())).containsExactly("ISR");
    }

    @Test
    void aRegionOrSeaIsNoTarget() {
        List<Event> calls = code("Syria called for an international peace conference on the Middle East.");
        assertThat(names(calls)).doesNotContain("Middle East");
        // the state named with it stays
        List<Event> attacks = of(code("Iraqi warplanes attacked Iran's oil terminal at Kharg Island in the Gulf."),
                PloverType.ASSAULT);
        assertThat(attacks).isNotEmpty();
        assertThat(attacks.get(0).target().stream().map(EventActor::country)).contains("IRN");
        assertThat(ActorBinding.region("the Persian Gulf")).isTrue();
        assertThat(ActorBinding.region("Mideast")).isTrue();
        assertThat(ActorBinding.region("Iran")).isFalse();
    }

    @Test
    void aDocumentWithoutACountryIsNoParty() {
        List<Event> signed = code("Britain and Canada signed a Memorandum of Understanding (MoU) on defence "
                + "research in December.");
        assertThat(names(signed)).doesNotContain("Memorandum of Understanding", "MoU");
        assertThat(ActorBinding.documentName("Memorandum of Understanding")).isTrue();
        assertThat(ActorBinding.documentName("Louvre Accord")).isTrue();
        assertThat(ActorBinding.documentName("Warsaw Pact")).isFalse();
        assertThat(ActorBinding.documentName("Bank of England")).isFalse();
    }

    @Test
    void theReporterOfTheAttributionIsNoTarget() {
        List<Event> rejected = of(code("The cabinet of Kuwait has rejected the new oil quota proposal, the Saudi "
                + "news agency SPA said."), PloverType.REJECT);
        assertThat(rejected).allSatisfy(e -> assertThat(countries(e.target())).doesNotContain("SAU"));
        // a counterpart before the attribution stays
        List<Event> kept = of(code("Kuwait rejected Saudi Arabia's demand for a new quota, officials said."),
                PloverType.REJECT);
        assertThat(kept).isNotEmpty();
        assertThat(countries(kept.get(0).target())).contains("SAU");
    }

    @Test
    void aCityAsTheSceneOfAProtestIsNoTarget() {
        List<Event> protests = of(code("Yesterday thousands of students took to the streets of Manila, demanding "
                + "the resignation of the president."), PloverType.PROTEST);
        assertThat(names(protests)).doesNotContain("Manila");
        // a capital that stands for its government stays the target
        List<Event> against = of(code("Thousands of Libyans demonstrated against Washington in Tripoli on Monday."),
                PloverType.PROTEST);
        assertThat(against).isNotEmpty();
        assertThat(countries(against.get(0).target())).contains("USA");
    }

    @Test
    void theFirstPersonInAQuotationIsTheSpeaker() {
        List<Event> support = of(code("\"I told Defence Minister Taro Yamada that I support his plans to expand "
                + "the air force,\" U.S. Defence Secretary John Miller told reporters."), PloverType.SUPPORT);
        assertThat(support).isNotEmpty().allSatisfy(e -> assertThat(e.source()).extracting(EventActor::name)
                .containsExactly("John Miller"));
        // a speaker named before the quotation stays the source
        List<Event> before = of(code("Danish Foreign Minister Hans Berg said: \"We support the Norwegian proposal "
                + "on fishing quotas.\""), PloverType.SUPPORT);
        assertThat(before).isNotEmpty();
        assertThat(countries(before.get(0).source())).containsExactly("DNK");
    }
}
