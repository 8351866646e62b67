package org.attache.app.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.api.events.EventActor;
import org.attache.store.EventReader;
import org.attache.store.Store;
import org.attache.store.events.Story;
import org.attache.store.events.EventFilter;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;

/**
 * The entities, events and stories of a store in forms that do not depend on the order they were stored in.
 *
 * @param entities      id → type, name and country
 * @param events        id → CAMEO code and actors (entity id, name, country)
 * @param stories       story id → type, dyad, days, counts, headline and member event ids
 * @param articleStory  article id → the story it reports (articles in no story left out)
 */
record StoreSnapshot(Map<String, String> entities, Map<String, String> events, Map<String, String> stories,
                     Map<String, String> articleStory) {
    static StoreSnapshot of(Store store) {
        Map<String, String> entities = new TreeMap<>();
        for (EntitySummary e : store.entities().list(EntityFilter.all(), 100_000)) {
            entities.put(e.id(), e.type() + " " + e.name() + " " + e.country());
        }
        Map<String, String> events = new TreeMap<>();
        Map<String, Set<String>> members = new TreeMap<>();
        store.events().forEach(EventFilter.all(), e -> {
            events.put(e.id(), e.cameo() + " " + actors(e.source()) + " -> " + actors(e.target()));
            if (e.storyId() != null) {
                members.computeIfAbsent(e.storyId(), s -> new TreeSet<>()).add(e.id());
            }
        });
        Map<String, String> stories = new TreeMap<>();
        for (Story s : store.events().stories(false, 0, EventReader.MAX_LIMIT)) {
            stories.put(s.id(), s.type() + " " + s.dyad() + " " + s.firstDay() + ".." + s.lastDay() + " events="
                    + s.events() + " articles=" + s.articles() + " sources=" + s.sources() + " \"" + s.headline()
                    + "\" " + members.get(s.id()));
        }
        Map<String, String> articleStory = new TreeMap<>();
        store.forEachArticle(a -> {
            if (a.storyId() != null) {
                articleStory.put(a.id(), a.storyId());
            }
        });
        return new StoreSnapshot(entities, events, stories, articleStory);
    }
    private static String actors(List<EventActor> actors) {
        return actors.stream().map(a -> a.entityId() + "/" + a.name() + "/" + a.country()).toList().toString();
    }
}
