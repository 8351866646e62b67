package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.attache.store.StoreOutcome;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one article (the same wire story under three outlets) show once in search results and rails, with
 * the count of the others ("+2 copies"); the copies of the article a page shows are not offered beside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopiesPagesTest {
    private static final String ORIGINAL = "d1000000000000000000000000000001";
    private static final String MIRROR = "d2000000000000000000000000000002";
    private static final String REPRINT = "d3000000000000000000000000000003";
    private static final String FOLLOW_UP = "d4000000000000000000000000000004";
    private static final String WIRE = "Delegations from both countries met in Geneva on Monday for a second round of"
            + " talks on the border dispute, officials said.";

    @TempDir
    static Path data;

    private ArticleStore store;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        store = ArticleStore.open(StoreConfig.at(data));
        assertThat(store.store(article(ORIGINAL, "Wire", "2025-05-01", "Border talks resume in Geneva", WIRE),
                r -> List.of(), (e, d, c) -> Optional.empty())).isInstanceOf(StoreOutcome.Stored.class);
        assertThat(store.store(article(MIRROR, "Mirror", "2025-05-01", "Border talks resume in Geneva", WIRE),
                r -> List.of(), (e, d, c) -> Optional.empty())).isInstanceOf(StoreOutcome.ExactDuplicate.class);
        assertThat(store.store(article(REPRINT, "Reprint", "2025-05-02", "Geneva border talks resume", WIRE),
                r -> List.of(), (e, d, c) -> Optional.empty())).isInstanceOf(StoreOutcome.ExactDuplicate.class);
        store.store(article(FOLLOW_UP, "Wire", "2025-05-03", "Geneva talks end without a deal",
                "The second round of border talks in Geneva ended on Wednesday without an agreement, both delegations"
                        + " said."), r -> List.of(), (e, d, c) -> Optional.empty());
        store.commit();
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchShowsTheCopiesOfAnArticleOnce() {
        Document doc = page("/search?q=geneva");
        List<String> hrefs = doc.select("#results .result h2 a").eachAttr("href");
        assertThat(hrefs).hasSize(2).contains("/articles/" + FOLLOW_UP);
        assertThat(hrefs.stream().filter(h -> List.of(ORIGINAL, MIRROR, REPRINT).stream().anyMatch(h::endsWith)))
                .as("one of the three copies").hasSize(1);
        assertThat(doc.select("#results .result .copies").eachText()).containsExactly("+2 copies");
    }

    @Test
    void railsFoldCopiesTogetherAndLeaveOutThoseOfTheArticleShown() {
        Document followUp = page("/articles/" + FOLLOW_UP);
        List<String> latest = followUp.select("#rail-latest a").eachAttr("href");
        assertThat(latest).as("newest first: the reprint stands for the group").containsExactly("/articles/" + REPRINT);
        assertThat(followUp.select("#rail-latest .copies").eachText()).containsExactly("+2 copies");

        Document original = page("/articles/" + ORIGINAL);
        for (String rail : List.of("#rail-related", "#rail-latest", "#rail-more")) {
            assertThat(original.select(rail + " a").eachAttr("href")).as(rail)
                    .doesNotContain("/articles/" + MIRROR, "/articles/" + REPRINT, "/articles/" + ORIGINAL);
        }
        assertThat(original.select("#rail-latest a").eachAttr("href")).containsExactly("/articles/" + FOLLOW_UP);
        // a copy's page does not offer the original or the other copy either
        assertThat(page("/articles/" + MIRROR).select("#rail-latest a").eachAttr("href"))
                .containsExactly("/articles/" + FOLLOW_UP);
    }

    private static Article article(String id, String outlet, String day, String title, String body) {
        return new Article(id, "test#" + id, "https://news.example/" + id, outlet, title, false, List.of(body), List.of(),
                null, null, new PublishedDate(day, DateProvenance.JSON_LD), "en", List.of(), null, null);
    }

    private Document page(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return Jsoup.parse(r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }
}
