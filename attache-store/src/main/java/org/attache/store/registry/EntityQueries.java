package org.attache.store.registry;

import org.attache.api.AffiliationSource;
import org.attache.api.Entity;
import org.attache.api.Evidence;
import org.attache.api.MentionType;
import org.attache.api.Office;
import org.attache.api.OfficeTitle;
import org.attache.api.registry.MergeRule;
import org.attache.store.EntityReader;
import org.attache.store.StoreException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the entity registry for the CLI, the server and exports. Sees writes of the store's current
 * transaction: while it holds uncommitted changes, reads run on the store's connection under its lock; otherwise
 * on read-only connections, concurrently (see {@link org.attache.store.sql.SqlAccess}). Failures are thrown as
 * {@link StoreException}.
 */
public final class EntityQueries extends RegistryJdbc implements EntityReader {

    /** Used by the store: reads through {@code access}. */
    public EntityQueries(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }

    /** Canonical names kept at most; a name is a few dozen bytes. */
    static final int KEPT_NAMES = 20_000;

    private final Cache<String, KeptName> keptNames = Caffeine.newBuilder()
            .maximumSize(KEPT_NAMES)
            .executor(Runnable::run) // maintenance on the calling thread, as the store's other cache
            .build();

    /** Entities matching the filter, most mentioned first, then by name and id. */
    public List<EntitySummary> list(EntityFilter filter, int limit) {
        return list(filter, 0, limit);
    }

    /** As {@link #list(EntityFilter, int)}, from position {@code offset} of that order. */
    public List<EntitySummary> list(EntityFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        StringBuilder query = new StringBuilder("SELECT e.id, e.type, e.name, e.country, e.country_source,"
                + " (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = e.id) AS mentions,"
                + " (SELECT COUNT(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id) AS articles"
                + " FROM entities e WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        query.append(" ORDER BY mentions DESC, e.name, e.id LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        return access.cached(List.of("entities", filter, offset, limit), () -> reading("list entities",
                () -> List.copyOf(rows(query.toString(), rs -> new EntitySummary(rs.getString(1),
                        MentionType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(6),
                        rs.getLong(7), AffiliationSource.fromId(rs.getString(5))), parameters.toArray()))));
    }

    /** How many entities match the filter. */
    public long count(EntityFilter filter) {
        StringBuilder query = new StringBuilder("SELECT COUNT(*) FROM entities e WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        return access.cached(List.of("countEntities", filter), () -> reading("count entities",
                () -> rows(query.toString(), rs -> rs.getLong(1), parameters.toArray()).getFirst()));
    }

    private static void where(EntityFilter filter, StringBuilder query, List<Object> parameters) {
        if (filter.type() != null) {
            query.append(" AND e.type = ?");
            parameters.add(filter.type().name());
        }
        if (filter.country() != null) {
            query.append(" AND e.country = ?");
            parameters.add(filter.country());
        }
        if (filter.nameKeyContains() != null) {
            if (!filter.nameKeyContains().codePoints().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("a name key holds only letters and digits: " + filter.nameKeyContains());
            }
            query.append(" AND EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.name_key LIKE ?)");
            parameters.add("%" + filter.nameKeyContains() + "%"); // letters and digits only: no LIKE wildcards
        }
    }

