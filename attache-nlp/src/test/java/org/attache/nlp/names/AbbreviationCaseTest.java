package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.junit.jupiter.api.Test;

/** The logic around the second reading, with a stand-in reader that calls capitalised words names. */
class AbbreviationCaseTest {
    /** A reader that makes a LOCATION of a place abbreviation and one ORGANIZATION of each run of capitalised words. */
    private static final AbbreviationCase.SentenceReader CAPITALS = (text, sentence) -> {
        List<NameSpan> out = new ArrayList<>();
        int open = -1;
        for (int t = 0; t <= text.size(); t++) {
            boolean cap = t < text.size() && Character.isUpperCase(text.token(t).charAt(0))
                    && !text.token(t).endsWith(".");
            if (cap && open < 0) {
                open = t;
            } else if (!cap && open >= 0) {
                out.add(new NameSpan(MentionType.ORGANIZATION, open, t));
                open = -1;
            }
            if (t < text.size() && text.token(t).endsWith(".") && text.token(t).length() > 2) {
                out.add(new NameSpan(MentionType.LOCATION, t, t + 1));
            }
        }
        return out;
    };

    private final AbbreviationCase rule = new AbbreviationCase(CountryGazetteer.standard(), CAPITALS);

    @Test
    void aCommonWordCapitalisedAfterUsIsCutOut() {
        TokenizedText t = SpacedTokens.of("than", "U.S.", "Banks", "and", "others");
        assertThat(rule.apply(t, List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3))))
                .containsExactly(new NameSpan(MentionType.LOCATION, 1, 2));
        TokenizedText uk = SpacedTokens.of("for", "U.K.", "Getreide", "futures");
        assertThat(rule.apply(uk, List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3))))
                .containsExactly(new NameSpan(MentionType.LOCATION, 1, 2));
        TokenizedText carmaker = SpacedTokens.of("U.S.", "Carmaker", "General", "Motors", "hopes", ";", "General",
                "Motors", "said");
        assertThat(rule.apply(carmaker, List.of(new NameSpan(MentionType.ORGANIZATION, 0, 4))))
                .containsExactly(new NameSpan(MentionType.LOCATION, 0, 1), new NameSpan(MentionType.ORGANIZATION, 2, 4));
        List<NameSpan> fed = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 5));
        assertThat(rule.apply(SpacedTokens.of("the", "U.S.", "Federal", "Reserve", "Board", "said"), fed))
                .as("the rest is no name of its own").isEqualTo(fed);
    }

    @Test
    void bodiesCompaniesAndOtherInitialsStay() {
        List<NameSpan> treasury = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3));
        assertThat(rule.apply(SpacedTokens.of("the", "U.S.", "Treasury", "said"), treasury)).isEqualTo(treasury);
        List<NameSpan> steel = List.of(new NameSpan(MentionType.ORGANIZATION, 0, 3), new NameSpan(MentionType.ORGANIZATION, 5, 7));
        assertThat(rule.apply(SpacedTokens.of("U.S.", "Steel", "Corp", "said", ".", "U.S.", "Steel", "will", "close"),
                steel)).isEqualTo(steel);
        List<NameSpan> house = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3));
        assertThat(rule.apply(SpacedTokens.of("the", "U.S.", "House", "voted"), house)).isEqualTo(house);
        List<NameSpan> morgan = List.of(new NameSpan(MentionType.ORGANIZATION, 0, 2));
        assertThat(rule.apply(SpacedTokens.of("J.P.", "Morgan", "said"), morgan)).as("a person's initials").isEqualTo(morgan);
    }

    @Test
    void aWordTheRecogniserStillReadsAsANameStays() {
        AbbreviationCase keeps = new AbbreviationCase(CountryGazetteer.standard(),
                (text, sentence) -> List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3)));
        List<NameSpan> air = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 3));
        assertThat(keeps.apply(SpacedTokens.of("at", "U.S.", "Airco", "today"), air)).isEqualTo(air);
    }
}
