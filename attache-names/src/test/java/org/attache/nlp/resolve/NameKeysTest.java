package org.attache.nlp.resolve;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {
    @Test
    void foldsCaseDiacriticsAndVietnameseD() {
        assertThat(NameKeys.fold("Lê Hoài Trung")).isEqualTo("le hoai trung");
        assertThat(NameKeys.key("LE HOAI TRUNG")).isEqualTo(NameKeys.key("Lê Hoài Trung")).isEqualTo("lehoaitrung");
        assertThat(NameKeys.key("Đặng Thị Ngọc Thịnh")).isEqualTo("dangthingocthinh");
        assertThat(NameKeys.key("Straße")).isEqualTo("strasse");
    }

    @Test
    void decomposedAndComposedFormsShareAKey() {
        assertThat(NameKeys.key("Le\u0302 Hoa\u0300i")).isEqualTo(NameKeys.key("Lê Hoài"));
        assertThat(NameKeys.display("Le\u0302  Hoa\u0300i\u00a0Trung ")).isEqualTo("Lê Hoài Trung");
    }

    @Test
    void ignoresSpacingApostrophesAndPunctuation() {
        assertThat(NameKeys.key("Việt Nam")).isEqualTo(NameKeys.key("Vietnam"));
        assertThat(NameKeys.key("People’s Action Party")).isEqualTo(NameKeys.key("Peoples Action Party"));
        assertThat(NameKeys.fold("ISEAS – Yusof Ishak Institute")).isEqualTo("iseas yusof ishak institute");
        assertThat(NameKeys.key("U.S.")).isEqualTo("us");
    }

    @Test
    void orderKeyIgnoresTokenOrder() {
        assertThat(NameKeys.orderKey("Xi Jinping")).isEqualTo(NameKeys.orderKey("JINPING Xi"));
        assertThat(NameKeys.lastTokenKey("Lê Hoài Trung")).isEqualTo("trung");
    }

    @Test
    void otherScriptsAreWrittenInLatinLetters() {
        assertThat(NameKeys.key("习近平")).isEqualTo("xijinping");
        assertThat(NameKeys.key("Путин")).isEqualTo("putin");
    }

    @Test
    void acronymsAndPartialNames() {
        assertThat(NameKeys.isAcronym("CPV")).isTrue();
        assertThat(NameKeys.isAcronym("U.S.")).isTrue();
        assertThat(NameKeys.isAcronym("NGOs")).isTrue();
        assertThat(NameKeys.isAcronym("Trung")).isFalse();
        assertThat(NameKeys.isAcronym("A")).isFalse();
        assertThat(NameKeys.isPartial("Trung")).isTrue();
        assertThat(NameKeys.isPartial("CPV")).isFalse();
        assertThat(NameKeys.isPartial("Le Hoai Trung")).isFalse();
    }

    @Test
    void moreCompleteMeansMoreTokensOrMoreDiacriticsOfTheSameSpelling() {
        assertThat(NameKeys.moreComplete("Lê Hoài Trung", "Trung")).isTrue();
        assertThat(NameKeys.moreComplete("Trung", "Lê Hoài Trung")).isFalse();
        assertThat(NameKeys.moreComplete("Lê Hoài Trung", "Le Hoai Trung")).isTrue();
        assertThat(NameKeys.moreComplete("Le Hoai Trung", "Lê Hoài Trung")).isFalse();
        assertThat(NameKeys.moreComplete("Communist Party of Vietnam", "CPV")).isTrue();
        assertThat(NameKeys.moreComplete("CPV", "Communist Party of Vietnam")).isFalse();
        assertThat(NameKeys.moreComplete("Việt Nam", "Vietnam")).isFalse();
        assertThat(NameKeys.moreComplete("Vietnam", "Việt Nam")).isFalse();
    }

    @Test
    void ofAsManyWordsTheLongerIsMoreCompleteOnlyWhereItWritesOutAShortForm() {
        assertThat(NameKeys.moreComplete("Ronald Reagan", "Ron Reagan")).isTrue();
        assertThat(NameKeys.moreComplete("Ron Reagan", "Ronald Reagan")).isFalse();
        assertThat(NameKeys.moreComplete("Pacific Telesis Corporation", "Pacific Telesis Corp")).isTrue();
        // two spellings of one word: a letter more (often a misspelling's) makes neither more complete
        assertThat(NameKeys.moreComplete("George Schultz", "George Shultz")).isFalse();
        assertThat(NameKeys.moreComplete("George Shultz", "George Schultz")).isFalse();
        assertThat(NameKeys.moreComplete("Mikhail Gorbachov", "Mikhail Gorbachev")).isFalse();
        assertThat(NameKeys.moreComplete("Nguyễn Phú Trọng", "Nguyen Phu Trong")).isTrue();
    }

    @Test
    void keysOfArbitraryTextAreStableAndNeverThrow() {
        RandomTexts.forAll(300, random -> {
            String s = RandomTexts.unicode(random, 40);
            String key = NameKeys.key(s);
            assertThat(key).doesNotContain(" ");
            assertThat(NameKeys.key(NameKeys.fold(s))).isEqualTo(key);
            assertThat(NameKeys.key(NameKeys.display(s))).isEqualTo(key);
            assertThat(NameKeys.orderKey(s).replace(" ", "")).hasSameSizeAs(key);
            NameKeys.moreComplete(s, "Name");
            NameKeys.isAcronym(s);
        });
    }

    @Test
    void oneLetterOffInsideAWordIsAMisspellingNotAnotherName() {
        assertThat(NameKeys.oneLetterOff("schultz", "shultz")).isTrue();
        assertThat(NameKeys.oneLetterOff("mikhael", "mikhail")).isTrue();
        assertThat(NameKeys.oneLetterOff("slutsky", "slutksy")).isTrue();
        assertThat(NameKeys.oneLetterOff("hansen", "jansen")).isFalse(); // first letter
        assertThat(NameKeys.oneLetterOff("berger", "bergen")).isFalse(); // last letter
        assertThat(NameKeys.oneLetterOff("scott", "scotty")).isFalse();
        assertThat(NameKeys.oneLetterOff("schultz", "schultze")).isFalse();
        assertThat(NameKeys.oneLetterOff("shultz", "shultz")).isFalse();
        assertThat(NameKeys.oneLetterOff("gorbachev", "gorbachyov")).isFalse(); // two edits
    }

    @Test
    void aPluralOrPossessiveAcronymHasItsAcronymAsStem() {
        assertThat(NameKeys.acronymStem("NGOs")).isEqualTo("NGO");
        assertThat(NameKeys.acronymStem("CPV’s")).isEqualTo("CPV");
        assertThat(NameKeys.acronymStem("AIDS")).isEqualTo("AIDS");
        assertThat(NameKeys.acronymStem("Lions")).isEqualTo("Lions");
    }

    @Test
    void aLegalFormIsKnownInAnyCaseAndWithOrWithoutItsDots() {
        assertThat(NameKeys.isLegalForm("Corp.")).isTrue();
        assertThat(NameKeys.isLegalForm("S.A.")).isTrue();
        assertThat(NameKeys.isLegalForm("s.p.a.")).isTrue();
        assertThat(NameKeys.isLegalForm("GMBH")).isTrue();
        assertThat(NameKeys.isLegalForm("Steel")).isFalse();
        assertThat(NameKeys.isLegalForm("Motors")).isFalse();
    }

    @Test
    void aCompanysNameWithoutTheLegalFormsThatEndIt() {
        assertThat(NameKeys.withoutLegalForm("Chrysler Corp")).isEqualTo("Chrysler");
        assertThat(NameKeys.withoutLegalForm("Broken Hill Pty Co Ltd")).isEqualTo("Broken Hill");
        assertThat(NameKeys.withoutLegalForm("Banco Andino, S.A.")).isEqualTo("Banco Andino");
        assertThat(NameKeys.withoutLegalForm("Kessler & Co.")).isEqualTo("Kessler");
        assertThat(NameKeys.withoutLegalForm("Nordlicht Versicherung AG")).isEqualTo("Nordlicht Versicherung");
        // nothing to strip, or too little left
        assertThat(NameKeys.withoutLegalForm("Company of Merchants")).isEqualTo("Company of Merchants");
        assertThat(NameKeys.withoutLegalForm("AB Co")).isEqualTo("AB Co");
        assertThat(NameKeys.withoutLegalForm("Coca-Cola")).isEqualTo("Coca-Cola");
    }

    @Test
    void aCompanysStemDropsItsLegalFormsAndAPossessive() {
        assertThat(NameKeys.companyStem("Standard and Poor's Corp")).isEqualTo("Standard and Poor");
        assertThat(NameKeys.companyStem("Standard and Poor’s")).isEqualTo("Standard and Poor");
        assertThat(NameKeys.companyStem("Standard and Poor")).isEqualTo("Standard and Poor");
        assertThat(NameKeys.companyStem("Moody's")).as("one word: the possessive is the name").isEqualTo("Moody's");
        assertThat(NameKeys.companyStem("Chrysler Corp")).isEqualTo("Chrysler");
    }

    @Test
    void anOrganisationsCoreDropsWhatItsVariantsDrop() {
        assertThat(NameKeys.organisationCore("Federal Reserve Board")).isEqualTo("Federal Reserve");
        assertThat(NameKeys.organisationCore("Federal Reserve")).isEqualTo("Federal Reserve");
        assertThat(NameKeys.organisationCore("Department of Agriculture")).isEqualTo("Agriculture Department");
        assertThat(NameKeys.organisationCore("Agriculture Dept.")).isEqualTo("Agriculture Department");
        assertThat(NameKeys.organisationCore("Halvorsen Bros Inc")).isEqualTo(NameKeys.organisationCore("Halvorsen Brothers Inc"));
        assertThat(NameKeys.organisationCore("Kestrel Intl Mfg Co")).isEqualTo("Kestrel International Manufacturing");
        assertThat(NameKeys.organisationCore("Brosnan Holdings")).isEqualTo("Brosnan Holdings");
        assertThat(NameKeys.organisationCore("Ministry of the Interior")).isEqualTo("Interior Ministry");
        assertThat(NameKeys.organisationCore("The Bundesbank Council")).isEqualTo("Bundesbank Council");
        assertThat(NameKeys.organisationCore("Nordlicht Versicherung AG")).isEqualTo("Nordlicht Versicherung");
        // a part is dropped only when two words are left
        assertThat(NameKeys.organisationCore("Tariff Board")).isEqualTo("Tariff Board");
        assertThat(NameKeys.organisationCore("The Hague")).isEqualTo("The Hague");
        assertThat(NameKeys.organisationCore("Board of Trade")).isEqualTo("Board of Trade");
    }
}
