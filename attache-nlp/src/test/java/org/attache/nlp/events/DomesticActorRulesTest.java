package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that place actors the text gives no country (domestic events, group nouns, cities, ethnic groups,
 * parties and armed groups) and the type rules added with them, on invented news sentences.
 */
class DomesticActorRulesTest {
    private static CoreNlpAnnotator annotator;
    private final PatternEventCoder coder = PatternEventCoder.standard();

    @BeforeAll
    static void load() {
        annotator = Annotators.standard();
    }

    private List<Event> code(String text) {
        Article article = new Article("a1", "test", null, null, null, false, List.of(text), List.of(), null, null,
                (PublishedDate) null, "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = new EntityResolver().resolve(annotator.annotate(article), registry);
        return coder.code(resolved, registry);
    }

    private static List<String> countries(List<EventActor> actors) {
        return actors.stream().map(EventActor::country).toList();
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events %s", events).hasSize(1);
        return of.get(0);
    }

    @Test
    void anOfficeHolderWithoutCountryTakesTheSentencesOnlyCountry() {
        Event e = only(code("Zambian protesters demanded the resignation of President Joseph Mwale on Tuesday."),
                PloverType.REQUEST);
        assertThat(countries(e.source())).containsExactly("ZMB");
        assertThat(e.target()).extracting(EventActor::name).containsExactly("Joseph Mwale");
        assertThat(countries(e.target())).containsExactly("ZMB");
    }

    @Test
    void aStateNamedBareAsTheCounterpartDoesNotPlaceTheActor() {
        // the president stays unplaced, and an act by an unplaced actor is not stated (ActorEvidence)
        assertThat(code("President Harlan Webb threatened further action against Russia on Monday."))
                .noneMatch(e -> countries(e.source()).contains("RUS"));
        Event e = only(code("Chilean President Harlan Webb threatened further action against Russia on Monday."),
                PloverType.THREATEN);
        assertThat(countries(e.target())).containsExactly("RUS");
        assertThat(countries(e.source())).containsExactly("CHL");
    }

    @Test
    void aGroupNamedByACommonNounIsAnActorOfTheSentencesCountry() {
        Event e = only(code("Government troops shelled Goma on Sunday, killing at least twelve people."),
                PloverType.ASSAULT);
        assertThat(e.source()).extracting(EventActor::name).containsExactly("Government troops");
        assertThat(e.source().get(0).sector()).isEqualTo("MIL");
        assertThat(countries(e.source())).containsExactly("COD");
        assertThat(countries(e.target())).containsExactly("COD"); // Goma, a city the country gazetteer lacks
        assertThat(e.source().get(0).entityId()).isNull();
    }

    @Test
    void aGroupBoundToAPlaceTakesThatPlacesCountry() {
        Event e = only(code("Demonstrators in Kandahar protested on Friday against the United States."),
                PloverType.PROTEST);
        assertThat(e.source()).extracting(EventActor::name).containsExactly("Demonstrators");
        assertThat(countries(e.source())).containsExactly("AFG");
    }

    @Test
    void anEthnicGroupIsCodedByTheCountryItLivesIn() {
        Event e = only(code("Hundreds of ethnic Hungarians demonstrated on Saturday in Romania."), PloverType.PROTEST);
        assertThat(countries(e.source())).containsExactly("ROU");
    }

    @Test
    void aDomesticProtestWithoutNamedTargetIsAimedAtTheGovernment() {
        Event e = only(code("Kenyan teachers staged a general strike on Monday to demand higher pay."), PloverType.PROTEST);
        assertThat(countries(e.source())).containsExactly("KEN");
        assertThat(e.target()).hasSize(1);
        assertThat(e.target().get(0).country()).isEqualTo("KEN");
        assertThat(e.target().get(0).sector()).isEqualTo("GOV");
        assertThat(e.target().get(0).entityId()).isNull();
    }

    @Test
    void aWellKnownArmedGroupHasItsCountry() {
        Event e = only(code("Israel accused Hezbollah of firing rockets across the border on Friday."),
                PloverType.ACCUSE);
        assertThat(countries(e.source())).containsExactly("ISR");
        assertThat(countries(e.target())).containsExactly("LBN");
    }

    @Test
    void aSubordinateClauseEndsTheObjectSide() {
        List<Event> events = code("Norwegian Prime Minister Lena Sorvik resigned on Friday as the opposition "
                + "threatened a vote of no confidence.");
        Event e = events.stream().filter(x -> x.trigger().startsWith("resign")).findFirst().orElseThrow();
        assertThat(countries(e.source())).containsExactly("NOR");
        assertThat(e.target()).isEmpty();
    }

    @Test
    void anArmyPreparingToAttackShowsForce() {
        Event e = code("The Serbian army prepared to shell rebel positions near the border.").get(0);
        assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
        assertThat(e.cameo()).isEqualTo("150");
        assertThat(countries(e.source())).containsExactly("SRB");
    }

    @Test
    void aPoliticianPreparedToTalkIsNoShowOfForce() {
        List<Event> events = code("Serbian President Milan Petrovic said he is prepared to attack corruption.");
        assertThat(events).noneMatch(x -> x.type() == PloverType.MOBILIZE);
    }

    @Test
    void openingTheBordersToRefugeesIsAid() {
        Event e = only(code("Chad opened its borders on Tuesday to refugees fleeing the fighting."), PloverType.AID);
        assertThat(e.cameo()).isEqualTo("075");
        assertThat(countries(e.source())).containsExactly("TCD");
    }

    @Test
    void twoPartiesFailingToAgreeRejectWithoutATarget() {
        Event e = only(code("Ethiopia and Eritrea failed to reach agreement on the border dispute on Sunday."),
                PloverType.REJECT);
        assertThat(countries(e.source())).containsExactly("ETH", "ERI");
        assertThat(e.target()).isEmpty();
    }

    @Test
    void citiesAndTerritoriesArePlaced() {
        assertThat(Places.countryOf("Khartoum")).isEqualTo("SDN");
        assertThat(Places.countryOf("the Gaza Strip")).isEqualTo("PSE");
        assertThat(Places.countryOf("Atlantis")).isNull();
        assertThat(Places.countryOfOrganisation("Tamil Tigers")).isEqualTo("LKA");
        assertThat(Places.countryOfOrganisation("Rotary Club")).isNull();
    }
}
