package org.attache.app.ingest;

import org.attache.pipeline.Analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.attache.store.StoreStats;
import org.attache.store.events.EventFilter;
import org.attache.testkit.PostgresCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the bundled samples into SQLite and into PostgreSQL gives the same articles, entities,
 * events and stories, ids included; and two ingests writing halves of the samples into one PostgreSQL database at
 * once give what one ingest of the whole gives. Skipped, with the reason, where no PostgreSQL server can be started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestBackendsTest {
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final List<Path> WHOLE = List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"),
            SAMPLES.resolve("text"));

    @TempDir
    Path dir;

    private Analysis analysis;
    private PostgresCluster cluster;

    @BeforeAll
    void setUp() {
        Optional<PostgresCluster> pg = PostgresCluster.shared();
        assumeTrue(pg.isPresent(), () -> "no PostgreSQL here: " + PostgresCluster.unavailableReason());
        cluster = pg.get();
        analysis = new Analysis(Annotators.standard(), new EntityResolver(), Coders.standard(),
                new SimilarStoryMatcher());
    }

    @Test
    void samplesGiveTheSameIdsInSqliteAndPostgresql() {
        Contents sqlite = ingest(StoreConfig.at(dir.resolve("sqlite")), WHOLE);
        Contents postgres = ingest(StoreConfig.at(dir.resolve("pg")).withDatabase(cluster.newDatabase()), WHOLE);
        assertThat(sqlite.articles()).hasSizeGreaterThan(5);
        assertThat(sqlite.snapshot().entities()).hasSizeGreaterThan(20);
        assertThat(sqlite.snapshot().events()).isNotEmpty();
        assertThat(postgres.counts()).isEqualTo(sqlite.counts());
        assertThat(postgres.articles()).isEqualTo(sqlite.articles());
        assertThat(postgres.snapshot()).isEqualTo(sqlite.snapshot());
        assertThat(postgres.storyIds()).isEqualTo(sqlite.storyIds());
    }

    @Test
    void twoIngestsAtOnceIntoOnePostgresqlGiveWhatOneIngestGives() throws Exception {
        Contents whole = ingest(StoreConfig.at(dir.resolve("whole")).withDatabase(cluster.newDatabase()), WHOLE);
        String shared = cluster.newDatabase();
        StoreConfig first = StoreConfig.at(dir.resolve("first")).withDatabase(shared);
        StoreConfig second = StoreConfig.at(dir.resolve("second")).withDatabase(shared);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Contents> a = pool.submit(() -> ingest(first, List.of(SAMPLES.resolve("jsonl"))));
            Future<Contents> b = pool.submit(() -> ingest(second, List.of(SAMPLES.resolve("html"),
                    SAMPLES.resolve("text"))));
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        Contents seenByFirst = read(first);
        assertThat(seenByFirst.counts()).isEqualTo(whole.counts());
        assertThat(seenByFirst.articles()).isEqualTo(whole.articles());
        assertThat(seenByFirst.snapshot()).isEqualTo(whole.snapshot());
        assertThat(read(second)).as("the other data folder's index caught up too").isEqualTo(seenByFirst);
    }

    /** What a store holds: counts, articles (id → title, outlet, whether a copy), the snapshot, the story ids. */
    private record Contents(String counts, TreeMap<String, String> articles, StoreSnapshot snapshot,
                            List<String> storyIds) {
    }

    private Contents ingest(StoreConfig config, List<Path> inputs) {
        try (ArticleStore store = ArticleStore.open(config)) {
            new IngestPipeline(new AttacheConfig(SourceConfig.DEFAULTS, config, 1, false),
                    new DefaultArticleExtractor(), analysis, store, null).run(inputs);
            store.commit();
        }
        return read(config);
    }

    private static Contents read(StoreConfig config) {
        try (ArticleStore store = ArticleStore.open(config)) {
            StoreStats stats = store.stats();
            TreeMap<String, String> articles = new TreeMap<>();
            store.forEachArticle(a -> articles.put(a.id(), a.title() + " | " + a.outlet() + " | "
                    + (a.duplicateOf() != null)));
            List<String> storyIds = new ArrayList<>();
            store.events().forEach(EventFilter.all(), e -> storyIds.add(e.id() + " " + e.storyId()));
            storyIds.sort(null);
            String counts = "articles=" + stats.articles() + " exact=" + stats.exactDuplicates() + " near="
                    + stats.nearDuplicates() + " events=" + stats.events() + " stories=" + stats.stories()
                    + " indexed=" + stats.indexDocs() + " entities=" + store.entities().count();
            return new Contents(counts, articles, StoreSnapshot.of(store), storyIds);
        }
    }
}
