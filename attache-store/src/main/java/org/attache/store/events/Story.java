package org.attache.store.events;

import org.attache.api.events.PloverType;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One happening as reported across outlets: the events the Cluster stage grouped.
 *
 * @param id        stable id ('s' + 16 hex digits), derived from its canonical member (the event with the
 *                  earliest day, then of the earliest published article, then the least id), so that it does not
 *                  depend on the order the events arrived in
 * @param type      the events' PLOVER type
 * @param dyad      the events' countries (two, one for a domestic event, none when unknown)
 * @param firstDay  earliest event day, or null for an undated story
 * @param lastDay   latest event day, or null
 * @param events    events in it
 * @param articles  articles reporting it
 * @param sources   independent outlets: an exact or near copy counts with the article it copies, and
 *                  several articles of one outlet count once
 * @param headline  title of the canonical member's article, or null
 */
public record Story(String id, PloverType type, Set<String> dyad, LocalDate firstDay, LocalDate lastDay, int events,
                    int articles, int sources, String headline) {
    public Story {
        dyad = Collections.unmodifiableSet(new TreeSet<>(dyad));
    }
}
