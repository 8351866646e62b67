package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks {@code openapi.yaml}: every documented GET path is called on a small store, and must answer 200
 * with exactly the top-level fields its 200 schema names (and, for arrays of objects, the fields of
 * their items). The file served at {@code /api/openapi.yaml} is the one on the class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiWalkTest {
    @TempDir
    static Path data;

    private ArticleStore store;
    private WebServer server;
    private JsonNode spec;

    @BeforeAll
    void start() throws IOException {
        store = ApiFixture.store(config(data));
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        spec = new ObjectMapper(new YAMLFactory()).readTree(ApiRoutes.openapi());
        // the feed and "for you" need something followed
        assertThat(ApiFixture.send(server.port(), "POST", "/api/follows",
                "{\"kind\": \"entity\", \"key\": \"" + ApiFixture.BALAKRISHNAN + "\"}").status()).isEqualTo(201);
    }

    /** The store the walk runs on: SQLite here; {@link OpenApiWalkOnPostgresqlTest} walks PostgreSQL. */
    StoreConfig config(Path dataDir) {
        return StoreConfig.at(dataDir);
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
    void theServedFileIsTheDescription() {
        ApiFixture.Reply reply = ApiFixture.get(server.port(), "/api/openapi.yaml");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        assertThat(reply.body()).isEqualTo(new String(ApiRoutes.openapi(), StandardCharsets.UTF_8));
        assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void everyDocumentedGetAnswersWithTheFieldsItsSchemaNames() {
        List<String> called = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            String url = concrete(path.getKey()) + example(path.getKey());
            ApiFixture.Reply reply = ApiFixture.get(server.port(), url);
            assertThat(reply.status()).as("GET %s: %s", url, reply.body()).isEqualTo(200);
            called.add(path.getKey());
            JsonNode content = get.path("responses").path("200").path("content");
            if (!content.has("application/json")) {
                continue;
            }
            assertThat(reply.header("Content-Type")).as(url).startsWith("application/json");
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            JsonNode body = reply.json();
            assertThat(fieldNames(body)).as("top-level fields of GET %s", url)
                    .containsExactlyInAnyOrderElementsOf(propertyNames(schema));
            assertThat(body.path("error").isMissingNode()).as(url).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode propSchema = resolve(prop.getValue());
                JsonNode value = body.get(prop.getKey());
                JsonNode objectSchema = objectSchema(propSchema);
                if (objectSchema != null && value.isObject()) {
                    assertThat(fieldNames(value)).as("fields of %s of GET %s", prop.getKey(), url)
                            .containsExactlyInAnyOrderElementsOf(propertyNames(objectSchema));
                }
                if (propSchema.path("type").asText().equals("array") && value.isArray() && !value.isEmpty()) {
                    JsonNode itemSchema = resolve(propSchema.path("items"));
                    if (itemSchema.has("properties")) {
                        assertThat(fieldNames(value.get(0))).as("fields of %s[0] of GET %s", prop.getKey(), url)
                                .containsExactlyInAnyOrderElementsOf(propertyNames(itemSchema));
                    }
                }
            }
        }
        assertThat(called).contains("/api/articles", "/api/articles/{id}", "/api/search", "/api/entities",
                "/api/entities/{id}", "/api/events", "/api/events/{id}", "/api/relations/{pair}", "/api/graph",
                "/api/stories", "/api/stories/{id}", "/api/follows", "/api/feed", "/api/openapi.yaml");
    }

    @Test
    void articlesCarryTheirRelevanceAndSearchesAndEventsFilterByIt() {
        JsonNode article = ApiFixture.get(server.port(), "/api/articles/" + ApiFixture.VNA).json().path("article");
        assertThat(article.path("relevance").path("label").asText()).isEqualTo("political");
        assertThat(article.path("relevance").path("score").asDouble()).isEqualTo(0.93);
        JsonNode unjudged = ApiFixture.get(server.port(), "/api/articles/" + ApiFixture.WIRE).json().path("article");
        assertThat(unjudged.has("relevance")).isTrue();
        assertThat(unjudged.path("relevance").isNull()).isTrue();

        JsonNode political = ApiFixture.get(server.port(), "/api/search?relevance=political").json();
        assertThat(political.path("total_hits").asInt()).isEqualTo(2);
        assertThat(political.path("facets").path("relevance").get(0).path("value").asText()).isEqualTo("political");
        assertThat(ApiFixture.get(server.port(), "/api/search?q=Balakrishnan&relevance=sport").json()
                .path("total_hits").asInt()).isZero();
        assertThat(ApiFixture.get(server.port(), "/api/search?q=relevance:political").json()
                .path("total_hits").asInt()).isEqualTo(2);

        List<String> articles = new ArrayList<>();
        ApiFixture.get(server.port(), "/api/events?relevance=political").json().path("items")
                .forEach(e -> articles.add(e.path("article_id").asText()));
        assertThat(articles).isNotEmpty().allMatch(id -> id.equals(ApiFixture.VNA) || id.equals(ApiFixture.ST));
        assertThat(ApiFixture.get(server.port(), "/api/events?relevance=business").json().path("items").size()).isZero();

        ApiFixture.Reply bad = ApiFixture.get(server.port(), "/api/events?relevance=gossip");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("relevance").contains("political");
    }

    @Test
    void theEntityMergeAnswersWithTheFieldsItsSchemaNames(@TempDir Path other) {
        // on a store of its own: the merge changes what the other walks read
        try (ArticleStore own = ApiFixture.store(other)) {
            WebServer ownServer = WebServer.start(own, WebConfig.of("127.0.0.1", 0, other));
            try {
                JsonNode post = spec.path("paths").path("/api/entities/{id}/merge").path("post");
                assertThat(post.isMissingNode()).isFalse();
                ApiFixture.Reply reply = ApiFixture.send(ownServer.port(), "POST",
                        "/api/entities/" + ApiFixture.BALAKRISHNAN + "/merge", "{\"ids\": [\"" + ApiFixture.SON + "\"]}");
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                JsonNode schema = resolve(post.path("responses").path("200").path("content").path("application/json")
                        .path("schema"));
                assertThat(fieldNames(reply.json())).containsExactlyInAnyOrderElementsOf(propertyNames(schema));
                assertThat(fieldNames(reply.json().path("entity")))
                        .containsExactlyInAnyOrderElementsOf(propertyNames(resolve(schema.path("properties").path("entity"))));
                JsonNode request = resolve(post.path("requestBody").path("content").path("application/json").path("schema"));
                assertThat(propertyNames(request)).containsExactly("ids");
            } finally {
                ownServer.stop();
            }
        }
    }

    @Test
    void listsOfTheFixtureAreNotEmpty() {
        // so that the item checks above had something to check
        for (String url : List.of("/api/articles", "/api/entities", "/api/events", "/api/stories", "/api/feed",
                "/api/follows")) {
            assertThat(ApiFixture.get(server.port(), url).json().path("items").size()).as(url).isPositive();
        }
        assertThat(ApiFixture.get(server.port(), "/api/search?q=Balakrishnan").json().path("items").size()).isPositive();
        assertThat(ApiFixture.get(server.port(), "/api/graph?level=country").json().path("edges").size()).isPositive();
    }

    @Test
    void everyOperationDocumentsItsErrorsWithTheErrorSchema() {
        Set<String> responses = new LinkedHashSet<>();
        spec.path("components").path("responses").fieldNames().forEachRemaining(responses::add);
        assertThat(responses).contains("BadRequest", "NotFound", "Unauthorized");
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (path.getKey().equals("/api/openapi.yaml")) {
                    return;
                }
                JsonNode codes = op.getValue().path("responses");
                List<String> errors = new ArrayList<>();
                codes.fieldNames().forEachRemaining(code -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        errors.add(code);
                    }
                });
                assertThat(errors).as("%s %s documents an error", op.getKey(), path.getKey()).isNotEmpty();
                for (String code : errors) {
                    JsonNode schema = resolve(codes.get(code)).path("content").path("application/json").path("schema");
                    assertThat(schema.path("$ref").asText()).as("%s %s %s", op.getKey(), path.getKey(), code)
                            .isEqualTo("#/components/schemas/Error");
                }
            });
        }
    }

    /** The path with its parameters replaced by ids the fixture holds. */
    private String concrete(String template) {
        return switch (template) {
            case "/api/articles/{id}" -> "/api/articles/" + ApiFixture.VNA;
            case "/api/entities/{id}" -> "/api/entities/" + ApiFixture.BALAKRISHNAN;
            case "/api/events/{id}" -> "/api/events/" + ApiFixture.MEETING_EVENT;
            case "/api/relations/{pair}" -> "/api/relations/VNM-SGP";
            case "/api/stories/{id}" -> "/api/stories/" + ApiFixture.get(server.port(), "/api/events/"
                    + ApiFixture.MEETING_EVENT).json().path("story_id").asText();
            default -> {
                assertThat(template).as("a path parameter this test does not know").doesNotContain("{");
                yield template;
            }
        };
    }

    /** Query parameters the call needs to say something (search needs a query). */
    private static String example(String template) {
        return template.equals("/api/search") ? "?q=Balakrishnan" : "";
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            JsonNode target = spec;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            assertThat(target.isMissingNode()).as("$ref %s resolves", ref).isFalse();
            s = target;
        }
        return s;
    }

    /** The object schema a property holds ({@code $ref} or a nullable {@code oneOf} of one), or null. */
    private JsonNode objectSchema(JsonNode propSchema) {
        if (propSchema.has("properties")) {
            return propSchema;
        }
        for (JsonNode option : propSchema.path("oneOf")) {
            JsonNode resolved = resolve(option);
            if (resolved.has("properties")) {
                return resolved;
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).as("schema has properties: %s", schema).isNotEmpty();
        return names;
    }
}
