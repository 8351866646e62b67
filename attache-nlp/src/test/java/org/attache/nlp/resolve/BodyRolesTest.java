package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/**
 * A person's affiliation from a role the text ties to a body ({@link BodyRoles}), through the whole Annotate and
 * Resolve chain, on texts written for these tests (English: the phrases are English news grammar), with phrases
 * next to them that must give nothing.
 */
class BodyRolesTest {
    private static CoreNlpAnnotator annotator;
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver(AliasList.empty(), ActorKnowledge.shipped());

    @BeforeAll
    static void models() {
        annotator = TestAnnotators.defaults().withLayers(Annotators.layers());
    }

    private Resolved resolve(String text) {
        Article article = new Article("b" + registry.hashCode() + text.hashCode(), "test", null, null, null, false,
                List.of(text), List.of(), null, null, new PublishedDate("1987-05-04", DateProvenance.META), "en",
                List.of(), null, null);
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
    void anOrganisationBeforeTheTitleWithLowerCaseWordsBetween() {
        Resolved r = resolve("The opposition SPD wants new talks in Bonn, SPD foreign policy spokesman Karl Obermair "
                + "said. NATO defence planning chief Ruud Visser agreed, Siemens said spokesman Udo Brandt.");
        assertThat(entity(r, "Karl Obermair").country()).isEqualTo("DEU");
        assertThat(entity(r, "Ruud Visser").country()).isEqualTo("NATO");
        assertThat(entity(r, "Udo Brandt").country()).as("'said' is no modifier of the title").isNull();
    }

    @Test
    void aTitleOpenedByTheHeadNounOfTheArticlesOneBody() {
        Resolved r = resolve("The Asian Development Bank will lend more to Nepal, bank president Kenji Morita said "
                + "in Manila on Monday.");
        assertThat(entity(r, "Kenji Morita").country()).isEqualTo("ADB");
    }

    @Test
    void theBodyOfTheHoldersSentenceBeforeTheArticlesOthers() {
        Resolved r = resolve("The Asian Development Bank will lend more to Nepal, bank president Kenji Morita said "
                + "in Manila on Monday. The World Bank lent 40 mln dlrs to Nepal last year.");
        assertThat(entity(r, "Kenji Morita").country()).isEqualTo("ADB");
    }

    @Test
    void aHeadNounSharedByBodiesOfTwoAffiliationsGivesNothing() {
        Resolved r = resolve("The Asian Development Bank and the World Bank will lend more to Nepal, bank "
                + "president Kenji Morita said in Manila on Monday.");
        assertThat(entity(r, "Kenji Morita").country()).isNull();
    }

    @Test
    void aDescriptionSetOffBeforeTheNameWithACountrysPossessive() {
        Resolved r = resolve("Fighting went on in the north. The political department head at Iraq's Defence "
                + "Ministry, Abdul Karim Saadi, said on Monday that Iran had exaggerated its gains.");
        assertThat(entity(r, "Abdul Karim Saadi").country()).isEqualTo("IRQ");
    }

    @Test
    void aDescriptionAfterTheNameWithATownBasedSeat() {
        Resolved r = resolve("The bid was rejected last week. Hans Obermeier, chief executive of the "
                + "Stuttgart-based carmaker, may come back with a higher offer.");
        assertThat(entity(r, "Hans Obermeier").country()).isEqualTo("DEU");
    }

    @Test
    void aPlaceOrAnOpponentInTheDescriptionIsNotWhomThePersonServes() {
        Resolved r = resolve("Talks resumed on Monday. Pedro Salgado, a spokesman for the rebels fighting "
                + "Nicaragua's army, said they would not disarm. Maria Lopes, a lawyer in Lisbon, agreed.");
        assertThat(entity(r, "Pedro Salgado").country()).as("the office's 'for' phrase stops at 'fighting'").isNull();
        assertThat(entity(r, "Maria Lopes").country()).isNull();
    }

    @Test
    void aUsStateBeforeALegislatorsTitle() {
        Resolved r = resolve("Markets fell on Monday. N.J. Rep. Thomas Arlen, the senior subcommittee Republican, "
                + "said he would introduce legislation.");
        assertThat(entity(r, "Thomas Arlen").country()).isEqualTo("USA");
    }
}
