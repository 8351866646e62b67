package org.attache.app.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did, accounting for every input item: {@code items = written + alreadyPresent +
 * skipped}.
 *
 * @param items           input items seen (pages, records, unreadable files)
 * @param stored          new articles stored as originals
 * @param exactDuplicates new articles stored but marked as exact copies of an earlier one
 * @param nearDuplicates  new articles stored but marked as near copies of an earlier one
 * @param alreadyPresent  articles whose id was already in the store: nothing written
 * @param skipped         inputs not stored, counted by reason
 * @param skipExamples    the first skipped inputs, as "source: reason"
 * @param elapsed         wall time of the run
 * @param notes           articles stored with a caveat, counted by it (e.g. "annotated in part")
 */
public record IngestReport(long items, long stored, long exactDuplicates, long nearDuplicates, long alreadyPresent,
                           Map<String, Long> skipped, List<String> skipExamples, Duration elapsed,
                           Map<String, Long> notes) {

    /** A report without notes. */
    public IngestReport(long items, long stored, long exactDuplicates, long nearDuplicates, long alreadyPresent,
                        Map<String, Long> skipped, List<String> skipExamples, Duration elapsed) {
        this(items, stored, exactDuplicates, nearDuplicates, alreadyPresent, skipped, skipExamples, elapsed, Map.of());
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles written by this run, originals and duplicates alike. */
    public long written() {
        return stored + exactDuplicates + nearDuplicates;
    }

    /** Input items per second of wall time. */
    public double itemsPerSecond() {
        return items / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
