package org.attache.api.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A stored story the Cluster stage may add an event to: its events share a type and a country dyad.
 *
 * @param storyId   the story
 * @param type      the events' PLOVER type
 * @param dyad      the two countries (or one, for domestic events), unordered
 * @param firstDay  the earliest known event day (or the earliest report's publication day), or null
 * @param lastDay   the latest, or null
 * @param evidence  evidence sentences of the story's events, for text similarity
 * @param outlets   outlets that reported it independently (wire copies counted once)
 */
public record StoryCandidate(String storyId, PloverType type, Set<String> dyad, LocalDate firstDay, LocalDate lastDay,
                             List<String> evidence, Set<String> outlets) {
}
