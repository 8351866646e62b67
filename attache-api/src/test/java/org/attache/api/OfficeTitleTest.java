package org.attache.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Normal forms of office titles: ways of writing one office are one, other offices are not. */
class OfficeTitleTest {
    private static String key(String title) {
        return OfficeTitle.of(title).key();
    }

    @Test
    void aPortfolioBeforeOrAfterItsRankIsOneOffice() {
        assertThat(key("Foreign Minister")).isEqualTo("minister:foreign")
                .isEqualTo(key("Minister of Foreign Affairs"))
                .isEqualTo(key("minister for foreign affairs"))
                .isEqualTo(key("FOREIGN MINISTER"));
        assertThat(key("Trade and Industry Minister")).isEqualTo(key("Minister of Industry and Trade"));
        assertThat(key("Defense Secretary")).isEqualTo(key("Secretary of Defence"));
        assertThat(key("Treasury Secretary")).isEqualTo(key("Secretary of the Treasury"));
        assertThat(key("Ministre des Finances")).isNotEqualTo(key("Finance Minister")); // no French grammar here
    }

    @Test
    void caseHyphensAndSpellingVariantsDoNotMatter() {
        assertThat(key("President")).isEqualTo(key("president")).isEqualTo("president");
        assertThat(key("Vice-President")).isEqualTo(key("Vice President"));
        assertThat(key("Chairman")).isEqualTo(key("Chairwoman")).isEqualTo(key("Chairperson"));
        assertThat(key("Chief Executive Officer")).isEqualTo(key("CEO"));
        assertThat(key("Secretary-General")).isEqualTo(key("Secretary General"));
    }

    @Test
    void aDeputyHoldsAnotherOffice() {
        assertThat(key("Deputy Foreign Minister")).isEqualTo(key("Deputy Minister of Foreign Affairs"))
                .isNotEqualTo(key("Foreign Minister"));
        assertThat(key("Vice President")).isNotEqualTo(key("President"));
        assertThat(key("Prime Minister")).isNotEqualTo(key("Senior Minister")).isNotEqualTo(key("Minister"));
    }

    @Test
    void actingAndElectAreQualifiersOfTheSameOffice() {
        OfficeTitle acting = OfficeTitle.of("acting President");
        assertThat(acting.key()).isEqualTo("president");
        assertThat(acting.acting()).isTrue();
        assertThat(acting.display()).isEqualTo("President");
        OfficeTitle interim = OfficeTitle.of("Interim Finance Minister");
        assertThat(interim.key()).isEqualTo(key("Minister of Finance"));
        assertThat(interim.acting()).isTrue();
        OfficeTitle elect = OfficeTitle.of("President-elect");
        assertThat(elect.key()).isEqualTo("president");
        assertThat(elect.elect()).isTrue();
        assertThat(elect.display()).isEqualTo("President");
        assertThat(OfficeTitle.of("Prime Minister-elect").key()).isEqualTo(key("Prime Minister"));
        assertThat(OfficeTitle.of("Prime Minister").acting()).isFalse();
    }

    @Test
    void secretaryOfStateIsNotAStateSecretary() {
        assertThat(key("Secretary of State")).isNotEqualTo(key("State Secretary"));
    }

    @Test
    void anOfficeOfABodyGroupsWithTheTitleThatNamesIt() {
        assertThat(OfficeTitle.groupKey("Chairman of Temasek Holdings", "Temasek Holdings"))
                .isEqualTo(OfficeTitle.groupKey("Chairman", "Temasek Holdings"))
                .isEqualTo(OfficeTitle.groupKey("chairwoman of the Temasek Holdings", "Temasek Holdings"));
        assertThat(OfficeTitle.groupKey("Chairman", "Temasek Holdings")).isNotEqualTo(OfficeTitle.groupKey("Chairman", null));
        assertThat(OfficeTitle.groupKey("Foreign Minister", null)).isEqualTo(OfficeTitle.groupKey("Minister of Foreign Affairs", null));
    }
}
