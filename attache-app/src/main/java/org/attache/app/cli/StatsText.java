package org.attache.app.cli;

import java.util.Map;
import org.attache.store.StoreStats;
import org.attache.store.watch.WatchState;

/** Renders store statistics for the terminal. */
final class StatsText {
    private StatsText() {
    }

    static String render(StoreStats stats) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT,
                "articles: %d (%d exact duplicates, %d near duplicates)%n"
                        + "dated: %d, date not printed: %d%nindex documents: %d%s%n",
                stats.articles(), stats.exactDuplicates(), stats.nearDuplicates(), stats.withPublished(),
                stats.withoutPublished(), stats.indexDocs(), stats.indexDocs() == stats.articles() ? "" : "  (out of sync: run reindex)"));
        if (stats.relatedPending() > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "Related News lists pending: %d (computed by the next"
                    + " ingest, reindex or serve; pages compute their own meanwhile)%n", stats.relatedPending()));
        }
        if (stats.indexProblem() != null) {
            sb.append(String.format(java.util.Locale.ROOT, "index problem: %s%s (is the disk full? `attache doctor`"
                    + " checks and repairs the store)%n", stats.indexProblem(), stats.mergeFailures() > 0
                    ? "; " + stats.mergeFailures() + " background merge(s) failed" : ""));
        }
        counts(sb, "outlets", stats.byOutlet());
        counts(sb, "languages", stats.byLanguage());
        return sb.toString().stripTrailing();
    }

    /** What {@code attache watch} did in this data folder. */
    static String render(WatchState.Stats watch) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "watched pages: %d from %d sources (%d ingested, %d pending,"
                        + " %d given up)%s%n", watch.found(), watch.sources(), watch.done(), watch.pending(),
                watch.skipped(), watch.lastPoll() == null ? "" : "; last poll " + watch.lastPoll()));
        if (!watch.skippedByReason().isEmpty()) {
            counts(sb, "given up", watch.skippedByReason());
        }
        if (!watch.hostErrors().isEmpty()) {
            counts(sb, "host errors", watch.hostErrors());
        }
        return sb.toString().stripTrailing();
    }

    private static void counts(StringBuilder sb, String label, Map<String, Long> counts) {
        sb.append(label).append(':');
        int shown = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (shown++ == 10) {
                sb.append(" …");
                break;
            }
            sb.append(' ').append(e.getKey()).append(" (").append(e.getValue()).append(')');
        }
        sb.append('\n');
    }
}
