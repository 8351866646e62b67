package org.attache.api.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cluster stage rule: whether a new event reports the same happening as a stored story (same dyad and
 * type, a compatible date window, similar wording). The store supplies the candidates and persists the
 * choice; the rule itself is pure.
 */
public interface StoryMatcher {
    /**
     * @param event      the new event
     * @param eventDay   its day: the event's date when complete, else the article's publication day, else null
     * @param candidates stored stories of the same type and dyad near that day
     * @return the story to join, or empty to start a new one
     */
    Optional<String> match(Event event, LocalDate eventDay, List<StoryCandidate> candidates);

    /** The dyad of an event: the countries of its source and target actors, at most two. */
    static Set<String> dyad(Event event) {
        TreeSet<String> countries = new TreeSet<>();
        for (EventActor a : event.source()) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        for (EventActor a : event.target()) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        return countries;
    }
}
