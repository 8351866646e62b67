package org.attache.store.registry;

import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.Affiliation;
import org.attache.api.AffiliationSource;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.StoreException;

import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link EntityRegistry} over the {@code entities}, {@code entity_aliases}, {@code entity_mentions},
 * {@code entity_offices} and {@code entity_merges} tables of one connection. Writes join the connection's
 * current transaction; this class never commits.
 *
 * <p>Every method synchronises on the lock given (the store), so calls from several threads are
 * serialised with the store's own writes. Failures are thrown as {@link StoreException}.
 */
public final class SqlEntityRegistry extends RegistryJdbc implements EntityRegistry {
    private static final String ENTITY_COLUMNS = "e.id, e.type, e.name, e.country, e.country_source";

    /** Articles touched by merges since {@link #takeMergedArticles}; guarded by the store's lock. */
    private final Set<String> mergedArticles = new TreeSet<>();
    /** Articles whose mentions merges moved since {@link #takeMovedArticles}; guarded by the store's lock. */
    private final java.util.SortedSet<String> movedArticles = new TreeSet<>();

    public SqlEntityRegistry(Connection connection, Object lock, Path dataDir) {
        this(new SqlAccess(connection, lock, null, 0), dataDir);
    }

    /** Used by the store: reads through {@code access}. */
    public SqlEntityRegistry(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }

    @Override
    public List<RegisteredEntity> candidates(String nameKey) {
        return sql("look up entities by name key", () -> entities("SELECT DISTINCT " + ENTITY_COLUMNS
                + " FROM entities e JOIN entity_aliases a ON a.entity_id = e.id WHERE a.name_key = ? ORDER BY e.id",
                nameKey));
    }

    @Override
    public List<RegisteredEntity> candidatesByOrderKey(String orderKey) {
        return sql("look up entities by order key", () -> entities("SELECT DISTINCT " + ENTITY_COLUMNS
                + " FROM entities e JOIN entity_aliases a ON a.entity_id = e.id WHERE a.order_key = ? ORDER BY e.id",
                orderKey));
    }

