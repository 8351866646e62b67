package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.attache.web.PageIngestor;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/ingest} refuses what it must before the pipeline sees it: a name that is a path (traversal), a
 * name without a known format, and a body over the page cap (413); a well-formed upload reaches the pipeline.
 */
class UploadLimitsTest {
    @TempDir
    Path data;

    @Test
    void pathsBadNamesAndOversizedBodiesAreRefusedBeforeThePipeline() throws Exception {
        List<String> reached = new CopyOnWriteArrayList<>();
        PageIngestor recording = (name, content) -> {
            reached.add(name);
            return new PageIngestor.Summary(1, 1, 0, 0, 0, 0, List.of());
        };
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data));
             WebServer server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data), recording)) {
            for (String name : new String[] {"../../etc/passwd.html", "..%2F..%2Fx.html", "%2Ftmp%2Fx.html",
                "page.exe", "a%00.html"}) {
                assertThat(post(server.port(), name, new byte[] {'<', 'p', '>'}).statusCode()).as(name).isEqualTo(400);
            }
            assertThat(post(server.port(), "big.html", new byte[ApiRoutes.MAX_UPLOAD_BYTES + 1]).statusCode())
                    .isEqualTo(413);
            assertThat(post(server.port(), "page.html", "<p>ok</p>".getBytes()).statusCode()).isEqualTo(201);
        }
        assertThat(reached).containsExactly("page.html");
    }

    private static HttpResponse<String> post(int port, String name, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest?name=" + name))
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
