package org.attache.extract.eval;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attache.extract.html.HtmlArticleExtractor;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the shared article-extraction benchmark: Attaché must score a higher F1 than every
 * stored tool output, measured by the same scorer in the same run. Skipped when the benchmark is absent.
 */
class ExtractionBenchmarkTest {
    static final String ATTACHE = "Attaché";

    static Path benchRoot() {
        return SharedData.resolve("bench/extraction");
    }

    @Test
    void attacheBeatsEveryStoredOutput() throws IOException {
        Path root = benchRoot();
        assumeTrue(Files.isRegularFile(root.resolve("ground-truth.json")), "benchmark not present at " + root);
        ExtractionBenchmark bench = ExtractionBenchmark.load(root);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, String> urls = new LinkedHashMap<>();
        bench.pages().forEach(p -> urls.put(p.html(), p.url()));
        Function<String, String> attache = html -> HtmlArticleExtractor.bodyText(extractor.extract(html, urls.get(html)));

        bench.run(attache); // warm-up, so the timing below is the steady state
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        bench.run(attache);
        double msPerPage = (System.nanoTime() - t0) / 1e6 / bench.pages().size();
        double cpuMsPerPage = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / bench.pages().size();

        List<ExtractionBenchmark.Row> rows = bench.table(Map.of(ATTACHE, attache));
        System.out.printf("extraction benchmark, %d pages (single thread: %.1f ms/page wall, %.1f ms/page CPU)%n",
                bench.pages().size(), msPerPage, cpuMsPerPage);
        rows.forEach(System.out::println);

        ExtractionBenchmark.Row ours = rows.stream().filter(r -> r.name().equals(ATTACHE)).findFirst().orElseThrow();
        double bestStored = rows.stream().filter(r -> !r.name().equals(ATTACHE))
                .mapToDouble(ExtractionBenchmark.Row::f1).max().orElse(0);
        assertThat(ours.pages()).isEqualTo(bench.pages().size());
        assertThat(ours.f1()).as("Attaché F1 vs best stored output").isGreaterThan(bestStored);
    }
}
