package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.app.eval.Readability4jBaseline;
import org.attache.web.json.Json;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.eval.ExtractionBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval extraction}: article-body extraction scored with the benchmark's own metric (4-gram
 * shingle P/R/F1 per page, averaged), beside every stored tool output, in the same run.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article extraction on a benchmark folder (html/, ground-truth.json, output/).")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Benchmark folder, e.g. ../shared/bench/extraction")
    Path benchmarkDir;

    @Option(names = "--json", description = "Print the table as JSON.")
    boolean json;

    @Option(names = "--baseline", negatable = true, defaultValue = "true",
            description = "Also run Readability4J live as a side-by-side baseline. Default: ${DEFAULT-VALUE}")
    boolean baseline;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as JSON to FILE.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(benchmarkDir.resolve("ground-truth.json"))) {
            throw new CliException("not an extraction benchmark folder (no ground-truth.json): " + benchmarkDir,
                    CommandLine.ExitCode.USAGE);
        }
        ExtractionBenchmark benchmark = ExtractionBenchmark.load(benchmarkDir);
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        long started = System.nanoTime();
        List<ExtractionBenchmark.Row> rows = new java.util.ArrayList<>(
                benchmark.table(Map.of("attache", html -> body(extractor, html))));
        double msPerPage = (System.nanoTime() - started) / 1e6 / Math.max(1, benchmark.pages().size());
        if (baseline) {
            Map<String, String> bodies = benchmark.run(html -> Readability4jBaseline.extract(html, null));
            rows.add(ExtractionBenchmark.row("readability4j 1.0.8 (live, same run)", benchmark.scoreBodies(bodies)));
            rows.sort(java.util.Comparator.comparingDouble(ExtractionBenchmark.Row::f1).reversed());
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", benchmarkDir.toString());
        result.put("pages", benchmark.pages().size());
        result.put("attache_ms_per_page_including_scoring", Math.round(msPerPage * 10) / 10.0);
        result.put("rows", rows);
        if (out != null) {
            Files.writeString(out, Json.pretty(result), StandardCharsets.UTF_8);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.println(Json.pretty(result));
        } else {
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
        }
        return 0;
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
