package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.attache.store.ArticleStore;
import org.attache.web.WebAuth;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows and the feed through the API: no login on loopback; in token mode writes need the token (as a
 * bearer header or the login cookie), reads of the user's feed need it or the feed token, and a write from
 * another site's page is refused.
 */
class FollowApiTest {
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

    private static String follow(String kind, String key) {
        return "{\"kind\": \"" + kind + "\", \"key\": \"" + key + "\"}";
    }

    @Test
    void onLoopbackFollowingNeedsNoTokenAndFillsTheFeed() {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        assertThat(server.auth().requireToken()).isFalse();
        assertThat(Files.exists(data.resolve(WebAuth.TOKEN_FILE))).isFalse();
        assertThat(ApiFixture.get(port, "/api/feed").json().path("items").size()).isZero();

        ApiFixture.Reply followed = ApiFixture.send(port, "POST", "/api/follows", follow("pair", "vnm-sgp"));
        assertThat(followed.status()).as(followed.body()).isEqualTo(201);
        assertThat(followed.json().path("key").asText()).as("codes sorted").isEqualTo("SGP-VNM");
        assertThat(ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.MARIS)).status())
                .isEqualTo(201);
        assertThat(ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.MARIS)).status())
                .as("idempotent").isEqualTo(201);
        assertThat(ApiFixture.ids(ApiFixture.get(port, "/api/follows").json().path("items"), "key"))
                .containsExactlyInAnyOrder("SGP-VNM", ApiFixture.MARIS);
        assertThat(ApiFixture.ids(ApiFixture.get(port, "/api/feed").json().path("items"), "article"))
                .hasSizeGreaterThanOrEqualTo(1);
        assertThat(ApiFixture.get(port, "/api/feed").json().path("items").toString()).contains(ApiFixture.WIRE);

        ApiFixture.Reply unfollowed = ApiFixture.send(port, "DELETE", "/api/follows/entity/" + ApiFixture.MARIS, null);
        assertThat(unfollowed.status()).isEqualTo(200);
        assertThat(unfollowed.json().path("following").asBoolean()).isFalse();
        assertThat(ApiFixture.ids(ApiFixture.get(port, "/api/follows").json().path("items"), "key"))
                .containsExactly("SGP-VNM");
        assertThat(ApiFixture.get(port, "/api/entities/" + ApiFixture.MARIS).json().path("following").asBoolean())
                .isFalse();
    }

    @Test
    void badFollowsAreRefusedNamingTheProblem() {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        ApiFixture.Reply kind = ApiFixture.send(port, "POST", "/api/follows", follow("country", "VNM"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().path("error").path("message").asText()).contains("'kind'", "country");
        ApiFixture.Reply pair = ApiFixture.send(port, "POST", "/api/follows", follow("pair", "Vietnam"));
        assertThat(pair.status()).isEqualTo(400);
        assertThat(pair.json().path("error").path("message").asText()).contains("'key'", "Vietnam");
        ApiFixture.Reply nobody = ApiFixture.send(port, "POST", "/api/follows", follow("entity", "e00000000000dead"));
        assertThat(nobody.status()).isEqualTo(404);
        ApiFixture.Reply notJson = ApiFixture.send(port, "POST", "/api/follows", "kind=entity");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("error").path("message").asText()).contains("JSON");
        ApiFixture.Reply crossSite = ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.SON),
                "Origin", "https://evil.example");
        assertThat(crossSite.status()).as("a page elsewhere cannot follow for the local user").isEqualTo(403);
        assertThat(ApiFixture.get(port, "/api/follows").json().path("items").size()).isZero();
    }

    @Test
    void inTokenModeWritesAndFeedsNeedTheToken() throws Exception {
        WebConfig config = new WebConfig("127.0.0.1", 0, data, true);
        server = WebServer.start(store, config);
        int port = server.port();
        WebAuth auth = server.auth();
        assertThat(auth.createdNow()).isTrue();
        Path tokenFile = data.resolve(WebAuth.TOKEN_FILE);
        assertThat(Files.readString(tokenFile).strip()).isEqualTo(auth.token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

        ApiFixture.Reply anonymous = ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.SON));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("error").path("status").asInt()).isEqualTo(401);
        assertThat(ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.SON),
                "Authorization", "Bearer wrong-token").status()).isEqualTo(401);
        assertThat(ApiFixture.send(port, "DELETE", "/api/follows/entity/" + ApiFixture.SON, null).status()).isEqualTo(401);
        assertThat(ApiFixture.get(port, "/api/feed").status()).isEqualTo(401);
        assertThat(ApiFixture.get(port, "/api/follows").status()).isEqualTo(401);
        assertThat(ApiFixture.get(port, "/api/articles").status()).as("public reads stay open").isEqualTo(200);

        String bearer = "Bearer " + auth.token();
        assertThat(ApiFixture.send(port, "POST", "/api/follows", follow("entity", ApiFixture.SON),
                "Authorization", bearer).status()).isEqualTo(201);
        assertThat(ApiFixture.ids(ApiFixture.get(port, "/api/follows", "Authorization", bearer).json().path("items"),
                "key")).containsExactly(ApiFixture.SON);
        ApiFixture.Reply feedByToken = ApiFixture.get(port, "/api/feed?token=" + auth.feedToken());
        assertThat(feedByToken.status()).as("the read-only feed token reads the feed").isEqualTo(200);
        assertThat(feedByToken.json().path("items").size()).isPositive();
        assertThat(ApiFixture.send(port, "POST", "/api/follows?token=" + auth.feedToken(),
                follow("entity", ApiFixture.MARIS)).status()).as("but cannot write").isEqualTo(401);

        assertThat(ApiFixture.get(port, "/login?token=wrong").status()).isEqualTo(401);
        ApiFixture.Reply login = ApiFixture.get(port, "/login?token=" + auth.token());
        assertThat(login.status()).isEqualTo(302);
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie).startsWith(WebAuth.COOKIE + "=" + auth.token()).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        ApiFixture.Reply byCookie = ApiFixture.send(port, "DELETE", "/api/follows/entity/" + ApiFixture.SON, null,
                "Cookie", cookie);
        assertThat(byCookie.status()).as(byCookie.body()).isEqualTo(200);

        server.stop();
        server = WebServer.start(store, config);
        assertThat(server.auth().createdNow()).as("the token is made once").isFalse();
        assertThat(server.auth().token()).isEqualTo(auth.token());
    }

    @Test
    void onlyLoopbackAddressesAreSingleUser() {
        assertThat(WebConfig.of("127.0.0.1", 8080, data).requireToken()).isFalse();
        assertThat(WebConfig.of("localhost", 8080, data).requireToken()).isFalse();
        assertThat(WebConfig.of("::1", 8080, data).requireToken()).isFalse();
        assertThat(WebConfig.of("0.0.0.0", 8080, data).requireToken()).isTrue();
        assertThat(WebConfig.of("no-such-host.invalid", 8080, data).requireToken()).isTrue();
    }
}
