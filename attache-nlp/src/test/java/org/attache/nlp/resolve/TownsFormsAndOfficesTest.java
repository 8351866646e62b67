package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.LOCATION;
import static org.attache.api.MentionType.ORGANIZATION;

import org.attache.api.AffiliationSource;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

/** Towns of the world-cities table, companies' legal forms and short forms, on written texts. */
class TownsFormsAndOfficesTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver();

    private RegisteredEntity entity(Resolved r, String text) {
        return registry.get(Docs.entityIdOf(r, text)).orElseThrow();
    }

    @Test
    void aTownTakesItsCountryFromTheWorldCitiesTable() {
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-02",
                "Tankers waited off Burgas while the ministers met in Venice and Milton Keynes.")
                .mention(LOCATION, "Burgas", null, null).mention(LOCATION, "Venice", null, null)
                .mention(LOCATION, "Milton Keynes", null, null).build(), registry);
        assertThat(entity(r, "Burgas").country()).isEqualTo("BGR");
        assertThat(entity(r, "Venice").country()).isEqualTo("ITA");
        assertThat(entity(r, "Milton Keynes").country()).isEqualTo("GBR");
        assertThat(entity(r, "Venice").countrySource()).isEqualTo(AffiliationSource.KNOWLEDGE);
    }

    @Test
    void theArticlesCountryDecidesBetweenTownsOfOneNameAndATownOfAFormerStateIsOfIt() {
        Resolved r = resolver.resolve(Docs.article("a1", "1987-03-02",
                "Farmers in Texas said the storm hit Paris and Lubbock.")
                .mention(LOCATION, "Texas", null, "USA").mention(LOCATION, "Paris", null, null)
                .build(), registry);
        assertThat(entity(r, "Paris").country()).isEqualTo("USA");
        Resolved v = resolver.resolve(Docs.article("a3", "1987-03-02",
                "The United States and Japan will meet in Venice.").mention(LOCATION, "United States", null, "USA")
                .mention(LOCATION, "Japan", null, "JPN").mention(LOCATION, "Venice", null, null).build(), registry);
        assertThat(entity(v, "Venice").country()).as("naming the US does not make Venice Florida's").isEqualTo("ITA");
        Resolved soviet = resolver.resolve(Docs.article("a2", "1987-03-02", "The plant near Kharkiv was shut.")
                .mention(LOCATION, "Kharkiv", null, null).build(), registry);
        assertThat(entity(soviet, "Kharkiv").country()).as("in 1987 Ukraine was part of the Soviet Union")
                .isEqualTo("SUN");
    }

    @Test
    void aCompanysTellingLegalFormGivesItsHomeAndAnAmericanFormOnlyWeakly() {
        Resolved r = resolver.resolve(Docs.article("a1",
                "Pirelli SpA, Nomura Holdings KK, Harwick Textiles Plc and Brenner Tools GmbH bid against Kestrel "
                        + "Systems Inc and Tanaka Seiki Co Ltd.")
                .mention(ORGANIZATION, "Pirelli SpA", null, null).mention(ORGANIZATION, "Nomura Holdings KK", null, null)
                .mention(ORGANIZATION, "Harwick Textiles Plc", null, null)
                .mention(ORGANIZATION, "Brenner Tools GmbH", null, null)
                .mention(ORGANIZATION, "Kestrel Systems Inc", null, null)
                .mention(ORGANIZATION, "Tanaka Seiki Co Ltd", null, null).build(), registry);
        assertThat(entity(r, "Pirelli SpA").country()).isEqualTo("ITA");
        assertThat(entity(r, "Nomura Holdings KK").country()).isEqualTo("JPN");
        assertThat(entity(r, "Harwick Textiles Plc").country()).isEqualTo("GBR");
        assertThat(entity(r, "Brenner Tools GmbH").country()).isEqualTo("DEU");
        assertThat(entity(r, "Kestrel Systems Inc").country()).isEqualTo("USA");
        assertThat(entity(r, "Kestrel Systems Inc").weakCountry()).isTrue();
        assertThat(entity(r, "Tanaka Seiki Co Ltd").country()).as("\"Co Ltd\" is no American form").isNull();
    }

    @Test
    void aLaterStrongerCountryReplacesTheWeakOneOfAnAmericanLegalForm() {
        resolver.resolve(Docs.article("a1", "Kawada Motor Corp raised prices.")
                .mention(ORGANIZATION, "Kawada Motor Corp", null, null).build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Japan's Kawada Motor Corp raised prices again.")
                .mention(ORGANIZATION, "Kawada Motor Corp", null, "JPN").build(), registry);
        assertThat(entity(r, "Kawada Motor Corp").country()).isEqualTo("JPN");
    }

    @Test
    void aCompanyNamedWithAndWithoutItsPossessiveIsOneEntity() {
        Resolved a = resolver.resolve(Docs.article("a1", "Halden and Marsh's Corp cut the rating.")
                .mention(ORGANIZATION, "Halden and Marsh's Corp", null, null).build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "Halden and Marsh said the outlook was stable.")
                .mention(ORGANIZATION, "Halden and Marsh", null, null).build(), registry);
        assertThat(entity(b, "Halden and Marsh").id()).isEqualTo(entity(a, "Halden and Marsh's Corp").id());
    }

    @Test
    void aLargeTownOpeningAnOrganisationsNameGivesItsCountry() {
        Resolved r = resolver.resolve(Docs.article("a1",
                "Traders at the Chicago Grain Exchange and the Osaka Rice Board said the Union Harbour Fund and "
                        + "the Cambridge Debating Club would not bid.")
                .mention(ORGANIZATION, "Chicago Grain Exchange", null, null)
                .mention(ORGANIZATION, "Osaka Rice Board", null, null)
                .mention(ORGANIZATION, "Union Harbour Fund", null, null)
                .mention(ORGANIZATION, "Cambridge Debating Club", null, null).build(), registry);
        assertThat(entity(r, "Chicago Grain Exchange").country()).isEqualTo("USA");
        assertThat(entity(r, "Osaka Rice Board").country()).isEqualTo("JPN");
        assertThat(entity(r, "Union Harbour Fund").country()).as("a small town's name is a common word").isNull();
        assertThat(entity(r, "Cambridge Debating Club").country()).as("towns of that name in two countries").isNull();
    }

    @Test
    void anEntityOfAShortFormJoinsTheFullNameOnceAnArticleLinksThemAndNotAnotherCountrys() {
        resolver.resolve(Docs.article("a1", "USDA said exports fell. Analysts said the Fed would wait.")
                .mention(ORGANIZATION, "USDA", null, null).mention(ORGANIZATION, "Fed", null, null).build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2",
                "The U.S. Agriculture Department said USDA stocks rose. The Federal Reserve Board said the Fed held.")
                .mention(ORGANIZATION, "U.S. Agriculture Department", null, "USA")
                .mention(ORGANIZATION, "USDA", "U.S. Agriculture Department", "USA")
                .mention(ORGANIZATION, "Federal Reserve Board", null, "USA")
                .mention(ORGANIZATION, "Fed", "Federal Reserve Board", "USA").build(), registry);
        assertThat(registry.entities().stream().filter(e -> e.name().equals("USDA") || e.name().equals("Fed")))
                .as("the short forms' entities were taken over").isEmpty();
        assertThat(entity(r, "USDA").id()).isEqualTo(entity(r, "U.S. Agriculture Department").id());
        Resolved later = resolver.resolve(Docs.article("a3", "USDA cut its estimate.")
                .mention(ORGANIZATION, "USDA", null, null).build(), registry);
        assertThat(entity(later, "USDA").id()).isEqualTo(entity(r, "U.S. Agriculture Department").id());

        resolver.resolve(Docs.article("a4", "Norway's NFB raised rates.")
                .mention(ORGANIZATION, "NFB", null, "NOR").build(), registry);
        resolver.resolve(Docs.article("a5", "The National Farm Bureau of Chile said NFB would appeal.")
                .mention(ORGANIZATION, "National Farm Bureau", null, "CHL")
                .mention(ORGANIZATION, "NFB", "National Farm Bureau", "CHL").build(), registry);
        assertThat(registry.entities().stream().filter(e -> e.name().equals("NFB"))).as("another country's NFB")
                .hasSize(1);
    }

    @Test
    void aClippingJoinsANameThatOpensWithItsCountrysName() {
        resolver.resolve(Docs.article("a6", "U.S. Federal Reserve officials met.")
                .mention(ORGANIZATION, "U.S. Federal Reserve", null, "USA").build(), registry);
        resolver.resolve(Docs.article("a7", "Traders said the Fed would act.")
                .mention(ORGANIZATION, "Fed", null, null).build(), registry);
        Resolved named = resolver.resolve(Docs.article("a8", "The U.S. Federal Reserve said the Fed held.")
                .mention(ORGANIZATION, "U.S. Federal Reserve", null, "USA")
                .mention(ORGANIZATION, "Fed", "U.S. Federal Reserve", "USA").build(), registry);
        assertThat(registry.entities().stream().filter(e -> e.name().equals("Fed")))
                .as("a clipping of the name after its country's name").isEmpty();
        assertThat(entity(named, "Fed").id()).isEqualTo(entity(named, "U.S. Federal Reserve").id());

    }
}
