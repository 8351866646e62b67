package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.app.eval.Readability4jBaseline;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.charset.PageDecoder;
import org.attache.extract.eval.ExtractionBenchmark;
import org.attache.extract.eval.ReaderText;
import org.attache.extract.eval.SnippetScorer;
import org.attache.extract.eval.WebExtractionBenchmark;
import org.attache.extract.eval.WebExtractionBenchmark.Half;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache eval extraction}: article extraction scored with each benchmark's own metric, beside the
 * other tools, in the same run. {@code --data}: the English news benchmark (4-gram shingle P/R/F1 per page,
 * averaged) with every stored tool output. {@code --web}: main text of the wider web (trafilatura's snippet
 * metric over title and body) with the published table, on the whole set and on its tuning and held-out
 * halves, and the speed of Attaché and Readability4J on the same pages.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article extraction on a benchmark folder: --data (html/, ground-truth.json, output/) "
                + "and/or --web (evaldata.json, pages/).")
public final class EvalExtractionCommand implements Callable<Integer> {
    private static final String STDOUT = "-";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "English news benchmark folder, e.g. ../shared/bench/extraction")
    Path benchmarkDir;

    @Option(names = "--web", paramLabel = "DIR",
            description = "Main-text benchmark of the wider web, e.g. ../shared/bench/extraction-web")
    Path webDir;

    @Option(names = "--json", paramLabel = "OUT", arity = "0..1", fallbackValue = STDOUT,
            description = "Without OUT: print the results as JSON instead of tables. With OUT: also write the "
                    + "results, with every page's scores, missed and leaked snippets, to OUT.")
    String json;

    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run Readability4J live as a side-by-side baseline. Default: ${DEFAULT-VALUE}")
    boolean baseline;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the tables as JSON to FILE.")
    Path out;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "--web: unmeasured passes over the pages before the measured one. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--failures", description = "--web: also list the snippets Attaché missed or leaked on the "
            + "pages of the tuning half (never the held-out half).")
    boolean failures;

    @Override
    public Integer call() throws IOException {
        if (benchmarkDir == null && webDir == null) {
            throw new CliException("give a benchmark folder: --data DIR and/or --web DIR", CommandLine.ExitCode.USAGE);
        }
        if (benchmarkDir != null && !Files.isRegularFile(benchmarkDir.resolve("ground-truth.json"))) {
            throw new CliException("not an extraction benchmark folder (no ground-truth.json): " + benchmarkDir,
                    CommandLine.ExitCode.USAGE);
        }
        if (webDir != null && !WebExtractionBenchmark.isBenchmark(webDir)) {
            throw new CliException("not a main-text benchmark folder (no evaldata.json and pages/): " + webDir,
                    CommandLine.ExitCode.USAGE);
        }
        if (warmup < 0) {
            throw new CliException("--warmup must be 0 or more, not " + warmup, CommandLine.ExitCode.USAGE);
        }
        boolean printJson = STDOUT.equals(json);
        Path jsonOut = json == null || printJson ? null : Path.of(json);
        PrintWriter printer = spec.commandLine().getOut();
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> tables = new LinkedHashMap<>();
        if (benchmarkDir != null) {
            Map<String, Object> news = news(printJson ? null : printer);
            result.put("news", news);
            tables.put("news", news);
        }
        if (webDir != null) {
            Map<String, Object> web = web(printJson ? null : printer);
            result.put("web", web);
            Map<String, Object> table = new LinkedHashMap<>(web);
            table.remove("per_page");
            tables.put("web", table);
        }
        Object only = result.size() == 1 ? result.values().iterator().next() : result;
        Object onlyTables = tables.size() == 1 ? tables.values().iterator().next() : tables;
        if (out != null) {
            Files.writeString(out, Json.pretty(onlyTables), StandardCharsets.UTF_8);
        }
        if (jsonOut != null) {
            Files.writeString(jsonOut, Json.pretty(only), StandardCharsets.UTF_8);
        }
        if (printJson) {
            printer.println(Json.pretty(onlyTables));
        }
        return 0;
    }

    /** The English news benchmark: live systems and stored outputs, shingle metric. */
    private Map<String, Object> news(PrintWriter printer) throws IOException {
        ExtractionBenchmark benchmark = ExtractionBenchmark.load(benchmarkDir);
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        long started = System.nanoTime();
        List<ExtractionBenchmark.Row> rows = new ArrayList<>(
                benchmark.table(Map.of("attache", html -> body(extractor, html))));
        double msPerPage = (System.nanoTime() - started) / 1e6 / Math.max(1, benchmark.pages().size());
        if (baseline) {
            Map<String, String> bodies = benchmark.run(html -> Readability4jBaseline.extract(html, null));
            rows.add(ExtractionBenchmark.row(Readability4jBaseline.NAME + " (live, same run)",
                    benchmark.scoreBodies(bodies)));
            rows.sort(java.util.Comparator.comparingDouble(ExtractionBenchmark.Row::f1).reversed());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", benchmarkDir.toString());
        result.put("pages", benchmark.pages().size());
        result.put("attache_ms_per_page_including_scoring", Math.round(msPerPage * 10) / 10.0);
        result.put("rows", rows);
        if (printer != null) {
            printer.printf(Locale.ROOT, "Article extraction, %d pages of %s (4-gram shingle metric)%n%n",
                    benchmark.pages().size(), benchmarkDir);
            printer.println("| rank | system | F1 | precision | recall | accuracy |");
            printer.println("|---:|---|---:|---:|---:|---:|");
            int rank = 0;
            for (ExtractionBenchmark.Row row : rows) {
                printer.printf(Locale.ROOT, "| %d | %s | %.3f | %.3f | %.3f | %.3f |%n", ++rank,
                        row.name().equals("attache") ? "**attache**" : row.name(), row.f1(), row.precision(),
                        row.recall(), row.accuracy());
            }
            printer.printf(Locale.ROOT, "%nattache: %.1f ms/page (extraction and scoring, one thread)%n", msPerPage);
            printer.flush();
        }
        return result;
    }

    /** The wider-web benchmark: Attaché and Readability4J live, page by page, beside the published table. */
    private Map<String, Object> web(PrintWriter printer) throws IOException {
        WebExtractionBenchmark benchmark = WebExtractionBenchmark.load(webDir);
        List<WebExtractionBenchmark.Page> pages = benchmark.pages();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        PageDecoder decoder = new PageDecoder();
        Map<String, Function<WebExtractionBenchmark.Page, String>> systems = new LinkedHashMap<>();
        systems.put("attache", p -> readerText(extractor, p));
        String r4j = Readability4jBaseline.NAME;
        if (baseline) {
            // Readability4J takes text: it is given the page decoded as Attaché decodes it, inside its timing
            systems.put(r4j, p -> Readability4jBaseline.readerText(decoder.decode(p.html(), null).text(), null));
        }
        Map<String, WebExtractionBenchmark.Run> runs;
        try (Progress progress = Progress.start(printer != null, "Extracting")) {
            runs = benchmark.run(systems, warmup, done -> progress.update(done, pages.size() + " pages"));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (WebExtractionBenchmark.Run run : runs.values()) {
            for (Half half : new Half[] {null, Half.TUNING, Half.HELD_OUT}) {
                SnippetScorer.Totals t = run.totals(pages, half);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("system", run.system());
                row.put("pages", half == null ? "all" : half.label());
                row.put("n", t.pages());
                row.put("precision", round(t.precision()));
                row.put("recall", round(t.recall()));
                row.put("accuracy", round(t.accuracy()));
                row.put("f", round(t.f()));
                row.put("tp", t.tp());
                row.put("fp", t.fp());
                row.put("fn", t.fn());
                row.put("tn", t.tn());
                rows.add(row);
            }
        }
        List<Map<String, Object>> speed = new ArrayList<>();
        for (WebExtractionBenchmark.Run run : runs.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("system", run.system());
            s.put("pages_per_cpu_second", round1(run.pagesPerCpuSecond()));
            s.put("pages_per_wall_second", round1(run.pagesPerSecond()));
            s.put("cpu_ms_per_page", round1(run.cpuNanos() / 1e6 / Math.max(1, pages.size())));
            speed.add(s);
        }
        List<Map<String, Object>> perPage = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            WebExtractionBenchmark.Page p = pages.get(i);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("file", p.file());
            page.put("url", p.url());
            page.put("half", p.half().label());
            for (WebExtractionBenchmark.Run run : runs.values()) {
                SnippetScorer.PageScore s = run.scores().get(i);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("result", run.texts().get(i) != null);
                r.put("tp", s.tp());
                r.put("fp", s.fp());
                r.put("fn", s.fn());
                r.put("tn", s.tn());
                r.put("missed", s.missed());
                r.put("leaked", s.leaked());
                r.put("text", run.texts().get(i));
                page.put(run.system(), r);
            }
            perPage.add(page);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", webDir.toString());
        result.put("pages", pages.size());
        result.put("tuning_pages", pages.stream().filter(p -> p.half() == Half.TUNING).count());
        result.put("held_out_pages", pages.stream().filter(p -> p.half() == Half.HELD_OUT).count());
        result.put("split", "SHA-256 of the page's file name (UTF-8): top bit of the first byte 0 = tuning, 1 = held-out");
        result.put("rows", rows);
        result.put("published_source", benchmark.publishedSource());
        result.put("published", benchmark.published());
        result.put("speed", speed);
        result.put("per_page", perPage);
        if (printer != null) {
            printWeb(printer, benchmark, rows, speed, runs.get("attache"));
        }
        return result;
    }

    private void printWeb(PrintWriter printer, WebExtractionBenchmark benchmark, List<Map<String, Object>> rows,
                          List<Map<String, Object>> speed, WebExtractionBenchmark.Run attache) {
        printer.printf(Locale.ROOT, "%nMain text on the wider web, %d pages of %s (snippet metric, title and body)%n%n",
                benchmark.pages().size(), webDir);
        printer.println("| system | pages | n | P | R | Acc | F |");
        printer.println("|---|---|---:|---:|---:|---:|---:|");
        for (Map<String, Object> row : rows) {
            String name = row.get("system").equals("attache") ? "**attache**" : row.get("system") + " (live, same run)";
            printer.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %.3f |%n", name, row.get("pages"),
                    (Integer) row.get("n"), (Double) row.get("precision"), (Double) row.get("recall"),
                    (Double) row.get("accuracy"), (Double) row.get("f"));
        }
        if (!benchmark.published().isEmpty()) {
            printer.printf(Locale.ROOT, "%nPublished figures (%s; not this run, not these pages only):%n%n",
                    benchmark.publishedSource() == null ? "SOURCES.md" : benchmark.publishedSource());
            printer.println("| tool | P | R | Acc | F |");
            printer.println("|---|---:|---:|---:|---:|");
            for (WebExtractionBenchmark.Published p : benchmark.published()) {
                printer.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", p.tool(), p.precision(), p.recall(),
                        p.accuracy(), p.f());
            }
        }
        printer.printf(Locale.ROOT, "%nSpeed, one thread, same pages, same pass (%d warm-up pass%s):%n", warmup,
                warmup == 1 ? "" : "es");
        for (Map<String, Object> s : speed) {
            printer.printf(Locale.ROOT, "  %-22s %7.1f pages/s per core (CPU time)  %7.1f pages/s wall  %6.1f ms CPU/page%n",
                    s.get("system"), (Double) s.get("pages_per_cpu_second"), (Double) s.get("pages_per_wall_second"),
                    (Double) s.get("cpu_ms_per_page"));
        }
        if (failures && attache != null) {
            printer.printf(Locale.ROOT, "%nAttaché's failures on the tuning half:%n");
            List<WebExtractionBenchmark.Page> pages = benchmark.pages();
            for (int i = 0; i < pages.size(); i++) {
                WebExtractionBenchmark.Page p = pages.get(i);
                SnippetScorer.PageScore s = attache.scores().get(i);
                if (p.half() != Half.TUNING || s.missed().isEmpty() && s.leaked().isEmpty()) {
                    continue;
                }
                printer.printf(Locale.ROOT, "%s%s%n", p.file(), attache.texts().get(i) == null ? "  (no result)" : "");
                s.missed().forEach(m -> printer.println("  missed: " + m));
                s.leaked().forEach(m -> printer.println("  leaked: " + m));
            }
        }
        printer.flush();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** What Attaché gives a reader for the page's raw bytes (no URL, no declared charset), or null when refused. */
    private static String readerText(DefaultArticleExtractor extractor, WebExtractionBenchmark.Page p) {
        Page page = new Page(p.file(), null, null, p.html(), ContentKind.HTML, null, null, null);
        try {
            return ReaderText.of(extractor.read(page));
        } catch (ExtractionException e) {
            return null;
        }
    }

    private static String body(DefaultArticleExtractor extractor, String html) {
        Page page = new Page("benchmark", null, null, html.getBytes(StandardCharsets.UTF_8), ContentKind.HTML,
                "UTF-8", null, null);
        try {
            return String.join("\n\n", extractor.extract(page).body());
        } catch (ExtractionException e) {
            return "";
        }
    }
}
