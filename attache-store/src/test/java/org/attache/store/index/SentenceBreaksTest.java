package org.attache.store.index;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snippet sentences: the JDK's boundaries in plain prose, its mistakes around abbreviations left out, the contract kept. */
class SentenceBreaksTest {
    private static final String[] WORDS = {"Trade", "talks", "said", "the", "3.5", "pct", "Vietnam", "a", "of", "1987",
        "Hà", "Nội", "đã", "Ông", "dlrs", "Corp"};
    private static final String[] AFTER = {"", ".", ",", "?", "!", ":", ";"};

    @Test
    void sentencesOfNewsProse() {
        assertThat(sentences("Minister Vivian Balakrishnan met Le Hoai Trung. They spoke by videoconference! "
                + "Did they agree? \"Yes.\" The U.S. officials said so. Growth was 3.5 pct. 4 pct was forecast. "
                + "Mr. Smith left."))
                .containsExactly("Minister Vivian Balakrishnan met Le Hoai Trung. ", "They spoke by videoconference! ",
                        "Did they agree? ", "\"Yes.\" ", "The U.S. officials said so. ",
                        "Growth was 3.5 pct. 4 pct was forecast. ", "Mr. ", "Smith left.");
        // a sentence goes on after a line break, and after a terminator followed by a comma or a dash
        assertThat(sentences("He discussed U.S.-Soviet trade with the\nU.K.'s envoy. Prices fell. , it said. — Then more."))
                .containsExactly("He discussed U.S.-Soviet trade with the\nU.K.'s envoy. ", "Prices fell. , it said. — Then more.");
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("no terminator at all")).containsExactly("no terminator at all");
    }

    @Test
    void sameBoundariesAsTheJdkInPlainProse() {
        RandomTexts.forAll(500, random -> {
            String text = prose(random);
            assertThat(boundaries(new SentenceBreaks(), text)).as("[%s]", text)
                    .isEqualTo(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
        });
    }

    @Test
    void precedingAndFollowingAgreeWithTheBoundariesOnAnyText() {
        RandomTexts.forAll(300, random -> {
            String text = random.nextBoolean() ? prose(random) : RandomTexts.unicode(random, 80);
            SentenceBreaks breaks = new SentenceBreaks();
            List<Integer> all = boundaries(breaks, text);
            assertThat(all.getFirst()).isZero();
            assertThat(all.getLast()).isEqualTo(text.length());
            for (int offset = 0; offset <= text.length(); offset++) {
                int o = offset;
                int after = all.stream().filter(b -> b > o).findFirst().orElse(BreakIterator.DONE);
                int before = all.stream().filter(b -> b < o).reduce((x, y) -> y).orElse(BreakIterator.DONE);
                assertThat(breaks.following(offset)).as("following(%d) in [%s]", offset, text).isEqualTo(after);
                assertThat(breaks.preceding(offset)).as("preceding(%d) in [%s]", offset, text).isEqualTo(before);
                assertThat(breaks.isBoundary(offset)).isEqualTo(all.contains(offset));
            }
            // and backwards from the end
            List<Integer> back = new ArrayList<>();
            back.add(breaks.last());
            for (int b = breaks.previous(); b != BreakIterator.DONE; b = breaks.previous()) {
                back.addFirst(b);
            }
            assertThat(back).isEqualTo(all);
        });
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText("One. Two.");
        assertThatThrownBy(() -> breaks.following(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> breaks.preceding(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(breaks.following(9)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
    }

    private static String prose(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(3) == 0) {
                sb.append(AFTER[random.nextInt(AFTER.length)]);
            }
            if (i < n - 1) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static List<Integer> boundaries(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> all = new ArrayList<>();
        all.add(breaks.first());
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            all.add(b);
        }
        return all;
    }

    private static List<String> sentences(String text) {
        List<Integer> all = boundaries(new SentenceBreaks(), text);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            out.add(text.substring(all.get(i - 1), all.get(i)));
        }
        return out;
    }
}
