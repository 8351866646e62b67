package org.attache.nlp.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldCitiesTest {
    private final WorldCities towns = WorldCities.standard();

    @Test
    void townsOfOneCountryTakeItInAnySpelling() {
        assertThat(towns.countryOf("Burgas", Set.of(), Set.of())).isEqualTo("BGR");
        assertThat(towns.countryOf("Milton Keynes", Set.of(), Set.of())).isEqualTo("GBR");
        assertThat(towns.countryOf("Vlorë", Set.of(), Set.of())).isEqualTo("ALB");
        assertThat(towns.countryOf("Vlore", Set.of(), Set.of())).as("accents folded").isEqualTo("ALB");
        assertThat(towns.countryOf("Tiaret", Set.of(), Set.of())).isEqualTo("DZA");
        assertThat(towns.countryOf("Davos", Set.of(), Set.of())).isEqualTo("CHE");
        assertThat(towns.countryOf("São José dos Campos", Set.of(), Set.of())).isEqualTo("BRA");
        assertThat(towns.size()).isGreaterThan(30_000);
    }

    @Test
    void aSharedNameTakesItsDominantSenseUnlessTheArticleNamesAnother() {
        assertThat(towns.countryOf("Paris", Set.of(), Set.of())).as("a capital over small towns").isEqualTo("FRA");
        assertThat(towns.countryOf("Venice", Set.of(), Set.of())).as("a province's seat over Florida's town").isEqualTo("ITA");
        assertThat(towns.countryOf("Paris", Set.of("USA"), Set.of("USA"))).as("a story about Texas").isEqualTo("USA");
        assertThat(towns.countryOf("Venice", Set.of(), Set.of("USA", "JPN")))
                .as("naming the US does not make Venice Florida's").isEqualTo("ITA");
    }

    @Test
    void aNameOfTownsOfSimilarSizeInTwoCountriesHasNoneUntilTheArticleDecides() {
        assertThat(towns.countryOf("Cambridge", Set.of(), Set.of())).isNull();
        assertThat(towns.countryOf("Cambridge", Set.of(), Set.of("USA"))).isEqualTo("USA");
        assertThat(towns.countryOf("Cambridge", Set.of(), Set.of("GBR", "DEU"))).isEqualTo("GBR");
        assertThat(towns.countryOf("Cambridge", Set.of(), Set.of("GBR", "USA"))).isNull();
    }

    @Test
    void continentsAndWorldRegionsAreNeverTowns() {
        assertThat(towns.countryOf("Asia", Set.of(), Set.of())).isNull();
        assertThat(towns.countryOf("Atlantic", Set.of("USA"), Set.of("USA"))).isNull();
        assertThat(towns.countryOf("Europe", Set.of(), Set.of())).isNull();
        assertThat(towns.countryOf("Xqzville", Set.of(), Set.of())).isNull();
        assertThat(towns.countryOf(null, Set.of(), Set.of())).isNull();
    }
}
