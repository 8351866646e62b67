package org.attache.store.read;

import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoreJdbc;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Related News as kept in the database: each article's list is computed once after it is stored (again when a
 * newer article finds it related, and after a reindex), so that an article page reads a few rows instead of
 * running a similarity query over the whole index. An article waiting for its list is <em>pending</em>;
 * {@link Rails#related} computes a pending article's list on the spot. Used by the store; thread-safe.
 */
public final class RelatedLists extends StoreJdbc {
    /** Entries kept per article: longer Related rails are computed on the spot. */
    public static final int KEPT = 12;

    /** Used by the store. */
    public RelatedLists(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }

    /**
     * The first {@code limit} (at most {@link #KEPT}) related articles as kept, best first; empty when the article
     * is pending (its list is not computed yet). An unknown article has an empty list.
     */
    Optional<List<ArticleRef>> kept(String articleId, int limit) {
        return reading("read the related articles of " + articleId, () -> {
            List<ArticleRef> refs = rows("SELECT " + ArticleLists.REF_COLUMNS + " FROM related_articles r"
                            + " JOIN articles a ON a.id = r.related_id WHERE r.article_id = ? ORDER BY r.rank LIMIT ?",
                    rs -> ArticleLists.Row.read(rs).ref(), articleId, Math.min(limit, KEPT));
            if (!refs.isEmpty()) {
                return Optional.of(List.copyOf(refs));
            }
            boolean pending = !rows("SELECT 1 FROM related_pending WHERE article_id = ?", rs -> 1, articleId).isEmpty();
            return pending ? Optional.empty() : Optional.of(List.of());
        });
    }

    /** Marks a newly written article as pending, in the write transaction (the store calls it in its savepoint). */
    public void markPending(String articleId) throws SQLException {
        update("INSERT INTO related_pending (article_id) VALUES (?) ON CONFLICT (article_id) DO NOTHING", articleId);
    }

    /** Marks every article as pending (after a reindex), in the write transaction. */
    public void markAllPending() throws SQLException {
        update("INSERT INTO related_pending (article_id) SELECT id FROM articles WHERE true"
                + " ON CONFLICT (article_id) DO NOTHING");
    }

    /** The pending articles, oldest stored first. */
    public List<String> pending() {
        return reading("list the articles waiting for their related articles", () -> rows(
                "SELECT p.article_id FROM related_pending p JOIN articles a ON a.id = p.article_id ORDER BY a.seq",
                rs -> rs.getString(1)));
    }

    /** How many articles are pending. */
    public long pendingCount() {
        return reading("count the articles waiting for their related articles",
                () -> rows("SELECT COUNT(*) FROM related_pending", rs -> rs.getLong(1)).getFirst());
    }

    /**
     * Replaces the kept lists of these articles (ids best first; at most {@link #KEPT} kept each) and clears their
     * pending mark, in the write transaction. Ids of articles not stored are left out.
     */
    public void replace(Map<String, List<String>> lists) throws SQLException {
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            String id = e.getKey();
            update("DELETE FROM related_articles WHERE article_id = ?", id);
            int rank = 0;
            for (String related : e.getValue()) {
                if (rank == KEPT) {
                    break;
                }
                // both ends must be stored (the foreign keys): an article that is gone is skipped, not an error
                rank += update("INSERT INTO related_articles (article_id, rank, related_id)"
                        + " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)"
                        + " AND EXISTS (SELECT 1 FROM articles WHERE id = ?)", id, rank, related, id, related);
            }
            update("DELETE FROM related_pending WHERE article_id = ?", id);
        }
    }
}
