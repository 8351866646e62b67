package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attache.store.ArticleStore;
import org.attache.web.HostGuard;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding: a request whose Host names another site is refused (421) for reads and writes; a browser's
 * cross-site write without Origin is refused by its Sec-Fetch-Site. Raw sockets, since HTTP clients will not
 * send a forged Host.
 */
class HostGuardTest {
    @TempDir
    Path data;

    private ArticleStore store;
    private WebServer server;

    @BeforeEach
    void open() {
        store = ApiFixture.store(data);
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    /** Status code of a raw HTTP/1.1 request. */
    private static int status(int port, String method, String path, String host, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            String body = method.equals("POST") ? "{\"kind\": \"pair\", \"key\": \"VNM-SGP\"}" : "";
            if (!body.isEmpty()) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length()).append("\r\n");
            }
            request.append("\r\n").append(body);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(reply.substring(9, 12));
        }
    }

    @Test
    void onLoopbackAForeignHostIsRefusedForReadsAndWrites() throws IOException {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        String evil = "attacker.example:" + port;
        assertThat(status(port, "GET", "/api/follows", evil)).isEqualTo(421);
        assertThat(status(port, "GET", "/", evil)).isEqualTo(421);
        assertThat(status(port, "POST", "/api/follows", evil, "Origin: http://" + evil)).isEqualTo(421);
        assertThat(status(port, "POST", "/api/ingest?name=x.html", evil)).isEqualTo(421);
        assertThat(ApiFixture.get(port, "/api/follows").status()).as("the store was not written").isEqualTo(200);
        assertThat(ApiFixture.get(port, "/api/follows").json().path("items").size()).isZero();

        for (String good : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
            assertThat(status(port, "GET", "/api/follows", good)).as(good).isEqualTo(200);
        }
        assertThat(status(port, "POST", "/api/follows", "localhost:" + port)).isEqualTo(201);
    }

    @Test
    void aBrowsersCrossSiteWriteWithoutOriginIsRefused() throws IOException {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        String host = "127.0.0.1:" + port;
        assertThat(status(port, "POST", "/api/follows", host, "Sec-Fetch-Site: cross-site")).isEqualTo(403);
        assertThat(status(port, "POST", "/api/follows", host, "Sec-Fetch-Site: same-site")).isEqualTo(403);
        assertThat(status(port, "POST", "/api/follows", host, "Sec-Fetch-Site: same-origin")).isEqualTo(201);
        assertThat(status(port, "POST", "/api/follows", host, "Sec-Fetch-Site: none")).isEqualTo(201);
    }

    @Test
    void inTokenModeTheConfiguredNamesAndTheMachinesOwnAreAccepted() throws IOException {
        server = WebServer.start(store, new WebConfig("127.0.0.1", 0, data, true, List.of("attache.example.org")));
        int port = server.port();
        assertThat(status(port, "GET", "/api/entities", "attache.example.org")).isEqualTo(200);
        assertThat(status(port, "GET", "/api/entities", "ATTACHE.example.org.:" + port)).isEqualTo(200);
        assertThat(status(port, "GET", "/api/entities", "127.0.0.1:" + port)).isEqualTo(200);
        assertThat(status(port, "GET", "/api/entities", "rebound.example.net")).isEqualTo(421);
    }

    @Test
    void hostHeadersAreParsedWithPortsAndBrackets() {
        HostGuard guard = HostGuard.of(WebConfig.of("127.0.0.1", 0, data));
        assertThat(guard.allows("localhost:8080")).isTrue();
        assertThat(guard.allows("[::1]:8080")).isTrue();
        assertThat(guard.allows("127.0.0.1")).isTrue();
        assertThat(guard.allows("localhost.evil.example")).isFalse();
        assertThat(guard.allows("127.0.0.1.nip.io:8080")).isFalse();
        assertThat(guard.allows(null)).as("no Host: not a browser").isTrue();
    }
}
