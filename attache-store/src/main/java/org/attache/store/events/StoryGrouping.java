package org.attache.store.events;

import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryCandidate;
import org.attache.api.events.StoryMatcher;
import org.attache.store.sql.SqlAccess;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the events of one story key (PLOVER type and country dyad) into stories as a function of the events
 * stored, not of the order they arrived in.
 *
 * <p>The grouping is the {@link StoryMatcher}'s greedy choice taken over the key's events in <em>canonical
 * order</em> (story day, undated last; then the article's publication, undated last; then the event id): each
 * event joins the best story formed by the events before it, or opens one. A story's id hashes its first
 * member in that order (see {@link EventWriter}). Written or deleted events change only what comes after them
 * in that order, and only within a <em>stretch</em>: days of the key linked by gaps of at most {@value #GAP_DAYS}
 * days (a story's candidates lie within that many days of the event, so no story spans a longer gap; undated
 * events form one stretch). So a write regroups from its first event onward to the end of its stretch, keeping
 * the stories formed before it. Any arrival order, and two halves written one after the other, end in the same
 * stories. Not thread-safe: the store serialises writes.
 */
final class StoryGrouping extends EventJdbc {
    /** Largest gap between days of one stretch: the days a story looks either side of an event. */
    static final int GAP_DAYS = EventWriter.WINDOW_DAYS;

    /** Where an event stands in canonical order. */
    record Position(String day, String published, String eventId) implements Comparable<Position> {
        private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
        private static final Comparator<Position> ORDER = Comparator.comparing(Position::day, NULLS_LAST)
                .thenComparing(Position::published, NULLS_LAST).thenComparing(Position::eventId);

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    /** A stored event of the stretch with what grouping needs. */
    private record Member(Position position, String articleId, int order, String storedStory, String evidence,
                          String title, String outlet) {
        String eventId() {
            return position.eventId();
        }
    }

    /** A story being formed: members in canonical order. */
    private static final class Group {
        final List<Member> members = new ArrayList<>();
        String id;
        String firstDay;
        String lastDay;

        void add(Member m) {
            if (members.isEmpty()) {
                id = EventWriter.storyId(m.eventId());
            }
            members.add(m);
            String day = m.position().day();
            if (day != null) {
                firstDay = firstDay == null || day.compareTo(firstDay) < 0 ? day : firstDay;
                lastDay = lastDay == null || day.compareTo(lastDay) > 0 ? day : lastDay;
            }
        }

        Set<String> outlets() {
            Set<String> outlets = new TreeSet<>();
            members.forEach(m -> outlets.add(m.outlet()));
            return outlets;
        }

        List<String> evidence() {
            return members.stream().sorted(Comparator.comparing(Member::articleId).thenComparingInt(Member::order))
                    .map(Member::evidence).filter(Objects::nonNull).distinct().limit(EventWriter.CANDIDATE_EVIDENCE)
                    .toList();
        }
    }

    StoryGrouping(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }

    /** The key events of this type and dyad are grouped under ({@code events.story_key}). */
    static String key(PloverType type, String dyadKey) {
        return type.name() + ":" + dyadKey;
    }

    /** The canonical positions of an article's events that have a story key, by key. */
    Map<String, List<Position>> positions(String articleId) throws SQLException {
        Map<String, List<Position>> positions = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT e.story_key, e.story_day, a.published_value, e.id FROM events e"
                + " JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.story_key IS NOT NULL",
                rs -> new Object[] {rs.getString(1), new Position(rs.getString(2), rs.getString(3), rs.getString(4))},
                articleId)) {
            positions.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Position) row[1]);
        }
        return positions;
    }

    /**
     * Regroups every stretch of {@code key} that holds one of {@code changed} (positions of events written or
     * deleted): from the first such position of each stretch to its end.
     */
    void regroupAll(String key, Collection<Position> changed, Collection<String> formerStories, StoryMatcher matcher)
            throws SQLException {
        List<Position> sorted = new ArrayList<>(new TreeSet<>(changed));
        String coveredTo = null;
        boolean undatedDone = false;
        for (Position p : sorted) {
            if (p.day() == null ? undatedDone : coveredTo != null && p.day().compareTo(coveredTo) <= 0) {
                continue; // regrouped with an earlier position of its stretch
            }
            if (p.day() == null) {
                undatedDone = true;
            }
            coveredTo = regroup(key, p, formerStories, matcher);
        }
    }

    /**
     * Regroups the events of {@code key} from {@code start} (in canonical order) to the end of its stretch.
     *
     * @param formerStories stories that held events since deleted: removed when no event is left in them
     * @return the last day regrouped (the stretch's end), null for the undated stretch
     */
    private String regroup(String key, Position start, Collection<String> formerStories, StoryMatcher matcher)
            throws SQLException {
        String type = key.substring(0, key.indexOf(':'));
        String dyadKey = key.substring(key.indexOf(':') + 1);
        String condition;
        Object[] parameters;
        String high = null;
        if (start.day() == null) {
            condition = "e.story_key = ? AND e.story_day IS NULL";
            parameters = new Object[] {key};
        } else {
            LocalDate day = LocalDate.parse(start.day());
            String low = day.minusDays(GAP_DAYS).toString();
            high = endOfStretch(key, start.day());
            // the stretch's days before the start only as members of stories that reach into the window
            condition = "e.story_key = ? AND (e.story_day BETWEEN ? AND ? OR e.story_id IN (SELECT p.story_id FROM events p"
                    + " WHERE p.story_key = ? AND p.story_day BETWEEN ? AND ? AND p.story_id IS NOT NULL))";
            parameters = new Object[] {key, low, high, key, low, start.day()};
        }
        List<Member> members = members(condition, parameters);
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Member> replay = new ArrayList<>();
        Map<String, Group> prefix = new HashMap<>();
        for (Member m : members) {
            if (m.position().compareTo(start) < 0 && m.storedStory() != null) {
                prefix.computeIfAbsent(m.storedStory(), s -> new Group()).add(m);
            } else {
                replay.add(m);
            }
        }
        prefix.values().forEach(g -> groups.put(g.id, g));
        Map<String, Event> events = new HashMap<>();
        if (!replay.isEmpty()) {
            EventQueries.readEvents(connection(), condition, parameters, e -> events.put(e.id(), e));
        }
        Set<String> dyad = EventQueries.dyadSet(dyadKey);
        Map<String, Group> groupOf = new HashMap<>();
        for (Group g : groups.values()) {
            g.members.forEach(m -> groupOf.put(m.eventId(), g));
        }
        for (Member m : replay) {
            Event event = events.get(m.eventId());
            LocalDate day = m.position().day() == null ? null : LocalDate.parse(m.position().day());
            List<Group> near = groups.values().stream()
                    .filter(g -> day == null ? g.firstDay == null : g.firstDay != null
                            && g.firstDay.compareTo(day.plusDays(GAP_DAYS).toString()) <= 0
                            && g.lastDay.compareTo(day.minusDays(GAP_DAYS).toString()) >= 0)
                    .sorted(Comparator.comparing((Group g) -> g.firstDay, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(g -> g.id))
                    .limit(EventWriter.MAX_CANDIDATES).toList();
            List<StoryCandidate> candidates = new ArrayList<>(near.size());
            for (Group g : near) {
                candidates.add(new StoryCandidate(g.id, PloverType.valueOf(type), dyad,
                        g.firstDay == null ? null : LocalDate.parse(g.firstDay),
                        g.lastDay == null ? null : LocalDate.parse(g.lastDay), g.evidence(), g.outlets()));
            }
            Optional<String> choice = event == null ? Optional.empty() : matcher.match(event, day, candidates);
            Group chosen;
            if (choice.isPresent()) {
                chosen = near.stream().filter(g -> g.id.equals(choice.get())).findFirst().orElseThrow(
                        () -> new IllegalStateException("the story matcher chose " + choice.get() + " for event "
                                + m.eventId() + ", which was not one of its candidates"));
            } else {
                chosen = new Group();
            }
            chosen.add(m);
            groups.putIfAbsent(chosen.id, chosen);
            groupOf.put(m.eventId(), chosen);
        }
        persist(type, dyadKey, members, replay, groups, groupOf, formerStories);
        return high;
    }

    /** The last day of the key's stretch that holds {@code day}, looking forward. */
    private String endOfStretch(String key, String day) throws SQLException {
        String high = day;
        while (true) {
            String limit = LocalDate.parse(high).plusDays(GAP_DAYS).toString();
            String next = rows("SELECT MAX(story_day) FROM events WHERE story_key = ? AND story_day > ? AND story_day <= ?",
                    rs -> rs.getString(1), key, high, limit).getFirst();
            if (next == null) {
                return high;
            }
            high = next;
        }
    }

    private List<Member> members(String condition, Object[] parameters) throws SQLException {
        Map<String, String> outlets = new HashMap<>();
        List<Object[]> raw = rows("SELECT e.id, e.article_id, e.position, e.story_day, e.story_id, e.evidence_text,"
                + " a.published_value, a.title, a.outlet, a.duplicate_of FROM events e JOIN articles a ON a.id = e.article_id"
                + " WHERE " + condition, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10)}, parameters);
        List<Member> members = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            String articleId = (String) r[1];
            String outlet = outlets.get(articleId);
            if (outlet == null) {
                outlet = independentOutlet(articleId, (String) r[8], (String) r[9]);
                outlets.put(articleId, outlet);
            }
            members.add(new Member(new Position((String) r[3], (String) r[6], (String) r[0]), articleId, (Integer) r[2],
                    (String) r[4], (String) r[5], (String) r[7], outlet));
        }
        members.sort(Comparator.comparing(Member::position));
        return members;
    }

    /** Writes the stories that changed and retires the ids that went out of use. */
    private void persist(String type, String dyadKey, List<Member> members, List<Member> replay,
                                        Map<String, Group> groups, Map<String, Group> groupOf,
                                        Collection<String> formerStories) throws SQLException {
        Set<String> oldIds = new LinkedHashSet<>(formerStories);
        Set<Group> affected = new LinkedHashSet<>();
        for (Member m : members) {
            Group g = groupOf.get(m.eventId());
            if (!g.id.equals(m.storedStory())) {
                affected.add(g);
                if (m.storedStory() != null) {
                    oldIds.add(m.storedStory());
                }
            }
        }
        for (Member m : replay) {
            affected.add(groupOf.get(m.eventId()));
            if (m.storedStory() != null) {
                oldIds.add(m.storedStory());
            }
        }
        for (String old : oldIds) {
            Group g = groups.get(old);
            if (g != null) {
                affected.add(g); // it may have lost members
            }
        }
        for (Group g : affected) {
            Member canonical = g.members.getFirst();
            int articles = (int) g.members.stream().map(Member::articleId).distinct().count();
            Set<String> outlets = g.outlets();
            Object[] values = {type, dyadKey, g.firstDay, g.lastDay, canonical.title(), g.members.size(), articles,
                    outlets.size(), g.id};
            if (update("UPDATE stories SET type = ?, dyad = ?, first_day = ?, last_day = ?, headline = ?, events = ?,"
                    + " articles = ?, sources = ? WHERE id = ?", values) == 0) {
                update("INSERT INTO stories (type, dyad, first_day, last_day, headline, events, articles, sources, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            update("DELETE FROM story_outlets WHERE story_id = ?", g.id);
            for (String outlet : outlets) {
                update("INSERT INTO story_outlets (story_id, outlet) VALUES (?, ?)", g.id, outlet);
            }
            update("DELETE FROM story_aliases WHERE alias = ?", g.id);
        }
        Set<String> articles = new TreeSet<>();
        try (PreparedStatement move = connection().prepareStatement("UPDATE events SET story_id = ? WHERE id = ?")) {
            for (Member m : members) {
                String now = groupOf.get(m.eventId()).id;
                if (!now.equals(m.storedStory())) {
                    bind(move, now, m.eventId());
                    move.addBatch();
                    articles.add(m.articleId());
                }
            }
            access.markDirty();
            move.executeBatch();
        }
        Map<String, String> gone = new LinkedHashMap<>();
        Map<String, String> canonicalOf = new HashMap<>();
        for (Member m : members) {
            canonicalOf.put(EventWriter.storyId(m.eventId()), m.eventId());
        }
        for (String old : oldIds) {
            if (groups.containsKey(old) || !rows("SELECT 1 FROM events WHERE story_id = ? LIMIT 1", rs -> 1, old)
                    .isEmpty()) {
                continue; // in use here, or a story of another stretch (regrouped on its own)
            }
            String target = successor(old, members, groupOf, canonicalOf);
            gone.put(old, target);
            articles.addAll(rows("SELECT id FROM articles WHERE story_id = ?", rs -> rs.getString(1), old));
        }
        for (String articleId : articles) {
            update("UPDATE articles SET story_id = (SELECT e.story_id FROM events e WHERE e.article_id = ?"
                    + " AND e.story_id IS NOT NULL ORDER BY e.position LIMIT 1) WHERE id = ?", articleId, articleId);
        }
        for (Map.Entry<String, String> entry : gone.entrySet()) {
            String old = entry.getKey();
            String target = entry.getValue();
            update("DELETE FROM story_outlets WHERE story_id = ?", old);
            update("DELETE FROM stories WHERE id = ?", old);
            update("DELETE FROM story_aliases WHERE alias = ?", old);
            if (target == null) {
                update("DELETE FROM story_aliases WHERE story_id = ?", old);
            } else {
                update("UPDATE story_aliases SET story_id = ? WHERE story_id = ?", target, old);
                update("INSERT INTO story_aliases (alias, story_id) VALUES (?, ?)", old, target);
            }
        }
    }

    /**
     * The story that now holds an old story: the one holding its canonical member, else the one holding most of
     * its former members (ties by id), else null when none of them is left.
     */
    private static String successor(String old, List<Member> members, Map<String, Group> groupOf,
                                     Map<String, String> canonicalOf) {
        String canonical = canonicalOf.get(old);
        if (canonical != null) {
            return groupOf.get(canonical).id;
        }
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (Member m : members) {
            if (old.equals(m.storedStory())) {
                votes.merge(groupOf.get(m.eventId()).id, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The outlet an article counts as in a story: that of the article it copies (following
     * {@code duplicate_of} to the original), else its own; {@code "article:" + id} when that names none.
     */
    String independentOutlet(String articleId, String articleOutlet, String articleDuplicateOf) throws SQLException {
        String id = articleId;
        String outlet = articleOutlet;
        String duplicateOf = articleDuplicateOf;
        Set<String> seen = new LinkedHashSet<>();
        while (duplicateOf != null && seen.add(id) && seen.size() <= MAX_DUPLICATE_CHAIN) {
            String originalId = duplicateOf;
            List<String[]> original = rows("SELECT outlet, duplicate_of FROM articles WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, originalId);
            id = originalId;
            outlet = original.isEmpty() ? null : original.getFirst()[0];
            duplicateOf = original.isEmpty() ? null : original.getFirst()[1];
        }
        return outlet != null ? outlet : "article:" + id;
    }

    private static final int MAX_DUPLICATE_CHAIN = 16;
}
