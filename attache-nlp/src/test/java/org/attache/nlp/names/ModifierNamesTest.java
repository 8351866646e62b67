package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.MentionType;
import org.junit.jupiter.api.Test;

class ModifierNamesTest {
    private static TokenizedText tokens(String... words) {
        return SpacedTokens.of(words);
    }

    private final ModifierNames modifiers = new ModifierNames();

    @Test
    void aPlaceNamingADefiniteAgreementBecomesTheAgreementsName() {
        TokenizedText t = tokens("under", "the", "Vellmar", "pact", "on", "currencies");
        assertThat(modifiers.apply(t, List.of(new NameSpan(MentionType.LOCATION, 2, 3))))
                .containsExactly(new NameSpan(MentionType.MISC, 2, 4));
        TokenizedText qualified = tokens("the", "eight", "month-old", "Vellmar", "currency", "accord", "held");
        assertThat(modifiers.apply(qualified, List.of(new NameSpan(MentionType.LOCATION, 3, 4))))
                .containsExactly(new NameSpan(MentionType.MISC, 3, 6));
        TokenizedText possessive = tokens("since", "February's", "Ostrand", "accord", "was", "signed");
        assertThat(modifiers.apply(possessive, List.of(new NameSpan(MentionType.LOCATION, 2, 3))))
                .containsExactly(new NameSpan(MentionType.MISC, 2, 4));
    }

    @Test
    void aCountryAnIndefiniteAgreementOrAnotherNounKeepThePlace() {
        List<NameSpan> country = List.of(new NameSpan(MentionType.LOCATION, 2, 3, "NOR"));
        assertThat(modifiers.apply(tokens("under", "the", "Norway", "accord", "signed"), country)).isEqualTo(country);
        List<NameSpan> place = List.of(new NameSpan(MentionType.LOCATION, 1, 2));
        assertThat(modifiers.apply(tokens("a", "Vellmar", "agreement", "was", "near"), place)).isEqualTo(place);
        List<NameSpan> venue = List.of(new NameSpan(MentionType.LOCATION, 1, 2));
        assertThat(modifiers.apply(tokens("the", "Vellmar", "summit", "accord", "held"), venue))
                .as("the summit's venue stays a place").isEqualTo(venue);
        List<NameSpan> museum = List.of(new NameSpan(MentionType.LOCATION, 1, 2));
        assertThat(modifiers.apply(tokens("the", "Vellmar", "museum", "opened"), museum)).isEqualTo(museum);
        List<NameSpan> company = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 2));
        assertThat(modifiers.apply(tokens("the", "Vellmar", "agreement", "ended"), company))
                .as("a firm's agreement is the firm's").isEqualTo(company);
    }

    @Test
    void aCrudeGradeIsACommodityNotAPlace() {
        TokenizedText grade = tokens("posted", "prices", "for", "North", "Marra", "Sour", "crude", "rose");
        assertThat(modifiers.apply(grade, List.of(new NameSpan(MentionType.LOCATION, 3, 6)))).isEmpty();
        TokenizedText blend = tokens("Kessel", "blend", "fell", "20", "cts");
        assertThat(modifiers.apply(blend, List.of(new NameSpan(MentionType.LOCATION, 0, 1)))).isEmpty();
        TokenizedText person = tokens("Light", "Marra", "Sweet", "was", "raised", "to", "19", "dlrs", "a", "barrel");
        assertThat(modifiers.apply(person, List.of(new NameSpan(MentionType.PERSON, 0, 3)))).isEmpty();
        TokenizedText intermediate = tokens("the", "benchmark", "Ostrava", "Intermediate", "rose", "to", "19", "dlrs",
                "a", "barrel");
        assertThat(modifiers.apply(intermediate, List.of(new NameSpan(MentionType.ORGANIZATION, 2, 4)))).isEmpty();
    }

    @Test
    void aGradeWordOutsideTalkOfOilAndACountrysCrudeStay() {
        List<NameSpan> light = List.of(new NameSpan(MentionType.LOCATION, 1, 3));
        assertThat(modifiers.apply(tokens("in", "Marra", "Light", "the", "ferry", "docked"), light)).isEqualTo(light);
        List<NameSpan> country = List.of(new NameSpan(MentionType.LOCATION, 0, 1, "KWT"));
        assertThat(modifiers.apply(tokens("Kuwait", "crude", "rose"), country)).isEqualTo(country);
        List<NameSpan> terminal = List.of(new NameSpan(MentionType.LOCATION, 2, 3));
        assertThat(modifiers.apply(tokens("at", "the", "Kessel", "crude", "terminal", "near", "Oslo"), terminal))
                .as("a facility named after the place").isEqualTo(terminal);
        List<NameSpan> person = List.of(new NameSpan(MentionType.PERSON, 0, 2));
        assertThat(modifiers.apply(tokens("Anna", "Light", "sold", "oil"), person)).isEqualTo(person);
    }
}
