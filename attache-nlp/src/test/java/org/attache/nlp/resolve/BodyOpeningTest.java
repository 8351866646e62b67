package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.junit.jupiter.api.Test;

/** A body named inside a state's own body takes that state's country ({@code CountryEvidence.fromBodyOpening}). */
class BodyOpeningTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver(AliasList.empty(), ActorKnowledge.shipped());

    private String countryOf(String body, String org) {
        Resolved r = resolver.resolve(Docs.article("b" + body.hashCode(), "1987-04-01", body)
                .mention(ORGANIZATION, org, null, null).build(), registry);
        return registry.get(r.entityId(0)).orElseThrow().country();
    }

    @Test
    void aStatesBodyOpeningTheNameGivesItsCountry() {
        assertThat(countryOf("Sources said the White House Trade Policy Group was split.", "White House Trade Policy Group"))
                .isEqualTo("USA");
        assertThat(countryOf("Le Comite de la Federal Reserve Bank of Atlanta a vote.", "Federal Reserve Bank of Atlanta"))
                .isEqualTo("USA");
        assertThat(countryOf("A report by the House of Commons Defence Committee said so.",
                "House of Commons Defence Committee")).isEqualTo("GBR");
    }

    @Test
    void otherOpeningsGiveNothing() {
        assertThat(countryOf("Analysts at Lotus Development Group said so.", "Lotus Development Group")).isNull();
        // a party's or an outlet's name opening a body's is no state's institution
        assertThat(countryOf("The Liberal Democrats Youth Wing met.", "Liberal Democrats Youth Wing")).isNull();
    }
}
