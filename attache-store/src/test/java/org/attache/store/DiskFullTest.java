package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.attache.api.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the index: the failed commit rolls the database back with the index, so that nothing is stored
 * behind the error (before, the database committed first and kept articles the error said were not stored); the
 * store then refuses writes; background merges that fail are caught, logged once and counted in the statistics.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static long articles(ArticleStore store) {
        long[] n = {0};
        store.forEachArticle(a -> n[0]++);
        return n[0];
    }

    @Test
    void aCommitThatFindsTheDiskFullStoresNothingOfItsBatch() {
        StoreConfig config = new StoreConfig(dir, 1000, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
        AtomicReference<FullDisk> disk = new AtomicReference<>();
        try (ArticleStore store = ArticleStore.open(config, d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        })) {
            for (int i = 0; i < 3; i++) {
                store.store(Articles.simple("kept" + i, "Kept " + i, Articles.randomText(i, 80)));
            }
            store.commit();
            for (int i = 0; i < 2; i++) {
                store.store(Articles.simple("lost" + i, "Lost " + i, Articles.randomText(100 + i, 80)));
            }
            disk.get().fill();

            assertThatThrownBy(store::commit).isInstanceOf(StoreException.class)
                    .hasMessageContaining("No space left on device");
            assertThatThrownBy(() -> store.store(Articles.simple("after", "After", "More text after the failure.")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped taking writes");
            assertThat(store.get("lost0")).as("rolled back at once, not only on reopening").isEmpty();
            assertThat(store.search("Kept", 10).totalHits()).as("searches go on over the last commit").isEqualTo(3);
        }
        try (ArticleStore reopened = ArticleStore.open(config)) {
            assertThat(articles(reopened)).isEqualTo(3);
            assertThat(reopened.get("lost0")).isEmpty();
            IndexCheck check = reopened.verify();
            assertThat(check.agree()).as(check.toString()).isTrue();
            assertThat(reopened.stats().indexDocs()).isEqualTo(3);
        }
    }

    @Test
    void aWriteThatFindsTheIndexBrokenRollsBackTheUncommittedBatch() {
        StoreConfig config = new StoreConfig(dir, 1000, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
        AtomicReference<FullDisk> disk = new AtomicReference<>();
        ArticleStore store = ArticleStore.open(config, d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        });
        store.store(Articles.simple("kept", "Kept", Articles.randomText(1, 80)));
        store.commit();
        store.store(Articles.simple("pending", "Pending", Articles.randomText(2, 80)));
        disk.get().fill();
        assertThatThrownBy(store::commit).isInstanceOf(StoreException.class);
        store.close(); // after the failure close commits nothing and does not throw

        try (ArticleStore reopened = ArticleStore.open(config)) {
            assertThat(articles(reopened)).isEqualTo(1);
            assertThat(reopened.get("kept")).isPresent();
        }
    }

    @Test
    void aFailedBackgroundMergeIsCaughtCountedAndTheBatchAfterItRolledBack() throws Exception {
        StoreConfig config = new StoreConfig(dir, 1, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
        AtomicReference<FullDisk> disk = new AtomicReference<>();
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.set(e));
        long acknowledged = 0; // articles whose store call (and so their commit) returned without error
        try (ArticleStore store = ArticleStore.open(config, d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        })) {
            disk.get().fillForMerges();
            // one commit per article: a segment each, until the merge policy merges them in the background
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            RuntimeException refused = null;
            for (int i = 0; refused == null && System.nanoTime() < deadline; i++) {
                try {
                    store.store(Articles.simple("a" + i, "Article " + i, Articles.randomText(i, 40)));
                    acknowledged++;
                } catch (StoreException | IllegalStateException e) {
                    refused = e; // the failed merge was fatal to the index writer: no more writes
                }
                if (i > 30) {
                    Thread.sleep(50);
                }
            }
            assertThat(refused).as("a merge failed within a minute of commits").isNotNull();
            StoreStats stats = store.stats();
            assertThat(stats.mergeFailures()).isPositive();
            assertThat(stats.indexProblem()).contains("No space left on device");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught.get()).as("no exception escaped a merge thread").isNull();
        try (ArticleStore reopened = ArticleStore.open(config)) {
            assertThat(articles(reopened)).as("exactly the articles acknowledged").isEqualTo(acknowledged);
            assertThat(reopened.verify().agree()).isTrue();
        }
    }
}
