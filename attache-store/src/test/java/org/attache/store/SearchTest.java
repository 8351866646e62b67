package org.attache.store;

import org.attache.api.config.StoreConfig;
import org.attache.store.index.SearchHit;
import org.attache.store.index.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    @TempDir
    static Path dir;
    private ArticleStore store;

    @BeforeAll
    void fill() {
        store = ArticleStore.open(StoreConfig.at(dir));
        store.store(Articles.article("vi1", "VNA", "Thứ trưởng Lê Hoài Trung tiếp Đại sứ Lào", "2025-01-07T10:16", "vi",
                "Hà Nội, ngày 7/1 – Thứ trưởng Ngoại giao Lê Hoài Trung đã tiếp Đại sứ Lào tại Việt Nam.",
                "Hai bên nhất trí thúc đẩy hợp tác Đông Nam Á."));
        store.store(Articles.article("en1", "VNA", "Deputy Minister receives Lao Ambassador", "2025-03-02", "en",
                "Deputy Foreign Minister Le Hoai Trung received the Lao Ambassador to Viet Nam in Hanoi.",
                "Both sides agreed to deepen the special relationship."));
        store.store(Articles.article("en2", "Viet Nam News", "Trade talks in Singapore", "2024-11-20", "en",
                "Trade ministers met in Singapore to discuss tariffs, while the ambassador of Laos attended as an observer."));
        store.store(Articles.article("nodate", "Reuters", "Ambassador profile", null, "en",
                "A profile of the ambassador and his career in Hanoi."));
        store.commit();
    }

    @AfterAll
    void close() {
        store.close();
    }

    private SearchResults search(String q) {
        return store.search(q, 10);
    }

    private static java.util.List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void foldedQueryFindsVietnameseText() {
        assertThat(ids(search("Le Hoai Trung"))).containsExactlyInAnyOrder("vi1", "en1");
        assertThat(ids(search("\"dai su lao\""))).containsExactly("vi1");
        assertThat(ids(search("dong nam a"))).containsExactly("vi1");
    }

    @Test
    void diacriticQueryFindsPlainText() {
        assertThat(ids(search("\"Việt Nam\""))).containsExactlyInAnyOrder("vi1", "en1");
        assertThat(ids(search("LÊ HOÀI TRUNG"))).containsExactlyInAnyOrder("vi1", "en1");
        assertThat(ids(search("Hà Nội"))).containsExactly("vi1");   // "ha noi", two words: not "Hanoi"
        assertThat(ids(search("ha noi"))).containsExactly("vi1");
    }

    @Test
    void dStrokeFoldsToD() {
        assertThat(ids(search("Dai su"))).containsExactly("vi1");
        assertThat(ids(search("đại sứ"))).containsExactly("vi1");
        assertThat(ids(search("ĐẠI SỨ"))).containsExactly("vi1");
    }

    @Test
    void phrasesMatchWordsInOrder() {
        assertThat(ids(search("\"Lao Ambassador\""))).containsExactly("en1");
        assertThat(ids(search("\"ambassador Lao\""))).isEmpty();
        assertThat(ids(search("ambassador lao"))).containsExactly("en1");
        assertThat(ids(search("\"đại sứ lào\""))).containsExactly("vi1");
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        SearchResults r = search("ambassador");
        assertThat(r.totalHits()).isEqualTo(3);
        assertThat(r.hits().getFirst().id()).isIn("en1", "nodate");
    }

    @Test
    void filtersByOutletLanguageAndDate() {
        assertThat(ids(search("ambassador outlet:VNA"))).containsExactly("en1");
        assertThat(ids(search("ambassador outlet:vna"))).containsExactly("en1");
        assertThat(ids(search("ambassador outlet:\"viet nam news\""))).containsExactly("en2");
        assertThat(ids(search("outlet:VNA outlet:Reuters"))).containsExactlyInAnyOrder("vi1", "en1", "nodate");
        assertThat(ids(search("Lê lang:vi"))).containsExactly("vi1");
        assertThat(ids(search("lang:EN hanoi"))).containsExactlyInAnyOrder("en1", "nodate");
        assertThat(ids(search("from:2025-01-01"))).containsExactly("en1", "vi1");
        assertThat(ids(search("to:2024-12-31"))).containsExactly("en2");
        assertThat(ids(search("from:2025-01-07 to:2025-01-07"))).containsExactly("vi1");
        assertThat(ids(search("from:2025-01 to:2025-01"))).containsExactly("vi1");
        assertThat(ids(search("ambassador from:2024"))).containsExactlyInAnyOrder("en1", "en2");
    }

    @Test
    void filterOnlyQueriesListNewestFirst() {
        SearchResults r = search("lang:en");
        assertThat(ids(r)).containsExactly("en1", "en2", "nodate");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).isNotBlank());
    }

    @Test
    void hitsCarryDisplayFieldsAndHighlights() {
        SearchHit hit = search("Le Hoai Trung lang:en").hits().getFirst();
        assertThat(hit.id()).isEqualTo("en1");
        assertThat(hit.title()).isEqualTo("Deputy Minister receives Lao Ambassador");
        assertThat(hit.outlet()).isEqualTo("VNA");
        assertThat(hit.published()).isEqualTo("2025-03-02");
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet()).contains("«Le»", "«Hoai»", "«Trung»");
        SearchHit vi = search("le hoai trung lang:vi").hits().getFirst();
        assertThat(vi.snippet()).contains("«Lê»", "«Hoài»", "«Trung»");
    }

    @Test
    void syntaxErrorsNameTheQuery() {
        assertThatThrownBy(() -> search("trade AND (tariffs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot parse search query \"trade AND (tariffs\"")
                .hasMessageNotContaining("\tat ");
        assertThatThrownBy(() -> search("from:yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from:yesterday");
    }
}
