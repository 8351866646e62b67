package org.attache.nlp.gazetteer;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.nlp.annotate.TestAnnotators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place whose name holds another country's name or demonym is not in that country: states and provinces take
 * their own country, a country's part keeps it, other places get none from their name.
 */
class PlaceInPlaceTest {
    private static Map<String, String> countries(String text) {
        Annotated a = TestAnnotators.defaults().annotate(new Article("t", "test", null, null, null, false,
                List.of(text), List.of(), null, null, null, "en", List.of(), null, null));
        Map<String, String> byText = new HashMap<>();
        for (Mention m : a.mentions()) {
            byText.put(m.text(), m.country() == null ? "" : m.country());
        }
        return byText;
    }

    @Test
    void aStateOrProvinceIsOfItsOwnCountry() {
        Map<String, String> c = countries("Drought hit farms in New Mexico, British Columbia and New South Wales "
                + "this summer, the growers' association said on Tuesday.");
        assertThat(c).containsEntry("New Mexico", "USA").containsEntry("British Columbia", "CAN")
                .containsEntry("New South Wales", "AUS");
    }

    @Test
    void aPlaceNamedAfterACountryIsNotInIt() {
        Map<String, String> c = countries("The navy tested the missile at China Lake before ships sailed from "
                + "New England to the Persian Gulf.");
        assertThat(c.getOrDefault("China Lake", "")).isNotEqualTo("CHN");
        assertThat(c.getOrDefault("New England", "")).isNotEqualTo("GBR");
        assertThat(c.getOrDefault("Persian Gulf", "")).isNotEqualTo("IRN");
    }

    @Test
    void aCountrysPartAndABodyNamedAfterItKeepTheCountry() {
        Map<String, String> c = countries("Israeli troops stayed in Southern Lebanon, and the Communist Party of "
                + "Vietnam sent a delegation to Laos.");
        assertThat(c.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).contains("Lebanon");
            assertThat(e.getValue()).isEqualTo("LBN");
        });
        assertThat(c).containsEntry("Communist Party of Vietnam", "VNM").containsEntry("Laos", "LAO");
    }
}
