package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.api.MentionType;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/entities/{id}/merge}: folds entities into one (spellings, follows and all), writes the merge to
 * the alias file, refuses bad bodies, unknown ids and other types by name, and needs the token in token mode.
 */
class EntityMergeApiTest {
    /** A second entry for Balakrishnan, as the resolver might have left it. */
    static final String DUPLICATE = "e0000000000000d4";
    static final String BODY = "e0000000000000e5";

    @TempDir
    Path data;

    private ArticleStore store;
    private WebServer server;

    @BeforeEach
    void open() {
        store = ApiFixture.store(data);
        store.withRegistry(registry -> {
            registry.create(new RegisteredEntity(DUPLICATE, MentionType.PERSON, "V. Balakrishnan", "SGP"));
            registry.addAlias(DUPLICATE, new NameForm("V. Balakrishnan", NameKeys.key("V. Balakrishnan"),
                    NameKeys.orderKey("V. Balakrishnan"), "balakrishnan"));
            registry.create(new RegisteredEntity(BODY, MentionType.ORGANIZATION, "Balakrishnan Holdings", "SGP"));
            return null;
        });
        store.commit();
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private static String ids(String... ids) {
        return "{\"ids\": [" + String.join(", ", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    @Test
    void mergingFoldsTheOtherEntityIntoThisOneAndRecordsItInTheAliasFile() throws Exception {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        assertThat(ApiFixture.send(port, "POST", "/api/follows", "{\"kind\": \"entity\", \"key\": \"" + DUPLICATE + "\"}")
                .status()).isEqualTo(201);

        ApiFixture.Reply merged = ApiFixture.send(port, "POST", "/api/entities/" + ApiFixture.BALAKRISHNAN + "/merge",
                ids(DUPLICATE));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("merged").get(0).asText()).isEqualTo(DUPLICATE);
        assertThat(merged.json().path("spellings").toString()).contains("V. Balakrishnan");
        assertThat(merged.json().path("entity").path("name").asText()).isEqualTo("Vivian Balakrishnan");
        assertThat(merged.json().path("entity").path("aliases").toString()).contains("V. Balakrishnan");

        assertThat(ApiFixture.get(port, "/api/entities/" + DUPLICATE).status()).isEqualTo(404);
        assertThat(ApiFixture.ids(ApiFixture.get(port, "/api/follows").json().path("items"), "key"))
                .contains(ApiFixture.BALAKRISHNAN).doesNotContain(DUPLICATE);
        assertThat(store.entities().merges(ApiFixture.BALAKRISHNAN))
                .anySatisfy(m -> assertThat(m.alias() + " " + m.rule().id()).isEqualTo("V. Balakrishnan user-merge"));
        assertThat(Files.readAllLines(data.resolve("registry/aliases.csv")))
                .contains("V. Balakrishnan,Vivian Balakrishnan");
    }

    @Test
    void badMergesAreRefusedNamingTheProblem() {
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
        int port = server.port();
        String path = "/api/entities/" + ApiFixture.BALAKRISHNAN + "/merge";
        ApiFixture.Reply empty = ApiFixture.send(port, "POST", path, "{\"ids\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("error").path("message").asText()).contains("'ids'");
        assertThat(ApiFixture.send(port, "POST", path, "not json").status()).isEqualTo(400);
        ApiFixture.Reply unknown = ApiFixture.send(port, "POST", path, ids("e9999999999999999"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").path("message").asText()).contains("e9999999999999999");
        assertThat(ApiFixture.send(port, "POST", "/api/entities/e9999999999999999/merge", ids(DUPLICATE)).status())
                .isEqualTo(404);
        ApiFixture.Reply otherType = ApiFixture.send(port, "POST", path, ids(BODY));
        assertThat(otherType.status()).isEqualTo(400);
        assertThat(otherType.json().path("error").path("message").asText()).contains("only entities of one type");
        ApiFixture.Reply itself = ApiFixture.send(port, "POST", path, ids(ApiFixture.BALAKRISHNAN));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(ApiFixture.get(port, "/api/entities/" + DUPLICATE).status()).as("nothing merged").isEqualTo(200);
        assertThat(Files.exists(data.resolve("registry/aliases.csv"))).isFalse();
    }

    @Test
    void inTokenModeMergingNeedsTheToken() {
        server = WebServer.start(store, new WebConfig("127.0.0.1", 0, data, true));
        int port = server.port();
        String path = "/api/entities/" + ApiFixture.BALAKRISHNAN + "/merge";
        assertThat(ApiFixture.send(port, "POST", path, ids(DUPLICATE)).status()).isEqualTo(401);
        assertThat(ApiFixture.get(port, "/api/entities/" + DUPLICATE).status()).isEqualTo(200);
        assertThat(ApiFixture.send(port, "POST", path, ids(DUPLICATE), "Authorization",
                "Bearer " + server.auth().token()).status()).isEqualTo(200);
        assertThat(ApiFixture.get(port, "/api/entities/" + DUPLICATE).status()).isEqualTo(404);
    }
}
