package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Senses news uses for acts that the trigger lexicon lacked (a loan, an arms sale, aggression, a go-ahead, concerns
 * raised, a fleet beefed up), nominal acts whose actors stand in the noun's own phrase ("the support of the EU",
 * "his visit to the United States", "U.S./Canada free trade"), and the company and market wording where none of
 * them may fire. Sentences written for these tests (English: the lexicon is English), through the real annotator
 * chain and the shipped coder.
 */
class SensesAndNominalActsTest {
    private static List<Event> code(String text) {
        return CodedText.code("1987-04-27", text);
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> of = CodedText.of(events, type);
        assertThat(of).as("%s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aLoanAnArmsSaleAndAggressionAreActsBetweenStates() {
        Event loan = only(code("The Asian Development Bank lent Nepal 40 mln dlrs last year."), PloverType.AID);
        assertThat(countries(loan.target())).containsExactly("NPL");

        Event arms = only(code("Syria has sold arms to Iran since 1985."), PloverType.AID);
        assertThat(countries(arms.source())).containsExactly("SYR");
        assertThat(countries(arms.target())).containsExactly("IRN");

        Event aggression = only(code("Pakistan has undertaken an act of aggression against India, the Indian foreign "
                + "minister said."), PloverType.ASSAULT);
        assertThat(countries(aggression.source())).containsExactly("PAK");
        assertThat(countries(aggression.target())).containsExactly("IND");

        Event concerns = only(code("Britain raised concerns about the French proposal."), PloverType.ACCUSE);
        assertThat(countries(concerns.source())).containsExactly("GBR");
        assertThat(countries(concerns.target())).containsExactly("FRA");
    }

    @Test
    void aGoAheadGivenByAListIsEachMembersSupport() {
        Event goAhead = only(code("Greece, Bulgaria and Romania have given the go-ahead for a new bridge over the "
                + "Danube."), PloverType.SUPPORT);
        assertThat(countries(goAhead.source())).containsExactly("GRC", "BGR", "ROU");
    }

    @Test
    void companyAndMarketWordingStaysEventless() {
        assertThat(code("Citibank will lend the company 200 mln dlrs to finance the acquisition.")).isEmpty();
        assertThat(code("The company sold its arms division to General Dynamics in March.")).isEmpty();
        assertThat(code("The board gave the go-ahead for the merger with Allied Corp.")).isEmpty();
        assertThat(code("Shareholders gave their blessing to the deal on Tuesday.")).isEmpty();
        assertThat(code("The plan has the support of most shareholders.")).isEmpty();
        assertThat(code("The company said its talks with Allied Corp ended on Tuesday.")).isEmpty();
    }

    @Test
    void aGerundThatNamesAKindOfThingIsNoVerb() {
        // "lending operations" is no loan; "was lending Nepal …" is one
        assertThat(CodedText.of(code("Lending operations in China are due to start this year, the bank said."),
                PloverType.AID)).isEmpty();
        Event progressive = only(code("The Asian Development Bank was lending Nepal 40 mln dlrs a year."),
                PloverType.AID);
        assertThat(countries(progressive.target())).containsExactly("NPL");
    }

    @Test
    void theOneAfterTheSupportOfGivesIt() {
        Event eu = only(code("The project has the support of the European Union."), PloverType.SUPPORT);
        assertThat(countries(eu.source())).containsExactly("EU");
        assertThat(eu.target()).isEmpty();

        // the one who has the backing receives it: before, "Kenya" was read as the one backing Britain
        Event backing = only(code("Kenya has won the backing of Britain for its bid."), PloverType.SUPPORT);
        assertThat(countries(backing.source())).containsExactly("GBR");
        assertThat(countries(backing.target())).containsExactly("KEN");
    }

    @Test
    void aPairWrittenAsOneModifierGivesTheOtherMemberAsCounterpart() {
        Event endorsement = only(code("U.S. President Ronald Reagan's endorsement of U.S./Canada free trade lifted "
                + "the Canadian dollar."), PloverType.SUPPORT);
        assertThat(countries(endorsement.source())).containsExactly("USA");
        assertThat(countries(endorsement.target())).containsExactly("CAN");
    }

    @Test
    void aPossessivesOwnerMakesTheTripBesideTheSentencesMainAct() {
        List<Event> events = code("Prime Minister Yasuhiro Nakasone of Japan leaves on his sixth official visit to the "
                + "United States on Wednesday, weeks after President Reagan imposed tariffs on Japanese goods.");
        Event visit = only(events, PloverType.CONSULT);
        assertThat(countries(visit.source())).containsExactly("JPN");
        assertThat(countries(visit.target())).containsExactly("USA");
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED); // a timetable in the present simple

        Event left = only(code("Prime Minister Yasuhiro Nakasone of Japan left on his visit to the United States on "
                + "Wednesday."), PloverType.CONSULT);
        assertThat(left.status()).isEqualTo(EventStatus.OCCURRED);
    }
}
