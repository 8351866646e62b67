package org.attache.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.attache.api.MentionType;
import org.attache.api.config.StoreConfig;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging never ends silently: a list longer than the 10,000 items served ends with {@code truncated: true} and
 * its total, where it used to end with {@code next_cursor: null} as if it were the whole list.
 */
class PagingCapTest {
    private static final int ENTITIES = 10_050;

    @TempDir
    Path data;

    @Test
    void aListPastTheCapSaysItIsTruncatedWithItsTotal() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            store.withRegistry(registry -> {
                for (int i = 0; i < ENTITIES; i++) {
                    registry.create(new RegisteredEntity(String.format("e%015x", i), MentionType.ORGANIZATION,
                            "Organisation " + i, i % 2 == 0 ? "VNM" : "SGP"));
                }
                return null;
            });
            store.commit();
            try (WebServer server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data))) {
                int served = 0;
                String cursor = null;
                JsonNode page;
                do {
                    page = ApiFixture.get(server.port(), "/api/entities?limit=100"
                            + (cursor == null ? "" : "&cursor=" + cursor)).json();
                    served += page.get("items").size();
                    cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
                    if (cursor != null) {
                        assertThat(page.get("truncated").asBoolean()).isFalse();
                        assertThat(page.get("total").isNull()).isTrue();
                    }
                } while (cursor != null);

                assertThat(served).isEqualTo(10_000);
                assertThat(page.get("truncated").asBoolean()).as("the last page served says the list goes on").isTrue();
                assertThat(page.get("total").asLong()).isEqualTo(ENTITIES);

                JsonNode whole = ApiFixture.get(server.port(), "/api/entities?country=SGP&limit=100").json();
                assertThat(whole.get("truncated").asBoolean()).isFalse();
                assertThat(whole.get("total").isNull()).isTrue();
            }
        }
    }
}
