package org.attache.store;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.RailLink;
import org.attache.api.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreTest {
    @TempDir
    Path dir;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 3, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE));
    }

    @Test
    void roundTripsEveryField() {
        Article full = new Article("a1", "vna.jsonl#1", "https://vnanet.vn/en/a1", "VNA", "Việt Nam, Laos talks", true,
                List.of("First paragraph.", "Second – with “quotes” and 中文."), List.of("Caption one", "Caption two"),
                "By Lê Hoài Trung", "Hanoi", new PublishedDate("2025-01-07T10:16", DateProvenance.VISIBLE_TEXT),
                new PublishedDate("2025-01-08T09:05:00+07:00", DateProvenance.JSON_LD), "vi",
                List.of(new RailLink("Related News", "Other headline", "10:16", "2025-01-06", "Politics", "https://x/1"),
                        new RailLink("Latest News", "Only headline", null, null, null, null)),
                "orig-id", "story-9");
        Article bare = new Article("a2", "x.txt", null, null, null, false, List.of(), null, null, null, null, null,
                null, null, null);
        try (ArticleStore store = open()) {
            store.store(full);
            store.store(bare);
            assertThat(store.get("a1")).contains(full);
            assertThat(store.get("a2")).contains(bare);
        }
        try (ArticleStore store = open()) {
            assertThat(store.get("a1")).contains(full);
            assertThat(store.get("a2")).get().extracting(Article::published).isNull();
            assertThat(store.get("a2")).get().extracting(Article::updated).isNull();
            assertThat(store.get("a1")).get().extracting(Article::updated)
                    .isEqualTo(new PublishedDate("2025-01-08T09:05:00+07:00", DateProvenance.JSON_LD));
            assertThat(store.get("missing")).isEmpty();
        }
    }

    @Test
    void storingTheSameIdAgainWritesNothing() {
        try (ArticleStore store = open()) {
            assertThat(store.store(Articles.simple("x", "T", "Body text."))).isInstanceOf(StoreOutcome.Stored.class);
            StoreOutcome again = store.store(Articles.simple("x", "Other title", "Other body."));
            assertThat(again).isEqualTo(new StoreOutcome.AlreadyPresent("x"));
            assertThat(again.written()).isFalse();
            assertThat(store.get("x")).get().extracting(Article::title).isEqualTo("T");
            assertThat(store.stats().articles()).isEqualTo(1);
        }
        try (ArticleStore store = open()) {
            assertThat(store.store(Articles.simple("x", "T", "Body text."))).isInstanceOf(StoreOutcome.AlreadyPresent.class);
            assertThat(store.verify()).isEqualTo(new IndexCheck(1, 1, 0, 0));
        }
    }

    @Test
    void sameBodyWithAnotherIdIsAnExactDuplicate() {
        try (ArticleStore store = open()) {
            store.store(Articles.simple("b-orig", "Cocoa", "Showers continued in the Bahia cocoa zone."));
            StoreOutcome copy = store.store(Articles.simple("c-copy", "Cocoa review",
                    "  SHOWERS continued in the\n Bahia   cocoa zone. "));
            assertThat(copy).isEqualTo(new StoreOutcome.ExactDuplicate("c-copy", "b-orig"));
            assertThat(store.get("c-copy")).get().extracting(Article::duplicateOf).isEqualTo("b-orig");
            StoreOutcome third = store.store(Articles.simple("d-third", "x", "Showers continued in the Bahia cocoa zone."));
            assertThat(third).isEqualTo(new StoreOutcome.ExactDuplicate("d-third", "b-orig"));
            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(3);
            assertThat(stats.exactDuplicates()).isEqualTo(2);
            assertThat(stats.nearDuplicates()).isZero();
        }
    }

    /**
     * The original of copies is the one with the smallest id, not the first stored: a copy stored later with a smaller
     * id becomes the original, and the copies stored before are re-pointed to it in the same write.
     */
    @Test
    void aCopyWithASmallerIdStoredLaterBecomesTheOriginal() {
        try (ArticleStore store = open()) {
            store.store(Articles.simple("b", "Cocoa", "Showers continued in the Bahia cocoa zone."));
            store.store(Articles.simple("c", "Cocoa review", "Showers continued in the Bahia cocoa zone."));
            StoreOutcome later = store.store(Articles.simple("a", "Cocoa", "SHOWERS continued in the Bahia cocoa zone."));
            assertThat(later).isEqualTo(new StoreOutcome.Stored("a"));
            assertThat(store.get("a")).get().extracting(Article::duplicateOf).isNull();
            assertThat(store.get("b")).get().extracting(Article::duplicateOf).isEqualTo("a");
            assertThat(store.get("c")).get().extracting(Article::duplicateOf).isEqualTo("a");
            assertThat(store.stats().exactDuplicates()).isEqualTo(2);
            assertThat(store.kindsChanged()).containsExactly(-1, 1, 0); // "b", written as an original, is a copy now
            assertThat(store.verify()).isEqualTo(new IndexCheck(3, 3, 0, 0));
        }
        try (ArticleStore store = open()) { // committed with the article that re-pointed them
            assertThat(store.get("b")).get().extracting(Article::duplicateOf).isEqualTo("a");
        }
    }

    @Test
    void emptyBodiesAreNotDuplicatesOfEachOther() {
        try (ArticleStore store = open()) {
            assertThat(store.store(Articles.simple("e1", "One"))).isInstanceOf(StoreOutcome.Stored.class);
            assertThat(store.store(Articles.simple("e2", "Two"))).isInstanceOf(StoreOutcome.Stored.class);
        }
    }

    @Test
    void lightlyEditedLongBodyIsANearDuplicate() {
        List<String> body = Articles.paragraphs(7, 6, 60);
        List<String> edited = new ArrayList<>(body);
        edited.set(5, edited.get(5).replaceFirst("^\\S+", "Meanwhile,"));
        try (ArticleStore store = open()) {
            store.store(new Article("n1", "s", null, "VNA", "T", false, body, null, null, null, null, "en", null, null, null));
            StoreOutcome outcome = store.store(new Article("n2", "s", null, "VNS", "T2", false, edited, null, null, null,
                    null, "en", null, null, null));
            assertThat(outcome).isInstanceOfSatisfying(StoreOutcome.NearDuplicate.class, near -> {
                assertThat(near.originalId()).isEqualTo("n1");
                assertThat(near.distance()).isBetween(1, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
            });
            assertThat(store.get("n2")).get().extracting(Article::duplicateOf).isEqualTo("n1");
            // an unrelated body of the same vocabulary is not near
            assertThat(store.store(new Article("n3", "s", null, "VNA", "T3", false, Articles.paragraphs(8, 6, 60),
                    null, null, null, null, "en", null, null, null))).isInstanceOf(StoreOutcome.Stored.class);
            assertThat(store.stats().nearDuplicates()).isEqualTo(1);
        }
    }

    @Test
    void shortBodiesAreNeverNearDuplicates() {
        try (ArticleStore store = open()) {
            store.store(Articles.simple("s1", "T", "Prime minister meets Lao counterpart in Hanoi on Tuesday."));
            assertThat(store.store(Articles.simple("s2", "T", "Prime minister meets Lao counterpart in Hanoi on Monday.")))
                    .isInstanceOf(StoreOutcome.Stored.class);
        }
    }

    @Test
    void sqlLookingTextIsStoredVerbatim() {
        String evil = "Robert'); DROP TABLE articles;-- \" OR 1=1 -- %_\\";
        Article a = new Article(evil, evil, evil, evil, evil, false, List.of(evil, "'; DELETE FROM articles; --"),
                List.of(evil), evil, evil, new PublishedDate(evil, DateProvenance.RECORD), evil,
                List.of(new RailLink(evil, evil, evil, evil, evil, evil)), evil, evil);
        try (ArticleStore store = open()) {
            store.store(a);
            store.store(Articles.simple("other", "T", "Body."));
            assertThat(store.get(evil)).contains(a);
            assertThat(store.findByPrefix("Robert'")).contains(a);
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void findsByUniquePrefix() {
        try (ArticleStore store = open()) {
            store.store(Articles.simple("abc123", "T", "One."));
            store.store(Articles.simple("abd456", "T", "Two."));
            assertThat(store.findByPrefix("abc")).get().extracting(Article::id).isEqualTo("abc123");
            assertThat(store.findByPrefix("abd456")).get().extracting(Article::id).isEqualTo("abd456");
            assertThat(store.findByPrefix("zz")).isEmpty();
            assertThatThrownBy(() -> store.findByPrefix("ab")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("abc123").hasMessageContaining("abd456");
        }
    }

    @Test
    void statsCountOutletsLanguagesAndDates() {
        try (ArticleStore store = open()) {
            store.store(Articles.article("1", "VNA", "a", "2025-01-01", "en", "one"));
            store.store(Articles.article("2", "VNA", "b", null, "vi", "two"));
            store.store(Articles.article("3", null, "c", "2025-02-01", "en", "three"));
            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(3);
            assertThat(stats.byOutlet()).containsExactly(java.util.Map.entry("VNA", 2L), java.util.Map.entry("(none)", 1L));
            assertThat(stats.byLanguage()).containsEntry("en", 2L).containsEntry("vi", 1L);
            assertThat(stats.withPublished()).isEqualTo(2);
            assertThat(stats.withoutPublished()).isEqualTo(1);
            assertThat(stats.indexDocs()).isEqualTo(3);
        }
    }

    @Test
    void forEachArticleStreamsInWriteOrder() {
        try (ArticleStore store = open()) {
            for (int i = 0; i < 10; i++) {
                store.store(Articles.simple("id" + i, "T" + i, "Body " + i));
            }
            List<String> ids = new ArrayList<>();
            store.forEachArticle(a -> ids.add(a.id()));
            assertThat(ids).containsExactly("id0", "id1", "id2", "id3", "id4", "id5", "id6", "id7", "id8", "id9");
        }
    }

    @Test
    void reindexRebuildsTheSameIndex() {
        try (ArticleStore store = open()) {
            for (int i = 0; i < 25; i++) {
                store.store(Articles.article("r" + i, i % 2 == 0 ? "VNA" : "VNS", "Title " + i, "2025-01-" + (10 + i % 9),
                        "en", Articles.randomText(i, 40)));
            }
            var before = store.search("minister", 100);
            List<Long> progress = new ArrayList<>();
            assertThat(store.reindex(progress::add)).isEqualTo(25);
            assertThat(progress).last().isEqualTo(25L);
            assertThat(store.verify()).isEqualTo(new IndexCheck(25, 25, 0, 0));
            var after = store.search("minister", 100);
            assertThat(after.totalHits()).isEqualTo(before.totalHits());
            assertThat(after.hits()).extracting(h -> h.id()).containsExactlyInAnyOrderElementsOf(
                    before.hits().stream().map(h -> h.id()).toList());
        }
    }

    @Test
    void errorsNameTheDataFolder() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("attache.db"), "not a database, just text that is long enough");
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("open");
    }

    @Test
    void aFolderInUseIsRefusedWithAReasonAndLeftIntact() {
        try (ArticleStore first = open()) {
            first.store(Articles.simple("a", "Talks in Hanoi", "Ministers met in Hanoi."));
            assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining(dir.toString())
                    .hasMessageContaining("another Attaché process");
            assertThat(first.search("hanoi", 10).totalHits()).isEqualTo(1);
        }
        try (ArticleStore again = open()) {
            assertThat(again.search("hanoi", 10).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void closedStoreRefusesWork() {
        ArticleStore store = open();
        store.close();
        store.close();
        assertThatThrownBy(() -> store.get("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
