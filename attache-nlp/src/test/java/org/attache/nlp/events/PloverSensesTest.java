package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Trigger senses separated by PLOVER's definitions: an official "protest" is a complaint (ACCUSE), a crowd's is
 * a demonstration (PROTEST); force used to disperse a crowd and the destruction of property are repression
 * (COERCE), force against an armed side stays an attack; a participle before the object ("rejected proposed
 * changes") does not hide the object. Sentences written for these tests, through the real annotator chain and
 * the shipped coder.
 */
class PloverSensesTest {
    private static List<Event> code(String text) {
        return CodedText.code("1994-03-02", text);
    }

    @Test
    void theSensesTableNamesLexiconTriggersAndCodesOfTheirPloverTypes() {
        // the words live in plover-senses.tsv: each complaint sense is a trigger of the lexicon coded PROTEST, its
        // complaint code is an ACCUSE code, and each crowd-control purpose codes COERCE
        CameoPlover table = CameoPlover.standard();
        assertThat(PloverSenses.complaintSenses()).isNotEmpty();
        PloverSenses.complaintSenses().forEach((words, code) -> {
            assertThat(VerbLexicon.bundled().entries()).anySatisfy(e -> {
                assertThat(e.pattern().words()).isEqualTo(words);
                assertThat(table.typeOf(e.pattern().cameo())).isEqualTo(PloverType.PROTEST);
            });
            assertThat(table.typeOf(code)).isEqualTo(PloverType.ACCUSE);
        });
        assertThat(PloverSenses.purposeSenses()).isNotEmpty();
        PloverSenses.purposeSenses().values().forEach(code ->
                assertThat(table.typeOf(code)).isEqualTo(PloverType.COERCE));
    }

    @Test
    void aGovernmentsProtestIsAComplaintACrowdsIsADemonstration() {
        List<Event> official = code("The Japanese Foreign Ministry protested that Soviet patrol boats had entered "
                + "Japanese waters.");
        assertThat(CodedText.of(official, PloverType.PROTEST)).isEmpty();
        assertThat(CodedText.of(official, PloverType.ACCUSE)).isNotEmpty();
        assertThat(countries(CodedText.of(official, PloverType.ACCUSE).get(0).source())).containsExactly("JPN");

        List<Event> crowd = code("Thousands of South Korean students protested in Seoul on Friday.");
        assertThat(CodedText.of(crowd, PloverType.ACCUSE)).isEmpty();
        assertThat(CodedText.of(crowd, PloverType.PROTEST)).isNotEmpty();
    }

    @Test
    void aProtestByAnActorOfNoSectorIsCodedNotAFailure() {
        // an acting side with no sector threw inside the rule, and ingest lost the whole article ("resolving or
        // coding failed": 8 of the 19,043 Reuters stories)
        List<Event> byGrowers = code("Spain's reply to protests by U.S. wheat growers about the planned levy on grain "
                + "imports had not been encouraging, their leader said.");
        assertThat(byGrowers).isNotNull();
        List<Event> byPerson = code("Senator Alan Cranston protested the sale of jets to Jordan on Monday.");
        assertThat(byPerson).isNotNull();
        assertThat(CodedText.of(byPerson, PloverType.ACCUSE)).isEmpty();
    }

    @Test
    void aProtestByAnActorWithNoSectorIsADemonstrationAndCodesWithoutFailing() {
        // "Palestinians" has a country but no sector: the complaint sense must not fail on it (it threw before)
        List<Event> events = code("Palestinians stayed home on Monday to protest against the Israeli occupation.");
        assertThat(CodedText.of(events, PloverType.ACCUSE)).isEmpty();
    }

    @Test
    void aProtestThatClosesAnInvertedReportIsAComplaint() {
        List<Event> events = code("The Greek blockade violates European law, the Macedonian government protested "
                + "here on Tuesday.");
        assertThat(CodedText.of(events, PloverType.PROTEST)).isEmpty();
        List<Event> accuse = CodedText.of(events, PloverType.ACCUSE);
        assertThat(accuse).isNotEmpty();
        assertThat(countries(accuse.get(0).source())).containsExactly("MKD");
    }

    @Test
    void forceToDisperseACrowdIsRepressionForceOnAnArmedSideIsAnAttack() {
        List<Event> dispersed = code("Indonesian troops opened fire to disperse demonstrators in Dili, killing two "
                + "people.");
        assertThat(CodedText.of(dispersed, PloverType.ASSAULT)).isEmpty();
        assertThat(CodedText.of(dispersed, PloverType.COERCE)).isNotEmpty();
        assertThat(countries(CodedText.of(dispersed, PloverType.COERCE).get(0).source())).containsExactly("IDN");

        List<Event> attack = code("Iraqi troops opened fire on Iranian positions near Basra.");
        assertThat(CodedText.of(attack, PloverType.COERCE)).isEmpty();
        assertThat(CodedText.of(attack, PloverType.ASSAULT)).isNotEmpty();
    }

    @Test
    void destroyingHomesIsCoercion() {
        List<Event> events = code("Israeli soldiers demolished Palestinian houses in Hebron on Monday.");
        assertThat(CodedText.of(events, PloverType.ASSAULT)).isEmpty();
        List<Event> coerce = CodedText.of(events, PloverType.COERCE);
        assertThat(coerce).isNotEmpty();
        assertThat(countries(coerce.get(0).source())).containsExactly("ISR");
        assertThat(countries(coerce.get(0).target())).containsExactly("PSE");
    }

    @Test
    void aParticipleBeforeTheObjectDoesNotHideIt() {
        List<Event> events = code("The Syrians rejected proposed Israeli changes to the accord.");
        List<Event> reject = CodedText.of(events, PloverType.REJECT);
        assertThat(reject).isNotEmpty();
        assertThat(countries(reject.get(0).source())).containsExactly("SYR");
        // a participle that is the verb's own complement is still no object: "prices declined"-like senses stay out
        assertThat(CodedText.of(code("Exports from Brazil declined sharply."), PloverType.REJECT)).isEmpty();
    }

    @Test
    void pushingForSomethingIsARequest() {
        List<Event> events = code("Britain is pushing hard for the United States to cancel the debts of Zambia.");
        List<Event> request = CodedText.of(events, PloverType.REQUEST);
        assertThat(request).isNotEmpty();
        assertThat(countries(request.get(0).source())).containsExactly("GBR");
    }
}
