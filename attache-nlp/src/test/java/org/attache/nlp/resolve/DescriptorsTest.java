package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptorsTest {
    @Test
    void nationalityRegionalReligiousAndPartyAdjectivesDescribe() {
        for (String d : new String[] {"Japanese", "Soviet", "Singaporeans", "Vietnamese", "Brazilian", "West German",
                "South Korean", "European", "Arab", "Muslim", "Republicans", "Sino-Soviet", "Japanese-American",
                "Soviet-backed", "U.S.-made", "Anglo-French", "Southeast Asian"}) {
            assertThat(Descriptors.isDescriptor(d)).as(d).isTrue();
        }
    }

    @Test
    void aDescriptorInsideTheBracketsOrQuotesTheRecogniserLeftIsStillADescriptor() {
        // Reuters writes companies as "<Welsh, Carson, Anderson and Stowe>": the recogniser may cut "<Welsh" alone
        for (String d : new String[] {"<Welsh", "“Soviet”", "(Japanese", "'Vietnamese',", "«Brazilian»"}) {
            assertThat(Descriptors.isDescriptor(d)).as(d).isTrue();
        }
        assertThat(Descriptors.country("<Welsh")).isEqualTo("GBR");
        for (String n : new String[] {"<Welsh Carson", "(Japan)", "<Reuters>", "<"}) {
            assertThat(Descriptors.isDescriptor(n)).as(n).isFalse();
        }
    }

    @Test
    void namesDoNotDescribe() {
        for (String n : new String[] {"Japan", "Soviet Union", "Reuters", "American Express", "Taliban", "Bank of Japan",
                "Koran", "Ramadan", "Washington", "Japanese Red Cross", "Brazil-Argentina", "Anna Soviet", "Philippines",
                "Netherlands", ""}) {
            assertThat(Descriptors.isDescriptor(n)).as(n).isFalse();
        }
    }

    @Test
    void aDescriptorGivesItsCountryOrNoneWhenItNamesSeveral() {
        assertThat(Descriptors.country("Japanese")).isEqualTo("JPN");
        assertThat(Descriptors.country("Singaporeans")).isEqualTo("SGP");
        assertThat(Descriptors.country("Soviet-backed")).isEqualTo("SUN");
        assertThat(Descriptors.country("Japanese-American")).isNull();
        assertThat(Descriptors.country("European")).isNull();
    }
}
