package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.MentionType;
import org.junit.jupiter.api.Test;

class NonMentionsTest {
    private final NonMentions nonMentions = new NonMentions();

    @Test
    void anAdjectiveOfABodyOrOfficeIsNoEntity() {
        for (String adjective : List.of("Congressional", "Presidential", "Senatorial", "Parliamentary", "Ministerial",
                "Governmental", "CONGRESSIONAL")) {
            TokenizedText t = SpacedTokens.of("a", adjective, "hearing", "was", "held");
            assertThat(nonMentions.apply(t, List.of(new NameSpan(MentionType.ORGANIZATION, 1, 2))))
                    .as(adjective).isEmpty();
        }
    }

    @Test
    void aBodyItselfOtherAdjectivesAndLongerNamesStay() {
        for (String word : List.of("Congress", "Federal", "National", "Cardinal", "Financial", "Commercial", "Regional",
                "Marshal", "Memorial")) {
            List<NameSpan> one = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 2));
            assertThat(nonMentions.apply(SpacedTokens.of("the", word, "said", "so"), one)).as(word).isEqualTo(one);
        }
        List<NameSpan> office = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 4));
        assertThat(nonMentions.apply(SpacedTokens.of("the", "Congressional", "Budget", "Office", "said"), office))
                .isEqualTo(office);
    }

    @Test
    void aWireSignOffAloneOnTheLastLineIsNoMention() {
        TokenizedText signed = Lines.of("The group said profits rose .\nReuter");
        assertThat(nonMentions.apply(signed, List.of(new NameSpan(MentionType.ORGANIZATION, 6, 7)))).isEmpty();
        TokenizedText dotted = Lines.of("Der Umsatz stieg um 5 Prozent .\n AFP ...");
        assertThat(nonMentions.apply(dotted, List.of(new NameSpan(MentionType.ORGANIZATION, 7, 8)))).isEmpty();
        TokenizedText unwrapped = Lines.of("Les ventes ont baissé . REUTER...");
        assertThat(nonMentions.apply(unwrapped, List.of(new NameSpan(MentionType.PERSON, 5, 6)))).isEmpty();
    }

    @Test
    void theAgencyInASentenceOrAClosingNameInALineStays() {
        TokenizedText survey = Lines.of("Output fell , a Reuter survey shows .\nReuter");
        List<NameSpan> inSentence = List.of(new NameSpan(MentionType.ORGANIZATION, 4, 5));
        assertThat(nonMentions.apply(survey, inSentence)).isEqualTo(inSentence);
        TokenizedText closing = Lines.of("The talks ended .\nsaid Jean Dupont");
        List<NameSpan> person = List.of(new NameSpan(MentionType.PERSON, 5, 7));
        assertThat(nonMentions.apply(closing, person)).isEqualTo(person);
        TokenizedText lastWord = Lines.of("Prices fell in Paris");
        List<NameSpan> place = List.of(new NameSpan(MentionType.LOCATION, 3, 4));
        assertThat(nonMentions.apply(lastWord, place)).as("a name ending a sentence line").isEqualTo(place);
    }

    /** Tokens split at spaces and line breaks, the text kept as written, one sentence. */
    static final class Lines {
        static TokenizedText of(String text) {
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
            int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
            return new TokenizedText(text, starts, ends, new int[] {0});
        }
    }
}
