package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attache.store.Store;

/**
 * Times of the same work items over several rounds, summarised per item by its median over the rounds (one
 * slow round is the machine's noise, not the item's cost), then over items: mean and percentiles. For the
 * one-thread {@code bench} subcommands.
 */
final class RoundTimings {
    /** The work timed for one item. */
    @FunctionalInterface
    interface Work {
        /** Does item {@code item}'s work; {@code timed} is false in warm-up rounds. */
        void run(int item, boolean timed);
    }

    private final long[][] nanos;

    private RoundTimings(int rounds, int items) {
        nanos = new long[rounds][items];
    }

    /**
     * Runs {@code work} on every item, first in {@code warmup} untimed rounds (for the JIT), then in {@code rounds}
     * timed ones, with the store's kept results forgotten before each round, so that every round does the reads.
     */
    static RoundTimings measure(Store store, Progress progress, int warmup, int rounds, int items, String unit,
            Work work) {
        RoundTimings timings = new RoundTimings(rounds, items);
        long done = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            store.forgetCachedReads();
            boolean timed = round >= warmup;
            for (int i = 0; i < items; i++) {
                long started = System.nanoTime();
                work.run(i, timed);
                long elapsed = System.nanoTime() - started;
                if (timed) {
                    timings.nanos[round - warmup][i] = elapsed;
                }
                progress.update(++done, (timed ? "round " + (round - warmup + 1) + " of " + rounds
                        : "warm-up round " + (round + 1)) + ", " + items + " " + unit + " each");
            }
        }
        return timings;
    }

    /** round_mean_us, mean_us, p50_us, p90_us, p99_us, max_us, in this order. */
    Map<String, Object> summary() {
        int items = nanos[0].length;
        long[] roundMeans = new long[nanos.length];
        for (int r = 0; r < nanos.length; r++) {
            roundMeans[r] = Math.round(Arrays.stream(nanos[r]).average().orElse(0) / 1e3);
        }
        long[] perItem = new long[items];
        for (int i = 0; i < items; i++) {
            long[] times = new long[nanos.length];
            for (int r = 0; r < nanos.length; r++) {
                times[r] = nanos[r][i];
            }
            Arrays.sort(times);
            perItem[i] = times[times.length / 2];
        }
        Arrays.sort(perItem);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("round_mean_us", roundMeans);
        summary.put("mean_us", Math.round(Arrays.stream(perItem).average().orElse(0) / 1e3));
        summary.put("p50_us", percentile(perItem, 0.50));
        summary.put("p90_us", percentile(perItem, 0.90));
        summary.put("p99_us", percentile(perItem, 0.99));
        summary.put("max_us", perItem[perItem.length - 1] / 1000);
        return summary;
    }

    /** The summary as two lines: the mean of each round, and the per-item figures ("per page …"). */
    static void print(PrintWriter out, Map<String, Object> summary, String perItem) {
        out.printf(Locale.ROOT, "  mean per round (us): %s%n", Arrays.toString((long[]) summary.get("round_mean_us")));
        out.printf(Locale.ROOT, "  per %s (median of rounds): mean %d us, p50 %d, p90 %d, p99 %d, max %d us%n", perItem,
                summary.get("mean_us"), summary.get("p50_us"), summary.get("p90_us"), summary.get("p99_us"),
                summary.get("max_us"));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000;
    }
}
