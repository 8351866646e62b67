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
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every country code the pages show comes with its display name, former states included: a 1987 report of
 * talks between the Soviet Union (SUN) and the United States, with a Kosovo (XKX) envoy and the IMF looking on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountryNamesPagesTest {
    private static final String ARTICLE = "c1000000000000000000000000000001";
    private static final String SHEVARDNADZE = "e0000000000000sun";
    private static final String SENTENCE = "Foreign Minister Eduard Shevardnadze met U.S. Secretary of State George Shultz"
            + " in Geneva on Tuesday, with an envoy from Pristina and IMF staff present.";

    @TempDir
    static Path data;

    private ArticleStore store;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        store = ArticleStore.open(StoreConfig.at(data));
        Article article = new Article(ARTICLE, "test#sun", "https://news.example/sun", "Wire", "Shultz meets Shevardnadze",
                false, List.of(SENTENCE), List.of(), null, "GENEVA",
                new PublishedDate("1987-09-16", DateProvenance.JSON_LD), "en", List.of(), null, null);
        store.store(article, registry -> {
            registry.create(new RegisteredEntity(SHEVARDNADZE, MentionType.PERSON, "Eduard Shevardnadze", "SUN"));
            int at = SENTENCE.indexOf("Eduard Shevardnadze");
            registry.recordMention(SHEVARDNADZE, ARTICLE, new Mention(MentionType.PERSON, "Eduard Shevardnadze", at,
                    at + "Eduard Shevardnadze".length(), 0, "Eduard Shevardnadze", null));
            return List.of(new Event("ev-geneva", ARTICLE, PloverType.CONSULT, "040", "in_person", "diplomatic",
                    EventStatus.OCCURRED, "met", List.of(new EventActor(SHEVARDNADZE, "Eduard Shevardnadze", "SUN", "GOV")),
                    List.of(new EventActor(null, "George Shultz", "USA", "GOV"), new EventActor(null, "envoy", "XKX", "GOV"),
                            new EventActor(null, "IMF staff", "IMF", "IGO")), "Geneva",
                    EventDate.single(PartialDate.parse("1987-09-15"), DatePrecision.DAY, "on Tuesday"),
                    new Evidence(ARTICLE, 0, SENTENCE.length(), SENTENCE), 0.9, null));
        }, (event, day, candidates) -> Optional.empty());
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
    void everyCodeInTheEventTableCarriesItsName() {
        for (String path : List.of("/events?country=SUN", "/events?country=Soviet%20Union&country=USA",
                "/relations/SUN-USA", "/entities/" + SHEVARDNADZE, "/articles/" + ARTICLE)) {
            Document doc = page(path);
            List<Element> codes = doc.select("abbr.country");
            assertThat(codes).as(path).isNotEmpty();
            for (Element code : codes) {
                assertThat(code.attr("title")).as(path + " " + code.text()).isNotBlank().isNotEqualTo(code.text());
            }
        }
        Document events = page("/events?country=SUN");
        assertThat(events.select("#event-list abbr.country").eachAttr("title"))
                .containsExactly("Soviet Union", "United States", "Kosovo", "International Monetary Fund");
        assertThat(events.select("#selection").text()).startsWith("Soviet Union:");
    }

    @Test
    void indexesAndHeadingsNameFormerStates() {
        assertThat(page("/pairs").select("#pair-list .label").eachText())
                .as("pairs of states, IGOs left out").containsExactly("Soviet Union – United States",
                        "Soviet Union – Kosovo", "United States – Kosovo");
        assertThat(page("/relations/USA-SUN").select("h1").text()).isEqualTo("United States – Soviet Union");
        assertThat(page("/entities").select("#entity-list .country").eachText()).containsExactly("Soviet Union SUN");
        assertThat(page("/entities/" + SHEVARDNADZE).select(".page-head .country").text()).isEqualTo("Soviet Union");
        assertThat(page("/stories").select("#story-list .dyad").eachText()).allSatisfy(d -> assertThat(d)
                .doesNotContainPattern("\\b[A-Z]{3}\\b"));
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
