package org.attache.nlp.offices;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.Annotated;
import org.attache.api.MentionType;
import org.junit.jupiter.api.Test;

class OfficeLayerTest {
    private final OfficeLayer layer = new OfficeLayer();

    private Annotated run(Docs d) {
        Annotated a = layer.apply(d.build());
        Docs.assertExact(a);
        return a;
    }

    @Test
    void titleBeforeNameWithDemonymCountry() {
        Annotated a = run(Docs.of("The talks were hosted by Norwegian Minister of Trade Ingrid Solberg in Oslo.")
                .person("Ingrid Solberg").loc("Oslo"));
        assertThat(Docs.claims(a)).containsExactly("Ingrid Solberg|Minister of Trade|null|NOR|false");
        assertThat(a.mentions()).anyMatch(m -> m.type() == MentionType.TITLE && m.text().equals("Minister of Trade"));
        assertThat(a.mentions()).anyMatch(m -> m.type() == MentionType.PERSON && "NOR".equals(m.country()));
    }

    @Test
    void portfoliosJoinedByAndStayOneOffice() {
        Annotated a = run(Docs.of("The pact was signed by Minister of Fisheries and the Environment Ana Ribeiro and "
                + "Minister of Labour and Welfare Tomas Berg.").person("Ana Ribeiro").person("Tomas Berg"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder(
                "Ana Ribeiro|Minister of Fisheries and the Environment|null|null|false",
                "Tomas Berg|Minister of Labour and Welfare|null|null|false");
    }

    @Test
    void possessiveCountryAndCompoundRank() {
        Annotated a = run(Docs.of("She spoke with Kenya's Foreign Minister Paul Otieno on Monday.")
                .person("Paul Otieno").loc("Kenya"));
        assertThat(Docs.claims(a)).containsExactly("Paul Otieno|Foreign Minister|null|KEN|false");
    }

    @Test
    void coordinatedTitlesWithFormerSplitIntoClaims() {
        Annotated a = run(Docs.of("He called on former President and Senior Advisor Maria Lindqvist yesterday.")
                .person("Maria Lindqvist"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Maria Lindqvist|President|null|null|true",
                "Maria Lindqvist|Senior Advisor|null|null|false");
    }

    @Test
    void actingInterimAndElectStayInTheTitleAsItsQualifiers() {
        Annotated a = run(Docs.of("Talks opened with interim President Ana Ribeiro, Prime Minister-elect Tomas Berg and "
                + "acting Finance Minister Ola Dahl.").person("Ana Ribeiro", "Tomas Berg", "Ola Dahl"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Ana Ribeiro|interim President|null|null|false",
                "Tomas Berg|Prime Minister-elect|null|null|false", "Ola Dahl|acting Finance Minister|null|null|false");
        for (var c : a.offices()) {
            org.attache.api.OfficeTitle t = org.attache.api.OfficeTitle.of(c.title());
            assertThat(t.acting() || t.elect()).as(c.title()).isTrue();
        }
    }

    @Test
    void sharedOrganisationInDirectorAndCeo() {
        Annotated a = run(Docs.of("He met Director and CEO of the Baltic Institute of Maritime Studies (BIMS) "
                + "Tomas Berg.").person("Tomas Berg").org("Baltic Institute of Maritime Studies"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder(
                "Tomas Berg|Director|Baltic Institute of Maritime Studies|null|false",
                "Tomas Berg|CEO of the Baltic Institute of Maritime Studies (BIMS)|Baltic Institute of Maritime Studies|null|false");
    }

    @Test
    void coordinatedTitlesWithOwnOfPhrases() {
        Annotated a = run(Docs.of("They met Deputy Secretary-General of the party and Minister of Health Ana Ruiz.")
                .person("Ana Ruiz"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Ana Ruiz|Deputy Secretary-General of the party|null|null|false",
                "Ana Ruiz|Minister of Health|null|null|false");
    }

    @Test
    void appositionAfterName() {
        Annotated a = run(Docs.of("Karl Meyer, Chairman of Nordhafen Shipping, said the deal was done.")
                .person("Karl Meyer").org("Nordhafen Shipping"));
        assertThat(Docs.claims(a)).containsExactly("Karl Meyer|Chairman of Nordhafen Shipping|Nordhafen Shipping|null|false");
    }

    @Test
    void whoIsAlso() {
        Annotated a = run(Docs.of("They visited Hugo Brandt, who is also Governor of the Central Bank of Ruritania, "
                + "in the capital.").person("Hugo Brandt").org("Central Bank of Ruritania"));
        assertThat(Docs.claims(a)).containsExactly(
                "Hugo Brandt|Governor of the Central Bank of Ruritania|Central Bank of Ruritania|null|false");
    }

    @Test
    void longTitleThenCommaName() {
        Annotated a = run(Docs.of("Talks were held with the Minister of Finance and head of the economic commission "
                + "of Chile’s ruling Green Union (GU), Rosa Diaz, on Tuesday.")
                .person("Rosa Diaz").org("Green Union").loc("Chile"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Rosa Diaz|Minister of Finance|null|null|false",
                "Rosa Diaz|head of the economic commission of Chile’s ruling Green Union (GU)|Green Union|CHL|false");
    }

    @Test
    void aParticipleWithAnObjectEndsTheBodyAfterTheTitle() {
        Annotated a = run(Docs.of("Pedro Salgado, spokesman for the rebels fighting Nicaragua, said they would not "
                + "disarm.").person("Pedro Salgado").loc("Nicaragua"));
        assertThat(Docs.claims(a)).noneMatch(c -> c.contains("NIC"));
    }

    @Test
    void exPrefixAndLowercaseTitleWithoutHolderIgnored() {
        Annotated a = run(Docs.of("The minister noted that ex-Mayor Lena Holm would attend.").person("Lena Holm"));
        assertThat(Docs.claims(a)).containsExactly("Lena Holm|Mayor|null|null|true");
        assertThat(a.mentions()).noneMatch(m -> m.type() == MentionType.TITLE && m.text().equals("minister"));
    }

    @Test
    void repairsPersonStartingWithTitleAndOrgSwallowingHolder() {
        Annotated a = run(Docs.of("He met Prime Minister Jonas Falk and Chairman of Eastwind Holdings Oskar Lund.")
                .person("Prime Minister Jonas Falk").org("Eastwind Holdings Oskar Lund"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Jonas Falk|Prime Minister|null|null|false",
                "Oskar Lund|Chairman of Eastwind Holdings|Eastwind Holdings|null|false");
        Annotated again = layer.apply(a);
        assertThat(again).isEqualTo(a);
    }

    @Test
    void capitalisedTitleWithoutHolderIsTitleMentionOnly() {
        Annotated a = run(Docs.of("General Secretary urges return to work"));
        assertThat(a.offices()).isEmpty();
        assertThat(a.mentions()).extracting(m -> m.text()).containsExactly("General Secretary");
    }

    @Test
    void organisationNotSharedWithModifiedRank() {
        Annotated a = run(Docs.of("He met Chilean Foreign Minister and head of the Green Union Rosa Diaz.")
                .person("Rosa Diaz").org("Green Union"));
        assertThat(Docs.claims(a)).containsExactlyInAnyOrder("Rosa Diaz|Foreign Minister|null|CHL|false",
                "Rosa Diaz|head of the Green Union|Green Union|CHL|false");
    }

    @Test
    void lonePersonTaggedRankBeforeOfIsDroppedAndTheTitleFound() {
        Annotated a = run(Docs.of("He met Karl Meyer, Dean of the Walter Brennan School of Law Mary Stone, and others.")
                .person("Karl Meyer", "Dean", "Mary Stone").org("Walter Brennan School of Law"));
        assertThat(Docs.claims(a)).contains(
                "Mary Stone|Dean of the Walter Brennan School of Law|Walter Brennan School of Law|null|false");
        assertThat(a.mentions()).noneMatch(m -> m.type() == MentionType.PERSON && m.text().equals("Dean"));
    }
}
