package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;

import org.attache.api.AffiliationSource;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.junit.jupiter.api.Test;

/** A state's own bodies named without their country, and the people whose offices name them. */
class NationalBodyEvidenceTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver(AliasList.empty(), ActorKnowledge.shipped());

    /** The entity id of the mention spelled {@code text}, or null when it names no entity. */
    private static String idOf(Resolved r, String text) {
        return Docs.entityIdOf(r, text);
    }

    private RegisteredEntity entity(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow();
    }

    @Test
    void centralBanksLegislaturesAndAgenciesTakeTheirCountryAsKnowledge() {
        String body = "The Bundesbank left rates unchanged, the Knesset debated the budget and the SEC fined a broker "
                + "in a case that Tass reported.";
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-05", body)
                .mention(ORGANIZATION, "Bundesbank", null, null).mention(ORGANIZATION, "Knesset", null, null)
                .mention(ORGANIZATION, "SEC", null, null).mention(ORGANIZATION, "Tass", null, null).build(), registry);
        assertThat(entity(r, "Bundesbank").country()).isEqualTo("DEU");
        assertThat(entity(r, "Bundesbank").countrySource()).isEqualTo(AffiliationSource.KNOWLEDGE);
        assertThat(entity(r, "Knesset").country()).isEqualTo("ISR");
        assertThat(entity(r, "SEC").country()).isEqualTo("USA");
        assertThat(entity(r, "Tass").country()).isEqualTo("SUN");
    }

    @Test
    void theHolderOfAnOfficeInANationalBodyIsOfItsCountry() {
        String body = "Securities and Exchange Commission chairman Walter Brandt said insider trading had fallen.";
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-05", body)
                .mention(ORGANIZATION, "Securities and Exchange Commission", null, null).person("Walter Brandt")
                .office("Walter Brandt", "chairman", "Securities and Exchange Commission", null, false).build(), registry);
        assertThat(entity(r, "Walter Brandt").country()).isEqualTo("USA");
        assertThat(entity(r, "Walter Brandt").countrySource()).isEqualTo(AffiliationSource.OFFICE);
    }

    @Test
    void theStorysPlacesDoNotMakeAnOutletOrBodyTheirs() {
        String body = "Kenya's central bank raised rates, the Nairobi office of Reuters said, citing Le Monde.";
        Resolved r = resolver.resolve(Docs.article("a1", "2004-05-05", body).dateline("NAIROBI")
                .mention(org.attache.api.MentionType.LOCATION, "Kenya", null, "KEN")
                .mention(ORGANIZATION, "Reuters", null, null).mention(ORGANIZATION, "Le Monde", null, null).build(),
                registry);
        assertThat(entity(r, "Reuters").country()).isEqualTo("GBR");
        assertThat(entity(r, "Le Monde").country()).isEqualTo("FRA");
    }

    @Test
    void aBodyEveryStateHasIsOfTheOneStateWhoseOwnInstitutionsTheArticleNames() {
        String body = "The Senate will hold hearings, the chairman of the Securities and Exchange Commission said.";
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-05", body).dateline("WASHINGTON")
                .mention(ORGANIZATION, "Senate", null, null)
                .mention(ORGANIZATION, "Securities and Exchange Commission", null, null).build(), registry);
        assertThat(entity(r, "Senate").country()).isEqualTo("USA");
        assertThat(entity(r, "Senate").countrySource()).as("weak context").isEqualTo(AffiliationSource.CONTEXT);
    }

    @Test
    void aLegislatorsPartyAndStateMakeTheCongressAmerican() {
        String body = "Congress must act, said Edward Marlow (D-Mass.), whose panel meets on Tuesday.";
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-05", body)
                .mention(ORGANIZATION, "Congress", null, null).person("Edward Marlow").build(), registry);
        assertThat(entity(r, "Congress").country()).isEqualTo("USA");
    }

    @Test
    void outletsAndTwoStatesInstitutionsGiveABodyNoCountry() {
        String body = "Parliament passed the bill, Reuters reported.";
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-05", body)
                .mention(ORGANIZATION, "Parliament", null, null).mention(ORGANIZATION, "Reuters", null, null).build(),
                registry);
        assertThat(idOf(r, "Parliament")).as("an outlet reports on every country: no state, no one body").isNull();
        String both = "The Senate heard that the Bundesbank and the Federal Reserve disagreed.";
        Resolved r2 = resolver.resolve(Docs.article("a2", "1987-03-05", both)
                .mention(ORGANIZATION, "Senate", null, null).mention(ORGANIZATION, "Bundesbank", null, null)
                .mention(ORGANIZATION, "Federal Reserve", null, null).build(), registry);
        assertThat(idOf(r2, "Senate")).as("two states' institutions: no state, no one body").isNull();
    }
}
