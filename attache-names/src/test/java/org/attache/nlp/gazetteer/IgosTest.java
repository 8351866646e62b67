package org.attache.nlp.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IgosTest {
    private final Igos igos = Igos.standard();
    private final CountryGazetteer g = CountryGazetteer.standard();

    @Test
    void codesNeverCollideWithCountryCodesAndAllHaveDisplayNames() {
        Set<String> iso3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        for (Igos.Igo igo : igos.all()) {
            assertThat(iso3).as(igo.code()).doesNotContain(igo.code());
            assertThat(CountryHistory.standard().state(igo.code())).as(igo.code()).isEmpty();
            assertThat(igo.code()).matches("[A-Z0-9]{2,10}");
            assertThat(CodeNames.displayName(igo.code())).isEqualTo(igo.displayName());
            assertThat(CodeNames.isIgo(igo.code())).isTrue();
        }
    }

    @Test
    void everyNameIsTaggedAsItsOrganisation() {
        for (Igos.Igo igo : igos.all()) {
            for (String name : igo.names()) {
                Place p = g.lookup(CountryGazetteer.key(name)).orElse(null);
                assertThat(p).as(name).isNotNull();
                assertThat(p.kind()).as(name).isEqualTo(Place.Kind.IGO);
                assertThat(p.country()).as(name).isEqualTo(igo.code());
            }
        }
    }

    @Test
    void formerNamesAndAcronymsNameTheSameOrganisation() {
        assertThat(igos.codeOfName("the EEC")).isEqualTo("EU");
        assertThat(igos.codeOfName("European Community")).isEqualTo("EU");
        assertThat(igos.codeOfName("GATT")).isEqualTo("WTO");
        assertThat(igos.codeOfName("Organisation of African Unity")).isEqualTo("AU");
        assertThat(igos.codeOfName("International Monetary Fund")).isEqualTo("IMF");
        assertThat(igos.codeOfName("Euratom")).isEqualTo("EURATOM");
        assertThat(igos.byCode("UNHCR").orElseThrow().parent()).isEqualTo("UN");
        assertThat(g.countryOfName("United Nations")).as("an IGO is no country").isNull();
        assertThat(g.igoOfName("U.N.")).isEqualTo("UN");
    }

    @Test
    void cameoCodesMapToTheOrganisationOrItsParent() {
        assertThat(igos.fromCameo("IGOBUSIMF")).isEqualTo("IMF");
        assertThat(igos.fromCameo("IGOUNODEVWBK")).isEqualTo("WB");
        assertThat(igos.fromCameo("IGOEUREEC")).isEqualTo("EU");
        assertThat(igos.fromCameo("IGOUNOKID")).isEqualTo("UNICEF");
        assertThat(igos.fromCameo("IGOUNOXYZ")).as("an unknown UN body is the UN's").isEqualTo("UN");
        assertThat(igos.fromCameo("IGOLAM")).isNull();
    }

    @Test
    void variantNamesOfOneOrganisationShareOneCanonicalName() {
        String opec = "Organization of the Petroleum Exporting Countries";
        assertThat(igos.canonicalName("Organisation of Petroleum Exporting Countries", "OPEC")).isEqualTo(opec);
        assertThat(igos.canonicalName("OPEC", "OPEC")).isEqualTo(opec);
        assertThat(igos.canonicalName("O.P.E.C.", null)).isEqualTo(opec);
        assertThat(igos.canonicalName("Opec", "OPEC")).isEqualTo(opec);
        assertThat(igos.canonicalName("International Coffee Organisation", "ICO"))
                .isEqualTo("International Coffee Organization");
        assertThat(igos.canonicalName("ICO", "ICO")).isEqualTo("International Coffee Organization");
        // a former name keeps its own spelling: GATT is not renamed to the WTO it became
        assertThat(igos.canonicalName("GATT", "WTO")).isEqualTo("General Agreement on Tariffs and Trade");
        assertThat(igos.canonicalName("the International Labor Organization", "ILO"))
                .isEqualTo("International Labour Organization");
        // an organ stays apart from its organisation
        assertThat(igos.canonicalName("UNSC", "UN")).isEqualTo("United Nations Security Council");
        assertThat(igos.canonicalName("U.N.", "UN")).isEqualTo("United Nations");
        assertThat(igos.canonicalName("EC", "EU")).isEqualTo("European Community");
        // commodity producers' associations are organisations of states too
        assertThat(igos.codeOfName("Association of Tin Producing Countries")).isEqualTo("ATPC");
    }

    @Test
    void aMisprintIsTakenOnlyForALongNameTheTaggerGaveThatCode() {
        assertThat(igos.canonicalName("General Agreemment on Tarifs and Trade", "WTO"))
                .isEqualTo("General Agreement on Tariffs and Trade");
        assertThat(igos.canonicalName("Organizaton of Petrolium Exporting Countries", "OPEC"))
                .isEqualTo("Organization of the Petroleum Exporting Countries");
        assertThat(igos.canonicalName("General Agreemment on Tarifs and Trade", null)).isNull();
        assertThat(igos.canonicalName("Asian Development Fund", "IMF")).isNull();
        assertThat(igos.canonicalName("Coffee Board", null)).isNull();
        assertThat(Igos.withinTwoEdits("abcdef", "abcxyz")).isFalse();
        assertThat(Igos.withinTwoEdits("abcdef", "abdef")).isTrue();
    }
}
