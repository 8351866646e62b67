package org.attache.store.events;

import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;

import java.nio.file.Path;
import org.attache.store.EventReader;
import org.attache.store.read.Cursors;
import org.attache.store.read.Page;
import org.attache.store.sql.SqlAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads stored events and stories for the CLI, the server and exports. Sees writes of the store's current
 * transaction: while it holds uncommitted changes, reads run on the store's connection under its lock; otherwise
 * on read-only connections, concurrently (see {@link org.attache.store.sql.SqlAccess}). Events come back exactly as written (actors in
 * order, date, evidence), with the story the Cluster stage gave them.
 *
 * <p><b>Timeline order.</b> Events whose year is known, by start date (a month or a year sorts before
 * its days); then events whose year is unknown, by month and day; then undated events. Ties go by the
 * article's publication day (undated articles last), article id, evidence start and the coder's order.
 */
public final class EventQueries extends EventJdbc implements EventReader {

    static final String TIMELINE = "e.date_group, e.date_sort, (e.article_day IS NULL), e.article_day, e.article_id,"
            + " e.evidence_start, e.position";
    private static final String EVENT_COLUMNS = "e.id, e.article_id, e.type, e.cameo, e.mode, e.context, e.status,"
            + " e.trigger_text, e.location, e.date_start, e.date_end, e.date_precision, e.date_text,"
            + " e.evidence_article_id, e.evidence_start, e.evidence_end, e.evidence_text, e.confidence, e.story_id,"
            + " e.article_day";
    /**
     * An actor resolved to an entity is named as the entity is named now (a later article may have given it a
     * fuller or accented name); an unresolved one as coded.
     */
    private static final String ACTOR_COLUMNS = "x.role, x.entity_id, COALESCE(n.name, x.name), x.country, x.sector,"
            + " x.country_source";

    /** Used by the store; obtain instances from {@code ArticleStore.events()}. */
    public EventQueries(Connection connection, Object lock, Path dataDir) {
        this(new SqlAccess(connection, lock, null, 0), dataDir);
    }

    /** Used by the store: reads through {@code access}. */
    public EventQueries(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }

    /** Up to {@code limit} (at most {@link #MAX_LIMIT}) events matching the filter, in timeline order. */
    public List<Event> list(EventFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        int capped = cap(limit);
        List<Event> events = new ArrayList<>();
        if (capped == 0) {
            return events;
        }
        reading("list events", () -> {
            read(filter, capped, events::add);
            return null;
        });
        return events;
    }

