package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.TestAnnotators;
import org.junit.jupiter.api.Test;

/**
 * Where names start and end and what they are, through the whole annotator: clause-opening words, compound
 * institutions, agreements and policy names. Texts written for these tests.
 */
class NameBoundariesTest {
    private static Annotated annotate(String text) {
        Annotated a = TestAnnotators.standard().annotate(new Article("t", "test", null, null, null, false, List.of(text),
                List.of(), null, null, null, "en", List.of(), null, null));
        for (Mention m : a.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        return a;
    }

    private static List<String> of(Annotated a, MentionType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    private static List<String> entityTexts(Annotated a) {
        return a.mentions().stream().filter(m -> m.type().isEntity()).map(Mention::text).toList();
    }

    @Test
    void aClauseOpeningWordIsNeverPartOfAName() {
        Annotated a = annotate("Unlike Margaret Okafor, the new governor favours lower rates. If Tomas Berglund wins "
                + "the vote, the coalition will fall. Although Henrik Olsen declined, the board met in Oslo.");
        assertThat(entityTexts(a)).doesNotContainAnyElementsOf(List.of("Unlike Margaret Okafor", "If Tomas Berglund",
                "Although Henrik Olsen"));
        assertThat(of(a, MentionType.PERSON)).contains("Margaret Okafor", "Tomas Berglund", "Henrik Olsen");
        for (Mention m : a.mentions()) {
            assertThat(m.text()).doesNotStartWith("Unlike ").doesNotStartWith("If ").doesNotStartWith("Although ");
        }
    }

    @Test
    void aPortfolioIsNotPartOfTheHoldersName() {
        Annotated a = annotate("Chancellor of the Exchequer Alan Whitby said the budget would balance.");
        assertThat(of(a, MentionType.PERSON)).containsExactly("Alan Whitby");
    }

    @Test
    void personRepairNeverGrowsANameOverAClauseOpeningWord() {
        // no sentence break before "Unlike": the repair would take any capitalised word inside a sentence
        TokenizedText t = new TokenizedText("rates rose Unlike Margaret Okafor", new int[] {0, 6, 11, 18, 26},
                new int[] {5, 10, 17, 25, 32}, new int[] {0});
        List<NameSpan> out = new PersonSpanRepair(true).apply(t, List.of(new NameSpan(MentionType.PERSON, 3, 5)), false);
        assertThat(out).containsExactly(new NameSpan(MentionType.PERSON, 3, 5));
    }

    @Test
    void anArticleOpensAPlaceNameButNeverAPersonsName() {
        TokenizedText t = new TokenizedText("The Hague and The Maria Berg", new int[] {0, 4, 10, 14, 18, 24},
                new int[] {3, 9, 13, 17, 23, 28}, new int[] {0});
        List<NameSpan> out = new SpanEdges().apply(t, List.of(new NameSpan(MentionType.LOCATION, 0, 2),
                new NameSpan(MentionType.PERSON, 3, 6)));
        assertThat(out).containsExactly(new NameSpan(MentionType.LOCATION, 0, 2), new NameSpan(MentionType.PERSON, 4, 6));
    }

    @Test
    void aPossessiveLeavesAnOfNameButStaysInOtherNames() {
        TokenizedText t = new TokenizedText("Ministry of Fisheries 's plan , Barlow 's", new int[] {0, 9, 12, 22, 25, 30, 32, 39},
                new int[] {8, 11, 21, 24, 29, 31, 38, 41}, new int[] {0});
        List<NameSpan> out = new SpanEdges().apply(t, List.of(new NameSpan(MentionType.ORGANIZATION, 0, 4),
                new NameSpan(MentionType.ORGANIZATION, 6, 8)));
        assertThat(out).containsExactly(new NameSpan(MentionType.ORGANIZATION, 0, 3),
                new NameSpan(MentionType.ORGANIZATION, 6, 8));
    }

    @Test
    void aDashedInstitutionIsOneOrganisationAndNoPerson() {
        Annotated a = annotate("She is Director of the Institute of Maritime Studies (IMS) – Henrik Olsen Institute in "
                + "Bergen. Last week the IMS - Henrik Olsen (IMS) hosted a forum on fisheries.");
        assertThat(of(a, MentionType.PERSON)).doesNotContain("Henrik Olsen");
        assertThat(of(a, MentionType.ORGANIZATION)).contains(
                "Institute of Maritime Studies (IMS) – Henrik Olsen Institute", "IMS - Henrik Olsen");
        assertThat(a.mentions()).filteredOn(m -> m.type() == MentionType.ORGANIZATION)
                .extracting(Mention::canonical).containsOnly("IMS – Henrik Olsen Institute");
    }

    @Test
    void aDashBeforeAPersonIsNoCompound() {
        TokenizedText t = new TokenizedText("Reuters - Anna Kowalski said", new int[] {0, 8, 10, 15, 24},
                new int[] {7, 9, 14, 23, 28}, new int[] {0});
        List<NameSpan> in = List.of(new NameSpan(MentionType.ORGANIZATION, 0, 1), new NameSpan(MentionType.PERSON, 2, 4));
        assertThat(new CompoundNames().apply(t, in)).isEqualTo(in);
    }

    @Test
    void anOfPhraseJoinsAnOrganisationToItsPlace() {
        TokenizedText t = new TokenizedText("the Workers Party of Freedonia met", new int[] {0, 4, 12, 18, 21, 31},
                new int[] {3, 11, 17, 20, 30, 34}, new int[] {0});
        List<NameSpan> out = new CompoundNames().apply(t, List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3),
                new NameSpan(MentionType.LOCATION, 4, 5, "FRD")));
        assertThat(out).containsExactly(new NameSpan(MentionType.ORGANIZATION, 1, 5));
    }

