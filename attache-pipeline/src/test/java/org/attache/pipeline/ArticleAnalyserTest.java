package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attache.api.ContentKind;
import org.attache.api.Mention;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.config.CodingConfig;
import org.attache.api.config.PageLimits;
import org.attache.api.events.Event;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.extract.DefaultArticleExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The analysis core on pages written here: the per-article function and the registry step after it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleAnalyserTest {
    private static final String WIRE = """
            Foreign ministers meet in Hanoi

            HANOI, March 3 (Desk Wire) - Vietnamese Foreign Minister Bui Thanh Son met his Singaporean counterpart \
            Vivian Balakrishnan in Hanoi on Tuesday to discuss trade and maritime security.

            Vietnam and Singapore signed an agreement on digital trade, the ministry said. Singapore's Prime \
            Minister Lawrence Wong will visit Vietnam next month, Balakrishnan told reporters.

            The two countries also condemned the attack on a fishing boat in the South China Sea.
            """;

    @TempDir
    static java.nio.file.Path data;

    private Analysis stages;
    private ArticleAnalyser analyser;

    @BeforeAll
    void loadStages() {
        stages = Analysis.forDataDir(data, CodingConfig.BUNDLED);
        analyser = new ArticleAnalyser(new DefaultArticleExtractor(), stages, PageLimits.DEFAULTS);
    }

    private static Page page(String source, String text) {
        return new Page(source, null, null, text.getBytes(StandardCharsets.UTF_8), ContentKind.TEXT, "UTF-8",
                Instant.parse("2026-03-03T10:00:00Z"), PageHints.NONE);
    }

    private static Analysed done(Outcome<Analysed> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Analysed>) outcome).value();
    }

    @Test
    void aPageBecomesItsArticleWithMentionsNameKeysOfficesAndRelevance() {
        Analysed analysed = done(analyser.analyse(page("wire.txt", WIRE)));

        assertThat(analysed.isAnnotated()).isTrue();
        assertThat(analysed.partial()).isFalse();
        assertThat(analysed.article().title()).isEqualTo("Foreign ministers meet in Hanoi");
        assertThat(analysed.mentions()).extracting(Mention::text).contains("Bui Thanh Son", "Singapore");
        assertThat(analysed.offices()).isNotEmpty();
        List<String> keys = analysed.nameKeys();
        assertThat(keys).hasSameSizeAs(analysed.mentions());
        for (int i = 0; i < keys.size(); i++) {
            assertThat(keys.get(i) != null).as(analysed.mentions().get(i).toString())
                    .isEqualTo(analysed.mentions().get(i).type().isEntity());
        }
        // the two spellings of one minister share a key; the key is what machines agree on, not an id
        int full = analysed.mentions().stream().map(Mention::text).toList().indexOf("Vivian Balakrishnan");
        assertThat(keys.get(full)).isNotBlank();
        assertThat(analysed.relevance().article()).isNotNull();
    }

    @Test
    void theSamePageGivesTheSameAnalysisEachTime() {
        Analysed first = done(analyser.analyse(page("wire.txt", WIRE)));
        Analysed again = done(analyser.analyse(page("wire.txt", WIRE)));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aPageWithoutAnArticleIsASkipWithItsReasonNotAnException() {
        Outcome<Analysed> outcome = analyser.analyse(page("blank.txt", "   \n  "));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Skipped.class, skipped -> {
            assertThat(skipped.skipped().source()).isEqualTo("blank.txt");
            assertThat(skipped.skipped().reason()).isEqualTo("no article text");
        });
    }

    @Test
    void aLongBodyIsAnnotatedInPartAndKeptWhole() {
        ArticleAnalyser small = new ArticleAnalyser(new DefaultArticleExtractor(), stages,
                new PageLimits(PageLimits.DEFAULT_MAX_ELEMENTS, PageLimits.DEFAULT_MAX_DEPTH,
                        PageLimits.DEFAULT_MAX_TEXT_CHARS, 200, Duration.ofSeconds(60)));
        Analysed analysed = done(small.analyse(page("wire.txt", WIRE)));
        assertThat(analysed.partial()).isTrue();
        assertThat(analysed.article().bodyText()).contains("South China Sea");
        assertThat(analysed.mentions()).allMatch(m -> m.end() <= 200);
        assertThat(analysed.mentions()).extracting(Mention::text).doesNotContain("Lawrence Wong");
    }

    @Test
    void withoutStagesAPageIsOnlyExtracted() {
        ArticleAnalyser extractOnly = new ArticleAnalyser(new DefaultArticleExtractor(), null, PageLimits.DEFAULTS);
        Analysed analysed = done(extractOnly.analyse(page("wire.txt", WIRE)));
        assertThat(analysed.isAnnotated()).isFalse();
        assertThat(analysed.mentions()).isEmpty();
        assertThat(analysed.nameKeys()).isEmpty();
        assertThatThrownBy(() -> stages.registryStep().events(analysed, new InMemoryEntityRegistry()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wire.txt");
    }

    @Test
    void anAnalyserOfArticlesRefusesPagesButAnalysesArticlesAsFromThePage() {
        Analysed fromPage = done(analyser.analyse(page("wire.txt", WIRE)));
        ArticleAnalyser ofArticles = ArticleAnalyser.ofArticles(stages, PageLimits.DEFAULTS);
        assertThat(done(ofArticles.analyse(fromPage.article()))).isEqualTo(fromPage);
        assertThatThrownBy(() -> ofArticles.analyse(page("wire.txt", WIRE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("extractor");
    }

    @Test
    void theRegistryStepCodesAsTheStagesDoAndWritesTheEntities() {
        Analysed analysed = done(analyser.analyse(page("wire.txt", WIRE)));
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        List<Event> events = stages.registryStep().events(analysed, registry);
        List<Event> direct = stages.resolveAndCode(analysed.annotated(), new InMemoryEntityRegistry());

        assertThat(events).isNotEmpty().isEqualTo(direct);
        assertThat(events).allMatch(e -> e.articleId().equals(analysed.article().id()));
        assertThat(registry.candidates(analysed.nameKeys().get(analysed.mentions().stream().map(Mention::text)
                .toList().indexOf("Vivian Balakrishnan")))).isNotEmpty();
    }

    @Test
    void aCarryingAnalyserPutsTheCodersPreparationInTheRecordAndCodesTheSame() {
        Analysed held = done(analyser.analyse(page("wire.txt", WIRE)));
        Analysed carried = done(analyser.carrying().analyse(page("wire.txt", WIRE)));

        assertThat(held.syntax()).as("ingest's analyser leaves it with its coder").isNull();
        assertThat(carried.syntax()).isNotNull();
        assertThat(carried.syntax().sentences()).as("the wire holds acts between two states").isNotEmpty();
        assertThat(new Analysed(carried.article(), carried.annotated(), carried.relevance(), carried.partial()))
                .as("the rest of the record is the same").isEqualTo(held);

        // the registry step adopts the carried work (its coder neither tags nor parses) and codes the same
        List<Event> fromCarried = stages.registryStep().events(carried, new InMemoryEntityRegistry());
        List<Event> direct = stages.resolveAndCode(held.annotated(), new InMemoryEntityRegistry());
        assertThat(fromCarried).isNotEmpty().isEqualTo(direct);
    }
}
