package org.attache.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    @Test
    void tokensAreUnicodeWordRunsLikePythonsBackslashW() {
        assertThat(ShingleScorer.tokens("naïve café, 2024_x — ok!")).containsExactly("naïve", "café", "2024_x", "ok");
        // a combining mark is not a word character in Python's re, so it splits the token
        assertThat(ShingleScorer.tokens("cafe\u0301s")).containsExactly("cafe", "s");
        assertThat(ShingleScorer.tokens(null)).isEmpty();
    }

    @Test
    void partialRecall() {
        // truth shingles {abcd, bcde}; predicted {abcd}: TP 1, FP 0, FN 1 -> normalised 1/2, 0, 1/2
        ShingleScorer.PageScore s = ShingleScorer.score("a b c d e", "a b c d");
        assertThat(s.tp()).isCloseTo(0.5, within(1e-12));
        assertThat(s.fn()).isCloseTo(0.5, within(1e-12));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.exact()).isFalse();
    }

    @Test
    void shinglesAreCountedAsMultisets() {
        // truth "a b c d a b c d": abcd x2, bcda, cdab, dabc; predicted abcd x1 -> TP 1, FP 0, FN 4
        ShingleScorer.PageScore s = ShingleScorer.score("a b c d a b c d", "a b c d");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.2, within(1e-12));
        // predicted duplicates beyond the truth's count are false positives
        ShingleScorer.PageScore t = ShingleScorer.score("a b c d", "a b c d a b c d");
        assertThat(t.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(t.recall()).isEqualTo(1.0);
    }

    @Test
    void shortTextsGiveOneShorterShingle() {
        ShingleScorer.PageScore s = ShingleScorer.score("x y", "x, y!");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
        assertThat(ShingleScorer.score("x y", "x y z").precision()).isEqualTo(0.0);
    }

    @Test
    void edgeConventions() {
        ShingleScorer.PageScore bothEmpty = ShingleScorer.score("", "  ");
        assertThat(bothEmpty.precision()).isEqualTo(1.0);
        assertThat(bothEmpty.recall()).isEqualTo(1.0);
        assertThat(bothEmpty.exact()).isTrue();
        ShingleScorer.PageScore noOutput = ShingleScorer.score("a b c d e", null);
        assertThat(noOutput.precision()).isEqualTo(0.0);
        assertThat(noOutput.recall()).isEqualTo(0.0);
        ShingleScorer.PageScore noTruth = ShingleScorer.score("", "a b c d");
        assertThat(noTruth.precision()).isEqualTo(0.0);
        assertThat(noTruth.recall()).isEqualTo(0.0);
    }

    @Test
    void aggregateAveragesOnlyOverPagesWithMass() {
        ShingleScorer.PageScore a = ShingleScorer.score("a b c d e", "a b c d"); // P 1, R 0.5
        ShingleScorer.PageScore b = ShingleScorer.score("a b c d e", ""); // TP+FP = 0: not in P; R 0
        ShingleScorer.PageScore c = ShingleScorer.score("", ""); // no mass: in neither mean; exact
        ShingleScorer.Aggregate agg = ShingleScorer.aggregate(List.of(a, b, c));
        assertThat(agg.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(agg.recall()).isCloseTo(0.25, within(1e-12));
        assertThat(agg.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(agg.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agg.pages()).isEqualTo(3);
    }

    @Test
    void normalisationMakesPagesWeighEqually() {
        // a long page and a short page with the same error ratio score the same
        ShingleScorer.PageScore small = ShingleScorer.score("a b c d e", "a b c d");
        ShingleScorer.PageScore big = ShingleScorer.score("a b c d e f g h i j k l m n", "a b c d e f g h i j k");
        assertThat(small.tp() + small.fp() + small.fn()).isCloseTo(1.0, within(1e-12));
        assertThat(big.tp() + big.fp() + big.fn()).isCloseTo(1.0, within(1e-12));
        assertThat(big.recall()).isCloseTo(8.0 / 11, within(1e-12));
    }
}
