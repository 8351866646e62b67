package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.api.config.SearchLimits;
import org.attache.api.config.StoreConfig;
import org.attache.store.index.QueryCostException;
import org.attache.store.index.SearchHit;
import org.attache.store.read.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Costly queries (the probe's regular expressions) are refused with a message naming the limit they met, not a
 * Lucene exception; ordinary wildcards still work; and cheap searches stay fast while costly ones run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCostTest {
    @TempDir
    static Path dir;
    private ArticleStore store;

    @BeforeAll
    void fill() {
        store = ArticleStore.open(StoreConfig.at(dir));
        for (int i = 0; i < 400; i++) {
            store.store(Articles.article("a" + i, "Outlet " + (i % 7), "Report " + i + " on the Mekong", "2025-01-"
                    + String.format("%02d", 1 + i % 28), "en", Articles.paragraphs(i, 4, 60).toArray(String[]::new)));
        }
        store.commit();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void theProbesLongRegularExpressionIsRefusedNamingTheLengthLimit() {
        StringBuilder alternation = new StringBuilder("/(");
        for (int i = 0; alternation.length() < 414; i++) {
            alternation.append(i == 0 ? "" : "|").append("wor").append((char) ('a' + i % 26)).append("d").append(i);
        }
        String regex = alternation.append(")/").toString();
        assertThat(regex.length()).isGreaterThanOrEqualTo(417);

        assertThatThrownBy(() -> store.search(regex, 10)).isInstanceOf(QueryCostException.class)
                .hasMessageContaining("the limit is 100");
    }

    @Test
    void aShortRegularExpressionWithAnExplodingAutomatonIsRefusedNamingTheStateLimit() {
        String exploding = "/(a|b)*a(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)/";

        assertThatThrownBy(() -> store.search(exploding, 10)).isInstanceOf(QueryCostException.class)
                .hasMessageContaining("more than 1000 states");
    }

    @Test
    void moreCostlyTermsThanTheLimitAreRefused() {
        assertThatThrownBy(() -> store.search("ba* be* bi* bo* bu*", 10)).isInstanceOf(QueryCostException.class)
                .hasMessageContaining("more than 4 wildcard, prefix, fuzzy or regular-expression terms");
    }

    @Test
    void ordinaryWildcardsAndRegularExpressionsStillWork() {
        assertThat(store.search("Meko*", 5).totalHits()).isEqualTo(400);
        assertThat(store.search("/mek[aeiou]ng/", 5).totalHits()).isEqualTo(400);
        assertThat(store.search(new SearchRequest("Meko* AND report", null, null, null, null, null, null, null, null, 5))
                .totalHits()).isEqualTo(400);
    }

    @Test
    void aCostlySearchOverItsTimeBudgetIsRefusedAndCheapSearchesStayFastWhileCostlyOnesRun() throws Exception {
        // a budget spent before the search gets going: the costly query is stopped, not run to its end
        SearchLimits tight = new SearchLimits(4, 100, 1_000, Duration.ofNanos(1), 1);
        try (ArticleStore limited = ArticleStore.openReadOnly(StoreConfig.at(dir).withSearch(tight))) {
            assertThatThrownBy(() -> limited.search("/.*a.*e.*i.*/ /.*o.*u.*/", 10))
                    .isInstanceOf(QueryCostException.class).hasMessageContaining("time budget");
        }
        SearchLimits normal = new SearchLimits(4, 100, 1_000, Duration.ofSeconds(2), 1);
        try (ArticleStore shared = ArticleStore.openReadOnly(StoreConfig.at(dir).withSearch(normal))) {
            ExecutorService costly = Executors.newFixedThreadPool(8);
            try {
                List<Future<Long>> running = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String q = "/.*" + (char) ('a' + i) + ".*e.*/ /.*o.*" + (char) ('k' + i) + ".*/";
                    running.add(costly.submit(timed(() -> attempt(shared, q))));
                }
                // cheap searches meanwhile: never queued behind the costly ones' single slot
                long slowestCheap = 0;
                for (int i = 0; i < 20; i++) {
                    String word = "report " + i;
                    long took = timed(() -> shared.search(word, 10).totalHits()).call();
                    slowestCheap = Math.max(slowestCheap, took);
                }
                for (Future<Long> f : running) {
                    assertThat(Duration.ofNanos(f.get())).as("a costly search ends by its budget, queued or not")
                            .isLessThan(Duration.ofSeconds(30));
                }
                // the costly ones queue for one slot, each within its 2 s budget; a cheap search waits for none
                assertThat(Duration.ofNanos(slowestCheap)).as("slowest cheap search").isLessThan(Duration.ofSeconds(2));
            } finally {
                costly.shutdownNow();
            }
        }
    }

    /** A costly search's outcome does not matter here (it may be refused as busy or over budget), only its time. */
    private static Object attempt(ArticleStore store, String query) {
        try {
            return store.search(query, 10).hits().stream().map(SearchHit::id).toList();
        } catch (QueryCostException e) {
            return e.getMessage();
        }
    }

    private static Callable<Long> timed(Callable<?> work) {
        return () -> {
            long start = System.nanoTime();
            work.call();
            return System.nanoTime() - start;
        };
    }
}
