package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * What is said as against what is done: hopes are no acts, "give" aids only when help is given, a refusal or a
 * threat is made when it is said, and an international body's members meeting is that body's meeting. Sentences
 * written for these tests, through the real annotator chain and the shipped coder.
 */
class StatedActsTest {
    private static List<Event> code(String text) {
        return CodedText.code("1991-05-14", text);
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("%s events in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aHopeOrAWishIsNoAct() {
        assertThat(code("The Greek minister is keen to reach an agreement with Turkey.")).isEmpty();
        assertThat(code("Chilean officials said they were optimistic an accord with Bolivia could be reached "
                + "next month.")).isEmpty();
        assertThat(code("Norway hopes Sweden will support its bid.")).isEmpty();
        // the act itself, said plainly, is coded
        assertThat(only(code("Greece reached an agreement with Turkey on Monday."), PloverType.AGREE).source())
                .extracting(EventActor::country).containsExactly("GRC");
    }

    @Test
    void giveAidsOnlyWhenHelpIsGiven() {
        assertThat(code("The Dutch minister gave the new law top priority.")).isEmpty();
        assertThat(code("The Kenyan minister did not give details of the plan.")).isEmpty();
        Event loan = only(code("Japan gave Indonesia a loan of 300 mln dlrs on Friday."), PloverType.AID);
        assertThat(countries(loan.source())).containsExactly("JPN");
        assertThat(countries(loan.target())).containsExactly("IDN");
        Event warning = only(code("Italy gave Greece a clear warning of sanctions."), PloverType.THREATEN);
        assertThat(countries(warning.source())).containsExactly("ITA");
        assertThat(countries(warning.target())).containsExactly("GRC");
    }

    @Test
    void aRefusalOrAThreatIsMadeWhenItIsSaid() {
        Event refusal = only(code("The Peruvian government said it would not yield to the rebels' demands."),
                PloverType.REJECT);
        assertThat(refusal.status()).isEqualTo(EventStatus.OCCURRED);
        Event veto = only(code("Brazil indicated yesterday it would veto the Argentine proposal."),
                PloverType.REJECT);
        assertThat(veto.status()).isEqualTo(EventStatus.OCCURRED);
        Event threat = only(code("Iraq will attack Iranian ports unless Iran withdraws its troops."),
                PloverType.THREATEN);
        assertThat(threat.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(countries(threat.source())).containsExactly("IRQ");
        // a meeting that will not take place is still denied, not a refusal made now
        assertThat(code("Spain will not meet Morocco next week.")).allSatisfy(e ->
                assertThat(e.status()).isNotEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void anInternationalBodysMembersMeetingIsItsMeeting() {
        Event meeting = only(code("Ministers of the Association of Southeast Asian Nations will meet in Manila "
                + "next week."), PloverType.CONSULT);
        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meeting.target()).isEmpty();
        assertThat(code("The Finnish cabinet met on Monday.")).isEmpty(); // one state's body alone: no counterpart
    }

    @Test
    void businessActsAreNoStateEvents() {
        assertThat(code("Japanese shareholders agreed that the British companies will be invited to join.")).isEmpty();
        // a state with a company is one
        Event talks = only(code("The Swedish government held talks with Volvo on Monday."), PloverType.CONSULT);
        assertThat(countries(talks.source())).containsExactly("SWE");
    }

    @Test
    void reservationsConcernAndBackingAreCoded() {
        Event reservations = only(code("Japan voiced reservations about the American proposal."), PloverType.ACCUSE);
        assertThat(countries(reservations.source())).containsExactly("JPN");
        assertThat(countries(reservations.target())).containsExactly("USA");
        Event backing = only(code("France backed the German proposal on Tuesday."), PloverType.SUPPORT);
        assertThat(countries(backing.target())).containsExactly("DEU");
        assertThat(code("The Moroccan army came back to its barracks.")).isEmpty();
        Event named = only(code("The plan is backed by Norway."), PloverType.SUPPORT);
        assertThat(named.status()).isEqualTo(EventStatus.OCCURRED); // a plan named is no act planned
    }

    @Test
    void aResignationIsARetreat() {
        Event resigned = only(code("The Finnish prime minister and his government resigned on Friday."),
                PloverType.RETREAT);
        assertThat(countries(resigned.source())).containsExactly("FIN");
        Event planned = only(code("The Peruvian minister will resign next week."), PloverType.RETREAT);
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
    }
}
