package org.attache.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Loads the article-extraction benchmark folder ({@code html/ID.html.gz}, {@code ground-truth.json},
 * {@code output/NAME.json}) and scores live extractors and the stored tool outputs with
 * {@link ShingleScorer} in one run, so that figures are comparable side by side.
 */
public final class ExtractionBenchmark {
    /** One benchmark table row. */
    public record Row(String name, double f1, double precision, double recall, double accuracy, int pages) {
        @Override
        public String toString() {
            return String.format("%-24s F1 %.4f  P %.4f  R %.4f  acc %.3f  n=%d", name, f1, precision, recall,
                    accuracy, pages);
        }
    }

    /** One benchmark page: id, URL, raw HTML and the human-extracted body. */
    public record Page(String id, String url, String html, String truth) {
    }

    private final Path root;
    private final List<Page> pages;
    private final Map<String, Map<String, String>> stored;

    private ExtractionBenchmark(Path root, List<Page> pages, Map<String, Map<String, String>> stored) {
        this.root = root;
        this.pages = pages;
        this.stored = stored;
    }

    /** Reads the benchmark at {@code root}; pages are those of the ground truth with an HTML file. */
    public static ExtractionBenchmark load(Path root) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode truth = om.readTree(root.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            Path html = root.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(html)) {
                continue;
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), readGz(html),
                    e.getValue().path("articleBody").asText("")));
        }
        Map<String, Map<String, String>> stored = new TreeMap<>();
        Path out = root.resolve("output");
        if (Files.isDirectory(out)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(out, "*.json")) {
                for (Path f : ds) {
                    String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                    Map<String, String> bodies = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> e : om.readTree(f.toFile()).path("output").properties()) {
                        bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
                    }
                    stored.put(name, bodies);
                }
            }
        }
        return new ExtractionBenchmark(root, List.copyOf(pages), stored);
    }

    private static String readGz(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The benchmark folder. */
    public Path root() {
        return root;
    }

    /** The pages in ground-truth order. */
    public List<Page> pages() {
        return pages;
    }

    /** Stored outputs by tool name, each {@code id → body}. */
    public Map<String, Map<String, String>> storedOutputs() {
        return stored;
    }

    /** Scores a body per page id (missing ids count as empty output). */
    public List<ShingleScorer.PageScore> scoreBodies(Map<String, String> bodies) {
        List<ShingleScorer.PageScore> out = new ArrayList<>();
        for (Page p : pages) {
            out.add(ShingleScorer.score(p.truth(), bodies.get(p.id())));
        }
        return out;
    }

    /** Runs {@code system} (html → body) over every page, single-threaded. */
    public Map<String, String> run(Function<String, String> system) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Page p : pages) {
            String body;
            try {
                body = system.apply(p.html());
            } catch (RuntimeException e) {
                body = "";
            }
            bodies.put(p.id(), body);
        }
        return bodies;
    }

    /**
     * The table: each live system (name → html-to-body function) plus every stored output, sorted by F1
     * descending.
     */
    public List<Row> table(Map<String, Function<String, String>> systems) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Function<String, String>> s : systems.entrySet()) {
            rows.add(row(s.getKey(), scoreBodies(run(s.getValue()))));
        }
        for (Map.Entry<String, Map<String, String>> s : stored.entrySet()) {
            rows.add(row(s.getKey(), scoreBodies(s.getValue())));
        }
        rows.sort(Comparator.comparingDouble(Row::f1).reversed());
        return rows;
    }

    /** Builds a row from page scores. */
    public static Row row(String name, List<ShingleScorer.PageScore> scores) {
        ShingleScorer.Aggregate a = ShingleScorer.aggregate(scores);
        return new Row(name, a.f1(), a.precision(), a.recall(), a.accuracy(), a.pages());
    }

    /** Convenience for callers without checked exceptions. */
    public static ExtractionBenchmark loadUnchecked(Path root) {
        try {
            return load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
