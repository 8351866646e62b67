package org.attache.app.ingest;

import org.attache.pipeline.Analysed;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import org.attache.pipeline.RegistryStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.PageLimits;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.attache.testkit.RequiresSharedData;
import org.attache.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same articles resolved, coded and clustered in two orders give the same entities (ids, types, names,
 * countries), the same events with the same actors, and the same story groupings: an entity's id is a function of
 * what it is, not of which article named it first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestOrderTest {
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Analysis analysis;

    @BeforeAll
    void setUp() {
        analysis = new Analysis(Annotators.standard(), new EntityResolver(), Coders.standard(),
                new SimilarStoryMatcher());
    }

    @Test
    void samplesGiveTheSameEntitiesEventsAndStoriesInEitherOrder() {
        assertSameInEitherOrder(List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"), SAMPLES.resolve("text")));
    }

    @Test
    @RequiresSharedData("fixtures/seeds/pages")
    void samplesAndSeedsGiveTheSameEntitiesEventsAndStoriesInEitherOrder() {
        assertSameInEitherOrder(List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"), SAMPLES.resolve("text"),
                SharedData.resolve("fixtures/seeds/pages")));
    }

    /**
     * Through the whole ingest (with its settling pass, {@link Resettler}): the sample files read in two orders give
     * the same entities, events and stories.
     */
    @Test
    void anIngestOfTheSampleFilesInEitherOrderGivesTheSameStore() {
        List<Path> files = List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"),
                SAMPLES.resolve("text/capital-wire-portal-dump.txt"), SAMPLES.resolve("text/straits-bulletin-wire.txt"));
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        StoreSnapshot a = ingest(files, "ingest-forward");
        StoreSnapshot b = ingest(reversed, "ingest-reversed");
        assertThat(a.entities()).hasSizeGreaterThan(20);
        assertThat(a.events()).isNotEmpty();
        assertThat(b.entities()).isEqualTo(a.entities());
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.stories()).isEqualTo(a.stories());
    }

    /**
     * The settling pass codes again from the annotations this run kept (only resolve and code are repeated) or, with
     * no memory for them, from the stored texts annotated again: the same entities, mentions, events and stories.
     */
    @Test
    void theSettlingPassGivesTheSameStoreFromKeptAnnotationsAsFromTextsAnnotatedAgain() {
        List<Path> files = new ArrayList<>(List.of(SAMPLES.resolve("html"), SAMPLES.resolve("jsonl"),
                SAMPLES.resolve("text/capital-wire-portal-dump.txt"),
                SAMPLES.resolve("text/straits-bulletin-wire.txt")));
        Collections.reverse(files);
        Settled kept = settle(files, "kept", AttacheConfig.DEFAULT_SETTLE_MEMORY_MB);
        Settled again = settle(files, "annotated-again", 0);
        assertThat(kept.recoded()).as("articles the pass coded again").isPositive();
        assertThat(kept.annotatedAgain()).isZero();
        assertThat(again.recoded()).isEqualTo(kept.recoded());
        assertThat(again.annotatedAgain()).isGreaterThanOrEqualTo(again.recoded());
        assertThat(kept.snapshot()).isEqualTo(again.snapshot());
        assertThat(kept.mentions()).isNotEmpty().isEqualTo(again.mentions());
    }

    /** A store after an ingest, its mentions (article → offsets and entity) and what its settling pass did. */
    private record Settled(StoreSnapshot snapshot, java.util.Map<String, String> mentions, int recoded,
                           int annotatedAgain) {
    }

    private Settled settle(List<Path> inputs, String name, int settleMemoryMb) {
        StoreConfig storeConfig = StoreConfig.at(dir.resolve(name + "-" + System.nanoTime()));
        try (ArticleStore store = ArticleStore.open(storeConfig)) {
            AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false,
                    org.attache.api.config.CodingConfig.BUNDLED, PageLimits.DEFAULTS, settleMemoryMb);
            IngestPipeline pipeline = new IngestPipeline(config, new DefaultArticleExtractor(), analysis, store, null);
            pipeline.run(inputs);
            store.commit();
            java.util.Map<String, String> mentions = new java.util.TreeMap<>();
            store.forEachArticle(a -> mentions.put(a.id(), store.entities().mentionsOf(a.id()).toString()));
            return new Settled(StoreSnapshot.of(store), mentions, pipeline.settling().recoded(),
                    pipeline.settling().annotatedAgain());
        }
    }

    private StoreSnapshot ingest(List<Path> inputs, String name) {
        StoreConfig storeConfig = StoreConfig.at(dir.resolve(name + "-" + System.nanoTime()));
        try (ArticleStore store = ArticleStore.open(storeConfig)) {
            new IngestPipeline(new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false),
                    new DefaultArticleExtractor(), analysis, store, null).run(inputs);
            store.commit();
            return StoreSnapshot.of(store);
        }
    }

    private void assertSameInEitherOrder(List<Path> inputs) {
        List<Analysed> forward = annotate(articles(inputs));
        List<Analysed> reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        StoreSnapshot a = resolveCodeCluster(forward, "forward");
        StoreSnapshot b = resolveCodeCluster(reversed, "reversed");
        assertThat(a.entities()).hasSizeGreaterThan(20);
        assertThat(a.events()).isNotEmpty();
        assertThat(b.entities()).isEqualTo(a.entities());
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(a.stories()).isNotEmpty();
        assertThat(b.stories()).isEqualTo(a.stories());
        assertThat(b.articleStory()).isEqualTo(a.articleStory());
    }

    /** The articles of the inputs, extracted and stored once, in store order. */
    private List<Article> articles(List<Path> inputs) {
        StoreConfig storeConfig = StoreConfig.at(dir.resolve("extracted-" + System.nanoTime()));
        List<Article> articles = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(storeConfig)) {
            new IngestPipeline(new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false),
                    new DefaultArticleExtractor(), null, store, null).run(inputs);
            store.commit();
            store.forEachArticle(article -> articles.add(article.withDuplicateOf(null)));
        }
        assertThat(articles).hasSizeGreaterThan(5);
        return articles;
    }

    private List<Analysed> annotate(List<Article> articles) {
        ArticleAnalyser analyser = ArticleAnalyser.ofArticles(analysis, PageLimits.DEFAULTS);
        return articles.stream().map(article -> ((Outcome.Done<Analysed>) analyser.analyse(article)).value()).toList();
    }

    private StoreSnapshot resolveCodeCluster(List<Analysed> articles, String name) {
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(dir.resolve(name + "-" + System.nanoTime())))) {
            RegistryStep step = analysis.registryStep();
            for (Analysed analysed : articles) {
                store.store(analysed.article(), analysed.relevance().article(),
                        registry -> step.events(analysed, registry), step.matcher());
            }
            store.commit();
            return StoreSnapshot.of(store);
        }
    }
}
