package org.attache.api.events;

import org.attache.api.Evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Code stage output: one coded event, who did what to whom, when, where and how, with the sentence it
 * was read from. A sentence listing several counterparts ("met with A, B and C") gives one event each.
 *
 * @param id         stable id: a hash of article id, evidence span, type and actors
 * @param articleId  the article reporting it
 * @param type       the PLOVER type
 * @param cameo      the CAMEO code ("042"), consistent with {@code type} by the CAMEO→PLOVER table
 * @param mode       the PLOVER mode: for CONSULT one of {@link MeetingMode#label()}; otherwise the
 *                   table's mode for the CAMEO code ("arrest", "demo"), or null
 * @param context    the PLOVER context ("diplomatic", "economic"), or null
 * @param status     occurred, ongoing, planned, …
 * @param trigger    the words that coded the event ("had talks via videoconference")
 * @param source     who acts (at least one actor)
 * @param target     who is acted upon (may be empty, e.g. for protests)
 * @param location   the place the text states, or null
 * @param date       when, or null when the text gives no date (never borrowed from elsewhere)
 * @param evidence   the sentence, with offsets into the article body
 * @param confidence 0..1, the coder's confidence
 * @param storyId    the story (cross-outlet cluster) it belongs to, or null before clustering
 * @param reportedOn the publication day of the article reporting it, or null: shown, marked as such, where the
 *                   event's own date is unknown; never an event date
 */
public record Event(String id, String articleId, PloverType type, String cameo, String mode, String context,
                    EventStatus status, String trigger, List<EventActor> source, List<EventActor> target,
                    String location, EventDate date, Evidence evidence, double confidence, String storyId,
                    LocalDate reportedOn) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
    }

    /** An event whose article's publication day is not known here. */
    public Event(String id, String articleId, PloverType type, String cameo, String mode, String context,
                 EventStatus status, String trigger, List<EventActor> source, List<EventActor> target,
                 String location, EventDate date, Evidence evidence, double confidence, String storyId) {
        this(id, articleId, type, cameo, mode, context, status, trigger, source, target, location, date, evidence,
                confidence, storyId, null);
    }

    /** The same event assigned to a story. */
    public Event withStoryId(String story) {
        return new Event(id, articleId, type, cameo, mode, context, status, trigger, source, target, location, date,
                evidence, confidence, story, reportedOn);
    }

    /** The same event with the publication day of its article. */
    public Event withReportedOn(LocalDate day) {
        return new Event(id, articleId, type, cameo, mode, context, status, trigger, source, target, location, date,
                evidence, confidence, storyId, day);
    }
}
