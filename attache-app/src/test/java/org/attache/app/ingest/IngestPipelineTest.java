package org.attache.app.ingest;

import org.attache.pipeline.Analysis;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.EventCoder;
import org.attache.api.events.StoryMatcher;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article whose coding fails is skipped, with its writes undone, and the run goes on. */
class IngestPipelineTest {
    @TempDir
    Path dir;

    @Test
    void aCoderFailureStoresThatArticleWithoutEntitiesAndEvents() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(pages.resolve("p" + i + ".txt"), "Report number " + i + "\n\n"
                    + "HANOI — Officials of Vietnam and Singapore met on Monday in Hanoi to discuss trade in rice, "
                    + "number " + i + ", and agreed to meet again next year.\n");
        }
        ArticleAnnotator annotator = article -> {
            String body = article.bodyText();
            int at = body.indexOf("Singapore");
            return new Annotated(article, List.of(new org.attache.api.Sentence(0, 0, body.length())),
                    List.of(new org.attache.api.Mention(org.attache.api.MentionType.LOCATION, "Singapore", at,
                            at + 9, 0, null, "SGP")), List.of(), "test");
        };
        AtomicInteger calls = new AtomicInteger();
        EventCoder failsOnSecond = (resolved, registry) -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("coder bug on this article");
            }
            return List.of();
        };
        StoryMatcher none = (event, day, candidates) -> Optional.empty();
        StoreConfig storeConfig = StoreConfig.at(dir.resolve("data"));
        AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false);
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(storeConfig)) {
            report = new IngestPipeline(config, new DefaultArticleExtractor(),
                    new Analysis(annotator, new EntityResolver(), failsOnSecond, none), store, null).run(List.of(pages));
            store.commit();
            List<String> titles = new java.util.ArrayList<>();
            store.forEachArticle(a -> titles.add(a.title()));
            assertThat(titles).containsExactlyInAnyOrder("Report number 0", "Report number 1", "Report number 2");
            // the failed article's mention was undone with its coding; the two others keep theirs
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + storeConfig.databaseFile());
                 var rs = c.createStatement().executeQuery("SELECT a.title FROM entity_mentions m"
                         + " JOIN articles a ON a.id = m.article_id ORDER BY a.title")) {
                List<String> withMentions = new java.util.ArrayList<>();
                while (rs.next()) {
                    withMentions.add(rs.getString(1));
                }
                assertThat(withMentions).containsExactly("Report number 0", "Report number 2");
            }
        }
        assertThat(report.items()).isEqualTo(3);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.skippedTotal()).isZero();
        assertThat(report.notes()).containsEntry(IngestPipeline.STORED_UNANALYSED, 1L);
    }

    @Test
    void limitItemsReadsOnlyTheFirstItems() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"id\":\"n").append(i).append("\",\"title\":\"Story ").append(i)
                    .append("\",\"text\":\"Story number ").append(i)
                    .append(": the ministers of the two countries met on Monday to discuss trade in rice and ")
                    .append("agreed to meet again next year, officials said after the talks.\"}\n");
        }
        Files.writeString(feed, lines);
        ArticleAnnotator annotator = article -> new Annotated(article, List.of(), List.of(), List.of(), "test");
        EventCoder none = (resolved, registry) -> List.of();
        StoryMatcher alone = (event, day, candidates) -> Optional.empty();
        StoreConfig storeConfig = StoreConfig.at(dir.resolve("limited"));
        AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 2, false);
        try (ArticleStore store = ArticleStore.open(storeConfig)) {
            IngestReport report = new IngestPipeline(config, new DefaultArticleExtractor(),
                    new Analysis(annotator, new EntityResolver(), none, alone), store, null).limitItems(3)
                    .run(List.of(feed, feed));
            store.commit();
            assertThat(report.items()).isEqualTo(3);
            assertThat(report.stored()).isEqualTo(3);
            List<String> titles = new java.util.ArrayList<>();
            store.forEachArticle(a -> titles.add(a.title()));
            assertThat(titles).containsExactlyInAnyOrder("Story 0", "Story 1", "Story 2");
        }
    }
}
