package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.MISC;
import static org.attache.api.MentionType.ORGANIZATION;

import org.attache.api.AffiliationSource;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;

/** A company's country from its parent, its longer form in the article, and its officers'; agreements' names. */
class CompanyAffiliationTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver();

    private String country(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow().country();
    }

    private AffiliationSource source(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow().countrySource();
    }

    @Test
    void aUnitTakesItsParentsCountryFromTheParentsDescription() {
        String body = "Orvik Capital Partners Ltd (OCP), a unit of the U.K. merchant bank Fenwick Brothers, raised funds.";
        Resolved r = resolver.resolve(Docs.article("a1", body)
                .mention(ORGANIZATION, "Orvik Capital Partners Ltd", null, null)
                .mention(ORGANIZATION, "Fenwick Brothers", null, null).build(), registry);
        assertThat(country(r, "Orvik Capital Partners Ltd")).isEqualTo("GBR");
        assertThat(source(r, "Orvik Capital Partners Ltd")).isEqualTo(AffiliationSource.APPOSITION);
        String possessive = "Tessaro Finanz AG, a subsidiary of Italy's Banca Verdi, bought bonds.";
        Resolved p = resolver.resolve(Docs.article("a2", possessive)
                .mention(ORGANIZATION, "Tessaro Finanz AG", null, null).build(), registry);
        assertThat(country(p, "Tessaro Finanz AG")).isEqualTo("ITA");
    }

    @Test
    void aUnitTakesItsNamedParentsOwnEvidenceButNeverAGuess() {
        String body = "Halvor Data Ltd, a unit of Kestrel Holdings Plc, said it sold a plant.";
        Resolved r = resolver.resolve(Docs.article("a1", body).mention(ORGANIZATION, "Halvor Data Ltd", null, null)
                .mention(ORGANIZATION, "Kestrel Holdings Plc", null, null).build(), registry);
        assertThat(country(r, "Halvor Data Ltd")).isEqualTo("GBR");
        String unknown = "Marsk Data Ltd, a unit of Kestrel Partners, said it sold a plant.";
        Resolved u = resolver.resolve(Docs.article("a2", unknown).mention(ORGANIZATION, "Marsk Data Ltd", null, null)
                .mention(ORGANIZATION, "Kestrel Partners", null, null).build(), registry);
        assertThat(country(u, "Marsk Data Ltd")).as("a parent of no known country gives none").isNull();
        String sold = "Brisk Data Ltd sold a unit of the U.K. bank Fenwick Brothers.";
        Resolved s = resolver.resolve(Docs.article("a3", sold).mention(ORGANIZATION, "Brisk Data Ltd", null, null)
                .build(), registry);
        assertThat(country(s, "Brisk Data Ltd")).as("the buyer is no unit of what it buys").isNull();
    }

    @Test
    void aShortNameTakesTheCountryOfTheLongerCompanyNameItOpensOrThatBracketsIt() {
        String body = "Sorvino AG Carl Brandt Sport <SORV.F> posted a loss. Sorvino expects a profit.";
        Resolved r = resolver.resolve(Docs.article("a1", body)
                .mention(ORGANIZATION, "Sorvino AG Carl Brandt Sport", null, null)
                .mention(ORGANIZATION, "Sorvino", 1, null, null).build(), registry);
        assertThat(country(r, "Sorvino")).isEqualTo("DEU");
        String bracket = "Norway's state power company Norsk Fjordkraft (Fjordkraft) signed contracts, Fjordkraft said.";
        Resolved b = resolver.resolve(Docs.article("a2", bracket).mention(ORGANIZATION, "Norsk Fjordkraft", null, null)
                .mention(ORGANIZATION, "Fjordkraft", 1, null, null).mention(ORGANIZATION, "Fjordkraft", 2, null, null)
                .build(), registry);
        assertThat(country(b, "Fjordkraft")).isEqualTo("NOR");
        String acronym = "Norway's state power company Norsk Fjordkraft (NFK) signed contracts, NFK said.";
        Resolved n = resolver.resolve(Docs.article("a3", acronym).mention(ORGANIZATION, "Norsk Fjordkraft", null, null)
                .mention(ORGANIZATION, "NFK", 1, null, null).build(), registry);
        assertThat(country(n, "NFK")).as("an acronym is the acronym layer's to expand").isNull();
    }

    @Test
    void aShortNameTakesNothingFromALongerNameOfNoKnownCountryOrThatIsNoCompany() {
        String body = "Tamberg Ltd bought shares. Tamberg said so.";
        Resolved r = resolver.resolve(Docs.article("a1", body).mention(ORGANIZATION, "Tamberg Ltd", null, null)
                .mention(ORGANIZATION, "Tamberg", 1, null, null).build(), registry);
        assertThat(country(r, "Tamberg")).isNull();
        String unit = "Vestrik Exploration (Canada) Ltd will merge with a rival, Vestrik said.";
        Resolved u = resolver.resolve(Docs.article("a3", unit)
                .mention(ORGANIZATION, "Vestrik Exploration (Canada) Ltd", null, "CAN")
                .mention(ORGANIZATION, "Vestrik", 1, null, null).build(), registry);
        assertThat(country(u, "Vestrik")).as("a unit named after its country is not the group").isNull();
        String club = "Lindow Rowing Club of Norway's fjords met. Lindow said so.";
        Resolved c = resolver.resolve(Docs.article("a2", club).mention(ORGANIZATION, "Lindow Rowing Club", null, "NOR")
                .mention(ORGANIZATION, "Lindow", 1, null, null).build(), registry);
        assertThat(country(c, "Lindow")).as("no legal form: not a company's longer name").isNull();
    }

    @Test
    void anOfficerTakesHisCompanysCountryAndOnlyWeaklyWhenTheCompanysIsWeak() {
        String body = "Kestrel Holdings Plc chairman Jan Ek said the group would grow.";
        Resolved r = resolver.resolve(Docs.article("a1", body).mention(ORGANIZATION, "Kestrel Holdings Plc", null, null)
                .person("Jan Ek").office("Jan Ek", "chairman", null, null, false).build(), registry);
        assertThat(country(r, "Jan Ek")).isEqualTo("GBR");
        String weak = "Orbis Labs Inc's <ORB> president Peter Hall said sales rose.";
        Resolved w = resolver.resolve(Docs.article("a2", weak).mention(ORGANIZATION, "Orbis Labs Inc", null, null)
                .person("Peter Hall").office("Peter Hall", "president", null, null, false).build(), registry);
        assertThat(country(w, "Peter Hall")).isEqualTo("USA");
        assertThat(source(w, "Peter Hall")).isEqualTo(AffiliationSource.CONTEXT);
        String corp = "Orbis Gas Corporation chairman Ravi Das said output rose.";
        Resolved c = resolver.resolve(Docs.article("a4", corp).mention(ORGANIZATION, "Orbis Gas Corporation", null, null)
                .person("Ravi Das").office("Ravi Das", "chairman", null, null, false).build(), registry);
        assertThat(country(c, "Ravi Das")).as("'Corporation' is many countries' form").isNull();
        String apart = "Orbis Data Inc gained. Its rival's president Anne Lund said sales rose.";
        Resolved a = resolver.resolve(Docs.article("a3", apart).mention(ORGANIZATION, "Orbis Data Inc", null, null)
                .person("Anne Lund").office("Anne Lund", "president", null, null, false).build(), registry);
        assertThat(country(a, "Anne Lund")).as("a company not right before the title is not hers").isNull();
    }

    @Test
    void aPlaceNamedAgreementIsOneEntityWhateverItsHeadNoun() {
        Resolved a = resolver.resolve(Docs.article("a1", "Under the Vellmar accord, rates held.")
                .mention(MISC, "Vellmar accord", null, null).build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "The Vellmar pact of February held.")
                .mention(MISC, "Vellmar pact", null, null).build(), registry);
        Resolved c = resolver.resolve(Docs.article("a3", "The Vellmar Agreement held.")
                .mention(MISC, "Vellmar Agreement", null, null).build(), registry);
        assertThat(Docs.entityIdOf(b, "Vellmar pact")).isEqualTo(Docs.entityIdOf(a, "Vellmar accord"))
                .isEqualTo(Docs.entityIdOf(c, "Vellmar Agreement"));
        assertThat(registry.get(Docs.entityIdOf(a, "Vellmar accord")).orElseThrow().name()).isEqualTo("Vellmar Accord");
    }

    @Test
    void aCountrysAgreementOrALongerNameKeepsItsOwnWords() {
        assertThat(AgreementNames.canonical("Japan accord")).isNull();
        assertThat(AgreementNames.canonical("Free Trade Agreement")).isNull();
        assertThat(AgreementNames.canonical("Vellmar")).isNull();
        assertThat(AgreementNames.canonical("Vellmar accords")).isEqualTo("Vellmar Accord");
        assertThat(AgreementNames.canonical("Vellmar currency pact")).isEqualTo("Vellmar Accord");
        assertThat(AgreementNames.canonical("Vellmar Treaty")).as("a treaty is no accord").isNull();
    }
}
