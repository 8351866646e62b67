package org.attache.store.read;

import org.attache.store.sql.StoreJdbc;
import org.attache.store.StoreException;
import org.attache.store.sql.SqlAccess;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What users follow (entities and country pairs) and the feed it gives them. A change is committed at once, with
 * anything else pending in the store. Reads run concurrently on read connections. Obtain from
 * {@code ArticleStore.follows()}.
 */
public final class Follows {
    /**
     * The ids of the articles a user follows (parameters: user three times): those mentioning a followed entity;
     * and, for a followed pair, those with an event between its two countries (one on each side: source and
     * target) or mentioning a place of each (location entities of either country, the countries themselves
     * included). An event where both countries act on the same side ("Japan and the United States condemned …")
     * is not between them.
     */
    static final String FOLLOWED_ARTICLES = "SELECT m.article_id FROM follows f JOIN entity_mentions m"
            + " ON m.entity_id = f.target_key WHERE f.user_id = ? AND f.kind = 'ENTITY'"
            + " UNION " + pairArticles("e.article_id", "");

    /**
     * The articles of the user's followed pairs (parameters: user twice), selecting {@code article} (over
     * {@code e}, the event, or {@code m1}, the mention: both columns are named so) and {@code extra} columns.
     */
    private static String pairArticles(String article, String extra) {
        return "SELECT " + article + extra + " FROM follows f"
                + " JOIN event_actors x1 ON x1.country = substr(f.target_key, 1, 3)"
                + " JOIN event_actors x2 ON x2.event_id = x1.event_id AND x2.country = substr(f.target_key, 5, 3)"
                + " AND x2.role <> x1.role"
                + " JOIN events e ON e.id = x1.event_id WHERE f.user_id = ? AND f.kind = 'PAIR'"
                // the follows first (CROSS JOIN keeps SQLite's planner from starting at every place of the store)
                + " UNION SELECT " + article.replace("e.", "m1.") + extra + " FROM follows f CROSS JOIN entities n1"
                + " JOIN entity_mentions m1 ON m1.entity_id = n1.id"
                + " WHERE f.user_id = ? AND f.kind = 'PAIR' AND n1.country = substr(f.target_key, 1, 3)"
                + " AND n1.type = 'LOCATION' AND EXISTS (SELECT 1 FROM entity_mentions m2"
                + " JOIN entities n2 ON n2.id = m2.entity_id WHERE m2.article_id = m1.article_id"
                + " AND n2.type = 'LOCATION' AND n2.country = substr(f.target_key, 5, 3))";
    }

    private static final Pattern PAIR = Pattern.compile("([A-Z]{3})-([A-Z]{3})");
    private static final String CURSOR_KIND = "feed";

    private final SqlAccess access;
    private final Runnable commit;
    private final Path dataDir;

    /**
     * Used by the store.
     *
     * @param commit commits the store (database and index)
     */
    public Follows(SqlAccess access, Runnable commit, Path dataDir) {
        this.access = access;
        this.commit = commit;
        this.dataDir = dataDir;
    }

