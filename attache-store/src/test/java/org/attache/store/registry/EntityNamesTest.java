package org.attache.store.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.attache.store.sql.Database;
import org.attache.store.sql.SqlAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity names as searches read them: kept between calls, never older than the store's last write. */
class EntityNamesTest {
    @TempDir
    Path dir;

    @Test
    void keptNamesFollowEveryWriteOfTheStore() throws Exception {
        Path file = dir.resolve("names.db");
        String url = Database.sqliteUrl(file);
        try (Connection writer = DriverManager.getConnection(url);
             Connection outsider = DriverManager.getConnection(url)) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL)");
                st.execute("INSERT INTO entities VALUES ('e1', 'Lê Hoài Trung'), ('e2', 'Vivian Balakrishnan')");
            }
            writer.setAutoCommit(false);
            try (SqlAccess access = new SqlAccess(writer, new Object(), file, 2)) {
                EntityQueries queries = new EntityQueries(access, dir);
                List<String> ids = List.of("e2", "e1", "e3");
                assertThat(queries.names(ids)).isEqualTo(Map.of("e1", "Lê Hoài Trung", "e2", "Vivian Balakrishnan"));

                // changed behind the store's back: the kept names stand until the store forgets them
                try (Statement st = outsider.createStatement()) {
                    st.execute("UPDATE entities SET name = 'Trung' WHERE id = 'e1'");
                }
                assertThat(queries.names(ids)).containsEntry("e1", "Lê Hoài Trung");
                access.forgetCached();
                assertThat(queries.names(ids)).containsEntry("e1", "Trung");

                // the store's own write: seen while pending (on the writer), and after the commit
                access.write(c -> {
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO entities VALUES (?, ?)")) {
                        st.setString(1, "e3");
                        st.setString(2, "Communist Party of Vietnam");
                        return st.executeUpdate();
                    }
                });
                assertThat(queries.names(ids)).containsEntry("e3", "Communist Party of Vietnam");
                writer.commit();
                access.markClean();
                assertThat(queries.names(ids)).isEqualTo(Map.of("e1", "Trung", "e2", "Vivian Balakrishnan",
                        "e3", "Communist Party of Vietnam"));
                assertThat(queries.names(List.of())).isEmpty();
            }
        }
    }
}
