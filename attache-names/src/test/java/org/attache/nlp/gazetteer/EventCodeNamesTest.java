package org.attache.nlp.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCodeNamesTest {
    @Test
    void cameoCodesAreNamedByTheTableFallingBackToTheirParent() {
        assertThat(EventCodeNames.cameoName("042")).isEqualTo("Make a visit");
        assertThat(EventCodeNames.cameoName("057")).isEqualTo("Sign formal agreement");
        // not in the table: named as its parent 084
        assertThat(EventCodeNames.cameoName("0849")).isEqualTo(EventCodeNames.cameoName("084"));
        assertThat(EventCodeNames.cameoName("19")).isEqualTo(EventCodeNames.cameoName("190")).isNotNull();
        assertThat(EventCodeNames.cameoName("999")).isNull();
        assertThat(EventCodeNames.cameoName(null)).isNull();
    }

    @Test
    void everyPloverTypeHasAGloss() {
        for (String type : new String[] {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}) {
            assertThat(EventCodeNames.ploverName(type)).as(type).isNotBlank();
        }
        assertThat(EventCodeNames.ploverName("consult")).isEqualTo("meet, visit, hold talks");
        assertThat(EventCodeNames.ploverName("DOCUMENT")).isNull();
        assertThat(EventCodeNames.sectorName("gov")).isEqualTo("government");
        assertThat(EventCodeNames.sectorName("XYZ")).isNull();
    }
}
