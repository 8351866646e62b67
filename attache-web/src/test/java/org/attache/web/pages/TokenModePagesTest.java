package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of a server bound to all interfaces: anyone may read the articles, but following needs the token
 * (cookie from /login), the feed is the token holder's, and its Atom URL carries the read-only feed token.
 */
class TokenModePagesTest {
    private static final String ARTICLE = "b1000000000000000000000000000001";
    private static final String WONG = "e0000000000000wong";

    @TempDir
    Path data;

    @Test
    void followingNeedsTheTokenAndTheFeedUrlCarriesTheFeedToken() throws Exception {
        String body = "Prime Minister Lawrence Wong arrived in Hanoi on Monday for a two-day official visit.";
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            store.store(new Article(ARTICLE, "test#1", "https://news.example/1", "VNA", "Wong begins Hanoi visit", false,
                    List.of(body), List.of(), null, "HANOI", new PublishedDate("2025-03-10", DateProvenance.JSON_LD), "en",
                    List.of(), null, null), registry -> {
                        registry.create(new RegisteredEntity(WONG, MentionType.PERSON, "Lawrence Wong", "SGP"));
                        int start = body.indexOf("Lawrence Wong");
                        registry.recordMention(WONG, ARTICLE, new Mention(MentionType.PERSON, "Lawrence Wong", start,
                                start + 13, 0, "Lawrence Wong", "SGP"));
                    });
            store.commit();
            try (WebServer server = WebServer.start(store, new WebConfig("127.0.0.1", 0, data, true))) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient anonymous = HttpClient.newHttpClient();
                assertThat(send(anonymous, get(base + "/articles/" + ARTICLE)).statusCode()).isEqualTo(200);
                Document entity = Jsoup.parse(send(anonymous, get(base + "/entities/" + WONG)).body());
                assertThat(entity.select("#follow-button").text()).isEqualTo("Follow Lawrence Wong");
                assertThat(send(anonymous, follow(base)).statusCode()).isEqualTo(401);
                assertThat(send(anonymous, get(base + "/feed")).statusCode()).isEqualTo(401);
                assertThat(send(anonymous, get(base + "/feed.atom")).statusCode()).isEqualTo(401);

                HttpClient reader = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                assertThat(send(reader, get(base + "/login?token=" + server.auth().token())).statusCode()).isEqualTo(302);
                HttpResponse<String> followed = send(reader, follow(base));
                assertThat(followed.statusCode()).isEqualTo(303);
                assertThat(Jsoup.parse(send(reader, get(base + "/entities/" + WONG)).body()).select("#follow-button")
                        .text()).isEqualTo("Following");
                Document feed = Jsoup.parse(send(reader, get(base + "/feed")).body());
                assertThat(feed.select("#feed .feed-item a").attr("href")).isEqualTo("/articles/" + ARTICLE);
                String atom = feed.select("a.atom").attr("href");
                assertThat(atom).isEqualTo("/feed.atom?token=" + server.auth().feedToken());
                HttpResponse<String> xml = send(anonymous, get(base + atom));
                assertThat(xml.statusCode()).isEqualTo(200);
                assertThat(xml.body()).contains("<title>Wong begins Hanoi visit</title>");
            }
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest follow(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/follows"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=entity&key=" + WONG + "&return=/entities/" + WONG)).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
