package org.attache.nlp.dictionaries;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attache.nlp.events.VerbLexicon;
import org.attache.nlp.events.VerbLexicon.VerbPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchVerbsTest {
    /** An invented verb dictionary in the PETRARCH-2 format. */
    private static final String DICT = """
            &VESSEL
            +SHIP
            +FISHING_BOAT
            &CHARGES_
            +CHARGES
            +ALLEGATIONS
            ---  TALK_TO   [040]  ---
            +CONFER_WITH {+CONFERS_WITH +CONFERRED_WITH }
            CONFER {CONFERS CONFERRED CONFERRING}
            PARLEY  # invented
            - * (BY TELEPHONE)                     [041:041]   # CONFER
            - * (ABOUT &VESSEL)                    [040]
            - $ * (WITH +) (BY/VIA VIDEO)          [041]
            - &VESSEL *                            [190]
            - * (BEFORE JUDGE)                     [:173]
            - * RUN-OFF                            [---]
            - * ^ DEAL                             [057]
            ---  SEIZE   [---]  ---
            SEIZE {SEIZES SEIZED SEIZING}
            - * &VESSEL                            [1721]
            - * {ILLEGAL CARGO}                    [1721!]
            ~ a (b . ATTACK) SAY = a b 112
            """;

    private PetrarchVerbs load(Path dir, String text) throws IOException {
        Path f = dir.resolve("Test.verbs.txt");
        Files.writeString(f, text);
        return PetrarchVerbs.load(f);
    }

    private static VerbPattern p(String cameo, String... words) {
        return new VerbPattern(List.of(words), cameo);
    }

    @Test
    void convertsVerbsAndFollowingLiteralWordsAndCountsWhatItSkips(@TempDir Path dir) throws IOException {
        PetrarchVerbs v = load(dir, DICT);
        assertThat(v.patterns()).contains(p("040", "confer", "with"), p("040", "confer"), p("040", "parley"),
                p("041", "confer", "by", "telephone"), p("041", "parley", "by", "telephone"),
                p("040", "confer", "about", "ship"), p("040", "confer", "about", "fishing", "boat"),
                p("041", "confer", "with", "by", "video"), p("041", "parley", "with", "via", "video"),
                p("1721", "seize", "ship"), p("1721", "seize", "illegal", "cargo"));
        assertThat(v.patterns()).noneMatch(x -> x.cameo().equals("190") || x.cameo().equals("173")
                || x.cameo().equals("057") || x.cameo().equals("---"));
        assertThat(v.patterns()).as("a block coded [---] gives its bare verbs no code")
                .doesNotContain(p("---", "seize")).noneMatch(x -> x.words().equals(List.of("seize")));
        assertThat(v.verbs()).isEqualTo(4);
        assertThat(v.patternLines()).isEqualTo(10);
        assertThat(v.convertedLines()).isEqualTo(5);
        assertThat(v.convertedFraction()).isEqualTo(0.5);
    }

    @Test
    void patternsFeedTheCodersLexicon(@TempDir Path dir) throws IOException {
        PetrarchVerbs v = load(dir, DICT);
        VerbLexicon lexicon = VerbLexicon.bundled().plus(v.patterns());
        assertThat(lexicon.size()).isGreaterThan(VerbLexicon.bundled().size());
        assertThat(lexicon.withHead("parley")).isNotEmpty();
    }

    @Test
    void errorsNameTheFileAndLine(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "- * TALKS [040]\n")).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("Test.verbs.txt:1");
        assertThatThrownBy(() -> load(dir, "&X\n+Y\n--- BROKEN\n")).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("Test.verbs.txt:3");
    }

    @Test
    void sharedCameoVerbDictionaryMostlyConverts() {
        Path file = SharedData.resolve("bench/events/petrarch/CAMEO.2.0.txt");
        assumeTrue(Files.isRegularFile(file), "no shared verb dictionary at " + file);
        PetrarchVerbs v = PetrarchVerbs.load(file);
        assertThat(v.patternLines()).isGreaterThan(4000);
        assertThat(v.convertedFraction()).isGreaterThan(0.75);
        assertThat(v.patterns()).allSatisfy(x -> {
            assertThat(x.cameo()).matches("\\d{2,4}");
            assertThat(x.words()).allMatch(w -> w.equals(w.toLowerCase()) && !w.isBlank());
        });
    }
}
