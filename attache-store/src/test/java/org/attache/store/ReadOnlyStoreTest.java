package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.api.config.StoreConfig;
import org.attache.store.sql.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only opening: beside a writer, without migrating, never writing. */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    private StoreConfig config() {
        return new StoreConfig(dir, 1, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void readsWhatAWriterCommittedWhileTheWriterHoldsTheFolder() {
        try (ArticleStore writer = ArticleStore.open(config())) {
            writer.store(Articles.simple("a", "Hanoi talks", "Việt Nam and Singapore held talks."));
            writer.commit();
            try (ArticleStore reader = ArticleStore.openReadOnly(config())) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.get("a")).isPresent();
                assertThat(reader.search("Viet Nam", 10).hits()).hasSize(1);
                assertThat(reader.stats().articles()).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesWritesAndLeavesTheFolderAsItWas() throws IOException {
        try (ArticleStore writer = ArticleStore.open(config())) {
            writer.store(Articles.simple("a", "T", "Body one."));
        }
        long dbSize = Files.size(config().databaseFile());
        try (ArticleStore reader = ArticleStore.openReadOnly(config())) {
            assertThatThrownBy(() -> reader.store(Articles.simple("b", "T", "Body two.")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            assertThatThrownBy(reader::clearEvents).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> reader.reindex(n -> { })).isInstanceOf(IllegalStateException.class);
        }
        try (ArticleStore store = ArticleStore.open(config())) {
            assertThat(store.get("b")).isEmpty();
            assertThat(store.stats().articles()).isEqualTo(1);
        }
        assertThat(Files.size(config().databaseFile())).isEqualTo(dbSize);
    }

    @Test
    void anIndexBehindTheDatabaseIsCaughtUpByAWriterWhenNoneHoldsTheFolder() throws IOException {
        try (ArticleStore writer = ArticleStore.open(config())) {
            writer.store(Articles.simple("a", "T", "Body one."));
        }
        // an index from before the article: as after a crash between the database and the index commit
        Path index = config().indexDir();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (ArticleStore reader = ArticleStore.openReadOnly(config())) {
            assertThat(reader.search("Body", 10).hits()).hasSize(1);
        }
    }

    @Test
    void schemaVersionNamesTheNewestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(Database.class.getResource("/db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION must name the newest migration").isEqualTo(newest);
    }
}
