package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

import org.attache.api.AffiliationSource;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;

class CountryEvidenceTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver();

    private AffiliationSource source(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow().countrySource();
    }

    private String country(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow().country();
    }

    @Test
    void personTakesTheCountryOfTheOrganisationInsideTheirOfficeEvenWhenMentionedFirst() {
        String body = "Karl Meyer, Chairman of Nordhafen Shipping, spoke. Norway's Nordhafen Shipping grew.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Karl Meyer")
                .mention(ORGANIZATION, "Nordhafen Shipping", 0, null, null)
                .mention(ORGANIZATION, "Nordhafen Shipping", 1, null, "NOR")
                .office("Karl Meyer", "Chairman of Nordhafen Shipping", "Nordhafen Shipping", null, false).build(), registry);
        assertThat(country(r, "Karl Meyer")).isEqualTo("NOR");
    }

    @Test
    void organisationCountryFromAnEarlierArticleReachesTheOfficeHolder() {
        resolver.resolve(Docs.article("a1", "Kenya's Savanna Rail expanded.")
                .mention(ORGANIZATION, "Savanna Rail", null, "KEN").build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Director of Savanna Rail Ruth Wanjiru spoke.")
                .person("Ruth Wanjiru").mention(ORGANIZATION, "Savanna Rail", null, null)
                .office("Ruth Wanjiru", "Director of Savanna Rail", "Savanna Rail", null, false).build(), registry);
        assertThat(country(r, "Ruth Wanjiru")).isEqualTo("KEN");
    }

    @Test
    void vietnameseNameShapeIsAWeakDefault() {
        Resolved r = resolver.resolve(Docs.article("a1", "Nguyễn Văn Bình met René Lévesque and Peter Hall.")
                .person("Nguyễn Văn Bình").person("René Lévesque").person("Peter Hall").build(), registry);
        assertThat(country(r, "Nguyễn Văn Bình")).isEqualTo("VNM");
        assertThat(country(r, "René Lévesque")).isNull();
        assertThat(country(r, "Peter Hall")).isNull();
    }

    @Test
    void theDatelineNeverMakesAnyoneANationalOfIt() {
        Resolved r = resolver.resolve(Docs.article("a1", "Peter Hall of Orbis Labs met Anna Berg of Chile.")
                .dateline("KUALA LUMPUR").person("Peter Hall").mention(ORGANIZATION, "Orbis Labs", null, null)
                .mention(PERSON, "Anna Berg", null, "CHL").build(), registry);
        assertThat(country(r, "Peter Hall")).isNull();
        assertThat(country(r, "Orbis Labs")).isNull();
        assertThat(country(r, "Anna Berg")).isEqualTo("CHL");
    }

    @Test
    void theHostsAVisitorMeetsAreWeaklyOfTheCountryVisitedAndSoAreTheirOfficesOrganisations() {
        String body = "Minister Karl Meyer is on a visit to Norway. He met with Chairman of Orbis Labs Peter Hall.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Karl Meyer")
                .mention(org.attache.api.MentionType.LOCATION, "Norway", null, "NOR").person("Peter Hall")
                .mention(ORGANIZATION, "Orbis Labs", null, null)
                .office("Peter Hall", "Chairman of Orbis Labs", "Orbis Labs", null, false).build(), registry);
        assertThat(country(r, "Peter Hall")).isEqualTo("NOR");
        assertThat(source(r, "Peter Hall")).isEqualTo(AffiliationSource.CONTEXT);
        assertThat(country(r, "Orbis Labs")).isEqualTo("NOR");
        assertThat(country(r, "Karl Meyer")).as("the visitor is not his own host").isNull();
    }

    @Test
    void weakContextNeverOverridesStrongerEvidenceButStrongerEvidenceReplacesIt() {
        resolver.resolve(Docs.article("a1", "Karl Meyer is on a visit to Norway. He met with Peter Hall.")
                .person("Karl Meyer").mention(org.attache.api.MentionType.LOCATION, "Norway", null, "NOR")
                .person("Peter Hall").build(), registry);
        Resolved second = resolver.resolve(Docs.article("a2", "Peter Hall spoke.")
                .mention(PERSON, "Peter Hall", null, "GBR").build(), registry);
        assertThat(country(second, "Peter Hall")).isEqualTo("GBR");
        assertThat(source(second, "Peter Hall")).isEqualTo(AffiliationSource.APPOSITION);
        Resolved third = resolver.resolve(Docs.article("a3", "Anna Berg is on a visit to Chile. She met with Peter Hall.")
                .person("Anna Berg").mention(org.attache.api.MentionType.LOCATION, "Chile", null, "CHL")
                .person("Peter Hall").build(), registry);
        assertThat(country(third, "Peter Hall")).isEqualTo("GBR");
    }

    @Test
    void weakContextOfAnOrganisationIsNotPassedToItsOfficeHolder() {
        String body = "Secretary of Orbis Labs Jan Ek spoke. Karl Meyer is on a visit to Norway. He met with "
                + "Director of Orbis Labs Peter Hall.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Karl Meyer")
                .mention(org.attache.api.MentionType.LOCATION, "Norway", null, "NOR").person("Peter Hall")
                .mention(ORGANIZATION, "Orbis Labs", 0, null, null).mention(ORGANIZATION, "Orbis Labs", 1, null, null)
                .person("Jan Ek")
                .office("Jan Ek", "Secretary of Orbis Labs", "Orbis Labs", null, false)
                .office("Peter Hall", "Director of Orbis Labs", "Orbis Labs", null, false).build(), registry);
        assertThat(country(r, "Orbis Labs")).isEqualTo("NOR");
        assertThat(country(r, "Jan Ek")).as("a weak country is no evidence for the people of its offices").isNull();
    }

    @Test
    void anOfficePhraseNamesTheCountryBeforeItsTitle() {
        String body = "Iranian Oil Minister Gholam Vahidi met Singapore's Foreign Minister Ho Lim and IMF Managing "
                + "Director Anne Roux.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Gholam Vahidi").person("Ho Lim")
                .person("Anne Roux")
                .office("Gholam Vahidi", "Minister", null, null, false)
                .office("Ho Lim", "Foreign Minister", null, null, false)
                .office("Anne Roux", "Managing Director", "IMF", null, false).build(), registry);
        assertThat(country(r, "Gholam Vahidi")).isEqualTo("IRN");
        assertThat(source(r, "Gholam Vahidi")).isEqualTo(AffiliationSource.OFFICE);
        assertThat(country(r, "Ho Lim")).isEqualTo("SGP");
        assertThat(country(r, "Anne Roux")).as("an IGO official takes the IGO").isEqualTo("IMF");
    }

    @Test
    void lowerCasePortfolioWordsMayStandBetweenTheQualifierAndTheTitle() {
        String body = "EC farm Commissioner Lars Holm met Chilean mining Minister Rosa Vidal. Chile said Minister "
                + "Ana Soto would go.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Lars Holm").person("Rosa Vidal")
                .person("Ana Soto")
                .office("Lars Holm", "Commissioner", null, null, false)
                .office("Rosa Vidal", "Minister", null, null, false)
                .office("Ana Soto", "Minister Ana", null, null, false).build(), registry);
        assertThat(country(r, "Lars Holm")).isEqualTo("EU");
        assertThat(country(r, "Rosa Vidal")).isEqualTo("CHL");
        assertThat(country(r, "Ana Soto")).as("'said' is no portfolio").isNull();
    }

    @Test
    void wordsOfAClauseBetweenACountryAndATitleAreNoPortfolio() {
        // a preposition, a conjunction or a modal ends the qualifier: the country belongs to another phrase
        String body = "Congress froze aid to the Chilean rebels until President Ana Ruiz explains the loans. The "
                + "IMF must advise Governor Olle Berg on the budget. Peruvian miners asked Minister Rosa Vidal to "
                + "act. Chilean mining Minister Ines Lagos agreed.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Ana Ruiz").person("Olle Berg")
                .person("Rosa Vidal").person("Ines Lagos")
                .office("Ana Ruiz", "President", null, null, false)
                .office("Olle Berg", "Governor", null, null, false)
                .office("Rosa Vidal", "Minister", null, null, false)
                .office("Ines Lagos", "Minister Ines", null, null, false).build(), registry);
        assertThat(source(r, "Ana Ruiz")).as("'rebels until' is no portfolio").isNotEqualTo(AffiliationSource.OFFICE);
        assertThat(country(r, "Olle Berg")).as("'must advise' is no portfolio").isNotEqualTo("IMF");
        assertThat(source(r, "Rosa Vidal")).as("'miners asked' is no portfolio")
                .isNotEqualTo(AffiliationSource.OFFICE);
        assertThat(country(r, "Ines Lagos")).as("'mining' still is").isEqualTo("CHL");
    }

    @Test
    void actingOnBehalfOfAnOrganisationIsAnApposition() {
        String body = "On behalf of the Orbis Party Central Committee, Tran Hung thanked Norway.";
        Resolved r = resolver.resolve(Docs.article("a1", body)
                .mention(ORGANIZATION, "Orbis Party", null, "NOR").person("Tran Hung").build(), registry);
        assertThat(country(r, "Tran Hung")).isEqualTo("NOR");
        assertThat(source(r, "Tran Hung")).isEqualTo(AffiliationSource.APPOSITION);
    }

    @Test
    void aRoleNounQualifiedByACountryOrAnOrganisationGivesThePersonsAffiliation() {
        String body = "Norwegian journalist Ola Dahl was freed. Orbis Radio commentator Mira Kask said talks failed. "
                + "Lena Roos, a Swedish diplomat, left. Tallinn photographer Jaan Tamm stayed.";
        Resolved r = resolver.resolve(Docs.article("a1", "1999-05-05", body).person("Ola Dahl")
                .mention(ORGANIZATION, "Orbis Radio", null, "EST").person("Mira Kask").person("Lena Roos")
                .person("Jaan Tamm").build(), registry);
        assertThat(country(r, "Ola Dahl")).isEqualTo("NOR");
        assertThat(source(r, "Ola Dahl")).isEqualTo(AffiliationSource.OFFICE);
        assertThat(country(r, "Mira Kask")).as("the organisation's country").isEqualTo("EST");
        assertThat(country(r, "Lena Roos")).isEqualTo("SWE");
        assertThat(source(r, "Lena Roos")).isEqualTo(AffiliationSource.APPOSITION);
        assertThat(country(r, "Jaan Tamm")).as("a city says where one works, not whom one serves").isNull();
    }

    @Test
    void wordsThatAreNoRoleQualifyNobody() {
        String body = "Norway said the journalist Ola Dahl was freed. Sweden told student Lena Roos nothing.";
        Resolved r = resolver.resolve(Docs.article("a1", "1999-05-05", body).person("Ola Dahl").person("Lena Roos")
                .build(), registry);
        assertThat(country(r, "Ola Dahl")).isNull();
        assertThat(country(r, "Lena Roos")).isNull();
    }

    @Test
    void aOneWordDictionaryPersonIsKnownOnlyWhenTheTextNamesHimByThatWordAlone() {
        String body = "Suharto received Margaret Hassan in Jakarta. Mrs Hassan thanked him.";
        var known = new EntityResolver(org.attache.nlp.resolve.AliasList.empty(),
                org.attache.nlp.knowledge.ActorKnowledge.shipped());
        Resolved r = known.resolve(Docs.article("a1", "1990-05-05", body).person("Suharto")
                .person("Margaret Hassan").person("Hassan").build(), registry);
        assertThat(country(r, "Suharto")).isEqualTo("IDN");
        assertThat(source(r, "Suharto")).isEqualTo(AffiliationSource.KNOWLEDGE);
        assertThat(country(r, "Margaret Hassan")).as("her surname is not a listed ruler's").isNull();
    }

    @Test
    void knowledgeOfTheInstitutionBeforeAnOfficeTitleGivesItsHoldersCountry() {
        var known = new EntityResolver(org.attache.nlp.resolve.AliasList.empty(),
                org.attache.nlp.knowledge.ActorKnowledge.shipped());
        String body = "White House spokesman Lena Roos said no. Tokyo bureau chief Ken Oda agreed.";
        Resolved r = known.resolve(Docs.article("a1", "1996-05-05", body).person("Lena Roos").person("Ken Oda")
                .office("Lena Roos", "spokesman", null, null, false)
                .office("Ken Oda", "bureau chief", null, null, false).build(), registry);
        assertThat(country(r, "Lena Roos")).isEqualTo("USA");
        assertThat(source(r, "Lena Roos")).isEqualTo(AffiliationSource.OFFICE);
        assertThat(country(r, "Ken Oda")).as("a city is where one works").isNull();
    }

    @Test
    void anUnqualifiedGovernmentOfficeIsWeaklyOfTheOneStateTheArticlesOfficeHoldersServe() {
        String body = "Norwegian Prime Minister Kari Dahl spoke on Monday. Foreign Minister Ola Berg will travel "
                + "to Chile, and Chief Cabinet Secretary Nils Lund said the trip was planned.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Kari Dahl").person("Ola Berg")
                .mention(org.attache.api.MentionType.LOCATION, "Chile", null, "CHL").person("Nils Lund")
                .office("Kari Dahl", "Prime Minister", null, "NOR", false)
                .office("Ola Berg", "Foreign Minister", null, null, false)
                .office("Nils Lund", "Chief Cabinet Secretary", null, null, false).build(), registry);
        assertThat(country(r, "Ola Berg")).isEqualTo("NOR");
        assertThat(source(r, "Ola Berg")).isEqualTo(AffiliationSource.CONTEXT);
        assertThat(country(r, "Nils Lund")).isEqualTo("NOR");
        assertThat(country(r, "Chile")).isEqualTo("CHL");
    }

    @Test
    void anUnqualifiedOfficeTakesNoCountryWhenTheArticlesOfficeHoldersServeSeveralStatesOrNone() {
        String two = "Norwegian Prime Minister Kari Dahl met Chilean President Ana Rojas. Foreign Minister Ola Berg "
                + "took part.";
        Resolved r = resolver.resolve(Docs.article("a1", two).person("Kari Dahl").person("Ana Rojas")
                .person("Ola Berg").office("Kari Dahl", "Prime Minister", null, "NOR", false)
                .office("Ana Rojas", "President", null, "CHL", false)
                .office("Ola Berg", "Foreign Minister", null, null, false).build(), registry);
        assertThat(country(r, "Ola Berg")).as("two governments: which one is not said").isNull();
        String none = "Foreign Minister Pia Holm spoke in Oslo. Minister Jon Sand agreed.";
        Resolved n = resolver.resolve(Docs.article("a2", none).dateline("OSLO").person("Pia Holm").person("Jon Sand")
                .office("Pia Holm", "Foreign Minister", null, null, false)
                .office("Jon Sand", "Minister", null, null, false).build(), registry);
        assertThat(country(n, "Pia Holm")).as("neither the dateline nor another unqualified office is evidence").isNull();
        assertThat(country(n, "Jon Sand")).isNull();
    }

    @Test
    void anUnqualifiedOfficeNeitherReachesOtherTitlesNorOverridesStrongerEvidence() {
        String body = "Norwegian Prime Minister Kari Dahl spoke. Chairman Per Moe of Orbis Labs and Foreign Minister "
                + "Eva Lie, a Swede, listened; former Foreign Minister Tor Vik did not.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Kari Dahl").person("Per Moe")
                .mention(ORGANIZATION, "Orbis Labs", null, null).mention(PERSON, "Eva Lie", null, "SWE")
                .person("Tor Vik").office("Kari Dahl", "Prime Minister", null, "NOR", false)
                .office("Per Moe", "Chairman", null, null, false)
                .office("Eva Lie", "Foreign Minister", null, null, false)
                .office("Tor Vik", "Foreign Minister", null, null, true).build(), registry);
        assertThat(country(r, "Per Moe")).as("a company's chairman is not a government's").isNull();
        assertThat(country(r, "Eva Lie")).isEqualTo("SWE");
        assertThat(country(r, "Tor Vik")).as("a former office says nothing of today's government").isNull();
    }
}
