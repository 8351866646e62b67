package org.attache.app.ingest;

import org.attache.pipeline.Analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.EventCoder;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reprocess} rebuilds every entity and event in one transaction: when an article fails half-way, the store is
 * left with its entities, events and stories as before (not cleared and partly rebuilt), even though the store
 * commits every two articles otherwise; when all goes well, the same articles give the same entities, events and
 * stories again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReprocessorTest {
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private ArticleAnnotator annotator;
    private final EventCoder coder = Coders.standard();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @BeforeAll
    void setUp() {
        annotator = Annotators.standard();
    }

    @AfterAll
    void tearDown() {
        workers.shutdownNow();
    }

    private Analysis analysis(EventCoder coder) {
        return new Analysis(annotator, new EntityResolver(), coder, new SimilarStoryMatcher());
    }

    private StoreConfig storeConfig() {
        return new StoreConfig(dir.resolve("data"), 2, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
    }

    private StoreSnapshot snapshot() {
        try (ArticleStore store = ArticleStore.open(storeConfig())) {
            return StoreSnapshot.of(store);
        }
    }

    @Test
    void aFailureHalfWayLeavesTheStoreAsItWasAndASecondRunRebuildsTheSame() throws Exception {
        StoreConfig config = storeConfig();
        long articles;
        try (ArticleStore store = ArticleStore.open(config)) {
            new IngestPipeline(new AttacheConfig(SourceConfig.DEFAULTS, config, 1, false), new DefaultArticleExtractor(),
                    analysis(coder), store, null).run(List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"), SAMPLES.resolve("text")));
            store.commit();
            articles = store.stats().articles();
        }
        assertThat(articles).isGreaterThan(5);
        StoreSnapshot before = snapshot();
        assertThat(before.entities()).hasSizeGreaterThan(10);
        assertThat(before.events()).isNotEmpty();

        AtomicInteger coded = new AtomicInteger();
        EventCoder failsHalfWay = (resolved, registry) -> {
            if (coded.incrementAndGet() == articles / 2 + 1) {
                throw new IllegalStateException("coder bug on this article");
            }
            return coder.code(resolved, registry);
        };
        try (ArticleStore store = ArticleStore.open(config)) {
            assertThatThrownBy(() -> new Reprocessor(analysis(failsHalfWay), workers).run(store, n -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("reprocessing article")
                    .hasMessageContaining("coder bug on this article");
        }
        assertThat(coded.get()).isEqualTo((int) (articles / 2 + 1)); // it failed half-way, after several commit points
        assertThat(snapshot()).isEqualTo(before);

        try (ArticleStore store = ArticleStore.open(config)) {
            assertThat(new Reprocessor(analysis(coder), workers).run(store, n -> { })).isEqualTo(articles);
        }
        assertThat(snapshot()).isEqualTo(before);
    }
}
