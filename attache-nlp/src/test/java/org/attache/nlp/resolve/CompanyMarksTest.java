package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.LOCATION;
import static org.attache.api.MentionType.MISC;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.junit.jupiter.api.Test;

/** Names the wire's tickers and brackets, or knowledge, mark as companies and bodies ({@link CompanyMarks}). */
class CompanyMarksTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver(AliasList.empty(), ActorKnowledge.shipped());
    private final EntityResolver bare = new EntityResolver(AliasList.empty(), ActorKnowledge.none());

    private RegisteredEntity entity(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow();
    }

    @Test
    void aTickersExchangeGivesTheHomeOfAListedCompany() {
        assertThat(CompanyMarks.exchangeCountry(CompanyMarks.tickerSuffix("Harwick Dunmore Plc <HDG.L> said", 19)))
                .isEqualTo("GBR");
        assertThat(CompanyMarks.tickerSuffix("the Harwick group <HDG.T> and", 11)).isEqualTo("T");
        assertThat(CompanyMarks.tickerSuffix("Harwick's <HDG.PA> shares", 7)).isEqualTo("PA");
        assertThat(CompanyMarks.tickerSuffix("Harwick said <HDG.L> sold", 7)).isEqualTo("L"); // one lower-case word
        assertThat(CompanyMarks.tickerSuffix("Harwick said it had sold <HDG.L>", 7)).isNull();
        assertThat(CompanyMarks.tickerSuffix("Harwick (HDG) said", 7)).isNull();
        assertThat(CompanyMarks.tickerSuffix("Harwick Aviation Inc <HAV> said", 20)).isEmpty(); // a listing, no place
        assertThat(CompanyMarks.exchangeCountry("")).isNull();
        assertThat(CompanyMarks.usListing("")).isNull();
        assertThat(CompanyMarks.tickerSuffix("Harwick <Brown and Co> said", 7)).isNull();
        // exchanges the wire's codes have given to two places say nothing; New York's only weakly
        assertThat(CompanyMarks.exchangeCountry("A")).isNull();
        assertThat(CompanyMarks.exchangeCountry("S")).isNull();
        assertThat(CompanyMarks.exchangeCountry("N")).isNull();
        assertThat(CompanyMarks.usListing("N")).isEqualTo("USA");
        assertThat(CompanyMarks.usListing("L")).isNull();
    }

    @Test
    void aNameBeforeATickerIsACompanyOfItsExchangesCountry() {
        String body = "Halloran Telesys <HTS.L> and Vernier et Fils <VEF.PA> bought stakes. Halloran Telesys said so.";
        Resolved r = bare.resolve(Docs.article("t1", "1987-03-18", body)
                .mention(LOCATION, "Halloran Telesys", 0, null, null)
                .mention(PERSON, "Vernier et Fils", 0, null, null)
                .mention(LOCATION, "Halloran Telesys", 1, null, null).build(), registry);
        RegisteredEntity h = entity(r, "Halloran Telesys");
        assertThat(h.type()).isEqualTo(ORGANIZATION);
        assertThat(h.country()).isEqualTo("GBR");
        assertThat(r.entityId(2)).isEqualTo(h.id()); // the later mention without a ticker is the same company
        assertThat(entity(r, "Vernier et Fils").type()).isEqualTo(ORGANIZATION);
        assertThat(entity(r, "Vernier et Fils").country()).isEqualTo("FRA");
    }

    @Test
    void aNewYorkListingIsWeakAndAnUnclearExchangeGivesNoCountry() {
        Resolved r = bare.resolve(Docs.article("t2", "1987-03-18",
                        "Pacifica Bell Systems <PBS.N> and Ostrander Mills <OSM.A> signed.")
                .mention(LOCATION, "Pacifica Bell Systems", null, null)
                .mention(PERSON, "Ostrander Mills", null, null).build(), registry);
        RegisteredEntity p = entity(r, "Pacifica Bell Systems");
        assertThat(p.type()).isEqualTo(ORGANIZATION);
        assertThat(p.country()).isEqualTo("USA");
        assertThat(p.weakCountry()).isTrue();
        RegisteredEntity o = entity(r, "Ostrander Mills");
        assertThat(o.type()).isEqualTo(ORGANIZATION);
        assertThat(o.country()).isNull();
    }

    @Test
    void aTickerTheRecogniserTookIntoTheNameIsCutOff() {
        Resolved r = bare.resolve(Docs.article("t3", "1987-03-18",
                        "AMSTERDAM - Veldhoven Luchtvaart <VLV.AS> said it bought a stake.")
                .mention(ORGANIZATION, "Veldhoven Luchtvaart <VLV.AS", null, null).build(), registry);
        RegisteredEntity v = registry.get(r.entityId(0)).orElseThrow();
        assertThat(v.name()).isEqualTo("Veldhoven Luchtvaart");
        assertThat(v.country()).isEqualTo("NLD");
    }

    @Test
    void theWordBeforeAndIsPartOfTheNameATickerCloses() {
        String body = "Air Kent Ltd, a subsidiary of Penrose and Caldwell Shipping Plc <PCS.L>, agreed. "
                + "Cable and Wireless PLC <CWL.L> said so.";
        Resolved r = bare.resolve(Docs.article("t4", "1987-03-18", body)
                .mention(MISC, "Penrose", null, null)
                .mention(ORGANIZATION, "Caldwell Shipping Plc", null, null)
                .mention(ORGANIZATION, "Wireless PLC", null, null).build(), registry);
        assertThat(r.annotated().mentions()).extracting(m -> m.text())
                .containsExactly("Penrose and Caldwell Shipping Plc", "Cable and Wireless PLC");
        assertThat(registry.get(r.entityId(0)).orElseThrow().country()).isEqualTo("GBR");
        // no ticker: two names joined by "and" stay two
        Resolved plain = bare.resolve(Docs.article("t5", "1987-03-18",
                        "Stakes went to Penrose and Caldwell Shipping Plc last week.")
                .mention(MISC, "Penrose", null, null)
                .mention(ORGANIZATION, "Caldwell Shipping Plc", null, null).build(), registry);
        assertThat(plain.annotated().mentions()).hasSize(2);
    }

    @Test
    void bracketsMarkACompany() {
        Resolved r = bare.resolve(Docs.article("t6", "1987-03-18",
                        "The two groups, <Kawamori Denki Co> and others, were set up in 1986.")
                .mention(LOCATION, "Kawamori Denki Co", null, null).build(), registry);
        assertThat(registry.get(r.entityId(0)).orElseThrow().type()).isEqualTo(ORGANIZATION);
    }

    @Test
    void knowledgeOfACompanyOrABodyMakesAnOrganisationUnlessTheTextMakesItAPerson() {
        Resolved r = resolver.resolve(Docs.article("t7", "2005-01-18",
                        "Euronext is working with Morgan Stanley. A Law Lords ruling, said Ann Kerr of JPMorgan Chase.")
                .mention(PERSON, "Morgan Stanley", null, null)
                .mention(MISC, "Law Lords", null, null)
                .person("Ann Kerr")
                .mention(ORGANIZATION, "JPMorgan Chase", null, null).build(), registry);
        assertThat(entity(r, "Morgan Stanley").type()).isEqualTo(ORGANIZATION);
        assertThat(entity(r, "Morgan Stanley").country()).isEqualTo("USA");
        assertThat(entity(r, "Law Lords").type()).isEqualTo(ORGANIZATION);
        assertThat(entity(r, "Law Lords").country()).isEqualTo("GBR");
        assertThat(entity(r, "JPMorgan Chase").country()).isEqualTo("USA"); // listed as "J.P. Morgan Chase"
        assertThat(entity(r, "Ann Kerr").type()).isEqualTo(PERSON);

        Resolved man = resolver.resolve(Docs.article("t8", "2005-01-18",
                        "Mr Charles Schwab said on Monday that he would retire.")
                .person("Charles Schwab").build(), registry);
        assertThat(entity(man, "Charles Schwab").type()).isEqualTo(PERSON); // "Mr": the man, not the broker
    }
}
