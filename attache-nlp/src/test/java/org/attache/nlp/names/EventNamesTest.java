package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.MentionType;
import org.junit.jupiter.api.Test;

class EventNamesTest {
    private static TokenizedText tokens(String... words) {
        return SpacedTokens.of(words);
    }

    @Test
    void summitsDialoguesAndForumsAreEvents() {
        TokenizedText t = tokens("at", "the", "Baltic", "Sea", "Summit", "in", "May");
        assertThat(new EventNames().apply(t, List.of(new NameSpan(MentionType.MISC, 2, 5))))
                .containsExactly(new NameSpan(MentionType.EVENT, 2, 5));
    }

    @Test
    void aYearAfterTheNameIsPartOfIt() {
        TokenizedText t = tokens("addressed", "the", "Pacific", "Dialogue", "2031", "on", "Monday");
        assertThat(new EventNames().apply(t, List.of(new NameSpan(MentionType.ORGANIZATION, 2, 4))))
                .containsExactly(new NameSpan(MentionType.EVENT, 2, 5));
    }

    @Test
    void aSittingNeedsItsOrdinal() {
        TokenizedText withOrdinal = tokens("the", "party's", "9th", "National", "Congress", "ended");
        assertThat(new EventNames().apply(withOrdinal, List.of(new NameSpan(MentionType.MISC, 3, 5))))
                .containsExactly(new NameSpan(MentionType.EVENT, 2, 5));
        TokenizedText party = tokens("the", "Ruritanian", "National", "Congress", "won");
        List<NameSpan> org = List.of(new NameSpan(MentionType.ORGANIZATION, 1, 4));
        assertThat(new EventNames().apply(party, org)).isEqualTo(org);
    }

    @Test
    void peopleAndPlacesAreLeftAlone() {
        TokenizedText t = tokens("Anna", "Summit", "spoke");
        List<NameSpan> person = List.of(new NameSpan(MentionType.PERSON, 0, 2));
        assertThat(new EventNames().apply(t, person)).isEqualTo(person);
    }
}
