package org.attache.store;

import org.attache.api.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Crashes simulated by putting the database or the index back to an earlier state, then reopening. */
class ReconciliationTest {
    @TempDir
    Path dir;
    @TempDir
    Path backup;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 4, 3));
    }

    private static void storeRange(ArticleStore store, int from, int to) {
        for (int i = from; i < to; i++) {
            store.store(Articles.simple("a" + i, "Title " + i, "Body of article number " + i + " about trade"));
        }
    }

    @Test
    void indexBehindDatabaseIsCaughtUp() throws IOException {
        try (ArticleStore store = open()) {
            storeRange(store, 0, 10);
        }
        copyTree(dir.resolve("index"), backup.resolve("index"));
        try (ArticleStore store = open()) {
            storeRange(store, 10, 25);
        }
        replaceTree(backup.resolve("index"), dir.resolve("index"));   // the index lost its last commits

        try (ArticleStore store = open()) {
            assertThat(store.verify()).isEqualTo(new IndexCheck(25, 25, 0, 0));
            assertThat(store.search("\"article number 24\"", 5).hits()).extracting(h -> h.id()).containsExactly("a24");
        }
    }

    @Test
    void anIndexWrittenInAnOlderLayoutIsRebuiltWhenTheStoreOpens() throws IOException {
        try (ArticleStore store = open()) {
            storeRange(store, 0, 12);
            store.updateRelated(1, n -> { });
        }
        // what an older version wrote: no layout key in the commit (and its documents lack the hit doc values)
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            String seq = null;
            for (var e : w.getLiveCommitData()) {
                if (e.getKey().equals(org.attache.store.index.ArticleIndex.SEQ_KEY)) {
                    seq = e.getValue();
                }
            }
            w.setLiveCommitData(java.util.Map.of(org.attache.store.index.ArticleIndex.SEQ_KEY, seq).entrySet());
            w.commit();
        }

        try (ArticleStore store = open()) {
            assertThat(store.verify()).isEqualTo(new IndexCheck(12, 12, 0, 0));
            assertThat(store.search(org.attache.store.read.SearchRequest.of("\"article number 7\"", 5)).hits())
                    .extracting(h -> h.article().title()).containsExactly("Title 7");
            assertThat(store.relatedPending()).as("lists computed again for the rebuilt index").isEqualTo(12);
            store.updateRelated(1, n -> { });
        }
        try (ArticleStore store = open()) {
            assertThat(store.relatedPending()).as("rebuilt once, not at every opening").isZero();
            assertThat(store.verify()).isEqualTo(new IndexCheck(12, 12, 0, 0));
        }
    }

    @Test
    void indexAheadOfDatabaseDropsTheExtraDocuments() throws IOException {
        try (ArticleStore store = open()) {
            storeRange(store, 0, 10);
        }
        copyTree(dir, backup.resolve("data"));
        try (ArticleStore store = open()) {
            storeRange(store, 10, 25);
        }
        for (String f : new String[] {"attache.db", "attache.db-wal", "attache.db-shm"}) {   // the database rolled back
            Files.deleteIfExists(dir.resolve(f));
            if (Files.exists(backup.resolve("data").resolve(f))) {
                Files.copy(backup.resolve("data").resolve(f), dir.resolve(f));
            }
        }

        try (ArticleStore store = open()) {
            assertThat(store.verify()).isEqualTo(new IndexCheck(10, 10, 0, 0));
            assertThat(store.search("\"article number 24\"", 5).totalHits()).isZero();
            storeRange(store, 0, 25);   // re-running the ingest completes the set
            assertThat(store.verify()).isEqualTo(new IndexCheck(25, 25, 0, 0));
            assertThat(store.search("\"article number 24\"", 5).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void uncommittedBatchIsLostFromBothSides() throws IOException {
        try (ArticleStore store = open()) {
            storeRange(store, 0, 8);   // two full batches of 4, committed
        }
        copyTree(dir, backup.resolve("data"));
        // A process that dies mid-batch leaves the committed state on disk: the copy above is that state
        // for a crash after storing a9, a10 without commit. Reopen the copy.
        try (ArticleStore store = ArticleStore.open(new StoreConfig(backup.resolve("data"), 4, 3))) {
            assertThat(store.verify()).isEqualTo(new IndexCheck(8, 8, 0, 0));
        }
    }

    @Test
    void emptyIndexIsRebuiltFromTheDatabase() throws IOException {
        try (ArticleStore store = open()) {
            storeRange(store, 0, 30);
        }
        deleteTree(dir.resolve("index"));
        try (ArticleStore store = open()) {
            assertThat(store.verify()).isEqualTo(new IndexCheck(30, 30, 0, 0));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void replaceTree(Path from, Path to) throws IOException {
        deleteTree(to);
        copyTree(from, to);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
