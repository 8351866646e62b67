package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import java.util.stream.Stream;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A name that only says where something lies is no counterpart ("about 90 miles west of Qatar", "a tanker off
 * Kuwait", "in Montevideo, Uruguay"), the one after "from" gives a loan or aid to the clause's actor ("will repay
 * the loan from Egypt"), and a debtor's creditor banks are a party without the debtor's country (issue 14,
 * items 1 and 8). Sentences written for these tests, each rule with a sentence where it must not fire, through
 * the real annotator chain and the shipped coder (English: the coder's lexicon is English).
 */
class PlacesAndGiversTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1987-05-14", paragraphs);
    }

    private static List<String> targetNames(List<Event> events) {
        return events.stream().flatMap(e -> e.target().stream()).map(EventActor::name).toList();
    }

    private static List<String> names(List<Event> events) {
        return events.stream().flatMap(e -> Stream.concat(e.source().stream(), e.target().stream()))
                .map(EventActor::name).toList();
    }

    @Test
    void aBearingFromAPlaceIsNoTarget() {
        assertThat(names(code("Four U.S. warships attacked an oil rig about 90 miles west of Qatar on Tuesday.")))
                .doesNotContain("Qatar");
        assertThat(names(code("French jets bombed a rebel base 40 km north of Faya, the army said.")))
                .doesNotContain("Faya");
        assertThat(names(code("Iraqi jets attacked a tanker off the coast of Kuwait on Sunday.")))
                .doesNotContain("Kuwait");
    }

    @Test
    void aShipOffACountryBelongsToItsOwnerNotToTheCoast() {
        List<Event> attacks = of(code("Iraqi jets attacked a Greek tanker off Kuwait on Sunday."), PloverType.ASSAULT);
        assertThat(attacks).isNotEmpty();
        assertThat(attacks).allSatisfy(e -> assertThat(countries(e.target())).containsExactly("GRC"));
        // a part of a country after "in" stays: the camp's country is the one shelled, not the one after it
        List<Event> shelled = of(code("Iran fired shells at an oil camp in northern Kuwait in retaliation for U.S. "
                + "attacks on its platforms."), PloverType.ASSAULT);
        assertThat(shelled.stream().flatMap(e -> e.target().stream()).map(EventActor::country))
                .doesNotContain("USA");
        // "off" right after the verb is its particle: the city sealed off is the one acted on
        List<Event> sealed = of(code("Syrian troops sealed off Beirut on Monday."), PloverType.COERCE);
        assertThat(targetNames(sealed)).contains("Beirut");
    }

    @Test
    void aCountryAfterTheCityOfTheSceneIsNoTarget() {
        List<Event> talks = of(code("Brazil and Argentina held talks last week in Montevideo, Uruguay."),
                PloverType.CONSULT);
        assertThat(talks).isNotEmpty();
        assertThat(names(talks)).doesNotContain("Uruguay", "Montevideo");
        // a list of counterparts after "with" stays whole
        List<Event> both = of(code("Brazil held talks with Argentina, Uruguay and Chile last week."),
                PloverType.CONSULT);
        assertThat(both.stream().flatMap(e -> e.target().stream()).map(EventActor::country))
                .contains("ARG", "URY", "CHL");
    }

    @Test
    void theOneAfterFromGivesTheLoan() {
        List<Event> repaid = code("Kenya will repay the loan from Egypt in barter goods.");
        assertThat(repaid).isNotEmpty();
        assertThat(repaid).allSatisfy(e -> {
            assertThat(countries(e.source())).containsExactly("EGY");
            assertThat(countries(e.target())).containsExactly("KEN");
        });
        List<Event> credits = code("Peru received a loan from Japan last year.");
        assertThat(credits).isNotEmpty();
        assertThat(credits).allSatisfy(e -> assertThat(countries(e.source())).containsExactly("JPN"));
        // the possessor of the loan gives it, to the one after "to": read as written
        List<Event> lent = code("Egypt's loan to Kenya will total 20 mln dlrs, the minister said.");
        assertThat(lent).isNotEmpty();
        assertThat(lent).allSatisfy(e -> {
            assertThat(countries(e.source())).containsExactly("EGY");
            assertThat(countries(e.target())).containsExactly("KEN");
        });
        // "from" after a verb is no giver: who withdraws acts
        List<Event> withdrew = code("Iraq withdrew its troops from Iran last month.");
        assertThat(withdrew.stream().flatMap(e -> e.source().stream()).map(EventActor::country))
                .doesNotContain("IRN");
    }

    @Test
    void creditorBanksAreTheDebtorsCounterpartWithoutItsCountry() {
        List<Event> agreed = of(code("Argentina reached agreement with its creditor banks on a new loan."),
                PloverType.AGREE);
        assertThat(agreed).isNotEmpty();
        assertThat(agreed).allSatisfy(e -> {
            assertThat(countries(e.source())).containsExactly("ARG");
            assertThat(e.target()).extracting(EventActor::name).containsExactly("creditor banks");
            assertThat(countries(e.target())).containsOnlyNulls(); // the debtor's country is not its lenders'
        });
        // banks with no word of lending are no party: "foreign banks" is not a group here
        assertThat(names(code("Foreign banks in Tokyo welcomed the decision."))).noneMatch(n -> n.contains("banks"));
        assertThat(ActorUnits.lenders("its bank creditors")).isTrue();
        assertThat(ActorUnits.lenders("protesters")).isFalse();
    }
}
