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
 * Who speaks in a quotation, whose talks "talks between A and B" are, what is stated without placed actors, and
 * positions and talks that are under way. Sentences written for these tests, through the real annotator chain
 * and the shipped coder.
 */
class SpeakersAndStatusTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    @Test
    void theSpeakerNamedAfterAQuotationActsInIt() {
        List<Event> byPronoun = of(code("The Chilean government condemned the arrests on Monday. \"We call on Peru "
                + "to release the three diplomats at once,\" it added."), PloverType.REQUEST);
        assertThat(byPronoun).hasSize(1);
        assertThat(countries(byPronoun.get(0).source())).containsExactly("CHL");
        assertThat(countries(byPronoun.get(0).target())).containsExactly("PER");
        List<Event> byName = of(code("\"We call on Peru to release the three diplomats at once,\" the Chilean "
                + "foreign minister said."), PloverType.REQUEST);
        assertThat(byName).hasSize(1);
        assertThat(countries(byName.get(0).source())).containsExactly("CHL");
    }

    @Test
    void talksBetweenTwoSidesAreTheirsWhoeverReportsThem() {
        List<Event> talks = of(code("The Greek minister spoke to reporters in Athens. He said the talks between "
                + "Bolivia and Chile in Geneva last week went well."), PloverType.CONSULT);
        assertThat(talks).isNotEmpty();
        for (Event e : talks) {
            assertThat(countries(e.source())).doesNotContain("GRC");
            assertThat(countries(e.target())).doesNotContain("GRC");
        }
        assertThat(countries(talks.get(0).source())).containsExactly("BOL");
        assertThat(countries(talks.get(0).target())).containsExactly("CHL");
    }

    @Test
    void aStandingPositionAndTalksUnderWayAreOngoing() {
        List<Event> opposed = of(code("Norway and Denmark are opposed to the fishing quotas proposed by Iceland."),
                PloverType.REJECT);
        assertThat(opposed).isNotEmpty().allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.ONGOING));
        // a past opposition is done
        List<Event> was = of(code("Norway opposed the fishing quotas proposed by Iceland on Monday."),
                PloverType.REJECT);
        assertThat(was).isNotEmpty().allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.OCCURRED));
        List<Event> progressing = of(code("Talks between Canada and Mexico are progressing well, the minister "
                + "said."), PloverType.CONSULT);
        assertThat(progressing).isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.ONGOING));
        List<Event> continuing = of(code("Chile was continuing talks with Peru on the border dispute."),
                PloverType.CONSULT);
        assertThat(continuing).isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.ONGOING));
    }

    @Test
    void anActAimedAtNoPlacedRecipientOrByNoPlacedActorIsNotStated() {
        // the accused is nobody the text places: nothing is stated rather than an accusation at no one
        assertThat(of(code("Peru accused unnamed foreigners of stirring unrest."), PloverType.ACCUSE)).isEmpty();
        // said with its recipient, it is stated
        assertThat(of(code("Peru accused Chile of stirring unrest."), PloverType.ACCUSE)).hasSize(1);
        // an actor the text gives no country cannot be the acting side
        assertThat(code("Several fishing cooperatives demanded help from Peru.")).isEmpty();
    }

    @Test
    void aMeetingThatSetsTheSceneOfAStatementIsNoMeetingEvent() {
        assertThat(of(code("The Canadian minister told delegates at the informal meeting of trade ministers that "
                + "farm subsidies had to end."), PloverType.CONSULT)).isEmpty();
        // the meeting reported for itself is one
        assertThat(of(code("The Canadian minister met his Mexican counterpart in Ottawa on Monday."),
                PloverType.CONSULT)).isNotEmpty();
    }

    @Test
    void twoNamedSidesThatWillMeetMeetEachOther() {
        List<Event> meet = of(code("Bolivian President Jaime Paz Zamora and Chilean President Patricio Aylwin will "
                + "meet in Santiago next month."), PloverType.CONSULT);
        assertThat(meet).hasSize(1);
        assertThat(countries(meet.get(0).source())).containsExactly("BOL");
        assertThat(countries(meet.get(0).target())).containsExactly("CHL");
        assertThat(meet.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aCityNamingASummitIsItsVenueNotACounterpart() {
        List<Event> talks = of(code("The Japanese prime minister will discuss the Venice summit with President "
                + "Reagan in Washington next week."), PloverType.CONSULT);
        assertThat(talks).isNotEmpty();
        assertThat(talks).flatExtracting(e -> countries(e.target())).doesNotContain("ITA");
    }
}
