package org.attache.app.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times of the same work items over several rounds, summarised per item by its median over the rounds (one
 * slow round is the machine's noise, not the item's cost), then over items: mean and percentiles. For the
 * one-thread {@code bench} subcommands.
 */
final class RoundTimings {
    private final long[][] nanos;

    RoundTimings(int rounds, int items) {
        nanos = new long[rounds][items];
    }

    void record(int round, int item, long elapsedNanos) {
        nanos[round][item] = elapsedNanos;
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

    /** The summary's per-item line: "mean 210 us, p50 180, p90 320, p99 510, max 900 us". */
    static String line(Map<String, Object> summary) {
        return "mean " + summary.get("mean_us") + " us, p50 " + summary.get("p50_us") + ", p90 " + summary.get("p90_us")
                + ", p99 " + summary.get("p99_us") + ", max " + summary.get("max_us") + " us";
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000;
    }
}
