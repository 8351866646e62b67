package org.attache.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKnowledgeTest {
    private final ActorKnowledge shipped = ActorKnowledge.shipped();

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void rolesApplyBetweenTheirDates() {
        var defense = shipped.know("Caspar Weinberger", day("1987-03-02")).orElseThrow();
        assertThat(defense.code()).isEqualTo("USA");
        assertThat(defense.cameo()).isEqualTo("USAGOVMIL");
        assertThat(shipped.know("Caspar Weinberger", day("1990-01-01")).orElseThrow().cameo())
                .as("out of office: an elite, still American").isEqualTo("USAELI");
        assertThat(shipped.know("Jacques Delors", day("1987-05-05")).orElseThrow().code())
                .as("an IGO official's CAMEO code is the IGO's").isEqualTo("EU");
        assertThat(shipped.know("Jacques Delors", day("1999-01-01"))).as("no role known then").isEmpty();
    }

    @Test
    void countriesComeAsOfTheDay() {
        assertThat(shipped.know("Mikhail Gorbachev", day("1987-06-01")).orElseThrow().code()).isEqualTo("SUN");
        assertThat(shipped.know("Mikhail Gorbachev", day("1995-06-01")).orElseThrow().code()).isEqualTo("RUS");
        assertThat(shipped.know("Mikhail Gorbachev", null).orElseThrow().code())
                .as("undated: only the code without dates").isEqualTo("RUS");
    }

    @Test
    void onlyDistinctiveNamesAreLookedUp() {
        assertThat(shipped.know("Senate", day("1987-01-01"))).as("one ordinary word").isEmpty();
        assertThat(shipped.knowPlace("Kabul", day("2005-01-01")).orElseThrow().code()).isEqualTo("AFG");
        assertThat(shipped.know("Robert Byrd", day("1987-03-02")).orElseThrow().code())
                .as("ROBERT_C._BYRD_ without its middle initial").isEqualTo("USA");
        assertThat(ActorKnowledge.none().know("Caspar Weinberger", day("1987-03-02"))).isEmpty();
    }

    @Test
    void aUsersDictionaryWinsOverTheShippedOne(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.actors.txt");
        Files.writeString(mine, "CASPAR_WEINBERGER_\n\t[GBRGOV]\nASTRID_OLSEN_ [NORGOV >20200101]\n");
        ActorKnowledge k = ActorKnowledge.of(List.of(mine), true);
        var weinberger = k.know("Caspar Weinberger", day("1987-03-02")).orElseThrow();
        assertThat(weinberger.code()).isEqualTo("GBR");
        assertThat(weinberger.fromUser()).isTrue();
        assertThat(k.know("Astrid Olsen", day("2021-01-01")).orElseThrow().code()).isEqualTo("NOR");
        assertThat(k.know("Mikhail Gorbachev", day("1987-06-01")).orElseThrow().fromUser()).isFalse();
        assertThat(ActorKnowledge.of(List.of(mine), false).know("Mikhail Gorbachev", day("1987-06-01"))).isEmpty();
    }
}
