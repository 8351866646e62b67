package org.attache.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.attache.api.config.SearchLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search budget's mechanisms, with searches held open at will: costly searches share their slots and a
 * cheap search never waits for one; a search whose deadline passes is stopped by Lucene and refused.
 */
class SearchBudgetTest {
    private static final Query COSTLY = new RegexpQuery(new Term(ArticleIndex.BODY, ".*a.*"));
    private static final Query CHEAP = new TermQuery(new Term(ArticleIndex.BODY, "minister"));

    @TempDir
    Path dir;

    @Test
    void aCheapSearchNeverWaitsForTheSlotsThatCostlySearchesHold() throws Exception {
        SearchBudget budget = new SearchBudget(new SearchLimits(4, 100, 1_000, Duration.ofMillis(500), 1));
        try (ArticleIndex index = ArticleIndex.open(Files.createTempDirectory(dir, "index"))) {
            index.put(1, article("a1", "Talks", "The minister met the delegation."));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> run(index, budget, COSTLY, s -> {
                holding.countDown();
                await(release); // a costly search that takes its time
                return "first";
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            Object cheap = run(index, budget, CHEAP, s -> s.count(CHEAP));
            Object second = run(index, budget, COSTLY, s -> s.count(COSTLY));

            assertThat(cheap).as("the cheap search ran while the costly one held the only slot").isEqualTo(1);
            assertThat(first).as("still holding its slot").isNotDone();
            assertThat(second).asString().contains("slots for such searches stayed busy");
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(run(index, budget, COSTLY, s -> s.count(COSTLY))).as("the slot is free again").isEqualTo(1);
        }
    }

    @Test
    void aSearchStillRunningAtItsDeadlineIsStoppedAndRefused() throws Exception {
        SearchBudget budget = new SearchBudget(new SearchLimits(4, 100, 1_000, Duration.ofMillis(100), 2));
        try (ArticleIndex index = ArticleIndex.open(Files.createTempDirectory(dir, "index"))) {
            for (int i = 0; i < 50; i++) {
                index.put(i + 1, article("a" + i, "Talks " + i, "The minister met the delegation " + i + "."));
            }
            for (Query query : new Query[] {COSTLY, CHEAP, new MatchAllDocsQuery()}) {
                Object late = run(index, budget, query, s -> {
                    Thread.sleep(300); // the search gets going after its deadline
                    return s.search(query, 10).totalHits.value();
                });
                assertThat(late).as(query.toString()).asString().contains("ran past its 100 ms time budget");
            }
            assertThat(run(index, budget, CHEAP, s -> s.count(CHEAP))).as("in time, it runs").isEqualTo(50);
        }
    }

    @Test
    void costlyQueriesAreToldFromCheapOnes() {
        assertThat(SearchBudget.isCostly(COSTLY)).isTrue();
        assertThat(SearchBudget.isCostly(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(CHEAP, org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(COSTLY, org.apache.lucene.search.BooleanClause.Occur.MUST_NOT).build())).isTrue();
        assertThat(SearchBudget.isCostly(CHEAP)).isFalse();
        assertThat(SearchBudget.isCostly(new MatchAllDocsQuery())).isFalse();
    }

    private static org.attache.api.Article article(String id, String title, String body) {
        return new org.attache.api.Article(id, "test#" + id, null, "VNA", title, false, java.util.List.of(body),
                java.util.List.of(), null, null, null, "en", java.util.List.of(), null, null);
    }

    /** Work that may block. */
    private interface Blocking<T> {
        T run(IndexSearcher searcher) throws IOException, InterruptedException;
    }

    /** The work's result, or the message of the QueryCostException that refused it. */
    private static Object run(ArticleIndex index, SearchBudget budget, Query query, Blocking<?> work) {
        try {
            return index.withSearcher(shared -> budget.run(shared, query, query.toString(), s -> {
                try {
                    return work.run(s);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }));
        } catch (QueryCostException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
