package org.attache.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalBodiesTest {
    private final ActorKnowledge shipped = ActorKnowledge.shipped();

    @Test
    void aStatesOwnBodyNamedWithoutItsCountryTakesItAsOfTheDay() {
        LocalDate day = LocalDate.of(1987, 3, 5);
        assertThat(shipped.knowBody("the Bundesbank", day).orElseThrow().code()).isEqualTo("DEU");
        assertThat(shipped.knowBody("Securities and Exchange Commission", day).orElseThrow().code()).isEqualTo("USA");
        assertThat(shipped.knowBody("SEC", day).orElseThrow().code()).isEqualTo("USA");
        assertThat(shipped.knowBody("Knesset", day).orElseThrow().code()).isEqualTo("ISR");
        assertThat(shipped.knowBody("Élysée", day).orElseThrow().code()).as("accents folded").isEqualTo("FRA");
        assertThat(shipped.knowBody("Tass", day).orElseThrow().code()).as("the Soviet Union's in 1987").isEqualTo("SUN");
        assertThat(shipped.knowBody("Tass", LocalDate.of(1995, 1, 1)).orElseThrow().code()).isEqualTo("RUS");
        assertThat(shipped.knowBody("Bundesbank", day).orElseThrow().sector()).as("a state's institution").isEqualTo("GOV");
        assertThat(shipped.knowBody("Reuters", day).orElseThrow().sector()).as("a news outlet").isEqualTo("MED");
        assertThat(shipped.knowBody("SPD", day).orElseThrow().sector()).as("a party").isEqualTo("PTY");
    }

    @Test
    void bodiesEveryStateHasAndUnlistedNamesGiveNothing() {
        LocalDate day = LocalDate.of(1987, 3, 5);
        assertThat(shipped.knowBody("Senate", day)).isEmpty();
        assertThat(shipped.knowBody("Finance Ministry", day)).isEmpty();
        assertThat(shipped.knowBody("Supreme Court", day)).isEmpty();
        assertThat(shipped.knowBody("Orbis Labs", day)).isEmpty();
    }

    @Test
    void withoutTheShippedKnowledgeNothingIsKnown() {
        assertThat(ActorKnowledge.none().knowBody("Bundesbank", LocalDate.of(1987, 3, 5))).isEmpty();
    }
}
