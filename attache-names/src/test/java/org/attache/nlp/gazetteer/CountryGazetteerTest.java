package org.attache.nlp.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CountryGazetteerTest {
    private final CountryGazetteer g = CountryGazetteer.standard();

    private Optional<String> code(String form) {
        return g.lookup(CountryGazetteer.key(form)).map(Place::country);
    }

    @Test
    void spellingVariantsShareOneKey() {
        assertThat(CountryGazetteer.key("Việt Nam")).isEqualTo("vietnam");
        assertThat(code("Việt Nam")).contains("VNM");
        assertThat(code("Viet Nam")).contains("VNM");
        assertThat(code("VIETNAM")).contains("VNM");
    }

    @Test
    void icuDisplayNamesAndDerivedVariants() {
        assertThat(code("Germany")).contains("DEU");
        assertThat(code("Myanmar")).contains("MMR");
        assertThat(code("Burma")).contains("MMR");
        assertThat(code("Bosnia and Herzegovina")).contains("BIH");
        assertThat(code("Hong Kong")).contains("HKG");
        assertThat(code("Côte d’Ivoire")).contains("CIV");
        assertThat(g.size()).isGreaterThan(400);
    }

    @Test
    void formerStatesCapitalsAndDemonyms() {
        assertThat(code("Soviet Union")).contains("SUN");
        assertThat(code("USSR")).contains("SUN");
        assertThat(code("East Germany")).contains("DDR");
        assertThat(code("Yugoslavia")).contains("YUG");
        assertThat(code("Czechoslovakia")).contains("CSK");
        assertThat(code("Hà Nội")).contains("VNM");
        assertThat(code("Hanoi")).contains("VNM");
        assertThat(code("Singaporean")).contains("SGP");
        assertThat(code("Singaporeans")).contains("SGP");
        assertThat(code("Vietnamese")).contains("VNM");
        assertThat(code("French")).contains("FRA");
        assertThat(g.lookup("vietnamese").orElseThrow().kind()).isEqualTo(Place.Kind.DEMONYM);
    }

    @Test
    void abbreviationsAreFlagged() {
        assertThat(g.lookup("us").orElseThrow().abbreviation()).isTrue();
        assertThat(g.lookup("turkey").orElseThrow().needsCapital()).isTrue();
    }

    @Test
    void actorCodesFromCodesNamesAndIgoAcronyms() {
        assertThat(CountryGazetteer.actorCode("vnm")).contains("VNM");
        assertThat(CountryGazetteer.actorCode(" Viet Nam ")).contains("VNM");
        assertThat(CountryGazetteer.actorCode("Việt Nam")).contains("VNM");
        assertThat(CountryGazetteer.actorCode("Singapore")).contains("SGP");
        assertThat(CountryGazetteer.actorCode("ASEAN")).contains("ASEAN");
        assertThat(CountryGazetteer.actorCode("EU")).contains("EU");
        assertThat(CountryGazetteer.actorCode("XYZ")).as("three capitals that are no country").isEmpty();
        assertThat(CountryGazetteer.actorCode("asean")).as("a known code in any case").contains("ASEAN");
        assertThat(CountryGazetteer.actorCode("abcd")).as("an unknown acronym is written in capitals").isEmpty();
        assertThat(CountryGazetteer.actorCode("SUN")).as("a former state").contains("SUN");
        assertThat(CountryGazetteer.actorCode("Soviet Union")).contains("SUN");
        assertThat(CountryGazetteer.actorCode("imf")).contains("IMF");
        assertThat(CountryGazetteer.actorCode("World Bank")).contains("WB");
        assertThat(CountryGazetteer.actorCode("Vietnamese")).as("a demonym is no country").isEmpty();
        assertThat(CountryGazetteer.actorCode("")).isEmpty();
        assertThat(CountryGazetteer.actorCode(null)).isEmpty();
    }

    @Test
    void displayNamesAreTheNewsDesksAsOfTheDay() {
        java.time.LocalDate y1987 = java.time.LocalDate.of(1987, 3, 18);
        // CLDR's standard form carries a status the news never writes; its short form is the name
        assertThat(CountryGazetteer.englishName("HKG", y1987)).isEqualTo("Hong Kong");
        assertThat(CountryGazetteer.englishName("HKG")).isEqualTo("Hong Kong");
        assertThat(CountryGazetteer.englishName("MMR")).isEqualTo("Myanmar");
        // renamed under one code: the name of the article's day
        assertThat(CountryGazetteer.englishName("SWZ", java.time.LocalDate.of(2005, 1, 1))).isEqualTo("Swaziland");
        assertThat(CountryGazetteer.englishName("SWZ", java.time.LocalDate.of(2020, 1, 1))).isEqualTo("Eswatini");
        assertThat(CountryGazetteer.englishName("TUR", y1987)).isEqualTo("Turkey");
        assertThat(CountryGazetteer.englishName("MKD", java.time.LocalDate.of(2019, 2, 12))).isEqualTo("North Macedonia");
        // "&" and "St." written out; other names as the JDK gives them
        assertThat(CountryGazetteer.englishName("TTO")).isEqualTo("Trinidad and Tobago");
        assertThat(CountryGazetteer.englishName("LCA")).isEqualTo("Saint Lucia");
        assertThat(CountryGazetteer.englishName("USA", y1987)).isEqualTo("United States");
        assertThat(CountryGazetteer.englishName("SUN", y1987)).isEqualTo("Soviet Union");
        assertThat(CountryGazetteer.englishName(null, y1987)).isNull();
        // every name the table gives is read back as its code
        for (String code : java.util.List.of("HKG", "MMR", "SWZ", "TUR", "MKD", "CZE", "TTO")) {
            assertThat(CountryGazetteer.standard().countryOfName(CountryGazetteer.englishName(code, y1987)))
                    .as(code).isEqualTo(code);
        }
    }
}
