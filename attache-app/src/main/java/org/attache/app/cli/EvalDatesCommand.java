package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.charset.PageDecoder;
import org.attache.extract.eval.DateBenchmark;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval dates DIR}: publication days on htmldate's evaluation pages, scored with its metric
 * (HTML only, no URL; TP/FP/FN per URL; P, R, Acc, F), beside the published table and the trivial
 * "first {@code YYYY-MM-DD} in the HTML" baseline computed in the same run; per half and in all.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Score publication dates on a benchmark folder (gold.json, pages/NAME.html.gz).")
public final class EvalDatesCommand implements Callable<Integer> {
    /** The published figures of SOURCES.md (htmldate docs/evaluation.rst, all 1000 items): P, R, Acc, F. */
    private static final List<Object[]> PUBLISHED = List.of(
            new Object[] {"htmldate 1.10.0 extensive", 0.908, 0.993, 0.903, 0.949},
            new Object[] {"htmldate 1.10.0 fast", 0.924, 0.927, 0.861, 0.925},
            new Object[] {"newspaper4k 0.9.5", 0.912, 0.728, 0.680, 0.810},
            new Object[] {"news-please 1.6.16", 0.845, 0.777, 0.680, 0.810},
            new Object[] {"articleDateExtractor 0.20", 0.846, 0.745, 0.656, 0.792},
            new Object[] {"goose3 3.1.21", 0.930, 0.568, 0.545, 0.706},
            new Object[] {"first YYYY-MM-DD in the HTML", null, null, null, 0.837});

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Benchmark folder, e.g. ../shared/bench/dates")
    Path benchmarkDir;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores and per-page results as JSON to OUT.")
    Path jsonOut;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(benchmarkDir)) {
            throw new CliException("benchmark folder not found: " + benchmarkDir, CommandLine.ExitCode.USAGE);
        }
        if (!Files.isRegularFile(benchmarkDir.resolve("gold.json"))) {
            throw new CliException("not a dates benchmark folder (no gold.json): " + benchmarkDir,
                    CommandLine.ExitCode.USAGE);
        }
        DateBenchmark benchmark;
        try {
            benchmark = DateBenchmark.load(benchmarkDir);
        } catch (NoSuchFileException e) {
            throw new CliException("dates benchmark incomplete, missing " + e.getFile(), CommandLine.ExitCode.USAGE);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new CliException("not valid JSON: " + benchmarkDir.resolve("gold.json"), CommandLine.ExitCode.USAGE);
        }
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        PageDecoder decoder = new PageDecoder();
        int[] refused = {0};
        Map<String, String> provenance = new LinkedHashMap<>();
        List<DateBenchmark.Page> pages = benchmark.pages();
        long started = System.nanoTime();
        List<DateBenchmark.Result> attache;
        try (Progress progress = Progress.start(true, "dates")) {
            int[] done = {0};
            attache = benchmark.run(p -> {
                String day = published(extractor, p, refused, provenance);
                progress.update(++done[0], done[0] + "/" + pages.size());
                return day;
            });
        }
        double msPerPage = (System.nanoTime() - started) / 1e6 / Math.max(1, pages.size());
        List<DateBenchmark.Result> baseline = benchmark.run(
                p -> DateBenchmark.firstIsoDay(decoder.decode(p.html(), null).text()));
        Map<String, DateBenchmark.Score> ours = DateBenchmark.score(attache);
        Map<String, DateBenchmark.Score> trivial = DateBenchmark.score(baseline);

        if (jsonOut != null) {
            writeJson(benchmark, attache, baseline, ours, trivial, refused[0], msPerPage, provenance);
        }
        PrintWriter out = spec.commandLine().getOut();
        DateBenchmark.Score all = ours.get("all");
        out.printf(Locale.ROOT, "Publication dates, %d pages (%d items) of %s: HTML only, no URL%n%n",
                pages.size(), all.items(), benchmarkDir);
        out.println("| system | items | P | R | Acc | F |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Object[] row : PUBLISHED) {
            out.printf(Locale.ROOT, "| %s (published, 1000 items) | 1000 | %s | %s | %s | %s |%n", row[0],
                    fmt(row[1]), fmt(row[2]), fmt(row[3]), fmt(row[4]));
        }
        for (String part : List.of("all", "tuning", "held_out")) {
            row(out, "first YYYY-MM-DD in the HTML (live, " + part.replace('_', '-') + ")", trivial.get(part));
        }
        for (String part : List.of("all", "tuning", "held_out")) {
            row(out, "**attache** (" + part.replace('_', '-') + ")", ours.get(part));
        }
        out.printf(Locale.ROOT, "%nattache: TP %d, FP %d, FN %d; %d pages refused as having no article text;"
                + " %.1f ms/page (one thread)%n", all.tp(), all.fp(), all.fn(), refused[0], msPerPage);
        return 0;
    }

    private static String published(DefaultArticleExtractor extractor, DateBenchmark.Page p, int[] refused,
                                    Map<String, String> provenance) {
        Page page = new Page(p.file(), null, null, p.html(), ContentKind.HTML, null, null, null);
        try {
            Article a = extractor.extract(page);
            if (a.published() != null) {
                provenance.put(p.file(), a.published().provenance().name().toLowerCase(Locale.ROOT));
            }
            String v = a.published() == null ? null : a.published().value();
            return v == null || v.length() < 10 ? null : v.substring(0, 10);
        } catch (ExtractionException e) {
            refused[0]++;
            return null;
        }
    }

    private static void row(PrintWriter out, String name, DateBenchmark.Score s) {
        out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", name, s.items(), s.precision(),
                s.recall(), s.accuracy(), s.f());
    }

    private static String fmt(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.3f", (Double) v);
    }

    private void writeJson(DateBenchmark benchmark, List<DateBenchmark.Result> attache,
                           List<DateBenchmark.Result> baseline, Map<String, DateBenchmark.Score> ours,
                           Map<String, DateBenchmark.Score> trivial, int refused, double msPerPage,
                           Map<String, String> provenance) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", benchmark.root().toString());
        result.put("pages", benchmark.pages().size());
        result.put("attache", scores(ours));
        result.put("first_iso_day_baseline", scores(trivial));
        result.put("attache_refused_pages", refused);
        result.put("attache_ms_per_page", Math.round(msPerPage * 10) / 10.0);
        List<Map<String, Object>> perPage = new ArrayList<>();
        for (int i = 0; i < attache.size(); i++) {
            DateBenchmark.Result r = attache.get(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", r.page().file());
            p.put("half", r.page().half().name().toLowerCase(Locale.ROOT));
            p.put("urls", r.page().urls());
            p.put("gold", r.page().gold());
            p.put("attache", r.answer());
            p.put("provenance", provenance.get(r.page().file()));
            p.put("outcome", r.outcome().name());
            p.put("baseline", baseline.get(i).answer());
            p.put("baseline_outcome", baseline.get(i).outcome().name());
            perPage.add(p);
        }
        result.put("per_page", perPage);
        Files.writeString(jsonOut, Json.pretty(result), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> scores(Map<String, DateBenchmark.Score> scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        scores.forEach((part, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("items", s.items());
            m.put("tp", s.tp());
            m.put("fp", s.fp());
            m.put("fn", s.fn());
            m.put("precision", round(s.precision()));
            m.put("recall", round(s.recall()));
            m.put("accuracy", round(s.accuracy()));
            m.put("f", round(s.f()));
            out.put(part, m);
        });
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
