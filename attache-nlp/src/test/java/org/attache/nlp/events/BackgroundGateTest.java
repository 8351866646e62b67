package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Words that stand in a sentence without reporting an act (the facts conventions): agentless passives, meetings
 * that only set a statement's scene or are judged, "meet" as satisfying a need; and beside each, a sentence where
 * the act is reported and must stay. Sentences written for these tests, through the real annotator chain and the
 * shipped coder (English: the coder's lexicon is English).
 */
class BackgroundGateTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    @Test
    void anAgentlessPassiveStatesNoAct() {
        // the one asked is no source of a request, and the sentence does not say who asked
        assertThat(of(code("The Kenyan foreign minister was asked about Ugandan claims that Kenya had massed troops "
                + "on the border."), PloverType.REQUEST)).isEmpty();
        // the act in the "of" complement of an agentless passive is no more stated than the passive's own
        assertThat(code("Egypt was accused of violating the accord.")).isEmpty();
    }

    @Test
    void forceInAnAgentlessPassiveStaysAsPloverCodesIt() {
        assertThat(of(code("Three Iraqi civilians have been killed in a car bombing in Baghdad."),
                PloverType.ASSAULT)).isNotEmpty();
        // "for" gives the reason of an arrest that did happen, not an act of its own
        List<Event> arrest = code("A Canadian missionary was arrested in Lebanon for collaborating with Israel.");
        assertThat(of(arrest, PloverType.COERCE)).isNotEmpty();
        assertThat(of(arrest, PloverType.COOPERATE)).isEmpty();
    }

    @Test
    void aStanceAfterBeIsNoPassive() {
        List<Event> opposed = of(code("West Germany and Ireland are opposed to proposed limits on the right of "
                + "farmers to sell butter."), PloverType.REJECT);
        assertThat(opposed).isNotEmpty();
        assertThat(countries(opposed.get(0).source())).containsExactly("DEU", "IRL");
    }

    @Test
    void aPassiveWithItsAgentAndAnActiveVerbStay() {
        List<Event> byAgent = of(code("Iraqi troops were attacked by Iranian forces near Basra on Monday."),
                PloverType.ASSAULT);
        assertThat(byAgent).isNotEmpty();
        assertThat(countries(byAgent.get(0).source())).containsExactly("IRN");
        // a "to" infinitive after a passive keeps its own subject as the actor: the minister visits
        List<Event> invited = of(code("The Indian foreign minister was invited to visit Beijing next month."),
                PloverType.CONSULT);
        assertThat(invited).isNotEmpty();
        assertThat(countries(invited.get(0).source())).containsExactly("IND");
        List<Event> accused = of(code("Egypt was accused by Israel of violating the accord."), PloverType.ACCUSE);
        assertThat(accused).isNotEmpty();
        assertThat(countries(accused.get(0).source())).containsExactly("ISR");
        List<Event> active = of(code("Chad said Libyan troops attacked the town of Faya on Monday."),
                PloverType.ASSAULT);
        assertThat(active).isNotEmpty();
        assertThat(countries(active.get(0).source())).containsExactly("LBY");
    }

    @Test
    void aMeetingThatSetsAStatementsSceneOrIsJudgedIsNoConsult() {
        assertThat(of(code("Diplomats quoted the Dutch prime minister Ruud Lubbers as saying at the same meeting "
                + "that the Belgian plan would fail."), PloverType.CONSULT)).isEmpty();
        assertThat(of(code("EC Commission president Jacques Delors found today's meeting very useful, aides said."),
                PloverType.CONSULT)).isEmpty();
    }

    @Test
    void aMeetingReportedStays() {
        List<Event> met = of(code("Kenyan Foreign Minister Elijah Mwangale met Ugandan President Yoweri Museveni "
                + "in Kampala on Monday."), PloverType.CONSULT);
        assertThat(met).isNotEmpty();
        assertThat(countries(met.get(0).source())).containsExactly("KEN");
        assertThat(countries(met.get(0).target())).containsExactly("UGA");
    }

    @Test
    void meetingADemandIsNoMeeting() {
        assertThat(of(code("Saudi Arabia said it would raise its oil output to meet growing demand in Japan."),
                PloverType.CONSULT)).isEmpty();
        assertThat(of(code("Nigeria said it had met the deadline set by Britain."), PloverType.CONSULT)).isEmpty();
        assertThat(code("Brazil could not meet its debt payments to the Paris Club, officials said.")).isEmpty();
        List<Event> meets = of(code("Saudi Arabia's oil minister will meet Japan's trade minister in Tokyo "
                + "next week."), PloverType.CONSULT);
        assertThat(meets).isNotEmpty();
        assertThat(countries(meets.get(0).source())).containsExactly("SAU");
    }
}
