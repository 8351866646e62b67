package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Sentence;
import org.junit.jupiter.api.Test;

/** Which sentences name two or more states, on sentences written for this test. */
class StatesNamedTest {
    private final StatesNamed named = StatesNamed.standard();

    @Test
    void countriesByNameOrDemonymAndIntergovernmentalBodiesCount() {
        assertThat(named.in("Norway expelled three Belarusian diplomats.")).isTrue();
        assertThat(named.in("The U.S. urged Japan to open its markets.")).isTrue();
        assertThat(named.in("Kenya asked the IMF for a standby credit.")).isTrue();
        assertThat(named.in("Chile protested to Peru.")).isTrue();
    }

    @Test
    void oneStateCompaniesAndCapitalsDoNotCount() {
        assertThat(named.in("Norway's parliament approved the budget on Monday.")).isFalse();
        assertThat(named.in("Talks in Geneva and Paris ended without a date for the next round.")).isFalse();
        assertThat(named.in("Toyota and Honda raised their car prices by 2 pct.")).isFalse();
        // one state named twice is one state
        assertThat(named.in("Japan said Japanese banks would lend more.")).isFalse();
    }

    @Test
    void multiWordNamesComeFromTheMentionsOfTheirSentence() {
        String body = "The Soviet Union criticised the United States. Prices rose in the United States.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 46), new Sentence(1, 47, body.length()));
        List<Mention> mentions = List.of(
                new Mention(MentionType.LOCATION, "Soviet Union", 4, 16, 0, "Soviet Union", "SUN"),
                new Mention(MentionType.LOCATION, "United States", 32, 45, 0, "United States", "USA"),
                new Mention(MentionType.LOCATION, "United States", 67, 80, 1, "United States", "USA"));
        assertThat(body.substring(32, 45)).isEqualTo("United States");
        assertThat(named.of(body, sentences, mentions)).containsExactly(true, false);
    }
}
