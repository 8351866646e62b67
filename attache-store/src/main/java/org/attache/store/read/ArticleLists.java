package org.attache.store.read;

import org.attache.store.sql.SqlAccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL lists of articles, newest first: articles with a publication date by that date (then newest stored
 * first), then undated articles, newest stored first. Runs on read connections (see {@link SqlAccess}). Used by
 * the store and its rails; thread-safe.
 */
public final class ArticleLists {
    static final String REF_COLUMNS = "a.id, a.title, a.outlet, a.published_value, a.dateline, a.seq";
    private static final String CURSOR_KIND = "latest";

    private final SqlAccess access;

    /** Used by the store. */
    public ArticleLists(SqlAccess access) {
        this.access = access;
    }

    /**
     * A page of all articles, newest first.
     *
     * @throws IllegalArgumentException for a cursor this store did not write, or a limit below 1
     */
    public Page<ArticleRef> latest(String cursor, int limit) throws SQLException {
        checkLimit(limit);
        String dated = null;
        Long seq = null;
        boolean inUndated = false;
        if (cursor != null) {
            List<String> key = Cursors.decode(cursor, CURSOR_KIND, 4);
            inUndated = key.get(1).equals("u");
            if (!inUndated && !key.get(1).equals("d")) {
                throw Cursors.bad(cursor);
            }
            dated = inUndated ? null : key.get(2);
            seq = Cursors.number(cursor, key.get(3));
        }
        List<Row> rows = list(null, null, dated, seq, inUndated, limit + 1);
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Row last = page.getLast();
            next = Cursors.encode(CURSOR_KIND, last.published == null ? "u" : "d", last.published,
                    Long.toString(last.seq));
        }
        return new Page<>(page.stream().map(Row::ref).toList(), next);
    }

    /** The first {@code limit} articles, newest first, without {@code exceptId} and optionally of one outlet. */
    List<ArticleRef> newest(String outlet, String exceptId, int limit) throws SQLException {
        if (limit < 1) {
            return List.of();
        }
        return list(outlet, exceptId, null, null, false, limit).stream().map(Row::ref).toList();
    }

    /**
     * The articles reporting a story (those with an event in it), in the order they were published: dated
     * articles by date, then undated ones, each in the order they were stored.
     */
    public List<ArticleRef> ofStory(String storyId, int limit) throws SQLException {
        checkLimit(limit);
        return access.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + REF_COLUMNS + " FROM articles a WHERE a.id IN"
                    + " (SELECT e.article_id FROM events e WHERE e.story_id = ?)"
                    + " ORDER BY CASE WHEN a.published_value IS NULL THEN 1 ELSE 0 END, a.published_value, a.seq"
                    + " LIMIT ?")) {
                st.setString(1, storyId);
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Row.read(rs));
                    }
                }
            }
            return rows.stream().map(Row::ref).toList();
        });
    }

    /** A stored row of a list with its sort key. */
    record Row(ArticleRef ref, String published, long seq) {
        static Row read(ResultSet rs) throws SQLException {
            String published = rs.getString(4);
            return new Row(new ArticleRef(rs.getString(1), rs.getString(2), rs.getString(3), ArticleRef.day(published),
                    rs.getString(5)), published, rs.getLong(6));
        }
    }

    /**
     * For each of these articles that is a copy, the article it copies ({@code duplicate_of}); articles that are
     * not copies (or unknown) are left out. At most 1,000 ids are looked up.
     */
    public java.util.Map<String, String> duplicateOf(java.util.Collection<String> ids) throws SQLException {
        List<String> asked = ids.stream().filter(java.util.Objects::nonNull).distinct().limit(1_000).toList();
        if (asked.isEmpty()) {
            return java.util.Map.of();
        }
        return access.read(c -> {
            java.util.Map<String, String> copies = new java.util.HashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(asked.size(), "?"));
            try (PreparedStatement st = c.prepareStatement("SELECT a.id, a.duplicate_of FROM articles a WHERE a.id IN ("
                    + marks + ") AND a.duplicate_of IS NOT NULL")) {
                for (int i = 0; i < asked.size(); i++) {
                    st.setString(i + 1, asked.get(i));
                }
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        copies.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return copies;
        });
    }

    /**
     * Up to {@code n} rows after the key (dated part: published value and seq; undated part: seq), reading the
     * dated articles first, then the undated ones, each through an index in its order.
     */
    private List<Row> list(String outlet, String exceptId, String afterPublished, Long afterSeq, boolean inUndated,
                           int n) throws SQLException {
        return access.read(c -> {
            List<Row> rows = new ArrayList<>(n);
            String common = (outlet == null ? "" : " AND a.outlet = ?") + (exceptId == null ? "" : " AND a.id <> ?");
            if (!inUndated) {
                String after = afterPublished == null ? "" : " AND (a.published_value, a.seq) < (?, ?)";
                query(c, "SELECT " + REF_COLUMNS + " FROM articles a WHERE a.published_value IS NOT NULL" + common + after
                        + " ORDER BY a.published_value DESC, a.seq DESC LIMIT ?", rows, outlet, exceptId,
                        afterPublished, afterPublished == null ? null : afterSeq, n);
            }
            if (rows.size() < n) {
                String after = inUndated ? " AND a.seq < ?" : "";
                query(c, "SELECT " + REF_COLUMNS + " FROM articles a WHERE a.published_value IS NULL" + common + after
                        + " ORDER BY a.seq DESC LIMIT ?", rows, outlet, exceptId, null,
                        inUndated ? afterSeq : null, n - rows.size());
            }
            return rows;
        });
    }

    /** Binds the non-null values among outlet, except id, published, seq, then the limit. */
    private static void query(Connection c, String sql, List<Row> into, String outlet, String exceptId,
                              String published, Long seq, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            if (outlet != null) {
                st.setString(i++, outlet);
            }
            if (exceptId != null) {
                st.setString(i++, exceptId);
            }
            if (published != null) {
                st.setString(i++, published);
            }
            if (seq != null) {
                st.setLong(i++, seq);
            }
            st.setInt(i, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    into.add(Row.read(rs));
                }
            }
        }
    }

    static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
