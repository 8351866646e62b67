package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's answers beyond the happy path: JSON errors naming the parameter, 404 for unknown routes and
 * ids, cursor paging that visits every item once, the filters, and the security headers on every kind of
 * response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsTest {
    @TempDir
    static Path data;

    private ArticleStore store;
    private WebServer server;

    @BeforeAll
    void start() {
        store = ApiFixture.store(data);
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private ApiFixture.Reply get(String path) {
        return ApiFixture.get(server.port(), path);
    }

    private void assertError(String path, int status, String... messageParts) {
        ApiFixture.Reply reply = get(path);
        assertThat(reply.status()).as("GET %s: %s", path, reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
        JsonNode error = reply.json().path("error");
        assertThat(error.path("status").asInt()).isEqualTo(status);
        assertThat(error.path("message").asText()).as(path).contains(messageParts);
    }

    @Test
    void everyCodeIsAcceptedAndNamedAndActorsSayWhereTheirCountryComesFrom() {
        ApiFixture.Reply soviet = get("/api/events?country=SUN");
        assertThat(soviet.status()).as("a former state is a country to filter by").isEqualTo(200);
        assertThat(soviet.json().path("items").size()).isZero();
        assertThat(get("/api/events?country=IMF").status()).isEqualTo(200);
        assertThat(get("/api/events?country=Soviet%20Union").status()).isEqualTo(200);
        JsonNode items = get("/api/events?country=KHM").json().path("items");
        JsonNode cambodians = items.get(0).path("target").get(0);
        assertThat(cambodians.path("country_name").asText()).isEqualTo("Cambodia");
        assertThat(cambodians.path("country_source").asText()).isEqualTo("context");
    }

    @Test
    void costlySearchesAre400sNamingTheLimitNot500s() {
        String alternation = "/(" + String.join("|", java.util.Collections.nCopies(60, "wordy")) + ")/";
        assertError("/api/search?q=" + java.net.URLEncoder.encode(alternation, java.nio.charset.StandardCharsets.UTF_8),
                400, "bad parameter 'q'", "the limit is 100");
        assertError("/api/search?q=" + java.net.URLEncoder.encode("/(a|b)*a(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)/",
                java.nio.charset.StandardCharsets.UTF_8), 400, "more than 1000 states");
        assertError("/api/search?q=ba*+be*+bi*+bo*+bu*", 400, "more than 4 wildcard");
    }

    @Test
    void unknownRoutesAndIdsAre404s() {
        assertError("/api/nothing-here", 404, "/api/nothing-here");
        assertError("/api/articles/ffffffffffffffff", 404, "no article ffffffffffffffff");
        assertError("/api/entities/e00000000000dead", 404, "no entity e00000000000dead");
        assertError("/api/events/ev0000000000dead", 404, "no event ev0000000000dead");
        assertError("/api/stories/s00000000000dead", 404, "no story s00000000000dead");
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        assertError("/api/articles?limit=ten", 400, "'limit'", "ten");
        assertError("/api/articles?limit=0", 400, "'limit'", "at least 1");
        assertError("/api/articles?cursor=not-a-cursor", 400, "'cursor'");
        assertError("/api/events?cursor=bm9wZQ", 400, "'cursor'");
        assertError("/api/events?from=2025-13-01", 400, "'from'", "2025-13-01");
        assertError("/api/events?from=2025-05-01&to=2025-01-01", 400, "'from'", "after");
        assertError("/api/events?type=MEET", 400, "'type'", "MEET");
        assertError("/api/events?status=maybe", 400, "'status'", "maybe");
        assertError("/api/events?country=Atlantis", 400, "'country'", "Atlantis");
        assertError("/api/events?country=VNM&country=SGP&country=THA", 400, "'country'");
        assertError("/api/relations/VNM", 400, "'pair'", "VNM");
        assertError("/api/relations/VNM-QQQ", 404, "unknown country code QQQ");
        assertError("/api/relations/VNM-SGP?type=MEET", 400, "'type'", "MEET");
        assertError("/api/relations/VNM-SGP?cursor=zzzz", 400, "'cursor'");
        assertError("/api/graph?level=planet", 400, "'level'", "planet");
        assertError("/api/entities?type=DATE", 400, "'type'", "DATE");
        assertError("/api/search", 400, "'q'");
        assertError("/api/search?q=talks&type=MEET", 400, "'type'");
        assertError("/api/search?q=talks&cursor=zzzz", 400, "'cursor'");
        assertError("/api/stories?cursor=zzzz", 400, "'cursor'");
        assertError("/api/feed?limit=-3", 400, "'limit'");
    }

    @Test
    void cursorsVisitEveryArticleOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            JsonNode body = get("/api/articles?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(body.path("items").size()).isLessThanOrEqualTo(1);
            seen.addAll(ApiFixture.ids(body.path("items"), "id"));
            if (body.path("next_cursor").isNull()) {
                break;
            }
            cursor = body.path("next_cursor").asText();
        }
        assertThat(seen).containsExactlyInAnyOrder(ApiFixture.VNA, ApiFixture.ST, ApiFixture.WIRE);
        assertThat(seen.subList(0, 2)).as("dated, newest first").containsExactly(ApiFixture.VNA, ApiFixture.ST);
        assertThat(get("/api/articles?limit=100000").status()).as("a large limit is capped, not refused").isEqualTo(200);
    }

    @Test
    void eventPagesFollowTheTimelineAndFiltersNarrowIt() {
        List<String> all = ApiFixture.ids(get("/api/events?limit=100").json().path("items"), "id");
        assertThat(all).hasSize(4);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode body = get("/api/events?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            paged.addAll(ApiFixture.ids(body.path("items"), "id"));
            cursor = body.path("next_cursor").isNull() ? null : body.path("next_cursor").asText();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(ApiFixture.ids(get("/api/events?country=Viet%20Nam&country=sgp").json().path("items"), "id"))
                .containsExactlyInAnyOrder("ev00000000000001", "ev00000000000002", "ev00000000000003");
        assertThat(ApiFixture.ids(get("/api/events?status=planned").json().path("items"), "id"))
                .containsExactly("ev00000000000003");
        assertThat(ApiFixture.ids(get("/api/events?type=consult&from=2025-01-01").json().path("items"), "id"))
                .containsExactly(ApiFixture.MEETING_EVENT);
        assertThat(ApiFixture.ids(get("/api/events?entity=" + ApiFixture.MARIS).json().path("items"), "id"))
                .containsExactly("ev00000000000004");
    }

    @Test
    void detailsCarryWhatThePagesShow() {
        JsonNode article = get("/api/articles/" + ApiFixture.VNA).json();
        assertThat(article.path("article").path("title").asText()).contains("foreign ministers");
        assertThat(ApiFixture.ids(article.path("mentions"), "entity_id"))
                .containsExactly(ApiFixture.SON, ApiFixture.BALAKRISHNAN);
        assertThat(ApiFixture.ids(article.path("events"), "id")).containsExactlyInAnyOrder("ev00000000000001",
                "ev00000000000002");
        assertThat(ApiFixture.ids(article.path("rails").path("related"), "id")).doesNotContain(ApiFixture.VNA);
        assertThat(article.path("rails").path("for_you").isArray()).isTrue();

        JsonNode entity = get("/api/entities/" + ApiFixture.SON).json();
        assertThat(entity.path("entity").path("name").asText()).isEqualTo("Bùi Thanh Sơn");
        assertThat(entity.path("offices").get(0).path("title").asText()).isEqualTo("Minister of Foreign Affairs");
        assertThat(entity.path("offices").get(0).path("evidence").path("article_id").asText()).isEqualTo(ApiFixture.VNA);
        assertThat(ApiFixture.ids(entity.path("co_mentions"), "entity_id")).containsExactly(ApiFixture.BALAKRISHNAN);
        assertThat(ApiFixture.ids(entity.path("articles"), "article_id")).containsExactly(ApiFixture.VNA, ApiFixture.ST);

        JsonNode relations = get("/api/relations/sgp-vnm").json();
        assertThat(relations.path("country_a").asText()).isEqualTo("SGP");
        assertThat(relations.path("name_b").asText()).isEqualTo("Vietnam");
        assertThat(relations.path("items").size()).isEqualTo(3);
        assertThat(relations.path("total").asInt()).isEqualTo(3);
        assertThat(relations.path("next_cursor").isNull()).isTrue();
        assertThat(relations.path("undated").asInt()).isEqualTo(2);
        assertThat(relations.path("months").get(0).path("month").asText()).isEqualTo("2025-01");
        // paged: one group a page, the cursor leading through all three and no further
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/relations/SGP-VNM?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.path("items").size()).isEqualTo(1);
            seen.add(page.path("items").get(0).path("id").asText());
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null && seen.size() < 10);
        assertThat(seen).containsExactlyElementsOf(ApiFixture.ids(relations.path("items"), "id"));

        JsonNode entities = get("/api/entities?q=bui%20thanh%20son").json();
        assertThat(ApiFixture.ids(entities.path("items"), "id")).as("diacritics folded").containsExactly(ApiFixture.SON);
        JsonNode event = get("/api/events/" + ApiFixture.MEETING_EVENT).json();
        assertThat(event.path("date").path("start").asText()).isEqualTo("2025-01-10");
        assertThat(event.path("status").asText()).isEqualTo("occurred");

        // the meeting and the planned visit are one story in two outlets; each article reports it
        String storyId = event.path("story_id").asText();
        assertThat(article.path("article").path("story_id").asText()).isEqualTo(storyId);
        JsonNode story = get("/api/stories/" + storyId).json();
        assertThat(story.path("story").path("sources").asInt()).isEqualTo(2);
        assertThat(ApiFixture.ids(story.path("articles"), "id")).as("first published first")
                .containsExactly(ApiFixture.ST, ApiFixture.VNA);
        assertThat(ApiFixture.ids(story.path("events"), "id")).contains(ApiFixture.MEETING_EVENT, "ev00000000000003");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/articles", "/api/nothing-here", "/api/articles?limit=x", "/api/openapi.yaml",
                "/", "/no-such-page", "/assets/echarts/5.3.1/dist/echarts.min.js")) {
            ApiFixture.Reply reply = get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).isEqualTo(WebServer.CONTENT_SECURITY_POLICY);
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        assertThat(get("/assets/echarts/5.3.1/dist/echarts.min.js").status()).as("served from the WebJar").isEqualTo(200);
    }

    @Test
    void anUnexpectedFailureIsA500WithoutTheTrace(@TempDir Path other) {
        ArticleStore closed = ApiFixture.store(other);
        WebServer broken = WebServer.start(closed, WebConfig.of("127.0.0.1", 0, other));
        try {
            closed.close(); // every store call now throws IllegalStateException
            ApiFixture.Reply reply = ApiFixture.get(broken.port(), "/api/events");
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().path("error").path("message").asText())
                    .isEqualTo("internal error; the server log has the details");
            assertThat(reply.body()).doesNotContain("Exception", "at org.", other.toString());
            ApiFixture.Reply page = ApiFixture.get(broken.port(), "/articles/" + ApiFixture.VNA);
            assertThat(page.status()).isEqualTo(500);
            assertThat(page.body()).doesNotContain("Exception", "at org.", other.toString());
        } finally {
            broken.stop();
        }
    }
}
