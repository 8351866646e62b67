package org.attache.store.events;

import org.attache.api.Article;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;
import org.attache.api.events.StoryMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an article's events and assigns each a story (the Cluster stage's persistence). Used by
 * {@code ArticleStore} inside the article's savepoint; it never commits. Not thread-safe: the store
 * serialises calls.
 *
 * <p>Stories come from {@link StoryGrouping}: the {@link StoryMatcher}'s choices taken over the events of one
 * PLOVER type and country dyad in a canonical order, regrouped from an article's first event onward whenever its
 * events are written or replaced, so that the stories are a function of the events stored, whatever order they
 * arrived in. A story's candidates for an event are the stories of its type and dyad whose day range comes within
 * {@value #WINDOW_DAYS} days of the event's day (an undated event's candidates are the undated stories). Stories
 * keep counts of events, articles and independent sources: an article marked as a copy ({@code duplicate_of})
 * counts as its original's outlet, and an outlet counts once however many articles it published.
 *
 * <p><b>Story ids.</b> A story's id is a hash of its canonical member's event id: the member with the earliest
 * story day (undated last), then of the earliest published article (undated last), then the least event id. Not
 * whether its article is a copy: which of two copies came first depends on the order they arrived in. A story whose canonical member changed takes the new member's id
 * (its events, articles and outlets follow) and its old id is kept in {@code story_aliases}; its headline is the
 * title of that member's article. So a story's id and headline depend on which events it holds, not on the
 * order they arrived in: the same corpus stored in another order gives the same ids wherever it gives the same
 * groupings, and the groupings do not depend on the order either. Events mostly arrive in date order, so
 * regrouping mostly touches the last days of a stretch.
 */
public final class EventWriter extends EventJdbc {
    /** Days either side of an event's day within which a story may take it. */
    public static final int WINDOW_DAYS = 7;
    /** Most stories offered to the matcher for one event. */
    public static final int MAX_CANDIDATES = 20;
    /** Most evidence sentences of a story given to the matcher. */
    public static final int CANDIDATE_EVIDENCE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(EventWriter.class);

    private final StoryGrouping grouping;

    /** Used by the store. */
    public EventWriter(Connection connection, Object lock, Path dataDir) {
        this(new SqlAccess(connection, lock, null, 0), dataDir);
    }

    /** Used by the store: reads through {@code access}. */
    public EventWriter(SqlAccess access, Path dataDir) {
        super(access, dataDir);
        this.grouping = new StoryGrouping(access, dataDir);
    }

    /**
     * Writes the events of a stored article that has none stored, assigning stories through {@code matcher} (no
     * stories when it is null). Events repeating an earlier event's id are dropped.
     *
     * @param article the article as stored (with its {@code duplicateOf})
     * @return the events as written, with their story ids
     * @throws IllegalArgumentException when an event belongs to another article
     * @throws IllegalStateException    when the matcher picks a story that was not a candidate
     */
    public List<Event> write(Article article, List<Event> events, StoryMatcher matcher) throws SQLException {
        return write(article, events, matcher, Map.of(), Map.of());
    }

    /**
     * Replaces an article's events (to code it again): as deleting them and {@link #write writing} the new ones,
     * with the stories of both regrouped once.
     */
    public List<Event> replace(Article article, List<Event> events, StoryMatcher matcher) throws SQLException {
        if (matcher == null) {
            deleteArticleEvents(article.id());
            return write(article, events, null);
        }
        Map<String, List<StoryGrouping.Position>> before = grouping.positions(article.id());
        Map<String, Set<String>> former = new LinkedHashMap<>();
        for (String[] row : rows("SELECT DISTINCT story_key, story_id FROM events WHERE article_id = ?"
                + " AND story_key IS NOT NULL AND story_id IS NOT NULL", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, article.id())) {
            former.computeIfAbsent(row[0], k -> new TreeSet<>()).add(row[1]);
        }
        deleteRows(article.id());
        return write(article, events, matcher, before, former);
    }

    private List<Event> write(Article article, List<Event> events, StoryMatcher matcher,
                              Map<String, List<StoryGrouping.Position>> before, Map<String, Set<String>> former)
            throws SQLException {
        Map<String, Event> unique = new LinkedHashMap<>();
        for (Event event : events) {
            if (!event.articleId().equals(article.id())) {
                throw new IllegalArgumentException("event " + event.id() + " belongs to article " + event.articleId()
                        + ", not to " + article.id());
            }
            if (unique.putIfAbsent(event.id(), event) != null) {
                LOG.warn("Article {}: dropped a second event with id {}", article.id(), event.id());
            }
        }
        LocalDate articleDay = publishedDay(article);
        int position = 0;
        try (PreparedStatement insertEvent = connection().prepareStatement("INSERT INTO events (id, article_id, position,"
                + " type, cameo, mode, context, status, trigger_text, location, date_start, date_end, date_precision,"
                + " date_text, date_group, date_sort, day_first, day_last, month_key, article_day, story_day,"
                + " evidence_article_id, evidence_start, evidence_end, evidence_text, confidence, story_id,"
                + " pipeline_version, story_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insertActor = connection().prepareStatement("INSERT INTO event_actors (event_id, role,"
                     + " position, entity_id, name, country, sector, country_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event event : unique.values()) {
                LocalDate day = event.date() != null && event.date().start().isComplete()
                        ? event.date().start().toLocalDate() : articleDay;
                String key = matcher == null ? null
                        : StoryGrouping.key(event.type(), String.join("|", new TreeSet<>(StoryMatcher.dyad(event))));
                insert(insertEvent, insertActor, event.withStoryId(null), position++, articleDay, day, key);
            }
            insertActor.executeBatch();
        }
        List<Event> written = new ArrayList<>(unique.size());
        if (matcher == null) {
            written.addAll(unique.values().stream().map(e -> e.withStoryId(null)).toList());
        } else {
            Map<String, List<StoryGrouping.Position>> changed = new java.util.TreeMap<>();
            before.forEach((key, p) -> changed.computeIfAbsent(key, k -> new ArrayList<>()).addAll(p));
            grouping.positions(article.id()).forEach((key, p) ->
                    changed.computeIfAbsent(key, k -> new ArrayList<>()).addAll(p));
            for (Map.Entry<String, List<StoryGrouping.Position>> key : changed.entrySet()) {
                grouping.regroupAll(key.getKey(), key.getValue(), former.getOrDefault(key.getKey(), Set.of()), matcher);
            }
            Map<String, String> stories = new LinkedHashMap<>();
            for (String[] row : rows("SELECT id, story_id FROM events WHERE article_id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, article.id())) {
                stories.put(row[0], row[1]);
            }
            for (Event e : unique.values()) {
                written.add(e.withStoryId(stories.get(e.id())));
            }
        }
        // the story the article reports: that of its first event in a story (events come in text order, so the
        // lead's, usually the headline's)
        String lead = written.stream().map(Event::storyId).filter(Objects::nonNull).findFirst().orElse(null);
        update("UPDATE articles SET story_id = ? WHERE id = ?", lead, article.id());
        return written;
    }

    /** Deletes an article's events (to code it again); stories left empty are deleted, others recounted. */
    public void deleteArticleEvents(String articleId) throws SQLException {
        List<String> stories = rows("SELECT DISTINCT story_id FROM events WHERE article_id = ? AND story_id IS NOT NULL",
                rs -> rs.getString(1), articleId);
        deleteRows(articleId);
        for (String story : stories) {
            recount(story);
        }
        canonicalise(stories);
    }

    /**
     * Recounts the stories that hold events of these articles: their independent sources follow {@code duplicate_of},
     * which the store just changed for them (a copy re-pointed to another original).
     */
    public void recountStoriesOf(Collection<String> articleIds) throws SQLException {
        Set<String> stories = new TreeSet<>();
        for (String articleId : articleIds) {
            stories.addAll(rows("SELECT DISTINCT story_id FROM events WHERE article_id = ? AND story_id IS NOT NULL",
                    rs -> rs.getString(1), articleId));
        }
        for (String story : stories) {
            recount(story);
        }
    }

    private void deleteRows(String articleId) throws SQLException {
        update("UPDATE articles SET story_id = NULL WHERE id = ?", articleId);
        update("DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)", articleId);
        update("DELETE FROM events WHERE article_id = ?", articleId);
    }

    /**
     * Gives each of these stories (those still stored) the id of its canonical member (see the class comment) and
     * that member's article title as headline.
     *
     * @return old id → new id for the stories re-keyed
     */
    private Map<String, String> canonicalise(Collection<String> storyIds) throws SQLException {
        Map<String, String> rekeyed = new LinkedHashMap<>();
        for (String old : storyIds) {
            List<String[]> canonical = rows("SELECT e.id, a.title FROM events e LEFT JOIN articles a ON a.id = e.article_id"
                    + " WHERE e.story_id = ? ORDER BY (e.story_day IS NULL), e.story_day, (a.published_value IS NULL),"
                    + " a.published_value, e.id LIMIT 1",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, old);
            if (canonical.isEmpty()) {
                continue; // deleted when its last event went
            }
            String id = storyId(canonical.getFirst()[0]);
            String headline = canonical.getFirst()[1];
            if (id.equals(old)) {
                update("UPDATE stories SET headline = ? WHERE id = ?", headline, old);
                continue;
            }
            update("INSERT INTO stories (id, type, dyad, first_day, last_day, headline, events, articles, sources)"
                    + " SELECT ?, type, dyad, first_day, last_day, ?, events, articles, sources FROM stories WHERE id = ?",
                    id, headline, old);
            update("UPDATE events SET story_id = ? WHERE story_id = ?", id, old);
            update("UPDATE articles SET story_id = ? WHERE story_id = ?", id, old);
            update("UPDATE story_outlets SET story_id = ? WHERE story_id = ?", id, old);
            update("DELETE FROM stories WHERE id = ?", old);
            rekeyed.put(old, id);
        }
        return rekeyed;
    }

    /** Deletes every event, actor and story (and the articles' links to their stories). */
    public void clear() throws SQLException {
        update("UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL");
        update("DELETE FROM event_actors");
        update("DELETE FROM events");
        update("DELETE FROM story_outlets");
        update("DELETE FROM stories");
        // aliases stay: reprocessing gives mostly the same stories again, and old links should still lead there
    }

    /** Stored events and stories. */
    public long[] counts() throws SQLException {
        return new long[] {
                rows("SELECT COUNT(*) FROM events", rs -> rs.getLong(1)).getFirst(),
                rows("SELECT COUNT(*) FROM stories", rs -> rs.getLong(1)).getFirst()};
    }

    /** Recomputes a story's counts and outlets from its events (after deletions); deletes it when empty. */
    private void recount(String storyId) throws SQLException {
        record Counts(int events, int articles, String firstDay, String lastDay) {
        }
        Counts counts = rows("SELECT COUNT(*), COUNT(DISTINCT article_id), MIN(story_day), MAX(story_day) FROM events"
                + " WHERE story_id = ?", rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                storyId).getFirst();
        update("DELETE FROM story_outlets WHERE story_id = ?", storyId);
        if (counts.events() == 0) {
            update("DELETE FROM stories WHERE id = ?", storyId);
            return;
        }
        List<String> articleIds = rows("SELECT DISTINCT article_id FROM events WHERE story_id = ?",
                rs -> rs.getString(1), storyId);
        Set<String> outlets = new TreeSet<>();
        for (String articleId : articleIds) {
            List<String[]> row = rows("SELECT outlet, duplicate_of FROM articles WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, articleId);
            outlets.add(grouping.independentOutlet(articleId, row.getFirst()[0], row.getFirst()[1]));
        }
        for (String outlet : outlets) {
            update("INSERT INTO story_outlets (story_id, outlet) VALUES (?, ?)", storyId, outlet);
        }
        update("UPDATE stories SET events = ?, articles = ?, sources = ?, first_day = ?, last_day = ? WHERE id = ?",
                counts.events(), counts.articles(), outlets.size(), counts.firstDay(), counts.lastDay(), storyId);
    }

    private static void insert(PreparedStatement insertEvent, PreparedStatement insertActor, Event e, int position,
                               LocalDate articleDay, LocalDate storyDay, String storyKey) throws SQLException {
        EventDate date = e.date();
        PartialDate start = date == null ? null : date.start();
        int group = date == null ? 2 : start.year() == null ? 1 : 0;
        LocalDate first = group == 0 ? firstDay(start) : null;
        LocalDate last = group == 0 ? lastDay(date.end(), start.year()) : null;
        bind(insertEvent, e.id(), e.articleId(), position, e.type().name(), e.cameo(), e.mode(), e.context(),
                e.status().name(), e.trigger(), e.location(),
                start == null ? null : start.toString(), date == null ? null : date.end().toString(),
                date == null ? null : date.precision().name(), date == null ? null : date.text(),
                group, start == null ? "" : start.toString(),
                first == null ? null : first.toString(), last == null ? null : last.toString(), monthKey(start),
                articleDay == null ? null : articleDay.toString(), storyDay == null ? null : storyDay.toString(),
                e.evidence().articleId(), e.evidence().start(), e.evidence().end(), e.evidence().text(),
                e.confidence(), e.storyId(), null, storyKey);
        insertEvent.executeUpdate();
        addActors(insertActor, e.id(), "source", e.source());
        addActors(insertActor, e.id(), "target", e.target());
    }

    private static void addActors(PreparedStatement st, String eventId, String role, List<EventActor> actors)
            throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            bind(st, eventId, role, i, a.entityId(), a.name(), a.country(), a.sector(),
                    a.countrySource() == null ? null : a.countrySource().id());
            st.addBatch();
        }
    }

    static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    static LocalDate lastDay(PartialDate end, int startYear) {
        int year = end.year() == null ? startYear : end.year();
        if (end.month() == null) {
            return LocalDate.of(year, 12, 31);
        }
        if (end.day() == null) {
            return YearMonth.of(year, end.month()).atEndOfMonth();
        }
        return LocalDate.of(year, end.month(), end.day());
    }

    /** "2025-01", "2025" for a year-only date, "--04" when the year is unknown; null when undated. */
    static String monthKey(PartialDate start) {
        if (start == null) {
            return null;
        }
        if (start.year() == null) {
            return String.format("--%02d", start.month());
        }
        return start.month() == null ? String.format("%04d", start.year())
                : String.format("%04d-%02d", start.year(), start.month());
    }

    /** The article's publication day, when its date gives one. */
    static LocalDate publishedDay(Article article) {
        if (article.published() == null) {
            return null;
        }
        String value = article.published().value();
        if (value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 's' + 16 hex digits of SHA-256 over the canonical member's event id. */
    static String storyId(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("story\u0000" + eventId)
                    .getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
