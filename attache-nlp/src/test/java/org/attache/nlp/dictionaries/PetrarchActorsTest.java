package org.attache.nlp.dictionaries;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.attache.nlp.events.ActorDictionary.ActorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorsTest {
    /** An invented dictionary in the Phoenix format: blocks, synonyms, dated codes in both date forms. */
    private static final String DICT = """
            # invented test dictionary
            FREDONIA_  [FRD]
            +REPUBLIC_OF_FREDONIA_
            +FREDONIAN_
            ARDENIA_ [ARD]
            RUFUS_T._FIREFLY_  # made up
            +FIREFLY_
            \t[FRDGOV 19330101-19341231]
            \t[FRDELI]
            TRẦN_VĂN_BA_
            \t[VNMGOVDEV >040101]
            \t[VNMGOV >20250201]
            OLD_LEADER_
            \t[ARDGOV <991231]
            ALLIANCE_OF_SMALL_STATES_ [IGOASS] [---]
            U.N.S._
            UNITED_NATIONS_SPECIAL_ENVOY_
            +UN_ENVOY_
            \t[IGOUNO]
            SLOPPY_ENTRY_
            \t[ARDMIL 2004017-20061201]
            \t[ARDMIL]
            """;

    private PetrarchActors load(Path dir, String text) throws IOException {
        Path f = dir.resolve("Test.actors.txt");
        Files.writeString(f, text);
        return PetrarchActors.load(f);
    }

    @Test
    void namesFoldCaseDiacriticsAndUnderscoresAndShareTheirBlocksCodes(@TempDir Path dir) throws IOException {
        PetrarchActors a = load(dir, DICT);
        assertThat(a.cameoCode("Fredonia", null)).contains("FRD");
        assertThat(a.cameoCode("the Republic of  Fredonia", null)).contains("FRD");
        assertThat(a.cameoCode("FREDONIAN", null)).contains("FRD");
        assertThat(a.cameoCode("Ardenia", null)).contains("ARD");
        assertThat(a.cameoCode("UN envoy", null)).contains("IGOUNO");
        assertThat(a.cameoCode("U.N.S.", null)).as("a name without codes joins the next block").contains("IGOUNO");
        assertThat(a.cameoCode("Groucho", null)).isEmpty();
    }

    @Test
    void aDatedCountryCodeWithoutASectorIsNoOfficeAndDoesNotFail(@TempDir Path dir) throws IOException {
        // "[USA 19810120-19890120]": a country alone, dated; the surname check read its missing sector and threw
        PetrarchActors a = load(dir, """
                GROUCHO_MARX_
                \t[USA 19810120-19890120]
                HARPO_MARX_
                \t[USAGOV 19810120-19890120]
                """);
        assertThat(a.countryOfSurnameOnDay("Marx", LocalDate.of(1985, 6, 1))).contains("USA");
        assertThat(a.countryOfSurnameOnDay("Marx", LocalDate.of(1995, 6, 1))).isEmpty();
    }

    @Test
    void dateRestrictedCodesApplyByTheArticlesDay(@TempDir Path dir) throws IOException {
        PetrarchActors a = load(dir, DICT);
        assertThat(a.cameoCode("Rufus T. Firefly", LocalDate.of(1933, 6, 1))).contains("FRDGOV");
        assertThat(a.cameoCode("Firefly", LocalDate.of(1936, 6, 1))).contains("FRDELI");
        assertThat(a.cameoCode("Firefly", null)).as("no day: undated codes only").contains("FRDELI");
        // six-digit dates: YY 00-30 is 20YY, else 19YY
        assertThat(a.cameoCode("Tran Van Ba", LocalDate.of(2010, 1, 1))).contains("VNMGOVDEV");
        assertThat(a.cameoCode("Trần Văn Ba", LocalDate.of(2003, 1, 1))).isEmpty();
        assertThat(a.cameoCode("Tran Van Ba", null)).isEmpty();
        assertThat(a.cameoCode("Old Leader", LocalDate.of(1999, 12, 31))).contains("ARDGOV");
        assertThat(a.cameoCode("Old Leader", LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(a.lookup("Tran Van Ba", LocalDate.of(2010, 1, 1))).contains(new ActorCode("VNM", "GOV"));
    }

    @Test
    void malformedCodesAreSkippedButMissingNamesAndBracketsFail(@TempDir Path dir) throws IOException {
        PetrarchActors a = load(dir, DICT);
        assertThat(a.skippedCodes()).isEqualTo(1);
        assertThat(a.cameoCode("Sloppy Entry", LocalDate.of(2005, 1, 1))).contains("ARDMIL");
        assertThat(a.cameoCode("Alliance of Small States", null)).contains("IGOASS");
        assertThatThrownBy(() -> load(dir, "\t[USAGOV]\nJOHN_DOE_\n")).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("Test.actors.txt:1");
        assertThatThrownBy(() -> load(dir, "JOHN_DOE_\n\t[USAGOV\n")).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("Test.actors.txt:2");
    }

    @Test
    void codesSplitIntoCountryAndSector() {
        assertThat(PetrarchActors.split("USAGOV")).isEqualTo(new ActorCode("USA", "GOV"));
        assertThat(PetrarchActors.split("AFGGOVBUS")).isEqualTo(new ActorCode("AFG", "GOV"));
        assertThat(PetrarchActors.split("SGP")).isEqualTo(new ActorCode("SGP", null));
        assertThat(PetrarchActors.split("IGOUNO")).isEqualTo(new ActorCode("IGOUNO", "IGO"));
        assertThat(PetrarchActors.split("NGOHRI")).isEqualTo(new ActorCode(null, "NGO"));
        assertThat(PetrarchActors.split("---LEG")).isEqualTo(new ActorCode(null, "LEG"));
        assertThat(PetrarchActors.split("ELI")).isEqualTo(new ActorCode(null, "ELI"));
    }

    @Test
    void sharedPhoenixCountriesLoadsQuicklyWithDatedCodes() {
        Path file = SharedData.resolve("bench/events/petrarch/Phoenix.Countries.actors.txt");
        assumeTrue(Files.isRegularFile(file), "no shared dictionary at " + file);
        long t0 = System.nanoTime();
        PetrarchActors a = PetrarchActors.load(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(a.size()).isGreaterThan(20_000);
        assertThat(ms).as("load time").isLessThan(10_000);
        // a leader with dated codes: the government code applies in office, an undated code otherwise
        assertThat(a.cameoCode("Hamid Karzai", LocalDate.of(2008, 1, 1))).contains("AFGGOV");
        assertThat(a.cameoCode("Hamid Karzai", null)).contains("AFGELI");
        assertThat(a.lookup("Afghanistan", null)).contains(new ActorCode("AFG", null));
    }

    @Test
    void anInstitutionIsAlsoFoundWithoutItsCountryWhenNoOtherCountryHasIt(@TempDir Path dir) throws IOException {
        PetrarchActors a = load(dir, """
                NORWEGIAN_FISHERIES_DIRECTORATE_
                	[NORGOV]
                CANADIAN_HOUSE_OF_COMMONS_
                	[CANGOVLEG]
                BRITISH_HOUSE_OF_COMMONS_
                	[GBRGOVLEG]
                CHAD_WILSON_TURNER_
                	[USAELI]
                """);
        assertThat(a.cameoCode("Fisheries Directorate", null)).contains("NORGOV");
        assertThat(a.cameoCode("Norwegian Fisheries Directorate", null)).contains("NORGOV");
        assertThat(a.cameoCode("House of Commons", null)).as("two countries have one").isEmpty();
        assertThat(a.cameoCode("Wilson Turner", null)).as("a first name that is a country's").isEmpty();
    }

    @Test
    void aCompanyNamedAfterItsCountryIsNotFoundWithoutIt(@TempDir Path dir) throws IOException {
        PetrarchActors a = load(dir, """
                CHINA_EASTERN_AIRLINES_
                	[MNCCHN]
                US_STATE_DEPARTMENT_
                	[USAGOV]
                """);
        assertThat(a.cameoCode("China Eastern Airlines", null)).contains("MNCCHN");
        assertThat(a.cameoCode("Eastern Airlines", null)).as("another airline").isEmpty();
        assertThat(a.cameoCode("State Department", null)).contains("USAGOV");
    }
}
