package org.attache.app.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.api.events.EventActor;
import org.attache.store.ArticleStore;
import org.attache.store.events.EventFilter;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;

/**
 * The entities, events and stories of a store in forms that do not depend on the order they were stored in.
 *
 * @param entities id → type, name and country
 * @param events   id → CAMEO code and actors (entity id, name, country)
 * @param stories  the sets of event ids that share a story
 */
record StoreSnapshot(Map<String, String> entities, Map<String, String> events, Set<Set<String>> stories) {
    static StoreSnapshot of(ArticleStore store) {
        Map<String, String> entities = new TreeMap<>();
        for (EntitySummary e : store.entities().list(EntityFilter.all(), 100_000)) {
            entities.put(e.id(), e.type() + " " + e.name() + " " + e.country());
        }
        Map<String, String> events = new TreeMap<>();
        Map<String, Set<String>> stories = new TreeMap<>();
        store.events().forEach(EventFilter.all(), e -> {
            events.put(e.id(), e.cameo() + " " + actors(e.source()) + " -> " + actors(e.target()));
            if (e.storyId() != null) {
                stories.computeIfAbsent(e.storyId(), s -> new TreeSet<>()).add(e.id());
            }
        });
        return new StoreSnapshot(entities, events, new HashSet<>(stories.values()));
    }

    private static String actors(List<EventActor> actors) {
        return actors.stream().map(a -> a.entityId() + "/" + a.name() + "/" + a.country()).toList().toString();
    }
}
