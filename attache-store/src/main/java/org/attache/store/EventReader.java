package org.attache.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.attache.store.events.EventFilter;
import org.attache.store.events.EventGroupCounts;
import org.attache.store.events.Graph;
import org.attache.store.events.GraphLevel;
import org.attache.store.events.PairActivity;
import org.attache.store.events.Relations;
import org.attache.store.events.Story;
import org.attache.store.read.Page;

/**
 * Reads of events and stories: timelines, groups, relations between two countries, graphs, stories, exports.
 * What the event explorer, the relation and story pages, the event API and the {@code events}, {@code relations},
 * {@code stories} and {@code export} commands need, and nothing that writes. Safe to call from several threads.
 * Failures are thrown as {@link StoreException}.
 */
public interface EventReader {
    /** The most rows one call returns. */
    int MAX_LIMIT = 10_000;

    /** Up to {@code limit} (at most {@link #MAX_LIMIT}) events matching the filter, in timeline order. */
    List<Event> list(EventFilter filter, int limit);

    /**
     * Calls {@code action} for every event matching the filter, in timeline order, streaming from the database
     * (for exports). {@code action} must not wait on another thread that uses the store.
     */
    void forEach(EventFilter filter, Consumer<? super Event> action);

    /**
     * One page of the events matching the filter, in timeline order, after the event {@code cursor} names (from the
     * start when null).
     *
     * @throws IllegalArgumentException when the cursor is not one this method wrote
     */
    Page<Event> page(EventFilter filter, String cursor, int limit);

    /**
     * One page of event groups (the consecutive events of one sentence and happening) matching the filter, in
     * timeline order; a group is never split across pages.
     *
     * @throws IllegalArgumentException when the cursor is not one {@link #page} wrote
     */
    Page<List<Event>> groupPage(EventFilter filter, String cursor, int limit);

    /** How many event groups match the filter, by month and type, by type and in all. */
    EventGroupCounts groupCounts(EventFilter filter);

    /** The registry entities acting for {@code country} in the events matching the filter, most groups first. */
    List<Map.Entry<String, Long>> actorCounts(EventFilter filter, String country, int limit);

    /** How many events of each PLOVER type match the filter, most first (ties by type name). */
    Map<PloverType, Long> countsByType(EventFilter filter);

    /** How many events match the filter. */
    long count(EventFilter filter);

    /** The event with this id. */
    Optional<Event> get(String id);

    /** The events whose actors include both countries, with counts per month and type. */
    Relations relations(String countryA, String countryB);

    /** Up to {@code limit} stories, largest first: most independent sources, then articles, then events. */
    List<Story> stories(int limit);

    /** Up to {@code limit} stories from position {@code offset}, largest first or, when {@code recent}, latest first. */
    List<Story> stories(boolean recent, int offset, int limit);

    /** The home page's top stories: by distinct outlets, then relevance, then articles, events and id. */
    List<Story> topStories(int limit);

    /** The publication day of the newest dated article in the store, or null when none is dated. */
    LocalDate newestReportDay();

    /** Up to {@code limit} country pairs from position {@code offset}, most events first. */
    List<PairActivity> pairs(int offset, int limit);

    /** How many stories there are. */
    long storyCount();

    /** The story with this id. */
    Optional<Story> story(String id);

    /**
     * The current id of a story that went by {@code id} before regrouping gave it another id or folded it into
     * another story; empty when {@code id} is no such alias or its story is gone.
     */
    Optional<String> storyAlias(String id);

    /** Up to {@code limit} events of a story, in timeline order. */
    List<Event> storyEvents(String storyId, int limit);

    /**
     * The country pairs most active in the last {@code days} days of reports.
     *
     * @throws IllegalArgumentException when {@code days} is below 1
     */
    List<PairActivity> activePairs(int days, int limit);

    /**
     * Who met whom (CONSULT events) at the given level, optionally within a date range.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    Graph meetings(GraphLevel level, LocalDate from, LocalDate to, int limit);

    /**
     * As {@link #meetings}, for the events of any PLOVER type.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    Graph interactions(GraphLevel level, PloverType type, LocalDate from, LocalDate to, int limit);
}
