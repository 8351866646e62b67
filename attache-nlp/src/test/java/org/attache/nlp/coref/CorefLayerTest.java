package org.attache.nlp.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.offices.Docs;
import org.junit.jupiter.api.Test;

class CorefLayerTest {
    private final CorefLayer layer = new CorefLayer();

    private Annotated run(Docs d) {
        Annotated a = layer.apply(d.build());
        Docs.assertExact(a);
        return a;
    }

    private static String canonicalAt(Annotated a, MentionType type, String text, int nth) {
        int seen = 0;
        for (Mention m : a.mentions()) {
            if (m.type() == type && m.text().equals(text) && seen++ == nth) {
                return m.canonical();
            }
        }
        throw new AssertionError("no " + nth + "th " + type + " " + text + " in " + a.mentions());
    }

    @Test
    void westernSurnameToFullName() {
        Annotated a = run(Docs.of("Olga Petrenko arrived on Monday. Later Petrenko met the press.")
                .person("Olga Petrenko", "Petrenko"));
        assertThat(canonicalAt(a, MentionType.PERSON, "Petrenko", 0)).isEqualTo("Olga Petrenko");
        assertThat(canonicalAt(a, MentionType.PERSON, "Olga Petrenko", 0)).isEqualTo("Olga Petrenko");
    }

    @Test
    void vietnameseGivenNameLastAndDiacriticsFolded() {
        Annotated a = run(Docs.of("Đỗ Văn Khải led the talks. Do Van Khai said ties grew. Khải thanked the hosts.")
                .person("Đỗ Văn Khải", "Do Van Khai", "Khải"));
        assertThat(canonicalAt(a, MentionType.PERSON, "Khải", 0)).isEqualTo("Đỗ Văn Khải");
        assertThat(canonicalAt(a, MentionType.PERSON, "Do Van Khai", 0)).isEqualTo("Đỗ Văn Khải");
    }

    @Test
    void surnameWithoutDiacriticsMatchesFullNameWithThem() {
        Annotated a = run(Docs.of("Nguyễn Thị Hằng spoke first; Hang then left.").person("Nguyễn Thị Hằng", "Hang"));
        assertThat(canonicalAt(a, MentionType.PERSON, "Hang", 0)).isEqualTo("Nguyễn Thị Hằng");
    }

    @Test
    void familyNameFirstResolvedOnlyWhenUnambiguous() {
        Annotated one = run(Docs.of("Wang Jian Ming visited. Wang spoke.").person("Wang Jian Ming", "Wang"));
        assertThat(canonicalAt(one, MentionType.PERSON, "Wang", 0)).isEqualTo("Wang Jian Ming");
        Annotated two = run(Docs.of("Wang Jian Ming and Wang Li Hua visited. Wang spoke.")
                .person("Wang Jian Ming", "Wang Li Hua", "Wang"));
        assertThat(canonicalAt(two, MentionType.PERSON, "Wang", 0)).isEqualTo("Wang");
    }

    @Test
    void addsMissedOccurrencesOfResolvedSurname() {
        Annotated a = run(Docs.of("Olga Petrenko arrived. Petrenko spoke. Then Petrenko left.").person("Olga Petrenko")
                .markNth(MentionType.PERSON, "Petrenko", 1));
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Petrenko")).hasSize(2)
                .allMatch(m -> m.canonical().equals("Olga Petrenko"));
    }

