package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.AffiliationSource;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.annotate.TestAnnotators;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Affiliations through the whole Annotate and Resolve chain, on texts written for these tests. */
class AffiliationTest {
    private static CoreNlpAnnotator annotator;
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver(AliasList.empty(), ActorKnowledge.shipped());

    @BeforeAll
    static void models() {
        annotator = TestAnnotators.defaults().withLayers(Annotators.layers());
    }

    private Resolved resolve(String published, String dateline, String text) {
        Article article = new Article("a" + registry.hashCode() + text.hashCode(), "test", null, null, null, false,
                List.of(text), List.of(), null, dateline,
                published == null ? null : new PublishedDate(published, DateProvenance.META), "en", List.of(), null, null);
        return resolver.resolve(annotator.annotate(article), registry);
    }

    private RegisteredEntity entity(Resolved r, String mention) {
        var ms = r.annotated().mentions();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).text().equals(mention) && r.entityId(i) != null) {
                return registry.get(r.entityId(i)).orElseThrow();
            }
        }
        throw new AssertionError("no entity mention '" + mention + "' in " + ms);
    }

    @Test
    void theOfficePhraseSaysWhomTheHolderServes() {
        Resolved r = resolve("1987-03-02", null, "Iranian Oil Minister Gholam Vahidi is expected in Algiers on Friday. "
                + "Singapore's Foreign Minister Ho Kwan Lim and U.S. Trade Representative Mark Dunmore will also attend.");
        assertThat(entity(r, "Gholam Vahidi").country()).isEqualTo("IRN");
        assertThat(entity(r, "Gholam Vahidi").countrySource()).isEqualTo(AffiliationSource.OFFICE);
        assertThat(entity(r, "Ho Kwan Lim").country()).isEqualTo("SGP");
        assertThat(entity(r, "Mark Dunmore").country()).isEqualTo("USA");
    }

    @Test
    void anOfficePhraseDoesNotReachBackOverTheEndOfASentence() {
        Resolved r = resolve("1987-03-02", null, "Norwegian Prime Minister Kari Dahl met Chilean President Ana Rojas. "
                + "Foreign Minister Ola Berg took part.");
        assertThat(entity(r, "Ana Rojas").country()).isEqualTo("CHL");
        assertThat(entity(r, "Ola Berg").country()).as("'Rojas.' ends a sentence: Chile does not qualify the title")
                .isNull();
    }

    @Test
    void anUnqualifiedGovernmentOfficeServesTheGovernmentOfTheArticlesOfficials() {
        Resolved r = resolve("1987-03-02", null, "Japanese Prime Minister Taro Ikeda will visit Canada in May. "
                + "Foreign Minister Jiro Sato will accompany him, Chief Cabinet Secretary Ken Mori said.");
        assertThat(entity(r, "Jiro Sato").country()).isEqualTo("JPN");
        assertThat(entity(r, "Jiro Sato").countrySource()).isEqualTo(AffiliationSource.CONTEXT);
        assertThat(entity(r, "Ken Mori").country()).isEqualTo("JPN");
    }

    @Test
    void theOfficePhraseBeatsTheContextOfAVisit() {
        Resolved r = resolve("1987-03-02", null, "Prime Minister Ole Hansen is on a three-day visit to Japan. "
                + "He met with U.S. Trade Representative Mark Dunmore and with Koji Tanabe, chairman of Tanabe Steel.");
        assertThat(entity(r, "Mark Dunmore").country()).isEqualTo("USA");
        assertThat(entity(r, "Koji Tanabe").country()).as("a host of the visit, weakly").isEqualTo("JPN");
        assertThat(entity(r, "Koji Tanabe").countrySource()).isEqualTo(AffiliationSource.CONTEXT);
    }

    @Test
    void theDatelineNeverMakesSomeoneANational() {
        Resolved r = resolve("1987-03-03", "TOKYO", "TOKYO, March 3 - Senator Harold Fenwick criticised the trade "
                + "surplus and Orbisco Holdings said it would build a plant.");
        assertThat(entity(r, "Harold Fenwick").country()).isNull();
        assertThat(entity(r, "Orbisco Holdings").country()).isNull();
        assertThat(entity(r, "TOKYO").country()).isEqualTo("JPN");
    }

    @Test
    void internationalOrganisationsAndTheirOfficialsHaveNoHostCountry() {
        Resolved r = resolve("1987-03-02", "NAIROBI", "NAIROBI, March 2 - IMF Managing Director Anne Roux met Kenyan "
                + "Finance Minister Peter Kamau. The European Community and the World Bank will also lend to Kenya.");
        assertThat(entity(r, "IMF").country()).isEqualTo("IMF");
        assertThat(entity(r, "IMF").countrySource()).isEqualTo(AffiliationSource.NAME);
        assertThat(entity(r, "Anne Roux").country()).isEqualTo("IMF");
        assertThat(entity(r, "Peter Kamau").country()).isEqualTo("KEN");
        assertThat(entity(r, "European Community").country()).isEqualTo("EU");
        assertThat(entity(r, "World Bank").country()).isEqualTo("WB");
    }

    @Test
    void knowledgeGivesRolesByTheArticlesDate() {
        Resolved r = resolve("1987-03-02", "TOKYO", "TOKYO, March 2 - Caspar Weinberger said Japan should do more.");
        assertThat(entity(r, "Caspar Weinberger").country()).isEqualTo("USA");
        assertThat(entity(r, "Caspar Weinberger").countrySource()).isEqualTo(AffiliationSource.KNOWLEDGE);
    }

    @Test
    void theSovietUnionUntilItsLastDayAndRussiaAfter() {
        Resolved before = resolve("1991-12-25", null, "Soviet Deputy Foreign Minister Ivan Petrenko spoke in Moscow.");
        assertThat(entity(before, "Moscow").country()).isEqualTo("SUN");
        assertThat(entity(before, "Ivan Petrenko").country()).isEqualTo("SUN");
        Resolved after = resolve("1991-12-26", null, "Russian Foreign Minister Pavel Orlov spoke in Moscow.");
        assertThat(entity(after, "Moscow").country()).isEqualTo("RUS");
        assertThat(entity(after, "Pavel Orlov").country()).isEqualTo("RUS");
        assertThat(entity(after, "Moscow").id()).as("two states, two entities").isNotEqualTo(entity(before, "Moscow").id());
    }
}
