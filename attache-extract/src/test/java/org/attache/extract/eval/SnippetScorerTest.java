package org.attache.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {
    @Test
    void whitespaceIsFoldedAsPythonDoesIncludingNoBreakAndLineSeparators() {
        assertThat(SnippetScorer.normalise("  Lea\u00A0también:\n\n la nota\u2028siguiente\t ")).isEqualTo(
                "Lea también: la nota siguiente");
        assertThat(SnippetScorer.normalise("a\u001Fb\u3000c")).isEqualTo("a b c");
    }

    @Test
    void snippetsAreCaseSensitiveSubstringsOfTheFoldedText() {
        SnippetScorer.PageScore s = SnippetScorer.score("Der Rat tagte am\nDienstag. Mehr zum Thema",
                List.of("tagte am Dienstag", "der Rat"), List.of("Mehr zum Thema", "Newsletter"));
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.tn()).isEqualTo(1);
        assertThat(s.missed()).containsExactly("der Rat");
        assertThat(s.leaked()).containsExactly("Mehr zum Thema");
    }

    @Test
    void noResultMissesEverySnippetAndLeaksNone() {
        SnippetScorer.PageScore s = SnippetScorer.score(null, List.of("a", "b"), List.of("c"));
        assertThat(List.of(s.tp(), s.fp(), s.fn(), s.tn())).containsExactly(0, 0, 2, 1);
    }

    @Test
    void totalsGiveTheFourPublishedFigures() {
        SnippetScorer.Totals t = SnippetScorer.total(List.of(
                SnippetScorer.score("alpha beta", List.of("alpha", "gamma"), List.of("beta")),
                SnippetScorer.score("delta", List.of("delta"), List.of("epsilon"))));
        // TP 2, FP 1, FN 1, TN 1
        assertThat(t.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(t.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(t.accuracy()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(t.f()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(t.pages()).isEqualTo(2);
    }

    @Test
    void theSplitIsAFixedFunctionOfTheFileName() {
        // SHA-256 of "page0.html" starts 0x1f (top bit 0), of "page6.html" 0xb1 and of "page8.html" 0xc4 (top bit 1)
        assertThat(WebExtractionBenchmark.Half.of("page0.html")).isEqualTo(WebExtractionBenchmark.Half.TUNING);
        assertThat(WebExtractionBenchmark.Half.of("page6.html")).isEqualTo(WebExtractionBenchmark.Half.HELD_OUT);
        assertThat(WebExtractionBenchmark.Half.of("page8.html")).isEqualTo(WebExtractionBenchmark.Half.HELD_OUT);
    }
}
