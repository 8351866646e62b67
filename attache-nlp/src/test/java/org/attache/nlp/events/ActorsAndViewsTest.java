package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Who acts on whom where the grammar says it beyond the trigger's own phrase: the one told is the recipient of
 * an act announced to it, an organisation's members gathering hold its meeting, a protest from a state is its
 * complaint, "they" and "the ministers" stand for the parties named before; and a view or a forecast is no act.
 * Sentences written for these tests, through the real annotator chain and the shipped coder.
 */
class ActorsAndViewsTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1987-04-07", paragraphs);
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> found = of(events, type);
        assertThat(found).as("%s events in %s", type, events).hasSize(1);
        return found.get(0);
    }

    @Test
    void anActAnnouncedToSomeoneIsAimedAtTheOneTold() {
        Event threat = only(code("Brazil told the Japanese government it would retaliate."), PloverType.THREATEN);
        assertThat(countries(threat.source())).containsExactly("BRA");
        assertThat(countries(threat.target())).containsExactly("JPN");
        Event sanctions = only(code("Canada told Norway that it would impose sanctions."), PloverType.THREATEN);
        assertThat(countries(sanctions.target())).containsExactly("NOR");
        // someone else's act told to a third party is not aimed at the one told
        assertThat(code("Canada told Norway that Sweden would retaliate.")).allSatisfy(
                e -> assertThat(countries(e.target())).doesNotContain("NOR"));
    }

    @Test
    void theMembersOfAnOrganisationGatheringHoldItsMeeting() {
        Event chaired = only(code("Belgian finance minister Mark Eyskens chaired a joint meeting of EC finance and "
                + "agriculture ministers."), PloverType.CONSULT);
        assertThat(chaired.source()).hasSize(1);
        assertThat(countries(chaired.source())).doesNotContain("BEL");
        assertThat(chaired.target()).isEmpty();
        Event session = only(code("OPEC oil ministers held an unprecedented joint session in Vienna today."),
                PloverType.CONSULT);
        assertThat(session.target()).isEmpty();
        assertThat(session.source()).extracting(e -> e.name()).singleElement().asString().contains("Petroleum");
        Event ahead = only(code("The dollar was steady ahead of today's meeting of NATO defence ministers."),
                PloverType.CONSULT);
        assertThat(ahead.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aProtestFromAStateIsItsComplaint() {
        Event protest = only(code("The Asian Development Bank will not change its decision despite protests from "
                + "Taiwan."), PloverType.ACCUSE);
        assertThat(countries(protest.source())).containsExactly("TWN");
        assertThat(protest.target()).singleElement().extracting(e -> e.name()).asString().contains("Asian");
        assertThat(of(code("Students in Seoul staged protests against the government on Monday."),
                PloverType.ACCUSE)).isEmpty();
    }

    @Test
    void theyAndTheMinistersStandForThePartiesNamedBefore() {
        List<Event> events = code("NATO defence ministers met in Brussels on Monday. The ministers are also due to "
                + "discuss the Soviet proposal.");
        assertThat(of(events, PloverType.CONSULT)).hasSize(2).allSatisfy(
                e -> assertThat(e.source()).singleElement().extracting(x -> x.name()).asString().contains("Atlantic"));
        List<Event> pair = code("Venezuela and China signed a trade accord on Friday. Yesterday, they discussed "
                + "oil prices.");
        assertThat(of(pair, PloverType.CONSULT)).singleElement().satisfies(e -> {
            assertThat(countries(e.source())).containsExactly("VEN");
            assertThat(countries(e.target())).containsExactly("CHN");
        });
        // one state is no group of ministers; "they" after a verb of saying is the speaker's, not the parties'
        assertThat(of(code("Brazil suspended interest payments on Monday. Delegates agreed to shelve the "
                + "reforms."), PloverType.AGREE)).isEmpty();
        assertThat(of(code("Italy and Spain signed an accord on Friday. Officials said they will meet in May."),
                PloverType.CONSULT)).isEmpty();
    }

    @Test
    void aReturnFromAPlaceEndsAVisitThere() {
        Event back = only(code("The Italian foreign minister returned from Moscow on Tuesday."), PloverType.CONSULT);
        assertThat(countries(back.source())).containsExactly("ITA");
        assertThat(countries(back.target())).containsExactly("SUN");
        assertThat(back.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(only(code("The Kenyan president will return from Paris on Friday."), PloverType.CONSULT).status())
                .isEqualTo(EventStatus.ONGOING);
        assertThat(of(code("Thousands of refugees returned from Thailand to Cambodia."), PloverType.CONSULT))
                .isEmpty();
        assertThat(of(code("Syrian troops returned from Lebanon last week."), PloverType.CONSULT)).isEmpty();
    }

    @Test
    void aViewOrAForecastIsNoAct() {
        assertThat(code("Analysts said China could attack Taiwan.")).isEmpty();
        assertThat(code("Economists believe Japan will retaliate against the United States.")).isEmpty();
        assertThat(code("Diplomatic sources agreed that Iran might attack Kuwait.")).isEmpty();
        // a report of an act, an agreement reached and a party's own plan still code
        assertThat(only(code("Analysts said Iran attacked Kuwait yesterday."), PloverType.ASSAULT).source())
                .extracting(e -> e.country()).containsExactly("IRN");
        assertThat(of(code("Greece and Turkey agreed that talks would resume next month."), PloverType.AGREE))
                .isNotEmpty();
    }
}