    /** Up to {@code limit} entity ids starting with {@code prefix}, in id order. */
    public List<String> idsWithPrefix(String prefix, int limit) {
        return reading("look up entity id prefix " + prefix, () -> rows(
                "SELECT id FROM entities WHERE id >= ? ORDER BY id LIMIT ?", rs -> rs.getString(1), prefix, limit))
                .stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /**
     * The entity with its aliases (in the order they were first seen, canonical name excluded), current and
     * former offices aggregated by normal form and organisation (oldest first; undated last) and mention count.
     */
    public Optional<Entity> entity(String id) {
        return access.cached(List.of("entity", id), () -> entityNow(id));
    }

    private Optional<Entity> entityNow(String id) {
        return reading("read entity " + id, () -> {
            List<String[]> heads = rows("SELECT type, name, country, country_source FROM entities WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, id);
            if (heads.isEmpty()) {
                return Optional.empty();
            }
            String[] head = heads.getFirst();
            List<String> aliases = rows("SELECT a.alias FROM entity_aliases a WHERE a.entity_id = ? ORDER BY"
                    + " (SELECT MIN(g.seq) FROM entity_merges g WHERE g.entity_id = a.entity_id AND g.alias = a.alias)"
                    + " NULLS FIRST, a.alias", rs -> rs.getString(1), id);
            aliases = aliases.stream().filter(a -> !a.equals(head[1])).toList();
            long mentions = rows("SELECT COUNT(*) FROM entity_mentions WHERE entity_id = ?", rs -> rs.getLong(1), id)
                    .getFirst();
            Offices offices = offices(id);
            return Optional.of(new Entity(id, MentionType.valueOf(head[0]), head[1], aliases, head[2], offices.current(),
                    offices.former(), mentions, AffiliationSource.fromId(head[3])));
        });
    }

    /** An article's publication day (yyyy-MM-dd) over alias {@code a}, null when it has no full date. */
    private String articleDay() {
        return "CASE WHEN " + access.dialect().startsWithFullDate("a.published_value")
                + " THEN substr(a.published_value, 1, 10) END";
    }

    /**
     * The first and last publication days of the articles naming the entity, or an empty list when none of
     * them has a full date.
     */
    public List<String> mentionDays(String id) {
        return reading("read the days entity " + id + " was named", () -> rows("SELECT MIN(d), MAX(d) FROM (SELECT "
                + articleDay() + " AS d FROM entity_mentions m JOIN articles a ON a.id = m.article_id"
                + " WHERE m.entity_id = ?) days WHERE d IS NOT NULL", rs -> rs.getString(1) == null ? List.<String>of()
                : List.of(rs.getString(1), rs.getString(2)), id).getFirst());
    }

    private record OfficeRow(String title, String organization, boolean former, String date, Evidence evidence) {
    }

    /** Current and former offices of an entity. */
    private record Offices(List<Office> current, List<Office> former) {
    }

    /**
     * Office claims grouped by their normal form and organisation ({@link OfficeTitle#groupKey}); each
     * office shows its most printed title, is former when its latest claim says so, and takes "acting" and
     * "-elect" from its latest claim.
     */
    private Offices offices(String id) throws SQLException {
        // a claim recorded before its article had a date takes the article's publication day
        List<OfficeRow> claims = rows("SELECT * FROM (SELECT o.title, o.organization, o.former, COALESCE("
                + "o.published_date, " + articleDay() + ") AS day, o.article_id, o.start_offset, o.end_offset"
                + " FROM entity_offices o LEFT JOIN articles a ON a.id = o.article_id WHERE o.entity_id = ?) claims"
                + " ORDER BY (day IS NULL), day, article_id, start_offset",
                rs -> new OfficeRow(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
                        new Evidence(rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(1))), id);
        Map<String, List<OfficeRow>> groups = new LinkedHashMap<>();
        for (OfficeRow claim : claims) {
            groups.computeIfAbsent(OfficeTitle.groupKey(claim.title(), claim.organization()), k -> new ArrayList<>())
                    .add(claim);
        }
        List<Office> current = new ArrayList<>();
        List<Office> former = new ArrayList<>();
        for (Map.Entry<String, List<OfficeRow>> group : groups.entrySet()) {
            Office office = office(group.getKey(), group.getValue());
            (office.former() ? former : current).add(office);
        }
        Comparator<Office> oldestFirst = Comparator.comparing(Office::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()));
        current.sort(oldestFirst);
        former.sort(oldestFirst);
        return new Offices(List.copyOf(current), List.copyOf(former));
    }

    /** One office from its claims (in date order, undated last). */
    private static Office office(String key, List<OfficeRow> claims) {
        Map<String, Integer> titles = new LinkedHashMap<>();
        Map<String, Integer> organizations = new LinkedHashMap<>();
        String first = null;
        String last = null;
        String lastCurrent = null;
        String lastFormer = null;
        boolean anyCurrent = false;
        boolean anyFormer = false;
        for (OfficeRow claim : claims) {
            titles.merge(OfficeTitle.of(claim.title()).display(), 1, Integer::sum);
            if (claim.organization() != null) {
                organizations.merge(claim.organization(), 1, Integer::sum);
            }
            first = min(first, claim.date());
            last = max(last, claim.date());
            if (claim.former()) {
                anyFormer = true;
                lastFormer = max(lastFormer, claim.date());
            } else {
                anyCurrent = true;
                lastCurrent = max(lastCurrent, claim.date());
            }
        }
        boolean former = !anyCurrent || anyFormer && lastFormer != null && lastCurrent != null
                && lastFormer.compareTo(lastCurrent) >= 0;
        OfficeRow latest = claims.stream().filter(c -> c.date() != null).reduce((a, b) -> b).orElse(claims.getLast());
        OfficeTitle latestTitle = OfficeTitle.of(latest.title());
        return new Office(mostFrequent(titles), key, organizations.isEmpty() ? null : mostFrequent(organizations), former,
                latestTitle.acting(), latestTitle.elect(), first, last, claims.getFirst().evidence());
    }

    /** The most frequent of counted strings; the first seen among equals. */
    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    /** The entities named in most articles together with this one, most shared first. */
    public List<CoMention> coMentioned(String id, int limit) {
        return reading("read co-mentions of entity " + id, () -> rows("SELECT e.id, e.type, e.name, e.country, s.shared"
                + " FROM (SELECT o.entity_id AS entity_id, COUNT(DISTINCT o.article_id) AS shared"
                + " FROM entity_mentions m JOIN entity_mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id"
                + " WHERE m.entity_id = ? GROUP BY o.entity_id) s JOIN entities e ON e.id = s.entity_id"
                + " ORDER BY s.shared DESC, e.name, e.id LIMIT ?", rs -> new CoMention(rs.getString(1),
                MentionType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5)), id, limit));
    }