    @Override
    public List<RegisteredEntity> candidatesByLastKey(String lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return List.of();
        }
        return sql("look up entities by last name key", () -> entities("SELECT DISTINCT " + ENTITY_COLUMNS
                + " FROM entities e JOIN entity_aliases a ON a.entity_id = e.id WHERE a.last_key = ? ORDER BY e.id",
                lastKey));
    }

    @Override
    public List<RegisteredEntity> candidatesByVariantKeys(Collection<String> variantKeys) {
        if (variantKeys.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(variantKeys.size(), "?"));
        return sql("look up entities by spelling variant", () -> entities("SELECT " + ENTITY_COLUMNS
                + " FROM entities e WHERE e.id IN (SELECT v.entity_id FROM entity_name_variants v WHERE v.variant IN ("
                + marks + ")) ORDER BY e.id", variantKeys.toArray()));
    }

    @Override
    public List<String> aliases(String entityId) {
        return sql("read aliases of entity " + entityId, () -> rows("SELECT a.alias FROM entity_aliases a"
                + " WHERE a.entity_id = ? ORDER BY (SELECT MIN(g.seq) FROM entity_merges g WHERE g.entity_id = a.entity_id"
                + " AND g.alias = a.alias) NULLS FIRST, a.alias", rs -> rs.getString(1), entityId));
    }

    @Override
    public List<String> officeTitles(String entityId) {
        return sql("read offices of entity " + entityId, () -> rows("SELECT title FROM entity_offices"
                + " WHERE entity_id = ? ORDER BY title", rs -> rs.getString(1), entityId));
    }

    @Override
    public Seen seen(String entityId) {
        return sql("read when entity " + entityId + " was seen", () -> {
            long mentions = rows("SELECT COUNT(*) FROM entity_mentions WHERE entity_id = ?", rs -> rs.getLong(1), entityId)
                    .getFirst();
            List<String[]> days = rows("SELECT MIN(SUBSTR(a.published_value, 1, 10)), MAX(SUBSTR(a.published_value, 1, 10))"
                    + " FROM articles a WHERE a.id IN (SELECT m.article_id FROM entity_mentions m WHERE m.entity_id = ?)"
                    + " AND a.published_value >= '0000-01-01'", rs -> new String[] {rs.getString(1), rs.getString(2)},
                    entityId);
            return new Seen(mentions, days.getFirst()[0], days.getFirst()[1]);
        });
    }

    @Override
    public void merge(String keepId, String goneId) {
        if (keepId.equals(goneId)) {
            throw new IllegalArgumentException("cannot merge entity " + keepId + " into itself");
        }
        RegisteredEntity keep = get(keepId).orElseThrow(() -> new IllegalArgumentException("no entity " + keepId));
        RegisteredEntity gone = get(goneId).orElseThrow(() -> new IllegalArgumentException("no entity " + goneId));
        sql("merge entity " + goneId + " into " + keepId, () -> {
            List<String> moved = rows("SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ?",
                    rs -> rs.getString(1), goneId);
            mergedArticles.addAll(moved);
            movedArticles.addAll(moved);
            mergedArticles.addAll(rows("SELECT article_id FROM entity_publishers WHERE entity_id = ?",
                    rs -> rs.getString(1), goneId));
            update("INSERT INTO entity_aliases (entity_id, alias, name_key, order_key, last_key) SELECT ?, alias,"
                    + " name_key, order_key, last_key FROM entity_aliases WHERE entity_id = ? ON CONFLICT DO NOTHING",
                    keepId, goneId);
            update("DELETE FROM entity_aliases WHERE entity_id = ?", goneId);
            update("INSERT INTO entity_name_variants (variant, entity_id) SELECT variant, ? FROM entity_name_variants"
                    + " WHERE entity_id = ? ON CONFLICT DO NOTHING", keepId, goneId);
            update("DELETE FROM entity_name_variants WHERE entity_id = ?", goneId);
            update("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", keepId, goneId);
            update("INSERT INTO entity_offices (entity_id, article_id, start_offset, end_offset, title, organization,"
                    + " country, former, published_date) SELECT ?, article_id, start_offset, end_offset, title,"
                    + " organization, country, former, published_date FROM entity_offices WHERE entity_id = ?"
                    + " ON CONFLICT DO NOTHING", keepId, goneId);
            update("DELETE FROM entity_offices WHERE entity_id = ?", goneId);
            update("UPDATE entity_merges SET entity_id = ? WHERE entity_id = ?", keepId, goneId);
            update("INSERT INTO entity_publishers (article_id, entity_id) SELECT article_id, ? FROM entity_publishers"
                    + " WHERE entity_id = ? ON CONFLICT DO NOTHING", keepId, goneId);
            update("DELETE FROM entity_publishers WHERE entity_id = ?", goneId);
            mergedArticles.addAll(rows("SELECT DISTINCT e.article_id FROM event_actors a JOIN events e ON e.id = a.event_id"
                    + " WHERE a.entity_id = ?", rs -> rs.getString(1), goneId));
            update("UPDATE event_actors SET entity_id = ? WHERE entity_id = ?", keepId, goneId);
            update("INSERT INTO follows (user_id, kind, target_key, since) SELECT user_id, kind, ?, since FROM follows"
                    + " WHERE kind = 'ENTITY' AND target_key = ? ON CONFLICT DO NOTHING", keepId, goneId);
            update("DELETE FROM follows WHERE kind = 'ENTITY' AND target_key = ?", goneId);
            update("DELETE FROM entities WHERE id = ?", goneId);
            if (keep.country() == null && gone.country() != null) {
                update("UPDATE entities SET country = ? WHERE id = ?", gone.country(), keepId);
            }
            return null;
        });
    }

    /**
     * The articles whose entities or event actors a {@link #merge} since the last call changed (their index
     * documents name the merged entity), each once; clears the list.
     */
    public Set<String> takeMergedArticles() {
        synchronized (access.lock()) {
            Set<String> out = new TreeSet<>(mergedArticles);
            mergedArticles.clear();
            return out;
        }
    }

    @Override
    public long mentionCount(String entityId, String text, String exceptArticleId) {
        return sql("count mentions of entity " + entityId, () -> rows("SELECT COUNT(*) FROM entity_mentions WHERE"
                + " entity_id = ? AND text = ? AND article_id <> ?", rs -> rs.getLong(1), entityId, text,
                exceptArticleId == null ? "" : exceptArticleId).getFirst());
    }

    @Override
    public java.util.SortedSet<String> articlesOfOneWordPersons() {
        return sql("read the articles of one-word persons", () -> new TreeSet<>(rows(ARTICLES_OF_ONE_WORD_PERSONS,
                rs -> rs.getString(1))));
    }

    @Override
    public java.util.SortedSet<String> takeMovedArticles() {
        synchronized (access.lock()) {
            java.util.SortedSet<String> out = new TreeSet<>(movedArticles);
            movedArticles.clear();
            return out;
        }
    }

    /** Forgets the articles of merges whose writes were rolled back. */
    public void forgetMergedArticles() {
        synchronized (access.lock()) {
            mergedArticles.clear();
        }
    }

    @Override
    public Optional<RegisteredEntity> get(String id) {
        return sql("read entity " + id, () -> entities("SELECT " + ENTITY_COLUMNS + " FROM entities e WHERE e.id = ?",
                id).stream().findFirst());
    }

    private List<RegisteredEntity> entities(String query, Object... parameters) throws SQLException {
        List<RegisteredEntity> result = new ArrayList<>();
        try (PreparedStatement st = connection().prepareStatement(query)) {
            bind(st, parameters);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new RegisteredEntity(rs.getString(1), MentionType.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), AffiliationSource.fromId(rs.getString(5))));
                }
            }
        }
        return result;
    }

    @Override
    public void create(RegisteredEntity entity) {
        sql("create entity " + entity.id(), () -> update(
                "INSERT INTO entities (seq, id, type, name, country, country_source) SELECT COALESCE(MAX(seq), 0) + 1,"
                        + " ?, ?, ?, ?, ? FROM entities", entity.id(), entity.type().name(), entity.name(), entity.country(),
                entity.countrySource() == null ? null : entity.countrySource().id()));
    }

    @Override
    public void addAlias(String entityId, NameForm alias) {
        sql("add alias to entity " + entityId, () -> {
            int added = update("INSERT INTO entity_aliases (entity_id, alias, name_key, order_key, last_key)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", entityId, alias.text(), alias.nameKey(),
                    alias.orderKey(), alias.lastKey().isEmpty() ? null : alias.lastKey());
            if (added > 0) {
                for (String variant : alias.variantKeys()) {
                    update("INSERT INTO entity_name_variants (variant, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                            variant, entityId);
                }
            }
            return added;
        });
    }

    @Override
    public boolean hasAlias(String entityId, String text) {
        return sql("read aliases of entity " + entityId, () -> {
            try (PreparedStatement st = connection().prepareStatement(
                    "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND alias = ?")) {
                st.setString(1, entityId);
                st.setString(2, text);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void rename(String entityId, String name) {
        sql("rename entity " + entityId, () -> requireOne(entityId,
                update("UPDATE entities SET name = ? WHERE id = ?", name, entityId)));
    }

    @Override
    public void setCountry(String entityId, String country) {
        sql("set the country of entity " + entityId, () -> requireOne(entityId,
                update("UPDATE entities SET country = ?, country_source = NULL WHERE id = ?", country, entityId)));
    }

    @Override
    public void setAffiliation(String entityId, Affiliation affiliation) {
        sql("set the country of entity " + entityId, () -> requireOne(entityId,
                update("UPDATE entities SET country = ?, country_source = ? WHERE id = ?",
                        affiliation == null ? null : affiliation.code(),
                        affiliation == null ? null : affiliation.source().id(), entityId)));
    }

    private static int requireOne(String entityId, int rows) {
        if (rows != 1) {
            throw new IllegalArgumentException("no entity " + entityId);
        }
        return rows;
    }

    @Override
    public void recordMention(String entityId, String articleId, Mention m) {
        String before = sql("record a mention of entity " + entityId, () -> {
            // one statement for a span recorded the first time (nearly every call); a span recorded before (an
            // article resolved again) is read, then re-pointed
            if (update("INSERT INTO entity_mentions (article_id, start_offset, end_offset, entity_id, text, type,"
                    + " sentence) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start_offset, end_offset)"
                    + " DO NOTHING", articleId, m.start(), m.end(), entityId, m.text(), m.type().name(),
                    m.sentence()) > 0) {
                return null;
            }
            List<String> was = rows("SELECT entity_id FROM entity_mentions WHERE article_id = ? AND start_offset = ?"
                    + " AND end_offset = ?", rs -> rs.getString(1), articleId, m.start(), m.end());
            String previous = was.isEmpty() ? null : was.getFirst();
            if (!entityId.equals(previous)) {
                update("UPDATE entity_mentions SET entity_id = ? WHERE article_id = ? AND start_offset = ?"
                        + " AND end_offset = ?", entityId, articleId, m.start(), m.end());
            }
            return previous;
        });
        if (before != null && !before.equals(entityId) && unused(before)) {
            foldUnused(entityId, before);
        }
    }

    /** True when the entity exists and no mention or publisher link names it any more. */
    private boolean unused(String entityId) {
        return sql("read whether entity " + entityId + " is still named", () -> rows("SELECT 1 FROM entities e WHERE"
                + " e.id = ? AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.id) AND NOT EXISTS"
                + " (SELECT 1 FROM entity_publishers p WHERE p.entity_id = e.id)", rs -> 1, entityId).size() == 1);
    }

    /**
     * An entity a re-resolved mention left with nothing naming it existed only for that mention: it is merged into
     * the entity the mention names now (its spellings, offices and decisions follow), unless its country would be
     * given to an entity of none or another.
     */
    private void foldUnused(String keepId, String goneId) {
        RegisteredEntity keep = get(keepId).orElse(null);
        RegisteredEntity gone = get(goneId).orElse(null);
        if (keep != null && gone != null && (gone.country() == null || gone.country().equals(keep.country()))) {
            merge(keepId, goneId);
        }
    }

    @Override
    public void recordOffice(String entityId, String articleId, String publishedDate, OfficeClaim c) {
        sql("record an office of entity " + entityId, () -> update("INSERT INTO entity_offices (entity_id, article_id,"
                + " start_offset, end_offset, title, organization, country, former, published_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", entityId, articleId, c.start(), c.end(),
                c.title(), c.organization(), c.country(), c.former() ? 1 : 0, publishedDate));
    }

    @Override
    public void recordMerge(MergeDecision d) {
        Evidence e = d.evidence();
        sql("record a merge decision of entity " + d.entityId(), () -> {
            // an article resolved again (takeMovedArticles) repeats its decisions: each is recorded once
            if (!rows("SELECT 1 FROM entity_merges WHERE entity_id = ? AND alias = ? AND rule = ? AND article_id = ?"
                    + " AND start_offset = ? AND end_offset = ?", rs -> 1, d.entityId(), d.alias(), d.rule().id(),
                    e.articleId(), e.start(), e.end()).isEmpty()) {
                return null;
            }
            return update("INSERT INTO entity_merges (seq,"
                + " entity_id, alias, rule, article_id, start_offset, end_offset, evidence_text)"
                + " SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ? FROM entity_merges", d.entityId(), d.alias(),
                d.rule().id(), e.articleId(), e.start(), e.end(), e.text());
        });
    }

    /** Deletes every entity and everything recorded about them (for {@code reprocess}); does not commit. */
    public void clear() {
        sql("clear the entity registry", () -> {
            access.markDirty();
            for (String table : List.of("entity_publishers", "entity_merges", "entity_offices", "entity_mentions",
                    "entity_name_variants", "entity_aliases", "entities")) {
                try (PreparedStatement st = connection().prepareStatement("DELETE FROM " + table)) {
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void recordPublisher(String entityId, String articleId) {
        sql("record the publisher of article " + articleId, () -> update("INSERT INTO entity_publishers (article_id,"
                + " entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING", articleId, entityId));
    }
}
