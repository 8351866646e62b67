package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Where an actor the text gives no country is not placed, and which names are no counterpart: a place that is only
 * the scene of an act does not make a named person of that country; a meeting's counterpart does not place the one
 * who meets; the names in a gerund's clause after the object ("accused X of helping Y") are not whom the act is
 * aimed at. Sentences written for these tests, through the real annotator chain and the shipped coder (English: the
 * coder's lexicon is English); each "left out" case is coded on main e799007.
 */
class ActorScenesTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    private static boolean anyActorOf(List<Event> events, String country) {
        return events.stream().anyMatch(e -> countries(e.source()).contains(country)
                || countries(e.target()).contains(country));
    }

    @Test
    void aPlaceWhereSomethingHappenedToSomeoneElseDoesNotPlaceTheNamedActor() {
        // main: REQUEST YEM -> YEM, the appeal placed where the engineer was kidnapped
        List<Event> appeal = code("Opposition MP Tom Reddle has appealed for the release of engineer Anna Cole, "
                + "kidnapped in Yemen.");
        assertThat(appeal.stream().filter(e -> countries(e.source()).contains("YEM"))).isEmpty();
    }

    @Test
    void theSceneOfTheActItselfStillPlacesItsActor() {
        List<Event> curfew = of(code("President Tom Reddle threatened to impose a curfew in Nairobi after riots in "
                + "the city."), PloverType.THREATEN);
        assertThat(curfew).isNotEmpty();
        assertThat(countries(curfew.get(0).source())).containsExactly("KEN");
    }

    @Test
    void theSentencesOwnCountryStillPlacesNamedActorsAndGroupsStillTakeTheirScene() {
        List<Event> urged = of(code("Tom Reddle urged Kenya's farmers to end their protest."), PloverType.REQUEST);
        assertThat(urged).isNotEmpty();
        assertThat(countries(urged.get(0).source())).containsExactly("KEN");
        List<Event> police = code("Police fired tear gas at students in Nairobi.");
        assertThat(police).isNotEmpty();
        assertThat(countries(police.get(0).source())).containsExactly("KEN");
    }

    @Test
    void aMeetingsCounterpartDoesNotPlaceTheOneWhoMeets() {
        // main: CONSULT BEL -> BEL, the commissioner made Belgian by the minister he met
        List<Event> met = code("Farm commissioner Jan Vorst met Belgian minister Paul Maes late last night to plan "
                + "a new initiative.");
        assertThat(met.stream().filter(e -> countries(e.source()).contains("BEL"))).isEmpty();
        // other acts keep the counterpart's country as the sentence's one country
        List<Event> accused = of(code("Opposition leader Tom Reddle accused Kenyan President Daniel Moi of rigging "
                + "the vote."), PloverType.ACCUSE);
        assertThat(accused).isNotEmpty();
        assertThat(countries(accused.get(0).source())).containsExactly("KEN");
    }

    @Test
    void namesInAGerundsClauseAfterTheObjectAreNoTarget() {
        // main: ACCUSE GBR -> EU, GBR -> SUN and KEN -> UGA, each read from the gerund's clause
        assertThat(anyActorOf(code("British lawmaker Tom Reddle said he accused the government of trying to confuse "
                + "voters by putting the EU question in the bill."), "EU")).isFalse();
        assertThat(anyActorOf(code("Britain criticised the committee for supporting the Soviet proposal."), "SUN"))
                .isFalse();
        assertThat(anyActorOf(code("Kenya accused the agency of helping Ugandan rebels."), "UGA")).isFalse();
    }

    @Test
    void theObjectBeforeTheGerundStaysTheTarget() {
        List<Event> iran = of(code("Iran accused Iraq of attacking Kuwaiti tankers."), PloverType.ACCUSE);
        assertThat(iran).hasSize(1);
        assertThat(countries(iran.get(0).target())).containsExactly("IRQ");
        List<Event> france = of(code("France criticised Germany for blocking the Dutch proposal."), PloverType.ACCUSE);
        assertThat(france).hasSize(1);
        assertThat(countries(france.get(0).target())).containsExactly("DEU");
    }

    @Test
    void aCountryWordSharesTheHeadNounOfTheNextMemberOfItsList() {
        // main: AGREE JPN -> USA, the first conjunct read as the state rather than as its companies
        List<Event> firms = code("Japanese shareholders in the two consortiums agreed that the U.S. and British "
                + "companies will be invited to join the new firm.");
        assertThat(firms).isEmpty();
        List<Event> met = of(code("U.S. and Soviet officials met in Geneva on Monday."), PloverType.CONSULT);
        assertThat(met).isNotEmpty();
        assertThat(met.get(0).source()).allSatisfy(a -> assertThat(a.sector()).isEqualTo("GOV"));
        // two bare names share no noun: the states stay states
        List<Event> states = of(code("Japan and Britain agreed to cooperate on trade."), PloverType.AGREE);
        assertThat(states).isNotEmpty();
        assertThat(states.get(0).source()).allSatisfy(a -> assertThat(a.sector()).isNull());
    }
}
