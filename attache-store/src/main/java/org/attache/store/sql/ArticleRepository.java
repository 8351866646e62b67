package org.attache.store.sql;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.store.dedup.BodyKeys;
import org.attache.store.dedup.SimHash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and writes the {@code articles} table over one connection. Transactions are the caller's:
 * this class never commits. Frequent statements are prepared once; call {@link #close()} to release
 * them.
 *
 * <p>Not thread-safe.
 */
public final class ArticleRepository implements AutoCloseable {
    /** Key of the counts of articles whose outlet or language is null. */
    public static final String NONE = "(none)";

    private static final String COLUMNS = "seq, id, source, url, outlet, title, title_derived, body, captions, byline, "
            + "dateline, published_value, published_provenance, updated_value, updated_provenance, language, links, "
            + "duplicate_of, duplicate_kind, story_id";
    /** The columns of a {@link Candidate}. */
    private static final String CANDIDATE = "id, seq, simhash, duplicate_of, duplicate_kind";

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement exists;
    private final PreparedStatement byBodyHash;
    private final PreparedStatement byBand;
    private final PreparedStatement setRelevance;
    private final PreparedStatement simhashOf;
    private final PreparedStatement setDuplicateOf;
    private final PreparedStatement copiesOf;

    /**
     * A stored article that may copy the one looked up, or be copied by it (same body hash, or a SimHash band in
     * common), with its own copy link as stored.
     *
     * @param simhash     its SimHash, or null for a short body
     * @param duplicateOf the article it copies, or null
     * @param kind        how it copies that one, or null
     */
    public record Candidate(String id, long seq, Long simhash, String duplicateOf, DuplicateKind kind) {
    }

    public ArticleRepository(Connection connection) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("INSERT INTO articles (" + COLUMNS
                + ", body_hash, simhash, simhash_band0, simhash_band1, simhash_band2, simhash_band3, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.exists = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
        this.byBodyHash = connection.prepareStatement(
                "SELECT " + CANDIDATE + " FROM articles WHERE body_hash = ? ORDER BY seq");
        this.byBand = connection.prepareStatement("SELECT " + CANDIDATE + " FROM articles WHERE simhash_band0 = ?"
                + " OR simhash_band1 = ? OR simhash_band2 = ? OR simhash_band3 = ? ORDER BY seq");
        this.simhashOf = connection.prepareStatement("SELECT simhash FROM articles WHERE id = ?");
        this.setDuplicateOf = connection.prepareStatement(
                "UPDATE articles SET duplicate_of = ?, duplicate_kind = ? WHERE id = ?");
        this.copiesOf = connection.prepareStatement("SELECT id FROM articles WHERE duplicate_of = ?");
        this.setRelevance = connection.prepareStatement(
                "UPDATE articles SET relevance = ?, relevance_score = ? WHERE id = ?");
    }

    /** Sets (or, with null, clears) the relevance of a stored article. */
    public void setRelevance(String id, Relevance relevance) throws SQLException {
        if (relevance == null) {
            setRelevance.setNull(1, Types.VARCHAR);
            setRelevance.setNull(2, Types.DOUBLE);
        } else {
            setRelevance.setString(1, relevance.label().label());
            setRelevance.setDouble(2, relevance.score());
        }
        setRelevance.setString(3, id);
        setRelevance.executeUpdate();
    }

    /** The relevance of a stored article, read on {@code connection}; empty when it has none or is not stored. */
    public static Optional<Relevance> relevance(Connection connection, String id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT relevance, relevance_score FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Relevance(RelevanceLabel.fromLabel(rs.getString(1)),
                        Math.min(1, Math.max(0, rs.getDouble(2)))));
            }
        }
    }

    /** The seq of a stored article, or -1. */
    public long seqOf(String id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public boolean exists(String id) throws SQLException {
        exists.setString(1, id);
        try (ResultSet rs = exists.executeQuery()) {
            return rs.next();
        }
    }

    /** The articles with this normalised-body hash, in write order. */
    public List<Candidate> withBodyHash(String bodyHash) throws SQLException {
        byBodyHash.setString(1, bodyHash);
        return candidates(byBodyHash);
    }

    /** Articles sharing at least one SimHash band with {@code simhash}, in write order; not yet verified. */
    public List<Candidate> simhashCandidates(long simhash) throws SQLException {
        for (int band = 0; band < SimHash.BANDS; band++) {
            byBand.setInt(band + 1, SimHash.band(simhash, band));
        }
        return candidates(byBand);
    }

    private static List<Candidate> candidates(PreparedStatement st) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long simhash = rs.getLong(3);
                Long maybe = rs.wasNull() ? null : simhash;
                candidates.add(new Candidate(rs.getString(1), rs.getLong(2), maybe, rs.getString(4),
                        DuplicateKind.fromColumn(rs.getString(5))));
            }
        }
        return candidates;
    }

    /** The SimHash of a stored article; empty when it has none (a short body) or is not stored. */
    public Optional<Long> simhashOf(String id) throws SQLException {
        simhashOf.setString(1, id);
        try (ResultSet rs = simhashOf.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long simhash = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(simhash);
        }
    }

    /** Points a stored article to the one it copies (the store re-points copies to a better original). */
    public void setDuplicateOf(String id, String originalId, DuplicateKind kind) throws SQLException {
        setDuplicateOf.setString(1, originalId);
        setDuplicateOf.setString(2, kind == null ? null : kind.column());
        setDuplicateOf.setString(3, id);
        setDuplicateOf.executeUpdate();
    }

    /** The articles that point to this one as the article they copy. */
    public List<String> copiesOf(String id) throws SQLException {
        copiesOf.setString(1, id);
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = copiesOf.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Highest seq stored, 0 when empty. */
    public long maxSeq() throws SQLException {
        return queryLong("SELECT COALESCE(MAX(seq), 0) FROM articles");
    }

    /** Every stored article id. */
    public java.util.Set<String> ids() throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM articles");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    public long count() throws SQLException {
        return queryLong("SELECT COUNT(*) FROM articles");
    }

    public void insert(StoredArticle stored, BodyKeys keys, long createdAtMillis) throws SQLException {
        Article a = stored.article();
        PreparedStatement st = insert;
        int i = 1;
        st.setLong(i++, stored.seq());
        st.setString(i++, a.id());
        st.setString(i++, a.source());
        st.setString(i++, a.url());
        st.setString(i++, a.outlet());
        st.setString(i++, a.title());
        st.setInt(i++, a.titleDerived() ? 1 : 0);
        st.setString(i++, ArticleJson.write(a.body()));
        st.setString(i++, ArticleJson.write(a.captions()));
        st.setString(i++, a.byline());
        st.setString(i++, a.dateline());
        st.setString(i++, a.published() == null ? null : a.published().value());
        st.setString(i++, a.published() == null ? null : a.published().provenance().name());
        st.setString(i++, a.updated() == null ? null : a.updated().value());
        st.setString(i++, a.updated() == null ? null : a.updated().provenance().name());
        st.setString(i++, a.language());
        st.setString(i++, ArticleJson.write(a.links()));
        st.setString(i++, a.duplicateOf());
        st.setString(i++, stored.duplicateKind() == null ? null : stored.duplicateKind().column());
        st.setString(i++, a.storyId());
        st.setString(i++, keys.bodyHash());
        if (keys.simhash() == null) {
            for (int k = 0; k <= SimHash.BANDS; k++) {
                st.setNull(i++, Types.BIGINT);
            }
        } else {
            long simhash = keys.simhash();
            st.setLong(i++, simhash);
            for (int band = 0; band < SimHash.BANDS; band++) {
                st.setInt(i++, SimHash.band(simhash, band));
            }
        }
        st.setLong(i, createdAtMillis);
        st.executeUpdate();
    }

    public Optional<StoredArticle> get(String id) throws SQLException {
        return get(connection, id);
    }

    /** The article with this id, read on {@code connection} (a read connection, for concurrent readers). */
    public static Optional<StoredArticle> get(Connection connection, String id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Up to {@code limit} ids starting with {@code prefix}, in id order. Relies on ids that start with a
     * prefix forming one range in the column's (binary) collation.
     */
    public List<String> idsWithPrefix(String prefix, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id FROM articles WHERE id >= ? ORDER BY id LIMIT ?")) {
            st.setString(1, prefix);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && rs.getString(1).startsWith(prefix)) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Streams the articles with {@code seq > afterSeq} in seq order without loading them all. */
    public void forEachAfter(long afterSeq, Consumer<? super StoredArticle> action) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq")) {
            st.setLong(1, afterSeq);
            st.setFetchSize(512);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    action.accept(read(rs));
                }
            }
        }
    }

    /**
     * What the index needs to facet an article: the countries of the entities it mentions and of its events'
     * actors (alpha-3 codes only), the entities it mentions, its events' types and statuses, its relevance.
     */
    public org.attache.store.index.ArticleFacets facets(String articleId) throws SQLException {
        java.util.Set<String> countries = new java.util.TreeSet<>();
        java.util.Set<String> entities = new java.util.TreeSet<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT m.entity_id, e.country"
                + " FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entities.add(rs.getString(1));
                    addCountry(countries, rs.getString(2));
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT e.type, e.status, x.country"
                + " FROM events e LEFT JOIN event_actors x ON x.event_id = e.id WHERE e.article_id = ?")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                    statuses.add(rs.getString(2));
                    addCountry(countries, rs.getString(3));
                }
            }
        }
        String relevance = null;
        try (PreparedStatement st = connection.prepareStatement("SELECT relevance FROM articles WHERE id = ?")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                relevance = rs.next() ? rs.getString(1) : null;
            }
        }
        return new org.attache.store.index.ArticleFacets(countries, entities, types, statuses, relevance);
    }

    private static void addCountry(java.util.Set<String> countries, String code) {
        if (code != null && code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            countries.add(code);
        }
    }

    public long countDuplicates(DuplicateKind kind) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM articles WHERE duplicate_kind = ?")) {
            st.setString(1, kind.column());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public long countWithPublished() throws SQLException {
        return queryLong("SELECT COUNT(*) FROM articles WHERE published_value IS NOT NULL");
    }

    /** Article counts per outlet, most first; null outlets under {@link #NONE}. */
    public Map<String, Long> countByOutlet() throws SQLException {
        return countBy("SELECT outlet, COUNT(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet NULLS FIRST");
    }

    /** Article counts per language, most first; null languages under {@link #NONE}. */
    public Map<String, Long> countByLanguage() throws SQLException {
        return countBy("SELECT language, COUNT(*) AS n FROM articles GROUP BY language ORDER BY n DESC, language NULLS FIRST");
    }

    private Map<String, Long> countBy(String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                counts.merge(key == null ? NONE : key, rs.getLong(2), Long::sum);
            }
        }
        return counts;
    }

    private long queryLong(String sql) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static StoredArticle read(ResultSet rs) throws SQLException {
        PublishedDate published = date(rs.getString("published_value"), rs.getString("published_provenance"));
        PublishedDate updated = date(rs.getString("updated_value"), rs.getString("updated_provenance"));
        Article article = new Article(rs.getString("id"), rs.getString("source"), rs.getString("url"),
                rs.getString("outlet"), rs.getString("title"), rs.getInt("title_derived") != 0,
                ArticleJson.strings(rs.getString("body")), ArticleJson.strings(rs.getString("captions")),
                rs.getString("byline"), rs.getString("dateline"), published, updated, rs.getString("language"),
                ArticleJson.links(rs.getString("links")), rs.getString("duplicate_of"), rs.getString("story_id"));
        return new StoredArticle(rs.getLong("seq"), article, DuplicateKind.fromColumn(rs.getString("duplicate_kind")));
    }

    private static PublishedDate date(String value, String provenance) {
        return value == null ? null : new PublishedDate(value, DateProvenance.valueOf(provenance));
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement st : List.of(insert, exists, byBodyHash, byBand, setRelevance, simhashOf,
                setDuplicateOf, copiesOf)) {
            try {
                st.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
