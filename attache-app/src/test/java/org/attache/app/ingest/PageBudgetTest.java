package org.attache.app.ingest;

import org.attache.pipeline.Analysis;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.CodingConfig;
import org.attache.api.config.PageLimits;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.StoryMatcher;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's per-page budgets: a page over its time budget is skipped as "over time budget" and the run goes
 * on, even when the page ignores its interrupt; only the first part of a long body is annotated; progress calls
 * an article stored only once it is committed.
 */
class PageBudgetTest {
    @TempDir
    Path dir;

    /** Releases annotators that ignore their interrupt, so that no test leaves a thread spinning. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseStuckWorkers() {
        release.countDown();
    }

    private Path pages(int n) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < n; i++) {
            Files.writeString(pages.resolve("p" + i + ".txt"), "Report number " + i + "\n\n"
                    + "HANOI — Officials of the two countries met on Monday in Hanoi to discuss trade in rice, "
                    + "number " + i + ", and agreed to meet again next year.\n");
        }
        return pages;
    }

    private AttacheConfig config(PageLimits limits) {
        return new AttacheConfig(SourceConfig.DEFAULTS, StoreConfig.at(dir.resolve("data")), 1, false,
                CodingConfig.BUNDLED, limits);
    }

    private static Analysis analysis(ArticleAnnotator annotator) {
        StoryMatcher none = (event, day, candidates) -> Optional.empty();
        return new Analysis(annotator, new EntityResolver(), (resolved, registry) -> List.of(), none);
    }

    private static Annotated nothing(Article article) {
        return new Annotated(article, List.of(), List.of(), List.of(), "test");
    }

    private static long articles(ArticleStore store) {
        long[] count = {0};
        store.forEachArticle(a -> count[0]++);
        return count[0];
    }

    @Test
    void aPageThatIgnoresItsInterruptIsSkippedOverTimeBudgetAndTheRunGoesOnWithoutIt() throws Exception {
        Path pages = pages(4);
        ArticleAnnotator stuckOnSecond = article -> {
            if (article.source().endsWith("p1.txt")) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (release.getCount() > 0 && System.nanoTime() < until) {
                    Thread.onSpinWait(); // a runaway loop that never looks at its interrupt
                }
            }
            return nothing(article);
        };
        PageLimits limits = PageLimits.DEFAULTS.withTimeBudget(Duration.ofMillis(500));
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(config(limits).store())) {
            report = new IngestPipeline(config(limits), new DefaultArticleExtractor(), analysis(stuckOnSecond), store,
                    null).run(List.of(pages));
            assertThat(articles(store)).isEqualTo(3);
        }
        assertThat(report.items()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.skipped()).containsExactly(java.util.Map.entry("over time budget", 1L));
        assertThat(report.skipExamples()).singleElement().asString().endsWith("p1.txt: over time budget");
        assertThat(report.elapsed()).as("the run did not wait for the stuck page").isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aSlowPageThatHonoursItsInterruptIsSkippedAndItsWorkerServesTheNextPages() throws Exception {
        Path pages = pages(3);
        List<String> interrupted = new CopyOnWriteArrayList<>();
        ArticleAnnotator slowOnFirst = article -> {
            if (article.source().endsWith("p0.txt")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.add(article.source());
                    throw new IllegalStateException("interrupted");
                }
            }
            return nothing(article);
        };
        PageLimits limits = PageLimits.DEFAULTS.withTimeBudget(Duration.ofMillis(300));
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(config(limits).store())) {
            report = new IngestPipeline(config(limits), new DefaultArticleExtractor(), analysis(slowOnFirst), store,
                    null).run(List.of(pages));
        }
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.skipped()).containsExactly(java.util.Map.entry("over time budget", 1L));
        assertThat(interrupted).singleElement().asString().endsWith("p0.txt");
    }

    @Test
    void onlyTheFirstPartOfALongBodyIsAnnotatedAndTheWholeBodyIsStored() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("long"));
        StringBuilder text = new StringBuilder("A long report\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("Paragraph ").append(i).append(": officials of the two countries met on Monday in Hanoi to ")
                    .append("discuss trade in rice and agreed to meet again next year.\n\n");
        }
        Files.writeString(pages.resolve("long.txt"), text);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        ArticleAnnotator measuring = article -> {
            seen.add(article.bodyText().length());
            return nothing(article);
        };
        PageLimits limits = new PageLimits(PageLimits.DEFAULT_MAX_ELEMENTS, PageLimits.DEFAULT_MAX_DEPTH,
                PageLimits.DEFAULT_MAX_TEXT_CHARS, 1000, PageLimits.DEFAULT_TIME_BUDGET);
        IngestReport report;
        List<Article> stored = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(config(limits).store())) {
            report = new IngestPipeline(config(limits), new DefaultArticleExtractor(), analysis(measuring), store, null)
                    .run(List.of(pages));
            store.forEachArticle(stored::add);
        }
        assertThat(seen).singleElement().satisfies(chars -> assertThat(chars).isBetween(500, 1000));
        assertThat(stored).singleElement().satisfies(a -> assertThat(a.bodyText().length()).isGreaterThan(4000));
        assertThat(report.notes()).containsExactly(java.util.Map.entry("annotated in part", 1L));
        assertThat(report.skippedTotal()).isZero();
    }

    @Test
    void progressCountsAnArticleAsStoredOnlyOnceItIsCommitted() throws Exception {
        Path pages = pages(8);
        ArticleAnnotator slow = article -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return nothing(article);
        };
        List<long[]> seen = new CopyOnWriteArrayList<>(); // {stored in the report, writes not yet committed}
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(config(PageLimits.DEFAULTS).store())) {
            report = new IngestPipeline(config(PageLimits.DEFAULTS), new DefaultArticleExtractor(), analysis(slow),
                    store, r -> seen.add(new long[] {r.stored(), store.uncommitted()})).run(List.of(pages));
        }
        assertThat(report.stored()).isEqualTo(8);
        assertThat(seen.getLast()).containsExactly(8, 0);
        List<long[]> during = seen.subList(0, seen.size() - 1);
        assertThat(during).as("snapshots while articles were written but not committed").isNotEmpty()
                .anySatisfy(s -> assertThat(s[1]).isPositive())
                .allSatisfy(s -> assertThat(s[0]).as("stored before the commit").isZero());
    }
}