    @Test
    void aNamedPartnershipIsAnAgreementWithNoCountryOfItsOwn() {
        Annotated a = annotate("Both sides praised the Norway-Chile Strategic Partnership, which began in 2019.");
        assertThat(of(a, MentionType.ORGANIZATION)).noneMatch(s -> s.contains("Partnership"));
        assertThat(a.mentions()).filteredOn(m -> m.text().endsWith("Strategic Partnership")).singleElement()
                .satisfies(m -> {
                    assertThat(m.type()).isEqualTo(MentionType.MISC);
                    assertThat(m.text()).isEqualTo("Norway-Chile Strategic Partnership");
                    assertThat(m.country()).isNull();
                });
    }

    @Test
    void aFirmsLimitedPartnershipStaysAnOrganisation() {
        TokenizedText t = new TokenizedText("Harbor Ridge Limited Partnership bought it", new int[] {0, 7, 13, 21, 33, 40},
                new int[] {6, 12, 20, 32, 39, 42}, new int[] {0});
        List<NameSpan> in = List.of(new NameSpan(MentionType.ORGANIZATION, 0, 4));
        assertThat(new CompoundNames().apply(t, in)).isEqualTo(in);
        assertThat(CompoundNames.isAgreement(List.of("grains", "supply", "agreement"), false)).isTrue();
        assertThat(CompoundNames.isAgreement(List.of("harbor", "partnership"), false)).isFalse();
    }

    @Test
    void aPolicyGlossedAndDatedByItsYearsIsNoPerson() {
        Annotated a = annotate("Speaking in Jakarta, Minister Rini Sukarno praised the results of 25 years of "
                + "Pembaruan Raya (Renewal) and the country's foreign policy.");
        assertThat(of(a, MentionType.PERSON)).doesNotContain("Pembaruan Raya").contains("Rini Sukarno");
        assertThat(entityTexts(a)).doesNotContain("Renewal");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Pembaruan Raya"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(MentionType.MISC));
    }

    @Test
    void aPolicyWrittenInLowerCaseElsewhereIsNoPerson() {
        TokenizedText t = new TokenizedText("Razvitie reforms began . Critics of razvitie spoke", new int[] {0, 9, 17, 23, 25, 33, 36, 45},
                new int[] {8, 16, 22, 24, 32, 35, 44, 50}, new int[] {0, 4});
        List<NameSpan> out = new PolicyNames().apply(t, List.of(new NameSpan(MentionType.PERSON, 0, 1)));
        assertThat(out).containsExactly(new NameSpan(MentionType.MISC, 0, 1));
    }

    @Test
    void aPersonWithAPolicyWordAfterTheNameStaysAPerson() {
        // "the Okafor reforms" alone is one cue; "Minister Okafor said" is a person's cue
        TokenizedText t = new TokenizedText("Minister Okafor said the Okafor reforms of 1990 ( Renewal ) worked",
                new int[] {0, 9, 16, 21, 25, 32, 40, 43, 48, 50, 58, 60},
                new int[] {8, 15, 20, 24, 31, 39, 42, 47, 49, 57, 59, 66}, new int[] {0});
        List<NameSpan> in = List.of(new NameSpan(MentionType.PERSON, 1, 2), new NameSpan(MentionType.PERSON, 4, 5));
        assertThat(new PolicyNames().apply(t, in)).isEqualTo(in);
    }
}
