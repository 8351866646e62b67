package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorCodesTest {
    private final ActorCodes codes = ActorCodes.standard();

    @Test
    void readsOrganisationsUnderTheirNamesAcronymsAndPhoenixCodes() {
        assertThat(codes.canonical("UN")).isEqualTo("UNO");
        assertThat(codes.canonical("U.N.")).isEqualTo("UNO");
        assertThat(codes.canonical("european community")).isEqualTo("EEC");
        assertThat(codes.canonical("EU")).isEqualTo("EEC");
        assertThat(codes.canonical("IGOEUREEC")).isEqualTo("EEC");
        assertThat(codes.canonical("IGOWSTNAT")).isEqualTo("NAT");
        assertThat(codes.canonical("GATT")).isEqualTo("WTO");
        assertThat(codes.canonical("Group of Seven")).isEqualTo("G7");
        assertThat(codes.same("World Bank", "IGOUNODEVWBK")).isTrue();
    }

    @Test
    void keepsCountryCodesAndDropsSectorsAndBlanks() {
        assertThat(codes.canonical("sun")).isEqualTo("SUN");
        assertThat(codes.canonical("USA")).isEqualTo("USA");
        assertThat(codes.canonical("NGO")).isNull();
        assertThat(codes.canonical(" ")).isNull();
        assertThat(codes.same("RUS", "SUN")).isFalse();
        assertThat(codes.same(null, null)).isTrue();
    }
}
