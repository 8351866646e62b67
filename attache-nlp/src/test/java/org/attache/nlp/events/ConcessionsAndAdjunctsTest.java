package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * "Allow" eases a restriction (PLOVER CONCEDE) when one's own candidates or parties are let act, and lets in
 * international involvement (RETREAT, CAMEO 086) when an outside party or aid is what is let in; an adjunct of
 * time or circumstance after the act ("following the deaths of two Israelis") names no counterpart. Sentences
 * written for these tests, through the real annotator chain and the shipped coder. A complaint "from" a state
 * after a descriptor is read, and the reporter closing the sentence is not one of the protesters.
 */
class ConcessionsAndAdjunctsTest {
    private static List<Event> code(String text) {
        return CodedText.code("1994-03-02", text);
    }

    @Test
    void theConcessionSensesAreLexiconTriggersAndCodeConcede() {
        CameoPlover table = CameoPlover.standard();
        assertThat(PloverSenses.concessionSenses()).isNotEmpty();
        PloverSenses.concessionSenses().forEach((words, code) -> {
            assertThat(VerbLexicon.bundled().entries()).anySatisfy(e -> {
                assertThat(e.pattern().words()).isEqualTo(words);
                assertThat(table.typeOf(e.pattern().cameo())).isEqualTo(PloverType.RETREAT);
            });
            assertThat(table.typeOf(code)).isEqualTo(PloverType.CONCEDE);
        });
    }

    @Test
    void lettingOnesOwnCandidatesOrPartiesActIsAConcession() {
        List<Event> court = code("The Kenyan electoral commission decided on Monday to allow opposition candidate "
                + "John Mwangi to stand in the presidential election.");
        assertThat(CodedText.of(court, PloverType.RETREAT)).isEmpty();
        List<Event> conceded = CodedText.of(court, PloverType.CONCEDE);
        assertThat(conceded).isNotEmpty();
        assertThat(countries(conceded.get(0).source())).containsExactly("KEN");

        List<Event> rally = code("The Burmese military government allowed the opposition party to hold a rally in "
                + "Rangoon.");
        assertThat(CodedText.of(rally, PloverType.CONCEDE)).isNotEmpty();
        assertThat(CodedText.of(rally, PloverType.RETREAT)).isEmpty();
    }

    @Test
    void lettingInAnOutsidePartyOrAidStaysInternationalInvolvement() {
        List<Event> inspectors = code("Iraq allowed United Nations inspectors to visit the presidential sites on "
                + "Tuesday.");
        assertThat(CodedText.of(inspectors, PloverType.CONCEDE)).isEmpty();
        assertThat(CodedText.of(inspectors, PloverType.RETREAT)).isNotEmpty();

        List<Event> journalists = code("Jordan allowed foreign journalists to enter the refugee camps.");
        assertThat(CodedText.of(journalists, PloverType.CONCEDE)).isEmpty();
        assertThat(CodedText.of(journalists, PloverType.RETREAT)).isNotEmpty();

        List<Event> grain = code("Uzbekistan opened the bridge to allow the delivery of grain to Afghanistan.");
        assertThat(CodedText.of(grain, PloverType.CONCEDE)).isEmpty();
        assertThat(CodedText.of(grain, PloverType.RETREAT)).isNotEmpty();
    }

    @Test
    void marketAndCompanyNewsThatAllowsSomethingStaysEventless() {
        assertThat(code("The central bank allowed the peso to float freely in March.")).isEmpty();
        assertThat(code("The company allowed its shareholders to return their shares in March.")).isEmpty();
    }

    @Test
    void anAdjunctOfTimeNamesNoCounterpart() {
        // the Israelis and Russians named inside "after/following …" were taken as the target
        List<Event> curfew = CodedText.of(code("Israel imposed a curfew in Hebron after the shooting of two Israeli "
                + "settlers."), PloverType.COERCE);
        assertThat(curfew).isNotEmpty();
        assertThat(countries(curfew.get(0).source())).containsExactly("ISR");
        assertThat(countries(curfew.get(0).target())).containsExactly("PSE");

        List<Event> raid = CodedText.of(code("Russian troops raided a village in Georgia following the kidnapping "
                + "of two Russians."), PloverType.ASSAULT);
        assertThat(raid).isNotEmpty();
        assertThat(countries(raid.get(0).target())).containsExactly("GEO");
    }

    @Test
    void anAdjunctOpensOnlyWhereItsWordOpensOne() {
        String day = "Iraq released two Kuwaiti prisoners the following day to Kuwait.";
        Tokens t = new Tokens(day, 0, day.length());
        // "the following day" is a time, not an adjunct: the clause runs to its end
        assertThat(ClauseReading.adjunctStart(t, match(t, "released", "release"), day.length())).isEqualTo(day.length());

        String talks = "Iraq released two prisoners after talks with Kuwait.";
        Tokens after = new Tokens(talks, 0, talks.length());
        assertThat(ClauseReading.adjunctStart(after, match(after, "released", "release"), talks.length()))
                .isEqualTo(talks.indexOf("after"));
    }

    @Test
    void protestsFromAStateAreAimedAtWhoeverActsDespiteThem() {
        // the protester after a descriptor ("neighbouring Thailand"), not the reporter who closes the sentence; the
        // complaint is aimed at the sentence's actor, not at the nearest name before "despite"
        List<Event> events = code("The World Bank will keep its decision to lend to Laos despite protests from "
                + "neighbouring Thailand, bank president Jan Berg said.");
        List<Event> complaints = CodedText.of(events, PloverType.ACCUSE);
        assertThat(complaints).isNotEmpty();
        assertThat(countries(complaints.get(0).source())).containsExactly("THA");
        assertThat(complaints.get(0).source()).hasSize(1);
        assertThat(complaints.get(0).target()).isNotEmpty();
        assertThat(countries(complaints.get(0).target())).doesNotContain("LAO");
    }

    @Test
    void protestsFromShareholdersAreNoStateComplaint() {
        assertThat(CodedText.of(code("Sales rose in March despite protests from shareholders, the company said."),
                PloverType.ACCUSE)).isEmpty();
    }

    private static PatternEventCoder.Match match(Tokens t, String form, String lemma) {
        int i = t.lower.indexOf(form);
        VerbLexicon.Entry e = VerbLexicon.bundled().withHead(lemma).stream()
                .filter(x -> x.pattern().words().size() == 1 && !x.noun()).findFirst().orElseThrow();
        return new PatternEventCoder.Match(i, i, e, false);
    }
}