    /**
     * Starts following; does nothing when the user already follows it. A pair's codes may come in either order
     * ("VNM-SGP" is stored as "SGP-VNM").
     *
     * @throws IllegalArgumentException for a blank user, an unknown entity id, or a pair that is not two
     *                                  three-letter upper-case codes joined by '-'
     */
    public void follow(String user, FollowKind kind, String key) {
        String u = user(user);
        String k = key(kind, key);
        try {
            synchronized (access.lock()) {
                if (kind == FollowKind.ENTITY && !access.write(c -> exists(c, k))) {
                    throw new IllegalArgumentException("No entity " + k + " to follow");
                }
                access.write(c -> {
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO follows (user_id, kind, target_key, since)"
                            + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM follows WHERE user_id = ? AND kind = ?"
                            + " AND target_key = ?)")) {
                        StoreJdbc.bind(st, u, kind.name(), k, System.currentTimeMillis(), u, kind.name(), k);
                        return st.executeUpdate();
                    }
                });
                commit.run();
            }
        } catch (SQLException e) {
            throw new StoreException(dataDir, "follow " + kind + " " + k + " for " + u, e);
        }
    }

    /** Stops following; does nothing when the user did not follow it. */
    public void unfollow(String user, FollowKind kind, String key) {
        String u = user(user);
        String k = key(kind, key);
        try {
            synchronized (access.lock()) {
                access.write(c -> {
                    try (PreparedStatement st = c.prepareStatement(
                            "DELETE FROM follows WHERE user_id = ? AND kind = ? AND target_key = ?")) {
                        StoreJdbc.bind(st, u, kind.name(), k);
                        return st.executeUpdate();
                    }
                });
                commit.run();
            }
        } catch (SQLException e) {
            throw new StoreException(dataDir, "unfollow " + kind + " " + k + " for " + u, e);
        }
    }

    /** What the user follows, oldest first. */
    public List<Follow> list(String user) {
        String u = user(user);
        try {
            return access.read(c -> {
                List<Follow> follows = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT kind, target_key, since FROM follows"
                        + " WHERE user_id = ? ORDER BY since, kind, target_key")) {
                    st.setString(1, u);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            follows.add(new Follow(u, FollowKind.valueOf(rs.getString(1)), rs.getString(2),
                                    Instant.ofEpochMilli(rs.getLong(3))));
                        }
                    }
                }
                return follows;
            });
        } catch (SQLException e) {
            throw new StoreException(dataDir, "list the follows of " + u, e);
        }
    }

    /** Whether the user follows it (a pair's codes in either order). */
    public boolean follows(String user, FollowKind kind, String key) {
        String u = user(user);
        String k = key(kind, key);
        try {
            return access.read(c -> {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT 1 FROM follows WHERE user_id = ? AND kind = ? AND target_key = ?")) {
                    StoreJdbc.bind(st, u, kind.name(), k);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException(dataDir, "read the follows of " + u, e);
        }
    }

    /**
     * The user's feed: articles mentioning a followed entity, or of a followed pair (see
     * {@link #FOLLOWED_ARTICLES}), by publication date, newest first, articles that print no date last (newest
     * stored first), each with the reasons it is there.
     *
     * @throws IllegalArgumentException for a cursor this store did not write, or a limit below 1
     */
    public Page<FeedItem> feed(String user, String cursor, int limit) {
        String u = user(user);
        ArticleLists.checkLimit(limit);
        List<Object> parameters = new ArrayList<>(List.of(u, u, u));
        String after = "";
        if (cursor != null) {
            List<String> key = Cursors.decode(cursor, CURSOR_KIND, 3);
            long seq = Cursors.number(cursor, key.get(2));
            if (key.get(1).isEmpty()) { // the last page ended among the undated articles
                after = " AND a.published_value IS NULL AND a.seq < ?";
                parameters.add(seq);
            } else {
                after = " AND (a.published_value IS NULL OR a.published_value < ? OR (a.published_value = ? AND a.seq < ?))";
                parameters.addAll(List.of(key.get(1), key.get(1), seq));
            }
        }
        parameters.add(limit + 1);
        String condition = after;
        try {
            return access.read(c -> {
                List<ArticleLists.Row> rows = new ArrayList<>();
                List<Instant> storedAt = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT " + ArticleLists.REF_COLUMNS + ", a.created_at"
                        + " FROM articles a WHERE a.id IN (" + FOLLOWED_ARTICLES + ")" + condition
                        + " ORDER BY (a.published_value IS NULL), a.published_value DESC, a.seq DESC LIMIT ?")) {
                    StoreJdbc.bind(st, parameters.toArray());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(ArticleLists.Row.read(rs));
                            storedAt.add(Instant.ofEpochMilli(rs.getLong(7)));
                        }
                    }
                }
                boolean more = rows.size() > limit;
                int n = Math.min(limit, rows.size());
                Map<String, List<String>> reasons = reasons(c, u, rows.subList(0, n));
                List<FeedItem> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ArticleRef ref = rows.get(i).ref();
                    items.add(new FeedItem(ref, reasons.getOrDefault(ref.id(), List.of()), storedAt.get(i)));
                }
                ArticleLists.Row last = n == 0 ? null : rows.get(n - 1);
                return new Page<>(items, more ? Cursors.encode(CURSOR_KIND,
                        last.published() == null ? "" : last.published(), Long.toString(last.seq())) : null);
            });
        } catch (SQLException e) {
            throw new StoreException(dataDir, "read the feed of " + u, e);
        }
    }

    /** For each article, the names of the followed entities it mentions (by name), then the followed pairs (by key). */
    private static Map<String, List<String>> reasons(java.sql.Connection c, String user, List<ArticleLists.Row> rows)
            throws SQLException {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return reasons;
        }
        List<String> ids = rows.stream().map(r -> r.ref().id()).toList();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Object[] parameters = new Object[ids.size() + 1];
        parameters[0] = user;
        for (int i = 0; i < ids.size(); i++) {
            parameters[i + 1] = ids.get(i);
        }
        for (String sql : List.of("SELECT DISTINCT m.article_id, n.name FROM follows f"
                        + " JOIN entity_mentions m ON m.entity_id = f.target_key JOIN entities n ON n.id = m.entity_id"
                        + " WHERE f.user_id = ? AND f.kind = 'ENTITY' AND m.article_id IN (" + marks + ")"
                        + " ORDER BY m.article_id, n.name",
                "SELECT DISTINCT p.article_id, p.target_key FROM (" + pairArticles("e.article_id", ", f.target_key")
                        + ") p WHERE p.article_id IN (" + marks + ") ORDER BY p.article_id, p.target_key")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                StoreJdbc.bind(st, sql.contains("'PAIR'") ? pairParameters(user, ids) : parameters);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return reasons;
    }

    private static Object[] pairParameters(String user, List<String> ids) {
        Object[] parameters = new Object[ids.size() + 2];
        parameters[0] = user;
        parameters[1] = user;
        for (int i = 0; i < ids.size(); i++) {
            parameters[i + 2] = ids.get(i);
        }
        return parameters;
    }

    private static boolean exists(java.sql.Connection c, String entityId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM entities WHERE id = ?")) {
            st.setString(1, entityId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String user(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("A user id must not be blank");
        }
        return user.strip();
    }

    /** The stored key: an entity id as given, or a pair's codes sorted. */
    static String key(FollowKind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT) + " key must not be blank");
        }
        String k = key.strip();
        if (kind == FollowKind.ENTITY) {
            return k;
        }
        var m = PAIR.matcher(k);
        if (!m.matches()) {
            throw new IllegalArgumentException("Pair '" + key + "' is not two upper-case alpha-3 codes joined by '-',"
                    + " such as SGP-VNM");
        }
        String a = m.group(1);
        String b = m.group(2);
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }
}
