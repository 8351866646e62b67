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

    @Test
    void aNameThatOpensACompanyWrittenWithItsLegalFormIsThatCompanyInTheWholeArticle() {
        String body = "Dravenport Kessler Lund Inc said it would sell a unit. Dravenport shares rose. "
                + "Analysts said Dravenport had sought a buyer.";
        Resolved r = bare.resolve(Docs.article("c1", "1987-03-18", body)
                .mention(ORGANIZATION, "Dravenport Kessler Lund Inc", null, null)
                .mention(PERSON, "Dravenport", 1, null, null)
                .mention(MISC, "Dravenport", 2, null, null).build(), registry);
        assertThat(r.annotated().mentions()).extracting(m -> m.type()).containsOnly(ORGANIZATION);
        assertThat(r.entityId(1)).isEqualTo(r.entityId(0)); // one company, under its full name
        assertThat(r.entityId(2)).isEqualTo(r.entityId(0));
        assertThat(registry.get(r.entityId(1)).orElseThrow().name()).isEqualTo("Dravenport Kessler Lund Inc");

        // German: "Vohwinkel" alone and "Vohwinkel AG"; French: "Mareuil" and "Mareuil SA"
        Resolved de = bare.resolve(Docs.article("c2", "1987-03-18",
                        "Die Vohwinkel AG meldete Gewinne. Vohwinkel will expandieren. Mareuil SA et Mareuil aussi.")
                .mention(ORGANIZATION, "Vohwinkel AG", null, null)
                .mention(PERSON, "Vohwinkel", 1, null, null)
                .mention(ORGANIZATION, "Mareuil SA", null, null)
                .mention(PERSON, "Mareuil", 1, null, null).build(), registry);
        assertThat(de.annotated().mentions().get(1).type()).isEqualTo(ORGANIZATION);
        assertThat(de.annotated().mentions().get(3).type()).isEqualTo(ORGANIZATION);
    }

    @Test
    void aPersonWhoSharesHisSurnameWithAFirmStaysAPerson() {
        // "Ruth Ostrowe" is a person of the firm's name: the bare surname after her is hers, not the firm's
        String body = "Ostrowe Holdings Ltd named Ruth Ostrowe chairman. Ostrowe said she would stay.";
        Resolved r = bare.resolve(Docs.article("c3", "1987-03-18", body)
                .mention(ORGANIZATION, "Ostrowe Holdings Ltd", null, null)
                .person("Ruth Ostrowe")
                .mention(PERSON, "Ostrowe", 2, null, null).build(), registry);
        assertThat(r.annotated().mentions().get(2).type()).isEqualTo(PERSON);
        // an honorific or an office makes the bare name a person's too
        Resolved mr = bare.resolve(Docs.article("c4", "1987-03-18",
                        "Talbrook Co said profits fell. Mr Talbrook, who founded it, retired.")
                .mention(ORGANIZATION, "Talbrook Co", null, null)
                .mention(PERSON, "Talbrook", 1, null, null).build(), registry);
        assertThat(mr.annotated().mentions().get(1).type()).isEqualTo(PERSON);
        // no company of that opening written with a legal form in the article: nothing changes
        Resolved none = bare.resolve(Docs.article("c5", "1987-03-18",
                        "Talbrook Group said profits fell. Talbrook said so.")
                .mention(ORGANIZATION, "Talbrook Group", null, null)
                .mention(PERSON, "Talbrook", 1, null, null).build(), registry);
        assertThat(none.annotated().mentions().get(1).type()).isEqualTo(PERSON);
        // a part of a hyphenated compound names no company: "the Hart-Scott-Rodino Act" beside "Scott Cable Inc"
        Resolved act = bare.resolve(Docs.article("c11", "1987-03-18",
                        "Scott Cable Inc filed under the Hart-Scott-Rodino Act.")
                .mention(ORGANIZATION, "Scott Cable Inc", null, null)
                .mention(PERSON, "Scott", 1, null, null).build(), registry);
        assertThat(act.annotated().mentions().get(1).type()).isEqualTo(PERSON);
    }

    @Test
    void aPossessiveCompanyHeadMakesTheBareNameTheCompany() {
        String body = "Quenby's Ratings Service downgraded the debt. Quenby's said the outlook was weak.";
        Resolved r = bare.resolve(Docs.article("c6", "1987-03-18", body)
                .mention(ORGANIZATION, "Quenby's Ratings Service", null, null)
                .mention(PERSON, "Quenby", 1, null, null).build(), registry);
        assertThat(r.annotated().mentions().get(1).type()).isEqualTo(ORGANIZATION);
        assertThat(r.entityId(1)).isEqualTo(r.entityId(0));
        // a demonym or country name opening a company's name stays what it is ("American" of "American Express Co")
        Resolved us = bare.resolve(Docs.article("c7", "1987-03-18", "American Express Co said American banks lent.")
                .mention(ORGANIZATION, "American Express Co", null, null)
                .mention(MISC, "American", 1, null, null).build(), registry);
        assertThat(us.annotated().mentions().get(1).type()).isEqualTo(MISC);
    }

    @Test
    void aTickerInsideANameIsNoPartOfIt() {
        Resolved r = bare.resolve(Docs.article("c8", "1987-03-18",
                        "LONDON - Marbury Bank <MRB.L> PLC said it raised its base rate.")
                .mention(ORGANIZATION, "Marbury Bank <MRB.L> PLC", null, null).build(), registry);
        RegisteredEntity m = registry.get(r.entityId(0)).orElseThrow();
        assertThat(m.name()).isEqualTo("Marbury Bank PLC");
    }

    @Test
    void aSeatOfGovernmentThatActsIsItsGovernment() {
        Resolved r = resolver.resolve(Docs.article("s1", "1987-03-18",
                        "The White House said it would veto the bill. Reporters waited outside the White House.")
                .mention(LOCATION, "White House", 0, null, null)
                .mention(LOCATION, "White House", 1, null, null).build(), registry);
        RegisteredEntity w = registry.get(r.entityId(0)).orElseThrow();
        assertThat(w.type()).isEqualTo(ORGANIZATION);
        assertThat(w.country()).isEqualTo("USA");
        assertThat(r.entityId(1)).isEqualTo(w.id()); // the article's one White House
        // the Kremlin of 1987 is the Soviet government's
        Resolved k = resolver.resolve(Docs.article("s2", "1987-03-18", "The Kremlin denied the report.")
                .mention(LOCATION, "Kremlin", null, null).build(), registry);
        RegisteredEntity kremlin = registry.get(k.entityId(0)).orElseThrow();
        assertThat(kremlin.type()).isEqualTo(ORGANIZATION);
        assertThat(kremlin.country()).isEqualTo("SUN");
        // only a place where things happen: a place
        Resolved at = resolver.resolve(Docs.article("s3", "1987-03-18", "They met at Downing Street on Monday.")
                .mention(LOCATION, "Downing Street", null, null).build(), registry);
        assertThat(at.annotated().mentions().getFirst().type()).isEqualTo(LOCATION);
        // a street the table lists as no seat stays a place however it is used
        Resolved wall = resolver.resolve(Docs.article("s4", "1987-03-18", "Wall Street expects a rate cut.")
                .mention(LOCATION, "Wall Street", null, null).build(), registry);
        assertThat(wall.annotated().mentions().getFirst().type()).isEqualTo(LOCATION);
    }

    @Test
    void aSingleWordCompanyWithItsLegalFormGetsTheDictionariesHome() {
        ActorKnowledge k = ActorKnowledge.shipped();
        java.time.LocalDate day = java.time.LocalDate.of(1987, 3, 18);
        assertThat(k.companyHome("Boeing Co", day)).isEqualTo("USA"); // BOEING_ [MNCUSA]
        assertThat(k.companyHome("Boeing", day)).isNull(); // a single word alone is anyone's
        assertThat(k.companyHome("Jordan Ltd", day)).isNull(); // a word the dictionaries list as no company
    }
}