    /**
     * The articles mentioning the entity or published by it, newest first (undated last); {@code mentions}
     * is 0 for an article the entity only published.
     */
    public List<EntityArticle> articles(String id, int limit) {
        return reading("read articles of entity " + id, () -> rows("SELECT a.id, a.title, a.published_value,"
                + " (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = ? AND m.article_id = a.id)"
                + " FROM articles a WHERE a.id IN (SELECT m.article_id FROM entity_mentions m WHERE m.entity_id = ?"
                + " UNION SELECT p.article_id FROM entity_publishers p WHERE p.entity_id = ?)"
                + " ORDER BY (a.published_value IS NULL), a.published_value DESC, a.seq DESC LIMIT ?",
                rs -> new EntityArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                id, id, id, limit));
    }

    /** Why each spelling belongs to the entity, in decision order. */
    public List<MergeExplanation> merges(String id) {
        return reading("read merge decisions of entity " + id, () -> rows("SELECT alias, rule, article_id, start_offset,"
                + " end_offset, evidence_text FROM entity_merges WHERE entity_id = ? ORDER BY seq",
                rs -> new MergeExplanation(rs.getString(1), MergeRule.fromId(rs.getString(2)), new Evidence(
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6))), id));
    }

    @Override
    public java.util.SortedSet<String> articlesOfOneWordPersons() {
        return reading("read the articles of one-word persons", () -> new java.util.TreeSet<>(
                rows(ARTICLES_OF_ONE_WORD_PERSONS, rs -> rs.getString(1))));
    }

    @Override
    public java.util.SortedSet<String> articlesJoinedAcrossTypes() {
        return reading("read the articles of mentions joined across types", () -> new java.util.TreeSet<>(
                rows(ARTICLES_JOINED_ACROSS_TYPES, rs -> rs.getString(1))));
    }

    /**
     * The entity mentions of an article's body, for linking them: ordered by start, non-overlapping (of
     * overlapping mentions the one starting first, then the longest, wins). Empty for an unknown article.
     */
    public List<MentionRef> mentionsOf(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        List<MentionRef> all = reading("read mentions of article " + articleId, () -> rows("SELECT m.start_offset,"
                + " m.end_offset, m.entity_id, e.name, m.type FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
                + " WHERE m.article_id = ? ORDER BY m.start_offset, m.end_offset DESC, m.entity_id",
                rs -> new MentionRef(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        MentionType.valueOf(rs.getString(5))), articleId));
        List<MentionRef> kept = new ArrayList<>(all.size());
        int end = -1;
        for (MentionRef m : all) {
            if (m.type().isEntity() && m.start() >= end && m.end() > m.start()) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    /**
     * The canonical names of those of {@code ids} that are entities. Every search names the entities of its
     * facet, so names are kept between calls (each with the data's generation it was read in, so that a write
     * makes them stale): the query was an eighth of a search.
     */
    public Map<String, String> names(java.util.Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        long generation = access.generation();
        List<String> missing = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(ids)) {
            KeptName kept = keptNames.getIfPresent(id); // never kept at -1 (writes pending)
            if (kept == null || kept.generation() != generation) {
                missing.add(id);
            } else if (kept.name() != null) {
                names.put(id, kept.name());
            }
        }
        if (missing.isEmpty()) {
            return names;
        }
        Map<String, String> read = new LinkedHashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(missing.size(), "?"));
        reading("read entity names", () -> rows("SELECT id, name FROM entities WHERE id IN (" + marks + ")",
                rs -> read.put(rs.getString(1), rs.getString(2)), missing.toArray()));
        names.putAll(read);
        if (generation >= 0 && access.generation() == generation) { // nothing written meanwhile
            for (String id : missing) {
                keptNames.put(id, new KeptName(generation, read.get(id)));
            }
        }
        return names;
    }

    /** A canonical name as read in a generation of the data; null for an id that is no entity. */
    private record KeptName(long generation, String name) {
    }

    /** Number of entities. */
    public long count() {
        return reading("count entities", () -> rows("SELECT COUNT(*) FROM entities", rs -> rs.getLong(1)).getFirst());
    }

    @Override
    public String toString() {
        return "EntityQueries[" + Objects.toString(dataDir) + "]";
    }
}
