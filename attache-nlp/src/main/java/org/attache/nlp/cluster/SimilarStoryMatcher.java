package org.attache.nlp.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.attache.api.events.Event;
import org.attache.api.events.EventDate;
import org.attache.api.events.StoryCandidate;
import org.attache.api.events.StoryMatcher;
import org.attache.nlp.names.AsciiFolder;

/**
 * Joins an event to a stored story when both report the same happening: same PLOVER type and country dyad
 * (the store pre-filters; checked again here), a compatible date window, and similar wording of the evidence.
 *
 * <p>Date window: the event's days (its date interval when complete, else {@code eventDay}, which falls back to
 * the article's publication day) must come within {@value #WINDOW_DAYS} days of the story's
 * {@code firstDay..lastDay}, and the story with the event may cover at most {@value #MAX_SPAN_DAYS} days (or the
 * event's own interval with the window either side, for a long visit): otherwise a run of similar daily
 * reports (a central bank's daily market operations) would chain into one story covering weeks. When either
 * side has no day at all, only a near copy may join (similarity ≥ {@value #COPY_THRESHOLD}), so an undated
 * "recent phone call" does not swallow every later call.
 *
 * <p>Countries: an event with no country on either side (companies, unnamed groups) also joins only a near
 * copy. Its type and empty dyad say little, and reports built on one template ("X sets initial quarterly
 * payout") share most of their words while reporting different happenings.
 *
 * <p>Text similarity: cosine over the sets of content words (folded to ASCII lower case, stop words and
 * one-letter tokens dropped) between the event's evidence sentence and each of the story's evidence
 * sentences, best one counting. With the dates compatible the threshold is {@value #TEXT_THRESHOLD}:
 * two outlets' reports of one meeting share the names, the place and the topic words, and typically score
 * 0.4–0.7, while two different meetings of the same dyad in one week share mostly the country names and the
 * verb and score 0.1–0.3 (see the tests for both kinds). Wire copies score 1.0. Among several stories that pass,
 * the most similar is chosen. Pure, stateless and thread-safe.
 */
public final class SimilarStoryMatcher implements StoryMatcher {
    /** Days either side of a story's day range within which an event's day must fall. */
    public static final int WINDOW_DAYS = 3;
    /** Similarity needed when the dates are compatible. */
    public static final double TEXT_THRESHOLD = 0.35;
    /** Similarity needed when a date is missing on either side: a near copy. */
    public static final double COPY_THRESHOLD = 0.8;
    /** The most days a story may cover with an event joined (unless the event's own interval is longer). */
    public static final int MAX_SPAN_DAYS = 7;

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at",
            "to", "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "his", "her",
            "their", "them", "him", "we", "our", "you", "your", "i", "which", "who", "whom", "whose", "will",
            "would", "shall", "should", "can", "could", "may", "might", "also", "said", "says", "say", "not",
            "no", "into", "over", "than", "then", "there", "here", "after", "before", "during", "while", "about",
            "both", "two", "all", "other", "such", "upon", "between", "s", "mr", "ms", "mrs", "dr");

    @Override
    public Optional<String> match(Event event, LocalDate eventDay, List<StoryCandidate> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> dyad = StoryMatcher.dyad(event);
        LocalDate[] days = days(event, eventDay);
        Set<String> words = words(event.evidence().text());
        String best = null;
        double bestScore = -1;
        for (StoryCandidate c : candidates) {
            if (c.type() != event.type() || c.dyad() != null && !c.dyad().equals(dyad)) {
                continue;
            }
            double needed = dated(days, c) && !dyad.isEmpty() ? TEXT_THRESHOLD : COPY_THRESHOLD;
            if (days != null && c.firstDay() != null && !(near(days, c) && withinSpan(days, c))) {
                continue;
            }
            double score = 0;
            for (String e : c.evidence()) {
                score = Math.max(score, similarity(words, words(e)));
            }
            if (score >= needed && score > bestScore) {
                best = c.storyId();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Cosine over content-word sets of two sentences, 0..1; 1 for identical wording. */
    public static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String w : small) {
            if (large.contains(w)) {
                common++;
            }
        }
        return common / Math.sqrt((double) a.size() * b.size());
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String folded = AsciiFolder.fold(text).toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The event's first and last day: its complete date interval, else {@code eventDay}, else null. */
    private static LocalDate[] days(Event event, LocalDate eventDay) {
        EventDate d = event.date();
        if (d != null && d.start().isComplete() && d.end().isComplete()) {
            return new LocalDate[] {d.start().toLocalDate(), d.end().toLocalDate()};
        }
        return eventDay == null ? null : new LocalDate[] {eventDay, eventDay};
    }

    private static boolean dated(LocalDate[] days, StoryCandidate c) {
        return days != null && c.firstDay() != null;
    }

    /** True when the story, with the event's days added, covers no more than a story may. */
    private static boolean withinSpan(LocalDate[] days, StoryCandidate c) {
        LocalDate last = c.lastDay() == null ? c.firstDay() : c.lastDay();
        LocalDate from = days[0].isBefore(c.firstDay()) ? days[0] : c.firstDay();
        LocalDate to = days[1].isAfter(last) ? days[1] : last;
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        long own = ChronoUnit.DAYS.between(days[0], days[1]) + 1;
        return span <= Math.max(MAX_SPAN_DAYS, own + 2L * WINDOW_DAYS);
    }

    private static boolean near(LocalDate[] days, StoryCandidate c) {
        LocalDate last = c.lastDay() == null ? c.firstDay() : c.lastDay();
        return !days[0].isAfter(last.plusDays(WINDOW_DAYS)) && !days[1].isBefore(c.firstDay().minusDays(WINDOW_DAYS));
    }
}
