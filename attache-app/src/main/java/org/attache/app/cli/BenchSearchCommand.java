package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.store.ArticleStore;
import org.attache.store.read.SearchRequest;
import org.attache.web.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache bench search}: the time of one faceted search (the work behind {@code /api/search}: query, facet
 * counts, snippets, entity names) on one thread with nothing cached, over a list of queries and a data folder.
 * What the load test measures under concurrency, without the HTTP server and the queueing.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Time faceted searches (as /api/search runs them, first page, nothing cached) on one thread:",
                "every query of --queries once per round; warm-up rounds first, untimed."})
public final class BenchSearchCommand implements Callable<Integer> {
    private static final int MAX_QUERIES = 100_000;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", paramLabel = "FILE", required = true,
            description = "Queries, one per line (blank lines skipped).")
    Path queries;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (JIT). Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--limit", defaultValue = "20", description = "Hits per page (the API's default). Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        if (rounds < 1 || warmup < 0 || limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new CliException("--rounds must be at least 1, --warmup at least 0, --limit in 1.."
                    + SearchRequest.MAX_LIMIT, CommandLine.ExitCode.USAGE);
        }
        List<String> list = readQueries();
        long[][] nanos = new long[rounds][list.size()];
        long hits = 0;
        long done = 0;
        try (ArticleStore store = DataFolder.openExisting(common);
             Progress progress = Progress.start(!common.json(), "Searching")) {
            for (int round = 0; round < warmup + rounds; round++) {
                store.forgetCachedReads();
                for (int q = 0; q < list.size(); q++) {
                    long started = System.nanoTime();
                    hits += store.search(SearchRequest.of(list.get(q), limit)).totalHits();
                    if (round >= warmup) {
                        nanos[round - warmup][q] = System.nanoTime() - started;
                    }
                    progress.update(++done, (round < warmup ? "warm-up round " + (round + 1)
                            : "round " + (round - warmup + 1) + " of " + rounds) + ", " + list.size() + " queries each");
                }
            }
        }
        report(list.size(), nanos, hits);
        return 0;
    }

    private List<String> readQueries() {
        if (!Files.isRegularFile(queries)) {
            throw new CliException("queries file not found: " + queries, CommandLine.ExitCode.USAGE);
        }
        List<String> list;
        try {
            list = Files.readAllLines(queries, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + queries + ": " + e.getMessage(), e);
        }
        if (list.isEmpty() || list.size() > MAX_QUERIES) {
            throw new CliException(queries + " must hold 1.." + MAX_QUERIES + " queries, has " + list.size(),
                    CommandLine.ExitCode.USAGE);
        }
        return list;
    }

    private void report(int queryCount, long[][] nanos, long hits) {
        double[] roundMeans = new double[nanos.length];
        long[] perQuery = new long[queryCount]; // each query's median over the rounds: one slow round is noise
        for (int r = 0; r < nanos.length; r++) {
            roundMeans[r] = Arrays.stream(nanos[r]).average().orElse(0) / 1e3;
        }
        for (int q = 0; q < queryCount; q++) {
            long[] times = new long[nanos.length];
            for (int r = 0; r < nanos.length; r++) {
                times[r] = nanos[r][q];
            }
            Arrays.sort(times);
            perQuery[q] = times[times.length / 2];
        }
        Arrays.sort(perQuery);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", common.dataDir().toString());
        result.put("queries", queryCount);
        result.put("rounds", nanos.length);
        result.put("hits_per_page", limit);
        result.put("round_mean_us", Arrays.stream(roundMeans).mapToLong(Math::round).toArray());
        result.put("mean_us", Math.round(Arrays.stream(perQuery).average().orElse(0) / 1e3));
        result.put("p50_us", percentile(perQuery, 0.50));
        result.put("p90_us", percentile(perQuery, 0.90));
        result.put("p99_us", percentile(perQuery, 0.99));
        result.put("max_us", perQuery[perQuery.length - 1] / 1000);
        result.put("total_hits", hits);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(result));
            return;
        }
        out.printf(Locale.ROOT, "Faceted search, one thread, nothing cached: %d queries x %d rounds on %s%n",
                queryCount, nanos.length, common.dataDir());
        out.printf(Locale.ROOT, "  mean per round (us): %s%n", Arrays.toString((long[]) result.get("round_mean_us")));
        out.printf(Locale.ROOT, "  per query (median of rounds): mean %d us, p50 %d, p90 %d, p99 %d, max %d us%n",
                result.get("mean_us"), result.get("p50_us"), result.get("p90_us"), result.get("p99_us"),
                result.get("max_us"));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000;
    }
}