    /**
     * Calls {@code action} for every event matching the filter, in timeline order, streaming from the
     * database (for exports): rows come a thousand at a time, on PostgreSQL too, so memory does not grow with
     * the export. The store may be locked meanwhile (when it holds uncommitted writes): {@code action}
     * must not wait on another thread that uses the store.
     */
    public void forEach(EventFilter filter, Consumer<? super Event> action) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(action, "action");
        streaming("read events", () -> {
            read(filter, -1, action);
            return null;
        });
    }

    /** The key of the timeline order, over alias {@code e}: {@link #TIMELINE} with the id last, nulls made comparable. */
    // an integer, not "(e.article_day IS NULL)": PostgreSQL gives a boolean, which the cursor cannot carry as a number
    private static final String PAGE_KEY = "e.date_group, e.date_sort, CASE WHEN e.article_day IS NULL THEN 1 ELSE 0 END,"
            + " COALESCE(e.article_day, ''),"
            + " e.article_id, e.evidence_start, e.position, e.id";
    private static final String PAGE_CURSOR = "events";
    /** Rows fetched at a time when streaming every matching event (one row per event and actor). */
    private static final int STREAM_FETCH_ROWS = 1000;

    /**
     * One page of the events matching the filter, in timeline order: up to {@code limit} (at most
     * {@link #MAX_LIMIT}) after the event {@code cursor} names (from the start when null). The cursor is the
     * last event's place in the timeline, so pages stay in step while events are added elsewhere.
     *
     * @throws IllegalArgumentException when the cursor is not one this method wrote
     */
    public Page<Event> page(EventFilter filter, String cursor, int limit) {
        Objects.requireNonNull(filter, "filter");
        int capped = cap(limit);
        return access.cached(java.util.Arrays.asList("page", filter, cursor, capped), () -> pageNow(filter, cursor, capped));
    }

    private Page<Event> pageNow(EventFilter filter, String cursor, int capped) {
        Where where = Where.of(filter, access.dialect());
        StringBuilder condition = new StringBuilder(where.sql());
        List<Object> parameters = new ArrayList<>(List.of(where.parameters()));
        if (cursor != null) {
            List<String> key = Cursors.decode(cursor, PAGE_CURSOR, 9);
            condition.append(" AND (" + PAGE_KEY + ") > (?, ?, ?, ?, ?, ?, ?, ?)");
            parameters.add(Cursors.number(cursor, key.get(1)));
            parameters.add(key.get(2));
            parameters.add(Cursors.number(cursor, key.get(3)));
            parameters.add(key.get(4));
            parameters.add(key.get(5));
            parameters.add(Cursors.number(cursor, key.get(6)));
            parameters.add(Cursors.number(cursor, key.get(7)));
            parameters.add(key.get(8));
        }
        if (capped == 0) {
            return new Page<>(List.of(), null);
        }
        parameters.add(capped + 1);
        return reading("page events", () -> {
            List<String[]> keys = rows("SELECT " + PAGE_KEY + " FROM events e WHERE " + condition + " ORDER BY "
                    + PAGE_KEY + " LIMIT ?", rs -> {
                        String[] k = new String[9];
                        k[0] = PAGE_CURSOR;
                        for (int i = 1; i <= 8; i++) {
                            k[i] = rs.getString(i);
                        }
                        return k;
                    }, parameters.toArray());
            boolean more = keys.size() > capped;
            List<String[]> shown = more ? keys.subList(0, capped) : keys;
            List<Event> events = new ArrayList<>(shown.size());
            if (!shown.isEmpty()) {
                String marks = String.join(", ", java.util.Collections.nCopies(shown.size(), "?"));
                read("e.id IN (" + marks + ")", shown.stream().map(k -> (Object) k[8]).toArray(), -1, events::add);
            }
            String next = more ? Cursors.encode(shown.getLast()) : null;
            return new Page<>(List.copyOf(events), next);
        });
    }

    /**
     * The columns that make events one group: the same article, evidence span, PLOVER type, status and date.
     * A sentence naming several counterparts ("met A, B and C") is coded as one event per counterpart, and one
     * happening may be coded from each side (a visit, 042, and its hosting, 043); as a group it is one row, with
     * every counterpart and every CAMEO code.
     */
    private static final String GROUP_COLUMNS = "e.article_id, e.evidence_start, e.evidence_end, e.type, e.status,"
            + " e.date_start, e.date_end";
    private static final int GROUP_COLUMN_COUNT = 7;

    /** Whether two events belong to one group (see {@link #GROUP_COLUMNS}). */
    public static boolean sameGroup(Event a, Event b) {
        return a.articleId().equals(b.articleId()) && a.evidence().start() == b.evidence().start()
                && a.evidence().end() == b.evidence().end() && a.type() == b.type() && a.status() == b.status() && Objects.equals(a.date() == null ? null : a.date().start(),
                b.date() == null ? null : b.date().start())
                && Objects.equals(a.date() == null ? null : a.date().end(), b.date() == null ? null : b.date().end());
    }

    /**
     * One page of event groups matching the filter, in timeline order: up to {@code limit} groups, each the
     * consecutive events of the timeline that {@link #sameGroup} joins (one per counterpart of a sentence), after
     * the group the cursor ends (from the start when null). A group is never split across pages. The cursor is
     * one of {@link #page}'s, so it stays in step while events are added elsewhere.
     *
     * @throws IllegalArgumentException when the cursor is not one this class wrote
     */
    public Page<List<Event>> groupPage(EventFilter filter, String cursor, int limit) {
        Objects.requireNonNull(filter, "filter");
        int capped = cap(limit);
        return access.cached(java.util.Arrays.asList("groupPage", filter, cursor, capped),
                () -> groupPageNow(filter, cursor, capped));
    }

    private Page<List<Event>> groupPageNow(EventFilter filter, String cursor, int capped) {
        if (capped == 0) {
            return new Page<>(List.of(), null);
        }
        int fetch = Math.min(MAX_LIMIT, capped * 2 + 8);
        while (true) {
            Page<Event> raw = page(filter, cursor, fetch);
            List<List<Event>> groups = group(raw.items());
            boolean more = raw.nextCursor() != null;
            if (groups.size() > capped || (more && fetch == MAX_LIMIT && groups.size() > 1)) {
                // the last group read may be cut by the raw page: keep whole groups, and end the page after them
                int keep = Math.min(capped, groups.size() - 1);
                List<List<Event>> kept = List.copyOf(groups.subList(0, keep));
                int events = kept.stream().mapToInt(List::size).sum();
                return new Page<>(kept, page(filter, cursor, events).nextCursor());
            }
            if (!more) {
                return new Page<>(List.copyOf(groups), null);
            }
            if (fetch == MAX_LIMIT) { // one group of MAX_LIMIT events: served as it is
                return new Page<>(List.copyOf(groups), raw.nextCursor());
            }
            fetch = Math.min(MAX_LIMIT, fetch * 4);
        }
    }

    private static List<List<Event>> group(List<Event> events) {
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : events) {
            if (!groups.isEmpty() && sameGroup(groups.getLast().getFirst(), e)) {
                groups.getLast().add(e);
            } else {
                groups.add(new ArrayList<>(List.of(e)));
            }
        }
        groups.replaceAll(List::copyOf);
        return groups;
    }

    /** How many event groups (see {@link #groupPage}) match the filter, by month and type, by type and in all. */
    public EventGroupCounts groupCounts(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return access.cached(List.of("groupCounts", filter), () -> groupCountsNow(filter));
    }

    private EventGroupCounts groupCountsNow(EventFilter filter) {
        Where where = Where.of(filter, access.dialect());
        return reading("count event groups", () -> {
            List<MonthCount> months = new ArrayList<>();
            java.util.Map<PloverType, Long> byType = new java.util.EnumMap<>(PloverType.class);
            long[] totals = new long[2];
            rows("SELECT g.month_key, g.type, COUNT(*) FROM (SELECT DISTINCT e.month_key, " + GROUP_COLUMNS
                    + " FROM events e WHERE " + where.sql() + ") g GROUP BY g.month_key, g.type", rs -> {
                        String month = rs.getString(1);
                        PloverType type = PloverType.valueOf(rs.getString(2));
                        int n = rs.getInt(3);
                        if (month == null) {
                            totals[1] += n;
                        } else {
                            months.add(new MonthCount(month, type, n));
                        }
                        byType.merge(type, (long) n, Long::sum);
                        totals[0] += n;
                        return null;
                    }, where.parameters());
            months.sort(Comparator.comparing((MonthCount m) -> m.month().startsWith("--"))
                    .thenComparing(MonthCount::month).thenComparing(MonthCount::type));
            java.util.Map<PloverType, Long> ranked = new java.util.LinkedHashMap<>();
            byType.entrySet().stream().sorted(java.util.Map.Entry.<PloverType, Long>comparingByValue().reversed()
                    .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .forEach(en -> ranked.put(en.getKey(), en.getValue()));
            return new EventGroupCounts(months, ranked, totals[0], totals[1]);
        });
    }

    /**
     * The registry entities acting for {@code country} in the events matching the filter, with how many event
     * groups (see {@link #groupPage}) each is in, most first (ties by id): for a relationship's "main people". An actor whose country comes
     * from weak context only does not count. Up to {@code limit}; cached until the next write.
     */
    public List<java.util.Map.Entry<String, Long>> actorCounts(EventFilter filter, String country, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(country, "country");
        int capped = cap(limit);
        return access.cached(List.of("actorCounts", filter, country, capped), () -> {
            Where where = Where.of(filter, access.dialect());
            Object[] parameters = java.util.Arrays.copyOf(where.parameters(), where.parameters().length + 1);
            parameters[parameters.length - 1] = country;
            java.util.Map<String, java.util.Set<String>> events = new java.util.HashMap<>();
            reading("count the actors of " + country, () -> rows("SELECT x.entity_id, x.country_source, "
                    + GROUP_COLUMNS + " FROM events e JOIN event_actors x ON x.event_id = e.id WHERE " + where.sql()
                    + " AND x.country = ? AND x.entity_id IS NOT NULL", rs -> {
                        AffiliationSource source = AffiliationSource.fromId(rs.getString(2));
                        if (source == null || !source.weak()) {
                            StringBuilder group = new StringBuilder();
                            for (int i = 3; i < 3 + GROUP_COLUMN_COUNT; i++) {
                                group.append(rs.getString(i)).append('\u0000');
                            }
                            events.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(group.toString());
                        }
                        return null;
                    }, parameters));
            return events.entrySet().stream()
                    .map(en -> java.util.Map.entry(en.getKey(), (long) en.getValue().size()))
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(capped).toList();
        });
    }

    /** How many events of each PLOVER type match the filter, most first (ties by type name). */
    public java.util.Map<PloverType, Long> countsByType(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return access.cached(List.of("countsByType", filter), () -> countsByTypeNow(filter));
    }

    private java.util.Map<PloverType, Long> countsByTypeNow(EventFilter filter) {
        Where where = Where.of(filter, access.dialect());
        return reading("count events by type", () -> {
            java.util.Map<PloverType, Long> counts = new java.util.LinkedHashMap<>();
            for (Object[] row : rows("SELECT e.type, COUNT(*) AS n FROM events e WHERE " + where.sql()
                    + " GROUP BY e.type ORDER BY n DESC, e.type", rs -> new Object[] {rs.getString(1), rs.getLong(2)},
                    where.parameters())) {
                counts.put(PloverType.valueOf((String) row[0]), (Long) row[1]);
            }
            return java.util.Collections.unmodifiableMap(counts);
        });
    }

    /** How many events match the filter. */
    public long count(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        Where where = Where.of(filter, access.dialect());
        return access.cached(List.of("count", filter), () -> reading("count events", () -> rows(
                "SELECT COUNT(*) FROM events e WHERE " + where.sql(), rs -> rs.getLong(1), where.parameters()).getFirst()));
    }

    /** The event with this id. */
    public Optional<Event> get(String id) {
        Objects.requireNonNull(id, "id");
        List<Event> found = new ArrayList<>(1);
        reading("read event " + id, () -> {
            read("e.id = ?", new Object[] {id}, -1, found::add);
            return null;
        });
        return found.stream().findFirst();
    }

    /**
     * The events whose actors include both countries (one country when both codes are equal), in timeline
     * order, with counts per month and type and the number of undated ones.
     */
    public Relations relations(String countryA, String countryB) {
        Objects.requireNonNull(countryA, "countryA");
        Objects.requireNonNull(countryB, "countryB");
        EventFilter filter = EventFilter.all().withCountries(countryA, countryB);
        List<Event> events = list(filter, MAX_LIMIT);
        Where where = Where.of(filter, access.dialect());
        return reading("read relations of " + countryA + " and " + countryB, () -> {
            List<MonthCount> months = new ArrayList<>(rows("SELECT e.month_key, e.type, COUNT(*) FROM events e WHERE "
                    + where.sql() + " AND e.month_key IS NOT NULL GROUP BY e.month_key, e.type",
                    rs -> new MonthCount(rs.getString(1), PloverType.valueOf(rs.getString(2)), rs.getInt(3)),
                    where.parameters()));
            months.sort(Comparator.comparing((MonthCount m) -> m.month().startsWith("--"))
                    .thenComparing(MonthCount::month).thenComparing(MonthCount::type));
            int undated = rows("SELECT COUNT(*) FROM events e WHERE " + where.sql() + " AND e.date_group = 2",
                    rs -> rs.getInt(1), where.parameters()).getFirst();
            return new Relations(countryA, countryB, events, months, undated);
        });
    }

    /** Up to {@code limit} stories, largest first: most independent sources, then articles, then events. */
    public List<Story> stories(int limit) {
        int capped = cap(limit);
        return reading("list stories", () -> rows("SELECT " + STORY_COLUMNS + " FROM stories s"
                        + " ORDER BY s.sources DESC, s.articles DESC, s.events DESC, (s.first_day IS NULL), s.first_day, s.id"
                        + " LIMIT ?", EventQueries::story, capped));
    }

    /**
     * The home page's top stories: up to {@code limit}, by the number of distinct outlets reporting them, then by
     * relevance (the highest {@code relevance_score}, the probability that a report is political, among the
     * story's articles; stories with no judged article after judged ones), then articles, events and id. So
     * company and market news, judged unlikely to be political, give way to political stories of as many outlets.
     * Cached until the next write.
     */
    public List<Story> topStories(int limit) {
        int capped = cap(limit);
        return access.cached(List.of("topStories", capped), () -> reading("list the top stories", () -> rows(
                "SELECT " + STORY_COLUMNS + " FROM stories s LEFT JOIN (SELECT e.story_id AS story,"
                        + " MAX(a.relevance_score) AS relevance FROM events e JOIN articles a ON a.id = e.article_id"
                        + " WHERE e.story_id IS NOT NULL GROUP BY e.story_id) r ON r.story = s.id"
                        + " ORDER BY s.sources DESC, (r.relevance IS NULL), r.relevance DESC, s.articles DESC,"
                        + " s.events DESC, s.id LIMIT ?", EventQueries::story, capped)));
    }

    /** The publication day of the newest dated article in the store, or null when none is dated. Cached. */
    public LocalDate newestReportDay() {
        return access.cached(List.of("newestReportDay"), () -> reading("read the newest report day", () -> {
            String published = rows("SELECT MAX(published_value) FROM articles", rs -> rs.getString(1)).getFirst();
            return published == null || !published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? null
                    : LocalDate.parse(published.substring(0, 10));
        }));
    }

    /**
     * Up to {@code limit} stories from position {@code offset} (at most {@link #MAX_LIMIT}), largest first (as
     * {@link #stories(int)}) or, when {@code recent}, latest first: by last day (undated last), then by sources.
     */
    public List<Story> stories(boolean recent, int offset, int limit) {
        int capped = cap(limit);
        if (offset < 0 || offset > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be in 0.." + MAX_LIMIT + ", was " + offset);
        }
        String order = recent ? "(s.last_day IS NULL), s.last_day DESC, s.sources DESC, s.articles DESC, s.id"
                : "s.sources DESC, s.articles DESC, s.events DESC, (s.first_day IS NULL), s.first_day, s.id";
        return reading("list stories", () -> rows("SELECT " + STORY_COLUMNS + " FROM stories s ORDER BY " + order
                + " LIMIT ? OFFSET ?", EventQueries::story, capped, offset));
    }

    /**
     * Up to {@code limit} country pairs from position {@code offset}, most events first (ties by codes), over all
     * stored events; only pairs of two three-letter codes (IGO acronyms of three letters, such as IMF, remain: the
     * caller tells them apart). Cached until the next write.
     */
    public List<PairActivity> pairs(int offset, int limit) {
        int capped = cap(limit);
        if (offset < 0 || offset > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be in 0.." + MAX_LIMIT + ", was " + offset);
        }
        List<PairActivity> all = access.cached(List.of("pairs"), () -> reading("read the country pairs", () -> rows(
                "SELECT x1.country, x2.country, COUNT(DISTINCT e.id) AS n FROM events e"
                        + " JOIN event_actors x1 ON x1.event_id = e.id"
                        + " JOIN event_actors x2 ON x2.event_id = e.id AND x1.country < x2.country"
                        + " GROUP BY x1.country, x2.country ORDER BY n DESC, x1.country, x2.country",
                rs -> new PairActivity(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .stream().filter(p -> isAlpha3(p.countryA()) && isAlpha3(p.countryB())).toList()));
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + capped));
    }

    /** How many stories there are. */
    public long storyCount() {
        return reading("count stories", () -> rows("SELECT COUNT(*) FROM stories", rs -> rs.getLong(1)).getFirst());
    }

    /** The story with this id. */
    public Optional<Story> story(String id) {
        Objects.requireNonNull(id, "id");
        return reading("read story " + id, () -> rows("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id = ?",
                EventQueries::story, id)).stream().findFirst();
    }

    @Override
    public Optional<String> storyAlias(String id) {
        Objects.requireNonNull(id, "id");
        return reading("read story alias " + id, () -> rows("SELECT a.story_id FROM story_aliases a"
                + " JOIN stories s ON s.id = a.story_id WHERE a.alias = ?", rs -> rs.getString(1), id))
                .stream().findFirst();
    }

    /** Up to {@code limit} events of a story, in timeline order. */
    public List<Event> storyEvents(String storyId, int limit) {
        Objects.requireNonNull(storyId, "storyId");
        int capped = cap(limit);
        List<Event> events = new ArrayList<>();
        reading("read events of story " + storyId, () -> {
            read("e.story_id = ?", new Object[] {storyId}, capped, events::add);
            return null;
        });
        return events;
    }

    /**
     * The country pairs with most events in the last {@code days} days, most events first (ties by codes): for
     * the home page's "most active pairs this week". "Last" is relative to the newest report, not today, since
     * a corpus may be old, and dated and undated articles each keep their own clock: a dated article counts
     * when its publication day is within {@code days} days of the newest publication day in the store; an
     * article that prints no date counts when it was stored within {@code days} days of the newest such
     * article's storing (UTC). So an undated page ingested today neither pushes an old dated corpus out of the
     * window nor is pushed out by it.
     * Events count for a pair when their actors (source or target) include both countries; only alpha-3 codes
     * count as countries.
     *
     * @throws IllegalArgumentException when {@code days} is below 1
     */
    public List<PairActivity> activePairs(int days, int limit) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        int capped = cap(limit);
        return access.cached(List.of("activePairs", days, capped), () -> activePairsNow(days, capped));
    }

    private List<PairActivity> activePairsNow(int days, int capped) {
        return reading("read the most active country pairs", () -> {
            String published = rows("SELECT MAX(published_value) FROM articles", rs -> rs.getString(1)).getFirst();
            Long stored = rows("SELECT MAX(created_at) FROM articles WHERE published_value IS NULL",
                    rs -> rs.getObject(1) == null ? null : rs.getLong(1)).getFirst();
            if (published == null && stored == null || capped == 0) {
                return List.<PairActivity>of();
            }
            // a clock with no article gets an empty window (from after to)
            LocalDate newest = published == null ? null : LocalDate.parse(published.substring(0, 10));
            String fromDay = newest == null ? "9999-12-31" : newest.minusDays(days - 1L).toString();
            String toDay = newest == null ? "0000-01-01" : newest.plusDays(1).toString();
            long toMillis = stored == null ? -1 : stored;
            long fromMillis = stored == null ? 0 : stored - TimeUnit.DAYS.toMillis(days);
            List<PairActivity> pairs = rows("SELECT x1.country, x2.country, COUNT(DISTINCT e.id) AS n FROM events e"
                    + " JOIN event_actors x1 ON x1.event_id = e.id"
                    + " JOIN event_actors x2 ON x2.event_id = e.id AND x1.country < x2.country"
                    + " WHERE e.article_id IN (SELECT a.id FROM articles a WHERE a.published_value >= ?"
                    + " AND a.published_value < ? UNION ALL SELECT a.id FROM articles a WHERE a.published_value IS NULL"
                    + " AND a.created_at >= ? AND a.created_at <= ?)"
                    + " GROUP BY x1.country, x2.country ORDER BY n DESC, x1.country, x2.country",
                    rs -> new PairActivity(rs.getString(1), rs.getString(2), rs.getLong(3)),
                    fromDay, toDay, fromMillis, toMillis);
            return pairs.stream().filter(p -> isAlpha3(p.countryA()) && isAlpha3(p.countryB())).limit(capped).toList();
        });
    }

    static boolean isAlpha3(String code) {
        return code != null && code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * Who met whom: CONSULT events as a graph of persons (registry entities of type PERSON among the actors) or
     * of countries (the actors' alpha-3 codes). Two nodes are joined when one event has both among its actors
     * (source or target). Keeps the {@code limit} edges with most events (ties by ids) and the nodes they join.
     * With {@code from} or {@code to}, only events whose date interval meets the range count, so events without
     * a known year are left out; with neither, every CONSULT event counts, undated ones included.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public Graph meetings(GraphLevel level, LocalDate from, LocalDate to, int limit) {
        return interactions(level, PloverType.CONSULT, from, to, limit);
    }

    /**
     * As {@link #meetings}, for the events of any PLOVER type ({@code type}); {@link #meetings} is this for CONSULT.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public Graph interactions(GraphLevel level, PloverType type, LocalDate from, LocalDate to, int limit) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        int capped = cap(limit);
        return access.cached(java.util.Arrays.asList("interactions", level, type, from, to, capped),
                () -> interactionsNow(level, type, from, to, capped));
    }

    private Graph interactionsNow(GraphLevel level, PloverType type, LocalDate from, LocalDate to, int capped) {
        StringBuilder query = new StringBuilder("SELECT e.id, x.entity_id, x.country, n.name, n.country, n.type"
                + " FROM events e JOIN event_actors x ON x.event_id = e.id LEFT JOIN entities n ON n.id = x.entity_id"
                + " WHERE e.type = ?");
        List<Object> parameters = new ArrayList<>(List.of(type.name()));
        if (from != null) {
            query.append(" AND e.day_last >= ?");
            parameters.add(from.toString());
        }
        if (to != null) {
            query.append(" AND e.day_first <= ?");
            parameters.add(to.toString());
        }
        // newest first: known years by date descending, then unknown years, then undated
        query.append(" ORDER BY e.date_group, e.date_sort DESC, (e.article_day IS NULL), e.article_day DESC, e.id,"
                + " x.role, x.position");
        record Actor(String event, String node, String label, String country) {
        }
        List<Actor> actors = reading("read the " + type + " graph", () -> rows(query.toString(), rs -> {
            String event = rs.getString(1);
            if (level == GraphLevel.PERSON) {
                String entity = rs.getString(2);
                boolean person = entity != null && "PERSON".equals(rs.getString(6));
                return person ? new Actor(event, entity, rs.getString(4),
                        rs.getString(5) != null ? rs.getString(5) : rs.getString(3)) : new Actor(event, null, null, null);
            }
            String country = rs.getString(3);
            return isAlpha3(country) ? new Actor(event, country, country, country) : new Actor(event, null, null, null);
        }, parameters.toArray()));
        java.util.Map<String, java.util.LinkedHashMap<String, Actor>> byEvent = new java.util.LinkedHashMap<>();
        for (Actor a : actors) {
            java.util.LinkedHashMap<String, Actor> nodes = byEvent.computeIfAbsent(a.event(), k -> new java.util.LinkedHashMap<>());
            if (a.node() != null) {
                nodes.putIfAbsent(a.node(), a);
            }
        }
        java.util.Map<List<String>, List<String>> edges = new java.util.HashMap<>();
        java.util.Map<String, Actor> nodeInfo = new java.util.HashMap<>();
        java.util.Map<String, Long> nodeEvents = new java.util.HashMap<>();
        for (var entry : byEvent.entrySet()) {
            List<String> ids = new ArrayList<>(new TreeSet<>(entry.getValue().keySet()));
            if (ids.size() < 2) {
                continue;
            }
            for (String id : ids) {
                nodeInfo.putIfAbsent(id, entry.getValue().get(id));
                nodeEvents.merge(id, 1L, Long::sum);
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    edges.computeIfAbsent(List.of(ids.get(i), ids.get(j)), k -> new ArrayList<>()).add(entry.getKey());
                }
            }
        }
        List<GraphEdge> kept = edges.entrySet().stream()
                .map(e -> new GraphEdge(e.getKey().get(0), e.getKey().get(1), e.getValue().size(),
                        e.getValue().subList(0, Math.min(20, e.getValue().size()))))
                .sorted(Comparator.comparingLong(GraphEdge::events).reversed().thenComparing(GraphEdge::source)
                        .thenComparing(GraphEdge::target))
                .limit(capped)
                .toList();
        TreeSet<String> used = new TreeSet<>();
        kept.forEach(e -> {
            used.add(e.source());
            used.add(e.target());
        });
        List<GraphNode> nodes = used.stream().map(id -> {
            Actor a = nodeInfo.get(id);
            return new GraphNode(id, a.label() == null ? id : a.label(), a.country(), nodeEvents.get(id));
        }).sorted(Comparator.comparingLong(GraphNode::events).reversed().thenComparing(GraphNode::id)).toList();
        return new Graph(nodes, kept);
    }

    private static final String STORY_COLUMNS = "s.id, s.type, s.dyad, s.first_day, s.last_day, s.events, s.articles,"
            + " s.sources, s.headline";

    private static Story story(ResultSet rs) throws SQLException {
        return new Story(rs.getString(1), PloverType.valueOf(rs.getString(2)), dyadSet(rs.getString(3)),
                day(rs.getString(4)), day(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9));
    }

    static TreeSet<String> dyadSet(String key) {
        TreeSet<String> dyad = new TreeSet<>();
        if (key != null && !key.isEmpty()) {
            dyad.addAll(List.of(key.split("\\|", -1)));
        }
        return dyad;
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static int cap(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return Math.min(limit, MAX_LIMIT);
    }

    private void read(EventFilter filter, int limit, Consumer<? super Event> action) throws SQLException {
        Where where = Where.of(filter, access.dialect());
        if (filter.articleId() != null) {
            readJoined(where.sql(), where.parameters(), limit, action);
        } else {
            read(where.sql(), where.parameters(), limit, action);
        }
    }

    /**
     * As {@link #read(String, Object[], int, Consumer)} for a condition that selects a handful of events (one
     * article's): one join sorted whole, the limit applied while reading. The id-first form would add a
     * materialised subquery and a second sort to every article page.
     */
    private void readJoined(String condition, Object[] parameters, int limit, Consumer<? super Event> action)
            throws SQLException {
        String query = "SELECT " + EVENT_COLUMNS + ", " + ACTOR_COLUMNS + " FROM events e"
                + " LEFT JOIN event_actors x ON x.event_id = e.id LEFT JOIN entities n ON n.id = x.entity_id"
                + " WHERE " + condition + " ORDER BY " + TIMELINE + ", e.id, x.role, x.position";
        try (PreparedStatement st = connection().prepareStatement(query)) {
            bind(st, parameters);
            assemble(st, limit, action);
        }
    }

    /**
     * Streams the events satisfying {@code condition} (over alias {@code e}) in timeline order, each with its
     * actors, which one join brings in role and position order. The inner query chooses the events by id
     * only, so that its sort carries no event's columns: for long lists (timelines of a pair or an entity).
     */
    private void read(String condition, Object[] parameters, int limit, Consumer<? super Event> action)
            throws SQLException {
        String inner = "SELECT e.id AS chosen FROM events e WHERE " + condition + " ORDER BY " + TIMELINE
                + (limit >= 0 ? " LIMIT ?" : "");
        String query = "SELECT " + EVENT_COLUMNS + ", " + ACTOR_COLUMNS + " FROM (" + inner + ") k"
                + " JOIN events e ON e.id = k.chosen"
                + " LEFT JOIN event_actors x ON x.event_id = e.id LEFT JOIN entities n ON n.id = x.entity_id"
                + " ORDER BY " + TIMELINE + ", e.id, x.role, x.position";
        Object[] all = parameters;
        if (limit >= 0) {
            all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
            all[parameters.length] = limit;
        }
        try (PreparedStatement st = connection().prepareStatement(query)) {
            bind(st, all);
            if (limit < 0) {
                st.setFetchSize(STREAM_FETCH_ROWS); // all of them: in pieces (see forEach)
            }
            assemble(st, limit, action);
        }
    }

    /**
     * Every event satisfying {@code condition} (over alias {@code e}) with its actors, in id order, on
     * {@code connection}: for the Cluster stage's regrouping, inside the writer's transaction.
     */
    static void readEvents(Connection connection, String condition, Object[] parameters,
                           Consumer<? super Event> action) throws SQLException {
        String query = "SELECT " + EVENT_COLUMNS + ", " + ACTOR_COLUMNS + " FROM events e"
                + " LEFT JOIN event_actors x ON x.event_id = e.id LEFT JOIN entities n ON n.id = x.entity_id"
                + " WHERE " + condition + " ORDER BY e.id, x.role, x.position";
        try (PreparedStatement st = connection.prepareStatement(query)) {
            bind(st, parameters);
            assemble(st, -1, action);
        }
    }

    /** Reads rows of events joined with their actors into events, at most {@code limit} (all when negative). */
    private static void assemble(PreparedStatement st, int limit, Consumer<? super Event> action) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            Assembly current = null;
            int given = 0;
            while (rs.next()) {
                String id = rs.getString(1);
                if (current == null || !current.id.equals(id)) {
                    if (current != null) {
                        action.accept(current.event());
                        given++;
                    }
                    if (limit >= 0 && given >= limit) {
                        return;
                    }
                    current = new Assembly(rs);
                }
                current.addActor(rs);
            }
            if (current != null) {
                action.accept(current.event());
            }
        }
    }

    /** One event's columns and the actors read so far. */
    private static final class Assembly {
        private final String id;
        private final String articleId;
        private final PloverType type;
        private final String cameo;
        private final String mode;
        private final String context;
        private final EventStatus status;
        private final String trigger;
        private final String location;
        private final EventDate date;
        private final Evidence evidence;
        private final double confidence;
        private final String storyId;
        private final java.time.LocalDate reportedOn;
        private final List<EventActor> source = new ArrayList<>();
        private final List<EventActor> target = new ArrayList<>();

        Assembly(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            articleId = rs.getString(2);
            type = PloverType.valueOf(rs.getString(3));
            cameo = rs.getString(4);
            mode = rs.getString(5);
            context = rs.getString(6);
            status = EventStatus.valueOf(rs.getString(7));
            trigger = rs.getString(8);
            location = rs.getString(9);
            String start = rs.getString(10);
            date = start == null ? null : new EventDate(PartialDate.parse(start), PartialDate.parse(rs.getString(11)),
                    DatePrecision.valueOf(rs.getString(12)), rs.getString(13));
            evidence = new Evidence(rs.getString(14), rs.getInt(15), rs.getInt(16), rs.getString(17));
            confidence = rs.getDouble(18);
            storyId = rs.getString(19);
            String day = rs.getString(20);
            reportedOn = day == null || day.length() < 10 ? null : java.time.LocalDate.parse(day.substring(0, 10));
        }

        void addActor(ResultSet rs) throws SQLException {
            String role = rs.getString(21);
            if (role == null) {
                return; // an event without actors (left join)
            }
            EventActor actor = new EventActor(rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25),
                    AffiliationSource.fromId(rs.getString(26)));
            (role.equals("source") ? source : target).add(actor);
        }

        Event event() {
            return new Event(id, articleId, type, cameo, mode, context, status, trigger, source, target, location, date,
                    evidence, confidence, storyId, reportedOn);
        }
    }

    /** A filter as an SQL condition over alias {@code e}, with its parameters. */
    record Where(String sql, Object[] parameters) {
        static Where of(EventFilter f, org.attache.store.sql.Dialect dialect) {
            StringBuilder sql = new StringBuilder("1 = 1");
            List<Object> parameters = new ArrayList<>();
            for (String country : new TreeSet<>(f.countries())) {
                sql.append(" AND EXISTS (SELECT 1 FROM event_actors c WHERE c.event_id = e.id AND c.country = ?)");
                parameters.add(country);
            }
            if (f.entityId() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM event_actors n WHERE n.event_id = e.id AND n.entity_id = ?)");
                parameters.add(f.entityId());
            }
            if (f.type() != null) {
                sql.append(" AND e.type = ?");
                parameters.add(f.type().name());
            }
            if (f.status() != null) {
                sql.append(" AND e.status = ?");
                parameters.add(f.status().name());
            }
            if (f.from() != null) {
                sql.append(" AND e.day_last >= ?");
                parameters.add(f.from().toString());
            }
            if (f.to() != null) {
                sql.append(" AND e.day_first <= ?");
                parameters.add(f.to().toString());
            }
            if (f.articleId() != null) {
                sql.append(" AND e.article_id = ?");
                parameters.add(f.articleId());
            }
            if (f.relevance() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM articles r WHERE r.id = e.article_id AND r.relevance = ?)");
                parameters.add(f.relevance().label());
            }
            if (f.mode() != null) {
                sql.append(" AND e.mode = ?");
                parameters.add(f.mode());
            }
            if (f.text() != null) {
                sql.append(" AND e.evidence_text ").append(dialect.likeIgnoringCase()).append(" ? ESCAPE '\\'");
                parameters.add("%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return new Where(sql.toString(), parameters.toArray());
        }
    }
}
