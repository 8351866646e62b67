package org.attache.app.ingest;

import org.attache.pipeline.Analysis;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.json.Json;
import org.attache.nlp.Annotators;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/ingest} runs the real pipeline on an upload; in server mode only with the token. */
class IngestApiTest {
    private static final Path SAMPLE = Path.of("../samples/text/straits-bulletin-wire.txt");
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private ArticleStore store;

    private WebServer start(boolean requireToken) {
        StoreConfig storeConfig = StoreConfig.at(data);
        store = ArticleStore.open(storeConfig);
        AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false);
        return WebServer.start(store, new WebConfig("127.0.0.1", 0, data, requireToken),
                new UploadIngestor(config, () -> new Analysis(Annotators.standard(), new EntityResolver(),
                        PatternEventCoder.standard(), new SimilarStoryMatcher()), store));
    }

    private HttpResponse<String> post(WebServer server, String query, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "api/ingest" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "text/plain");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadIsIngestedAndServedAndAgainAddsNothing() throws Exception {
        byte[] page = Files.readAllBytes(SAMPLE);
        try (WebServer server = start(false)) {
            HttpResponse<String> first = post(server, "?name=straits-bulletin-wire.txt", page, null);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            JsonNode summary = Json.mapper().readTree(first.body());
            assertThat(summary.get("stored").asLong()).isEqualTo(1);
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(Json.mapper().readTree(list.body()).get("items")).hasSize(1);
            HttpResponse<String> again = post(server, "?name=straits-bulletin-wire.txt", page, null);
            assertThat(Json.mapper().readTree(again.body()).get("already_present").asLong()).isEqualTo(1);
            HttpResponse<String> noName = post(server, "", page, null);
            assertThat(noName.statusCode()).isEqualTo(400);
            assertThat(noName.body()).contains("name");
            HttpResponse<String> badName = post(server, "?name=..%2Fescape.txt", page, null);
            assertThat(badName.statusCode()).isEqualTo(400);
        } finally {
            store.close();
        }
        assertThat(data.resolve("uploads")).as("an upload is read from its bytes, never written to a scratch file")
                .doesNotExist();
    }

    @Test
    void responsesAndStoredSourcesNameTheUploadNeverTheServersScratchPath() throws Exception {
        String jsonl = "{\"id\":\"up-1\",\"outlet\":\"Test Wire\",\"title\":\"Ministers meet\","
                + "\"text\":\"The foreign ministers of Vietnam and Singapore met in Hanoi on Monday to discuss trade.\"}\n"
                + "{\"id\": broken\n";
        try (WebServer server = start(false)) {
            HttpResponse<String> reply = post(server, "?name=desk-feed.jsonl",
                    jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
            JsonNode summary = Json.mapper().readTree(reply.body());
            assertThat(summary.get("stored").asLong()).isEqualTo(1);
            assertThat(reply.body()).contains("desk-feed.jsonl:2").doesNotContain(data.toString()).doesNotContain("upload-");
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String id = Json.mapper().readTree(list.body()).get("items").get(0).get("id").asText();
            HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles/"
                    + id)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(article.body()).contains("desk-feed.jsonl").doesNotContain(data.toString());
        } finally {
            store.close();
        }
    }

    @Test
    void serverModeNeedsTheTokenToIngest() throws Exception {
        try (WebServer server = start(true)) {
            HttpResponse<String> without = post(server, "?name=page.txt", Files.readAllBytes(SAMPLE), null);
            assertThat(without.statusCode()).isEqualTo(401);
            HttpResponse<String> with = post(server, "?name=page.txt", Files.readAllBytes(SAMPLE),
                    server.auth().token());
            assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
        } finally {
            store.close();
        }
    }
}
