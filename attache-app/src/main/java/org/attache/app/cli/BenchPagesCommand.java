package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.store.Store;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.Page;
import org.attache.json.Json;
import org.attache.web.pages.ArticlePages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache bench pages}: the time of one article page (the work behind {@code /articles/{id}}: the
 * article's reads, its mentions and events, the four rails, the template) on one thread with nothing cached,
 * over the newest articles of a data folder. What the load test measures under concurrency, without the HTTP
 * server and the queueing.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = {"Time article pages (as /articles/{id} renders them, nothing cached) on one thread:",
                "the newest --articles articles once per round; warm-up rounds first, untimed."})
public final class BenchPagesCommand implements Callable<Integer> {
    private static final int MAX_ARTICLES = 100_000;
    private static final int LIST_PAGE = 100;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
            description = "Newest articles to render. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (JIT). Default: ${DEFAULT-VALUE}")
    int warmup;

    @Override
    public Integer call() {
        if (rounds < 1 || warmup < 0 || articles < 1 || articles > MAX_ARTICLES) {
            throw new CliException("--rounds must be at least 1, --warmup at least 0, --articles in 1.."
                    + MAX_ARTICLES, CommandLine.ExitCode.USAGE);
        }
        long[] bytes = {0};
        RoundTimings timings;
        List<String> ids;
        try (Store store = DataFolder.openForReading(common);
             Progress progress = Progress.start(!common.json(), "Rendering")) {
            ids = newest(store);
            if (ids.isEmpty()) {
                throw new CliException("no articles in " + common.dataDir(), CliException.NOT_FOUND);
            }
            ArticlePages pages = new ArticlePages(store);
            timings = RoundTimings.measure(store, progress, warmup, rounds, ids.size(), "pages", (i, timed) -> {
                byte[] page = pages.render(ids.get(i), null, null).orElseThrow();
                if (timed) {
                    bytes[0] += page.length;
                }
            });
        }
        report(ids.size(), timings, bytes[0] / ((long) rounds * ids.size()));
        return 0;
    }

    private List<String> newest(Store store) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<ArticleRef> page = store.latest(cursor, Math.min(LIST_PAGE, articles - ids.size()));
            page.items().forEach(r -> ids.add(r.id()));
            cursor = page.nextCursor();
        } while (cursor != null && ids.size() < articles);
        return ids;
    }

    private void report(int pageCount, RoundTimings timings, long meanBytes) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", common.dataDir().toString());
        result.put("articles", pageCount);
        result.put("rounds", rounds);
        Map<String, Object> summary = timings.summary();
        result.putAll(summary);
        result.put("mean_page_bytes", meanBytes);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(result));
            return;
        }
        out.printf(Locale.ROOT, "Article pages, one thread, nothing cached: %d pages x %d rounds on %s (mean %d bytes)%n",
                pageCount, rounds, common.dataDir(), meanBytes);
        RoundTimings.print(out, summary, "page");
    }
}
