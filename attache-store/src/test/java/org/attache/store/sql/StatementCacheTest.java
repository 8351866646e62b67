package org.attache.store.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept statements on a read connection: reused, never holding a stale snapshot, safe when nested. */
class StatementCacheTest {
    @TempDir
    Path dir;

    private Connection writer() throws SQLException {
        Connection c = DriverManager.getConnection(Database.sqliteUrl(dir.resolve("t.db")));
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)");
        }
        return c;
    }

    /** A read connection to the same database, its statements kept. */
    private Connection reader() throws SQLException {
        return StatementCache.wrap(DriverManager.getConnection(Database.sqliteUrl(dir.resolve("t.db"))));
    }

    private static List<Integer> all(Connection c, String sql) throws SQLException {
        List<Integer> values = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getInt(1));
            }
        }
        return values;
    }

    @Test
    void aReusedStatementSeesRowsCommittedAfterItsLastUse() throws SQLException {
        try (Connection w = writer(); Connection r = reader()) {
            w.createStatement().execute("INSERT INTO t VALUES (1)");
            PreparedStatement first = r.prepareStatement("SELECT n FROM t ORDER BY n");
            first.close();
            assertThat(r.prepareStatement("SELECT n FROM t ORDER BY n")).as("kept").isSameAs(first);
            r.prepareStatement("SELECT n FROM t ORDER BY n").close();

            assertThat(all(r, "SELECT n FROM t ORDER BY n")).containsExactly(1);
            w.createStatement().execute("INSERT INTO t VALUES (2)");
            assertThat(all(r, "SELECT n FROM t ORDER BY n")).containsExactly(1, 2);

            // a statement closed with its result set still open (one row read of two) is reset all the same
            try (PreparedStatement st = r.prepareStatement("SELECT n FROM t WHERE n > ? ORDER BY n")) {
                st.setInt(1, 0);
                ResultSet rs = st.executeQuery();
                assertThat(rs.next()).isTrue();
            }
            w.createStatement().execute("INSERT INTO t VALUES (3)");
            try (PreparedStatement st = r.prepareStatement("SELECT n FROM t WHERE n > ? ORDER BY n")) {
                st.setInt(1, 1);
                try (ResultSet rs = st.executeQuery()) {
                    List<Integer> values = new ArrayList<>();
                    while (rs.next()) {
                        values.add(rs.getInt(1));
                    }
                    assertThat(values).containsExactly(2, 3);
                }
            }
        }
    }

    @Test
    void theSameSqlPreparedWhileInUseGetsAStatementOfItsOwn() throws SQLException {
        try (Connection w = writer(); Connection r = reader()) {
            w.createStatement().execute("INSERT INTO t VALUES (1), (2)");
            List<String> pairs = new ArrayList<>();
            try (PreparedStatement outer = r.prepareStatement("SELECT n FROM t ORDER BY n");
                 ResultSet rs = outer.executeQuery()) {
                while (rs.next()) {
                    try (PreparedStatement inner = r.prepareStatement("SELECT n FROM t ORDER BY n")) {
                        assertThat(inner).isNotSameAs(outer);
                        try (ResultSet in = inner.executeQuery()) {
                            while (in.next()) {
                                pairs.add(rs.getInt(1) + "-" + in.getInt(1));
                            }
                        }
                    }
                }
            }
            assertThat(pairs).containsExactly("1-1", "1-2", "2-1", "2-2");
        }
    }

    @Test
    void atMostTheLimitIsKeptAndEvictedStatementsStillWork() throws SQLException {
        try (Connection w = writer(); Connection r = reader()) {
            w.createStatement().execute("INSERT INTO t VALUES (7)");
            PreparedStatement held = r.prepareStatement("SELECT n FROM t");
            for (int i = 0; i < StatementCache.MAX_STATEMENTS + 10; i++) {
                assertThat(all(r, "SELECT n + " + i + " FROM t")).containsExactly(7 + i);
            }
            // dropped from the cache while in use: still usable, really closed when its caller closes it
            try (ResultSet rs = held.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
            held.close();
            assertThat(all(r, "SELECT n FROM t")).containsExactly(7);
        }
    }
}
