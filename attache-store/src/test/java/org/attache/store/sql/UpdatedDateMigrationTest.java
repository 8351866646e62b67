package org.attache.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder written before V8 opens with its articles intact and no modification date recorded. */
class UpdatedDateMigrationTest {
    @TempDir
    Path dir;

    @Test
    void articlesStoredBeforeV8ReadBackWithoutAnUpdatedDate() throws Exception {
        Path file = dir.resolve("articles.db");
        String url = Database.sqliteUrl(file);
        Flyway.configure(Database.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO articles (seq, id, source, title_derived, body, captions, links, published_value,"
                    + " published_provenance, created_at) VALUES (1, 'old', 'old.html', 0, '[\"Body.\"]', '[]', '[]',"
                    + " '2024-03-05T09:30:00+01:00', 'META', 0)");
        }
        try (Connection c = Database.openSqlite(file)) {
            Article old = ArticleRepository.get(c, "old").orElseThrow().article();
            assertThat(old.published()).isEqualTo(new PublishedDate("2024-03-05T09:30:00+01:00", DateProvenance.META));
            assertThat(old.updated()).isNull();
            assertThat(old.body()).containsExactly("Body.");
        }
    }
}
