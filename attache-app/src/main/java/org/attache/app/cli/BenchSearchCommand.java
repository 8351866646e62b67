package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.store.Store;
import org.attache.store.read.SearchRequest;
import org.attache.json.Json;
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
        long[] hits = {0};
        RoundTimings timings;
        try (Store store = DataFolder.openForReading(common);
             Progress progress = Progress.start(!common.json(), "Searching")) {
            timings = RoundTimings.measure(store, progress, warmup, rounds, list.size(), "queries",
                    (q, timed) -> hits[0] += store.search(SearchRequest.of(list.get(q), limit)).totalHits());
        }
        report(list.size(), timings, hits[0]);
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

    private void report(int queryCount, RoundTimings timings, long hits) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", common.dataDir().toString());
        result.put("queries", queryCount);
        result.put("rounds", rounds);
        result.put("hits_per_page", limit);
        Map<String, Object> summary = timings.summary();
        result.putAll(summary);
        result.put("total_hits", hits);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(result));
            return;
        }
        out.printf(Locale.ROOT, "Faceted search, one thread, nothing cached: %d queries x %d rounds on %s%n",
                queryCount, rounds, common.dataDir());
        RoundTimings.print(out, summary, "query");
    }
}
