package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {
    @Test
    void wordsAreLowerCasedNumbersBecomeOneTokenAndSignsAreKept() {
        assertThat(TextFeatures.tokens("Net profit rose 18.5% to $2,300 million", 0, 39))
                .containsExactly("net", "profit", "rose", "0", "%", "to", "$", "0", "million");
    }

    @Test
    void abbreviationsKeepTheirDotsAndSingleLettersAreDropped() {
        assertThat(TextFeatures.tokens("U.S. and U.K. envoys met in Washington, D.C. on a Monday", 0, 56))
                .containsExactly("u.s.", "and", "u.k.", "envoys", "met", "in", "washington", "d.c.", "on", "monday");
        assertThat(TextFeatures.tokens("Japan's exports", 0, 15)).containsExactly("japan", "exports");
    }

    @Test
    void termsAreTokensThenAdjacentPairs() {
        assertThat(TextFeatures.terms("Foreign Minister Wang visited Hanoi"))
                .containsExactly("foreign", "minister", "wang", "visited", "hanoi", "foreign minister",
                        "minister wang", "wang visited", "visited hanoi");
    }

    @Test
    void aSpanIsReadOnItsOwnAndOtherScriptsAreWords() {
        String text = "Xin chào. Thủ tướng Phạm Minh Chính tiếp Đại sứ";
        assertThat(TextFeatures.tokens(text, 10, text.length()))
                .containsExactly("thủ", "tướng", "phạm", "minh", "chính", "tiếp", "đại", "sứ");
        assertThat(TextFeatures.tokens("", 0, 0)).isEmpty();
        assertThat(TextFeatures.tokens("…!? -- 12", 0, 9)).containsExactly("0");
    }
}
