package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.store.events.EventFilter;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's relevance stored with it, read back, and filtering searches and events; recomputed by reprocessing. */
class RelevanceStoreTest {
    @TempDir
    Path dir;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 50, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE));
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, "test#" + id, null, "Wire", title, false, List.of(body), List.of(), null, null,
                new PublishedDate("2025-03-0" + id.length(), DateProvenance.META), "en", List.of(), null, null);
    }

    private static Event event(Article a, String id) {
        String text = a.bodyText();
        return new Event(id, a.id(), PloverType.CONSULT, "040", null, "diplomatic", EventStatus.OCCURRED, "met",
                List.of(new EventActor(null, "Japan", "JPN", null)), List.of(new EventActor(null, "Kenya", "KEN", null)),
                null, null, new Evidence(a.id(), 0, text.length(), text), 0.7, null);
    }

    private final Article talks = article("t", "Talks in Nairobi", "Japan and Kenya held talks on port security in Nairobi.");
    private final Article results = article("rr", "Carmaker profit rises",
            "The carmaker's quarterly profit rose on strong sales in Kenya, and Japan's trade minister welcomed it.");
    private final Article plain = article("ppp", "Port traffic", "Ships queued at the port in Mombasa on Tuesday.");

    private void fill(ArticleStore store) {
        store.store(talks, new Relevance(RelevanceLabel.POLITICAL, 0.91), registry -> List.of(event(talks, "ev-t")), null);
        store.store(results, new Relevance(RelevanceLabel.BUSINESS, 0.12), registry -> List.of(event(results, "ev-r")),
                null);
        store.store(plain); // stored without analysis: no relevance
        store.commit();
    }

    @Test
    void theRelevanceIsStoredAndReadBack() {
        try (ArticleStore store = open()) {
            fill(store);
            assertThat(store.relevance("t")).contains(new Relevance(RelevanceLabel.POLITICAL, 0.91));
            assertThat(store.relevance("rr")).contains(new Relevance(RelevanceLabel.BUSINESS, 0.12));
            assertThat(store.relevance("ppp")).isEmpty();
            assertThat(store.relevance("absent")).isEmpty();
        }
        try (ArticleStore store = open()) { // durable
            assertThat(store.relevance("t").orElseThrow().label()).isEqualTo(RelevanceLabel.POLITICAL);
        }
    }

    @Test
    void searchesFilterByRelevanceInlineAndAsARequestAndCountIt() {
        try (ArticleStore store = open()) {
            fill(store);
            assertThat(store.search("Kenya relevance:political", 10).hits()).extracting(h -> h.id()).containsExactly("t");
            assertThat(store.search("Kenya relevance:Business", 10).hits()).extracting(h -> h.id()).containsExactly("rr");
            assertThat(store.search("relevance:political relevance:business", 10).totalHits()).isEqualTo(2);
            assertThat(store.search("Kenya", 10).totalHits()).isEqualTo(2);
            assertThatThrownBy(() -> store.search("Kenya relevance:gossip", 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gossip")
                    .hasMessageContaining("political");
            SearchPage page = store.search(new SearchRequest(null, null, null, null, null, null, RelevanceLabel.BUSINESS,
                    null, null, null, 10));
            assertThat(page.hits()).extracting(h -> h.article().id()).containsExactly("rr");
            SearchPage all = store.search(SearchRequest.of("port OR Kenya", 10));
            assertThat(all.facets().get("relevance")).extracting(c -> c.value() + "=" + c.count())
                    .containsExactlyInAnyOrder("political=1", "business=1");
        }
    }

    @Test
    void eventsFilterByTheirArticlesRelevance() {
        try (ArticleStore store = open()) {
            fill(store);
            assertThat(store.events().list(EventFilter.all().withRelevance(RelevanceLabel.POLITICAL), 10))
                    .extracting(Event::id).containsExactly("ev-t");
            assertThat(store.events().count(EventFilter.all().withRelevance(RelevanceLabel.SPORT))).isZero();
            assertThat(store.events().count(EventFilter.all())).isEqualTo(2);
        }
    }

    @Test
    void recodingAnArticleReplacesItsRelevanceInTheDatabaseAndTheIndex() {
        try (ArticleStore store = open()) {
            fill(store);
            Article stored = store.get("rr").orElseThrow();
            store.storeEvents(stored, new Relevance(RelevanceLabel.POLITICAL, 0.7), registry -> List.of(), null);
            store.storeEvents(store.get("ppp").orElseThrow(), new Relevance(RelevanceLabel.BUSINESS, 0.05),
                    registry -> List.of(), null);
            store.commit();
            assertThat(store.relevance("rr").orElseThrow().label()).isEqualTo(RelevanceLabel.POLITICAL);
            assertThat(store.search("relevance:political", 10).hits()).extracting(h -> h.id())
                    .containsExactlyInAnyOrder("t", "rr");
            assertThat(store.search("relevance:business", 10).hits()).extracting(h -> h.id()).containsExactly("ppp");
            assertThat(store.events().count(EventFilter.all())).isEqualTo(1);
            assertThatThrownBy(() -> store.storeEvents(article("zz", "x", "y"), null, registry -> List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        try (ArticleStore store = open()) { // the index agrees after reopening
            assertThat(store.search("relevance:business", 10).hits()).extracting(h -> h.id()).containsExactly("ppp");
        }
    }
}
