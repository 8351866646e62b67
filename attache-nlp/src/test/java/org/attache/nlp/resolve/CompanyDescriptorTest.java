package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.junit.jupiter.api.Test;

class CompanyDescriptorTest {
    private final CompanyDescriptor companies = new CompanyDescriptor(CountryGazetteer.standard());

    private String of(String body, String org) {
        int start = body.indexOf(org);
        return companies.of(body, new Mention(MentionType.ORGANIZATION, org, start, start + org.length(), 0, org, null));
    }

    @Test
    void aCountrysFirmBeforeTheName() {
        assertThat(of("Analysts said Taiwan's largest steel maker, Hanbit Steel Corp, would cut output.", "Hanbit Steel Corp"))
                .isEqualTo("TWN");
        assertThat(of("Shares of the Swiss drugs group, Alpenrose AG, fell.", "Alpenrose AG")).isEqualTo("CHE");
        assertThat(of("Norway's state oil company Nordfjell Olje AS said output rose.", "Nordfjell Olje AS"))
                .isEqualTo("NOR");
        assertThat(of("It hit Brazil's major exporters, including Cafe Serra Ltda, and others.", "Cafe Serra Ltda"))
                .isEqualTo("BRA");
    }

    @Test
    void aCountrysFirmAfterTheName() {
        assertThat(of("Kowa Denki KK, Japan's second biggest electronics firm, said profit fell.", "Kowa Denki KK"))
                .isEqualTo("JPN");
        assertThat(of("Tanager Mining, an Australian gold producer, raised its bid.", "Tanager Mining")).isEqualTo("AUS");
    }

    @Test
    void noFirmNounOrNoCountryGivesNothing() {
        assertThat(of("Japan said the talks with Kowa Denki KK went well.", "Kowa Denki KK")).isNull();
        assertThat(of("Japan's trade minister, Kowa Denki KK, spoke.", "Kowa Denki KK")).isNull();
        assertThat(of("Texas's largest oil company, Lone Star Oil Co, said so.", "Lone Star Oil Co")).isNull();
        assertThat(of("The union sued Kowa Denki KK, a maker of radios.", "Kowa Denki KK")).isNull();
        assertThat(of("Japan bought two tankers from Kowa Denki KK yesterday.", "Kowa Denki KK")).isNull();
    }
}
