package org.attache.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People named by a fuller form than the dictionaries list, or by their surname alone. */
class PersonKnowledgeTest {
    private final ActorKnowledge shipped = ActorKnowledge.shipped();

    @Test
    void aFullerNameIsKnownByItsLastWordsTheDictionariesList() {
        // listed as "Akbar Hashemi Rafsanjani", written with his first name
        assertThat(shipped.knowPerson("Ali Akbar Hashemi Rafsanjani", LocalDate.of(1987, 5, 1)).orElseThrow().code())
                .isEqualTo("IRN");
        assertThat(shipped.knowPerson("Peter Orbis Unknownname", LocalDate.of(1987, 5, 1))).isEmpty();
    }

    @Test
    void aSurnameAloneIsKnownWhenTheOfficeHoldersOfThatDayShareOneCountry() {
        assertThat(shipped.knowSurname("Reagan", LocalDate.of(1987, 3, 2)).orElseThrow().code()).isEqualTo("USA");
        assertThat(shipped.knowSurname("Gorbachev", LocalDate.of(1987, 3, 2)).orElseThrow().code()).isEqualTo("SUN");
        assertThat(shipped.knowSurname("Reagan", null)).as("undated: no day to hold office on").isEmpty();
        assertThat(shipped.knowSurname("Japan", LocalDate.of(1987, 3, 2))).as("a country's name").isEmpty();
        assertThat(shipped.knowSurname("Unknownname", LocalDate.of(1987, 3, 2))).isEmpty();
        assertThat(shipped.knowSurname("Reynolds", LocalDate.of(1987, 3, 2)))
                .as("Albert Reynolds was an Irish elite then, in office only from 1992").isEmpty();
    }

    @Test
    void officeHoldersOfTwoCountriesWithOneSurnameGiveNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.write(file, List.of("ANNA_HALVORSEN_", "\t[NORGOV 19870101-19901231]", "PETER_HALVORSEN_",
                "\t[DNKGOV 19860101-19881231]", "MARTA_LINDQVIST_", "\t[SWEGOV 19870101-19901231]",
                "OLE_BRANDVOLD_", "\t[NORELI 19500101-19991231]"));
        ActorKnowledge mine = ActorKnowledge.of(List.of(file), false);
        assertThat(mine.knowSurname("Halvorsen", LocalDate.of(1987, 6, 1))).isEmpty();
        assertThat(mine.knowSurname("Halvorsen", LocalDate.of(1989, 6, 1)).orElseThrow().code())
                .as("only one of them in office then").isEqualTo("NOR");
        assertThat(mine.knowSurname("Lindqvist", LocalDate.of(1987, 6, 1)).orElseThrow().code()).isEqualTo("SWE");
        assertThat(mine.knowSurname("Lindqvist", LocalDate.of(1995, 6, 1))).isEmpty();
        assertThat(mine.knowSurname("Brandvold", LocalDate.of(1987, 6, 1))).as("an elite holds no office").isEmpty();
    }
}
