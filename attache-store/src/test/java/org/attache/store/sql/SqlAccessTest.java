package org.attache.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reads on the pooled, memory-mapped read connections while the writer commits and the file grows. */
class SqlAccessTest {
    @TempDir
    Path dir;

    @Test
    void mappedReadersSeeEveryCommitAsTheFileGrowsThroughCheckpoints() throws Exception {
        Path file = dir.resolve("t.db");
        String url = Database.sqliteUrl(file);
        try (Connection writer = DriverManager.getConnection(url);
             Connection checkpointer = DriverManager.getConnection(url)) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE TABLE t (n INTEGER, pad TEXT)");
            }
            writer.setAutoCommit(false);
            Object lock = new Object();
            try (SqlAccess access = new SqlAccess(writer, lock, file, 2)) {
                assertThat(access.<Long>read(c -> single(c, "PRAGMA mmap_size"))).isEqualTo(SqlAccess.READ_MAP_BYTES);
                long size = Files.size(file);
                long rows = 0;
                long sum = 0;
                for (int batch = 0; batch < 20; batch++) {
                    int first = batch * 200;
                    access.write(c -> {
                        try (PreparedStatement st = c.prepareStatement("INSERT INTO t (n, pad) VALUES (?, ?)")) {
                            for (int n = first; n < first + 200; n++) {
                                st.setInt(1, n);
                                st.setString(2, "x".repeat(1000));
                                st.addBatch();
                            }
                            st.executeBatch();
                        }
                        return null;
                    });
                    writer.commit();
                    access.markClean();
                    rows += 200;
                    sum += 200L * first + 199L * 200 / 2;
                    if (batch % 4 == 3) { // move the WAL into the main file, which the readers map
                        try (Statement st = checkpointer.createStatement()) {
                            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                        }
                    }
                    assertThat(access.<Long>read(c -> single(c, "SELECT COUNT(*) FROM t"))).isEqualTo(rows);
                    assertThat(access.<Long>read(c -> single(c, "SELECT SUM(n) FROM t"))).isEqualTo(sum);
                    assertThat(access.<Long>read(c -> single(c, "SELECT SUM(LENGTH(pad)) FROM t"))).isEqualTo(rows * 1000);
                }
                assertThat(Files.size(file)).as("the readers' file grew past its first mapping").isGreaterThan(size + (1 << 20));
            }
        }
    }

    @Test
    @Timeout(60)
    void aSnapshotsReadsSeeOneCommitAndItsConnectionComesBackClean() throws Exception {
        Path file = dir.resolve("s.db");
        try (Connection writer = DriverManager.getConnection(Database.sqliteUrl(file))) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE TABLE t (n INTEGER)");
                st.execute("INSERT INTO t VALUES (1)");
            }
            writer.setAutoCommit(false);
            try (SqlAccess access = new SqlAccess(writer, new Object(), file, 1)) { // one reader: always the same
                Runnable insertAndCommit = () -> {
                    try {
                        access.write(c -> {
                            try (Statement st = c.createStatement()) {
                                return st.executeUpdate("INSERT INTO t VALUES (2)");
                            }
                        });
                        writer.commit();
                        access.markClean();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
                SqlAccess.Read<Long, SQLException> count = () -> access.read(c -> single(c, "SELECT COUNT(*) FROM t"));
                long[] seen = access.snapshot(() -> {
                    long before = count.get();
                    Thread other = Thread.ofPlatform().start(insertAndCommit); // a commit in the middle
                    other.join();
                    long after = count.get();
                    long nested = access.snapshot(count);
                    long kept = access.cached("count", count); // read in the old snapshot: must not be kept
                    return new long[] {before, after, nested, kept};
                });
                assertThat(seen).as("one snapshot, nested ones included").containsExactly(1, 1, 1, 1);
                assertThat(count.get()).isEqualTo(2);
                assertThat(access.cached("count", count)).as("not the snapshot's count").isEqualTo(2);

                // work that fails still ends its transaction: the reader does not keep the old snapshot
                assertThatThrownBy(() -> access.snapshot(() -> {
                    access.<Long>read(c -> single(c, "SELECT COUNT(*) FROM t"));
                    throw new IllegalStateException("page failed");
                })).hasMessage("page failed");
                insertAndCommit.run();
                assertThat(access.<Long>read(c -> single(c, "SELECT COUNT(*) FROM t"))).isEqualTo(3);
                for (int i = 0; i < 5; i++) { // the one reader comes back every time (else this would block)
                    assertThat(access.snapshot(() -> access.<Long>read(c -> single(c, "SELECT COUNT(*) FROM t"))))
                            .isEqualTo(3);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aCachedResultWeighsOnePlusTheRecordsItHolds() {
        assertThat(SqlAccess.weight("a count")).isEqualTo(1);
        assertThat(SqlAccess.weight(java.util.List.of(1, 2, 3))).isEqualTo(4);
        assertThat(SqlAccess.weight(java.util.Map.of("a", 1, "b", 2))).isEqualTo(3);
        assertThat(SqlAccess.weight(java.util.Optional.of(java.util.List.of(1, 2)))).isEqualTo(3);
        assertThat(SqlAccess.weight(new org.attache.store.read.Page<>(java.util.List.of("x", "y"), "next")))
                .isEqualTo(3);
        assertThat(SqlAccess.weight(new org.attache.store.events.Graph(java.util.List.of(), java.util.List.of())))
                .isEqualTo(1);
    }
}