    @Test
    void acronymAfterExpansionAndMissedOccurrencesAdded() {
        Annotated a = run(Docs.of("The Liberal Party of Estonia (LPE) won. The LPE's leader and the LPEs board met.")
                .org("Liberal Party of Estonia"));
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("LPE")).hasSize(3)
                .allMatch(m -> m.type() == MentionType.ORGANIZATION && m.canonical().equals("Liberal Party of Estonia")
                        && "EST".equals(m.country()));
    }

    @Test
    void acronymBeforeExpansion() {
        Annotated a = run(Docs.of("Officials of the NFU (National Farmers Union) met. The NFU agreed.").org("NFU"));
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("NFU")).hasSize(2)
                .allMatch(m -> m.canonical().equals("National Farmers Union"));
        assertThat(a.mentions()).anyMatch(m -> m.text().equals("National Farmers Union"));
    }

    @Test
    void bundledBodiesWithoutCountry() {
        Annotated a = run(Docs.of("Both backed the UN charter and the role of ASEAN and the WHO."));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "UN", 0)).isEqualTo("United Nations");
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "ASEAN", 0)).isEqualTo("Association of Southeast Asian Nations");
        assertThat(a.mentions()).allMatch(m -> m.country() == null);
        Annotated shout = run(Docs.of("WHO WILL LEAD THE PARTY"));
        assertThat(shout.mentions()).isEmpty();
    }

    @Test
    void commonNounExpansionIgnored() {
        Annotated a = run(Docs.of("The gross domestic product (GDP) grew; GDP rose."));
        assertThat(a.mentions()).isEmpty();
    }

    @Test
    void idempotent() {
        Annotated a = run(Docs.of("Olga Petrenko of the Liberal Party of Estonia (LPE) spoke. Petrenko and the LPE agreed.")
                .person("Olga Petrenko", "Petrenko"));
        assertThat(layer.apply(a)).isEqualTo(a);
    }

    @Test
    void aPluralOrPossessiveAcronymJoinsItsExpansion() {
        Annotated a = run(Docs.of("The National Fisheries Union (NFU) met. The NFUs of three provinces and the NFU's "
                + "leaders agreed.").org("National Fisheries Union").mark(MentionType.MISC, "NFUs"));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "NFUs", 0)).isEqualTo("National Fisheries Union");
    }

    @Test
    void aCompoundInstitutionAndItsPartsShareOneName() {
        Annotated a = run(Docs.of("She heads the Institute of Peace Studies (IPS) – Mara Lindqvist Institute. Later "
                + "the IPS - Mara Lindqvist hosted a forum, and the IPS published a report.")
                .org("Institute of Peace Studies (IPS) – Mara Lindqvist Institute", "IPS - Mara Lindqvist")
                .markNth(MentionType.ORGANIZATION, "IPS", 2));
        assertThat(a.mentions()).filteredOn(m -> m.type() == MentionType.ORGANIZATION).extracting(Mention::canonical)
                .containsOnly("IPS – Mara Lindqvist Institute");
    }

    @Test
    void aBareHeadWordIsTheArticlesOneBodyWithItOrNothing() {
        Annotated one = run(Docs.of("The World Bank lent more. The Bank said rates would rise.")
                .org("World Bank").markNth(MentionType.ORGANIZATION, "Bank", 1));
        assertThat(one.mentions()).filteredOn(m -> m.text().equals("Bank")).singleElement()
                .satisfies(m -> assertThat(m.canonical()).isEqualTo("World Bank"));
        Annotated none = run(Docs.of("The Commission said rates would rise.").org("Commission"));
        assertThat(none.mentions()).noneMatch(m -> m.text().equals("Commission") && m.type().isEntity());
        Annotated two = run(Docs.of("The World Bank and the Asian Development Bank met. The Bank said no.")
                .org("World Bank", "Asian Development Bank").markNth(MentionType.ORGANIZATION, "Bank", 2));
        assertThat(two.mentions()).noneMatch(m -> m.text().equals("Bank"));
        Annotated congress = run(Docs.of("Congress passed the bill.").org("Congress"));
        assertThat(canonicalAt(congress, MentionType.ORGANIZATION, "Congress", 0)).isEqualTo("Congress");
    }

    @Test
    void anExecutiveHeadWordIsTheBodyAsTheBareHeadIsAndStaysWhenNoneIsNamed() {
        Annotated fuller = run(Docs.of("The EC Commission met. The Executive Commission said milk output would fall.")
                .org("EC Commission", "Executive Commission"));
        assertThat(canonicalAt(fuller, MentionType.ORGANIZATION, "Executive Commission", 0)).isEqualTo("EC Commission");
        Annotated organ = run(Docs.of("The European Community set quotas, and the Executive Commission will enforce them.")
                .org("European Community", "Executive Commission"));
        assertThat(canonicalAt(organ, MentionType.ORGANIZATION, "Executive Commission", 0)).isEqualTo("European Commission");
        Annotated alone = run(Docs.of("The Executive Commission of the club met.").org("Executive Commission"));
        assertThat(canonicalAt(alone, MentionType.ORGANIZATION, "Executive Commission", 0))
                .as("no body named: kept as written, not dropped").isEqualTo("Executive Commission");
    }

    @Test
    void aLowerCaseNameInMixedCaseTextIsADescription() {
        Annotated a = run(Docs.of("The finance ministry said the Central Bank of Oslandia would act.")
                .org("finance ministry", "Central Bank of Oslandia"));
        assertThat(a.mentions()).extracting(Mention::text).doesNotContain("finance ministry")
                .contains("Central Bank of Oslandia");
    }

    @Test
    void aNameWithAnUnclosedBracketIsCalledWithoutIt() {
        Annotated a = run(Docs.of("Loans from the (World) Bank rose.").org("World) Bank"));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "World) Bank", 0)).isEqualTo("World Bank");
    }

    @Test
    void anAcronymsLongFormStartsAtTheCapitalisedWordNotAtOf() {
        Annotated a = run(Docs.of("The Office of Staff Planning (OSP) said the OSP would report.")
                .org("Office of Staff Planning").markNth(MentionType.ORGANIZATION, "OSP", 1));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "OSP", 0)).isEqualTo("Office of Staff Planning");
        assertThat(a.mentions()).noneMatch(m -> m.text().startsWith("of "));

        Annotated possessive = run(Docs.of("The Farmers Union's (FU) leaders met, and the FU agreed.")
                .markNth(MentionType.ORGANIZATION, "FU", 1));
        assertThat(canonicalAt(possessive, MentionType.ORGANIZATION, "FU", 0)).isEqualTo("Farmers Union");
    }

    @Test
    void anAgreementsAcronymNamesTheAgreementNotABody() {
        Annotated a = run(Docs.of("The International Cocoa Pricing Agreement (ICPA) lapsed, and ICPA members met.")
                .mark(MentionType.MISC, "International Cocoa Pricing Agreement").markNth(MentionType.ORGANIZATION, "ICPA", 1));
        assertThat(a.mentions()).filteredOn(m -> m.type().isEntity()).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(MentionType.MISC);
            assertThat(m.canonical()).isEqualTo("International Cocoa Pricing Agreement");
        });
    }

    @Test
    void anAcronymIsTheOneOrganisationNamedEarlierWhoseInitialsItSpells() {
        Annotated a = run(Docs.of("The offer awaits the Board of Maritime Trade. A spokesman said BMT approval was late.")
                .org("Board of Maritime Trade", "BMT"));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "BMT", 0)).isEqualTo("Board of Maritime Trade");
        Annotated b = run(Docs.of("Harlow Paper Corp said profits rose. HP shares fell.").org("Harlow Paper Corp", "HP"));
        assertThat(canonicalAt(b, MentionType.ORGANIZATION, "HP", 0)).isEqualTo("Harlow Paper Corp");
    }

    @Test
    void noInitialsLinkWhenTwoOrganisationsOrOnlyALaterOneSpellThem() {
        Annotated two = run(Docs.of("Bayside Marine Tours and Blue Mountain Trust said BMT would lead.")
                .org("Bayside Marine Tours", "Blue Mountain Trust", "BMT"));
        assertThat(canonicalAt(two, MentionType.ORGANIZATION, "BMT", 0)).isEqualTo("BMT");
        Annotated later = run(Docs.of("BMT said the Board of Maritime Trade was wrong.").org("BMT", "Board of Maritime Trade"));
        assertThat(canonicalAt(later, MentionType.ORGANIZATION, "BMT", 0)).isEqualTo("BMT");
    }

    @Test
    void anAcronymOfTheInitialsInAnotherWordOrderIsTheOneOrganisationSpellingThem() {
        Annotated a = run(Docs.of("The U.S. Agriculture Department said exports fell. USDA officials blamed prices.")
                .org("U.S. Agriculture Department", "USDA"));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "USDA", 0)).isEqualTo("U.S. Agriculture Department");
        Annotated other = run(Docs.of("The Maritime Board said ships waited. MTB officials were silent.")
                .org("Maritime Board", "MTB"));
        assertThat(canonicalAt(other, MentionType.ORGANIZATION, "MTB", 0)).as("a letter more than the name has")
                .isEqualTo("MTB");
    }

    @Test
    void aClippingSaidWithTheIsTheOneOrganisationWhoseFirstWordItBegins() {
        Annotated a = run(Docs.of("The Federal Reserve Board held rates. Analysts said the Fed would wait.")
                .org("Federal Reserve Board", "Fed"));
        assertThat(canonicalAt(a, MentionType.ORGANIZATION, "Fed", 0)).isEqualTo("Federal Reserve Board");
        Annotated company = run(Docs.of("Ford said Fordham University would study its cars.")
                .org("Ford", "Fordham University"));
        assertThat(canonicalAt(company, MentionType.ORGANIZATION, "Ford", 0)).as("a company's own name").isEqualTo("Ford");
        Annotated two = run(Docs.of("The Federal Reserve Board and the Federation of Banks met; the Fed spoke.")
                .org("Federal Reserve Board", "Federation of Banks", "Fed"));
        assertThat(canonicalAt(two, MentionType.ORGANIZATION, "Fed", 0)).isEqualTo("Fed");
    }

    @Test
    void aCompanyNamedInFullThenByItsOpeningWordsIsOneCompany() {
        Annotated en = run(Docs.of("Kestrel Ratings Service Inc cut the bonds. Kestrel said debt had grown.")
                .org("Kestrel Ratings Service Inc").markNth(MentionType.ORGANIZATION, "Kestrel", 1));
        assertThat(canonicalAt(en, MentionType.ORGANIZATION, "Kestrel", 0)).isEqualTo("Kestrel Ratings Service Inc");
        Annotated de = run(Docs.of("Die Nordlicht Versicherung AG meldete Gewinne. Nordlicht Versicherung zahlt mehr.")
                .org("Nordlicht Versicherung AG").markNth(MentionType.ORGANIZATION, "Nordlicht Versicherung", 1));
        assertThat(canonicalAt(de, MentionType.ORGANIZATION, "Nordlicht Versicherung", 0))
                .isEqualTo("Nordlicht Versicherung AG");
        Annotated fr = run(Docs.of("Lumière Câbles SA a racheté une usine. Selon Lumière, la demande croît.")
                .org("Lumière Câbles SA").markNth(MentionType.ORGANIZATION, "Lumière", 1));
        assertThat(canonicalAt(fr, MentionType.ORGANIZATION, "Lumière", 0)).isEqualTo("Lumière Câbles SA");
    }

    @Test
    void anOpeningSharedByTwoCompaniesOrNamedFirstStaysApart() {
        Annotated two = run(Docs.of("Kestrel Motor Co Ltd and Kestrel American Manufacturing Co hired. Kestrel grew.")
                .org("Kestrel Motor Co Ltd", "Kestrel American Manufacturing Co")
                .markNth(MentionType.ORGANIZATION, "Kestrel", 2));
        assertThat(canonicalAt(two, MentionType.ORGANIZATION, "Kestrel", 0)).isEqualTo("Kestrel");
        Annotated first = run(Docs.of("Kestrel said its unit Kestrel Credit Corp would borrow.")
                .org("Kestrel Credit Corp").markNth(MentionType.ORGANIZATION, "Kestrel", 0));
        assertThat(canonicalAt(first, MentionType.ORGANIZATION, "Kestrel", 0)).isEqualTo("Kestrel");
        Annotated body = run(Docs.of("The Kestrel Institute met Kestrel Holdings Ltd. The Kestrel Institute said so.")
                .org("Kestrel Institute", "Kestrel Holdings Ltd"));
        assertThat(canonicalAt(body, MentionType.ORGANIZATION, "Kestrel Institute", 1)).isEqualTo("Kestrel Institute");
    }
}
