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

    @Test
    void anUndatedArticleTakesTheCountryAllOfANamesDatedCodesAgreeOn(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.actors.txt");
        Files.writeString(mine, """
                INGRID_HALVORSEN_
                	[NORGOV 010101-051231]
                	[NORGOVJUD 060101-091231]
                PAUL_MERCIER_
                	[FRAGOV 010101-051231]
                	[BELGOV 060101-091231]
                """);
        ActorKnowledge k = ActorKnowledge.of(List.of(mine), false);
        assertThat(k.know("Ingrid Halvorsen", null).orElseThrow().code()).isEqualTo("NOR");
        assertThat(k.know("Paul Mercier", null)).as("two countries: none").isEmpty();
        assertThat(k.know("Ingrid Halvorsen", day("2012-01-01"))).as("dated, out of every range").isEmpty();
    }

    @Test
    void middleInitialsAreFoundWithOrWithoutTheirDots(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.actors.txt");
        Files.writeString(mine, "JOHN_Q._PUBLIC_ [USAGOV]\n");
        ActorKnowledge k = ActorKnowledge.of(List.of(mine), false);
        assertThat(k.know("John Q Public", null).orElseThrow().code()).isEqualTo("USA");
        assertThat(k.know("John Q. Public", null).orElseThrow().code()).isEqualTo("USA");
        assertThat(shipped.know("George W Bush", day("2004-06-01")).orElseThrow().code()).isEqualTo("USA");
    }

    @Test
    void aSingleWordIsAPersonOnlyWhenListedAsOne(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.actors.txt");
        Files.writeString(mine, "SUKARNOPUTRO_ [IDNGOV]\nMOLDAVIA_ [MDA]\nACMEGLOBAL_ [MNCJPN]\n");
        ActorKnowledge k = ActorKnowledge.of(List.of(mine), false);
        assertThat(k.knowPerson("Sukarnoputro", day("1990-01-01")).orElseThrow().code()).isEqualTo("IDN");
        assertThat(k.know("Sukarnoputro", day("1990-01-01"))).as("not for any mention").isEmpty();
        assertThat(k.knowPerson("Moldavia", day("1990-01-01"))).as("a country's entry is no person").isEmpty();
        assertThat(k.knowPerson("Smith", day("1990-01-01"))).isEmpty();
        var company = k.knowPlace("Acmeglobal", day("1990-01-01")).orElseThrow();
        assertThat(company.code()).as("a company is no state actor").isNull();
        assertThat(ActorKnowledge.companyHome(company)).isEqualTo("JPN");
    }
}
