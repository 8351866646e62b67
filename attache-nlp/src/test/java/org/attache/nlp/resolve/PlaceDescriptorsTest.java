package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.junit.jupiter.api.Test;

class PlaceDescriptorsTest {
    private final PlaceDescriptors places = new PlaceDescriptors(CountryGazetteer.standard(), ActorKnowledge.shipped());
    private static final LocalDate DAY = LocalDate.parse("1987-03-02");

    private PlaceDescriptors.Seat seat(String body, String org) {
        int start = body.indexOf(org);
        return places.seat(body, start, start + org.length(), DAY);
    }

    @Test
    void anOrganisationsSeatBeforeOrAfterItsName() {
        assertThat(seat("It signed with the Hamburg-based shipping line Nordsee Linien.", "Nordsee Linien").code())
                .isEqualTo("DEU");
        assertThat(seat("The Dedham, Mass.,-based chain Orbis Cinemas grew.", "Orbis Cinemas").code()).isEqualTo("USA");
        PlaceDescriptors.Seat of = seat("Faraway Mines Ltd of Vancouver, British Columbia, agreed.", "Faraway Mines Ltd");
        assertThat(of.code()).isEqualTo("CAN");
        assertThat(of.after()).isTrue();
        assertThat(seat("Bryson Oil Plc, a Belfast, Northern Ireland, oil company, said so.", "Bryson Oil Plc").code())
                .isEqualTo("GBR");
        assertThat(seat("A Leipzig-based maker Kombinat Nord said so.", "Kombinat Nord").code())
                .as("as of 1987, East Germany").isEqualTo("DDR");
    }

    @Test
    void noSeatWithoutAPlace() {
        assertThat(seat("Orbis Labs of Lisbon Holdings said so.", "Orbis Labs")).isNull();
        assertThat(seat("Orbis Labs said it was based on sales.", "Orbis Labs")).isNull();
        assertThat(seat("The chairman-based Orbis Labs said so.", "Orbis Labs")).isNull();
    }

    @Test
    void statesAndProvincesAfterAPlaceOrInAnOrganisationsName() {
        String body = "Paradise Hills, N.M., and Lyon, France, and Kingston, Ontario.";
        assertThat(places.regionAfter(body, body.indexOf(", N.M."))).isEqualTo("USA");
        assertThat(places.regionAfter(body, body.indexOf(", Ontario"))).isEqualTo("CAN");
        assertThat(places.regionAfter(body, body.indexOf(", France"))).as("countries are the gazetteer's").isNull();
        assertThat(places.regionInName("California Public Utility Commission")).isEqualTo("USA");
        assertThat(places.regionInName("Ind. Holdings Corp")).as("an abbreviation inside a name").isNull();
        assertThat(places.regionInName("Del Monte Foods")).as("nor one without its period").isNull();
        assertThat(places.regionInName("Orbis Labs")).isNull();
    }

    @Test
    void aUsLegislatorsPartyAndState() {
        String body = "Bill Harrow (D-Tex) and Ann Keel (Kan.) and Rui Lopes (Lisbon) spoke.";
        assertThat(places.legislator(body, body.indexOf(" (D-Tex)"))).isEqualTo("USA");
        assertThat(places.legislator(body, body.indexOf(" (Kan.)"))).isEqualTo("USA");
        assertThat(places.legislator(body, body.indexOf(" (Lisbon)"))).isNull();
        String commas = "Rep. Bill Harrow, D-Mass, the chairman, met Sen. Ann Keel, R-Kan. Rui Lopes, D-Lisbon, left.";
        assertThat(places.legislator(commas, commas.indexOf(", D-Mass"))).isEqualTo("USA");
        assertThat(places.legislator(commas, commas.indexOf(", R-Kan"))).isEqualTo("USA");
        assertThat(places.legislator(commas, commas.indexOf(", D-Lisbon"))).isNull();
    }
}
