package org.attache.app.watch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.app.ingest.IngestReport;

/**
 * What one round of {@code attache watch} did.
 *
 * @param round          the round's number in this run, from 1
 * @param polled         sources polled
 * @param unchanged      sources whose documents all answered 304 Not Modified
 * @param sourceFailures sources that could not be read, with the reason
 * @param listed         pages the polled documents listed
 * @param newPages       of those, pages not known before
 * @param fetched        pages fetched with a body
 * @param deferred       pages left for the next round (their host had no slot before the round's time limit)
 * @param ingest         what the ingest of the fetched pages did; its skips include the pages that could not be
 *                       fetched, counted by reason
 * @param pending        pages still waiting after the round
 * @param elapsed        the round's wall time
 */
public record RoundReport(long round, int polled, int unchanged, Map<String, String> sourceFailures, int listed,
                          int newPages, int fetched, int deferred, IngestReport ingest, long pending,
                          Duration elapsed) {
    public RoundReport {
        sourceFailures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceFailures));
    }

    /** The round as JSON-ready values (snake_case keys). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", round);
        m.put("sources_polled", polled);
        m.put("sources_unchanged", unchanged);
        m.put("source_failures", sourceFailures);
        m.put("pages_listed", listed);
        m.put("new_pages", newPages);
        m.put("pages_fetched", fetched);
        m.put("pages_deferred", deferred);
        m.put("items", ingest.items());
        m.put("stored", ingest.stored());
        m.put("exact_duplicates", ingest.exactDuplicates());
        m.put("near_duplicates", ingest.nearDuplicates());
        m.put("already_present", ingest.alreadyPresent());
        m.put("skipped", ingest.skippedTotal());
        m.put("skipped_by_reason", ingest.skipped());
        m.put("skip_examples", ingest.skipExamples());
        m.put("pages_pending", pending);
        m.put("seconds", elapsed.toMillis() / 1000.0);
        return m;
    }

    /** One line for the terminal. */
    public String line() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "Round %d: %d sources polled (%d unchanged, %d failed), %d new"
                        + " pages; %d fetched, %d stored, %d duplicates, %d already present, %d skipped",
                round, polled, unchanged, sourceFailures.size(), newPages, fetched, ingest.stored(),
                ingest.exactDuplicates() + ingest.nearDuplicates(), ingest.alreadyPresent(), ingest.skippedTotal()));
        if (!sourceFailures.isEmpty()) {
            sb.append(" [").append(String.join("; ", sourceFailures.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList())).append(']');
        }
        if (!ingest.skipped().isEmpty()) {
            sb.append(" (").append(String.join(", ", ingest.skipped().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList())).append(')');
        }
        if (deferred > 0) {
            sb.append(", ").append(deferred).append(" deferred");
        }
        sb.append(String.format(java.util.Locale.ROOT, "; %d pending; %.1f s.", pending, elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
