package org.attache.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The main-text benchmark of the wider web ({@code ../shared/bench/extraction-web}: {@code evaldata.json},
 * {@code pages/FILE.gz}, {@code SOURCES.md}), scored with {@link SnippetScorer}. Pages are split for
 * honest tuning by a hash of their file name: rules are looked at on the {@link Half#TUNING} half only
 * and reported on both. Systems are run in the same pass, page by page in turn, on one thread, so their
 * speeds are measured under the same load.
 */
public final class WebExtractionBenchmark {
    /** Which half of the deterministic split a page falls in. */
    public enum Half {
        /** Pages whose failures may be looked at while developing rules. */
        TUNING,
        /** Pages kept out of development, reported only. */
        HELD_OUT;

        /** The half of {@code fileName}: the top bit of the first byte of its SHA-256, 0 for tuning. */
        public static Half of(String fileName) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
                return (h[0] & 0x80) == 0 ? TUNING : HELD_OUT;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
        }

        /** Lower-case name with a hyphen, as printed. */
        public String label() {
            return this == TUNING ? "tuning" : "held-out";
        }
    }

    /** One page: its file name, URL, raw bytes, snippets and half. */
    public record Page(String file, String url, byte[] html, List<String> with, List<String> without, Half half) {
        public Page {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /** One row of the published table in SOURCES.md. */
    public record Published(String tool, double precision, double recall, double accuracy, double f) {
    }

    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|\\s*([^|]+?)\\s*\\|\\s*(\\d\\.\\d+)\\s*\\|\\s*(\\d\\.\\d+)\\s*\\|\\s*(\\d\\.\\d+)\\s*\\|\\s*(\\d\\.\\d+)\\s*\\|\\s*$");
    private static final Pattern PUBLISHED_HEADING = Pattern.compile("^\\*\\*Published figures\\*\\*\\s*(.*)$");

    private final Path root;
    private final List<Page> pages;
    private final List<Published> published;
    private final String publishedSource;

    private WebExtractionBenchmark(Path root, List<Page> pages, List<Published> published, String publishedSource) {
        this.root = root;
        this.pages = pages;
        this.published = published;
        this.publishedSource = publishedSource;
    }

    /** True when {@code root} looks like this benchmark (it has {@code evaldata.json} and {@code pages/}). */
    public static boolean isBenchmark(Path root) {
        return Files.isRegularFile(root.resolve("evaldata.json")) && Files.isDirectory(root.resolve("pages"));
    }

    /**
     * Reads the benchmark at {@code root}, pages in {@code evaldata.json} order; entries whose page file is
     * absent are left out.
     */
    public static WebExtractionBenchmark load(Path root) throws IOException {
        JsonNode data = new ObjectMapper().readTree(root.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            String file = e.getValue().path("file").asText("");
            Path gz = root.resolve("pages").resolve(file + ".gz");
            if (file.isEmpty() || !Files.isRegularFile(gz)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(file, e.getKey(), bytes, strings(e.getValue().path("with")),
                    strings(e.getValue().path("without")), Half.of(file)));
        }
        List<Published> published = new ArrayList<>();
        String source = null;
        Path sources = root.resolve("SOURCES.md");
        if (Files.isRegularFile(sources)) {
            boolean inTable = false;
            for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
                Matcher h = PUBLISHED_HEADING.matcher(line.strip());
                if (h.matches()) {
                    source = h.group(1).replaceAll("[():]+$", "").replaceAll("^\\(", "").strip();
                    inTable = true;
                    continue;
                }
                Matcher m = TABLE_ROW.matcher(line.strip());
                if (inTable && m.matches()) {
                    published.add(new Published(m.group(1), Double.parseDouble(m.group(2)),
                            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
                            Double.parseDouble(m.group(5))));
                }
            }
        }
        return new WebExtractionBenchmark(root, List.copyOf(pages), List.copyOf(published), source);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The benchmark folder. */
    public Path root() {
        return root;
    }

    /** The pages in {@code evaldata.json} order. */
    public List<Page> pages() {
        return pages;
    }

    /** The published table of SOURCES.md (empty when it has none), in its order. */
    public List<Published> published() {
        return published;
    }

    /** Where the published figures come from, as SOURCES.md says, or null. */
    public String publishedSource() {
        return publishedSource;
    }

    /** One system's page scores in page order and the time it spent on the pages (one thread). */
    public record Run(String system, List<SnippetScorer.PageScore> scores, List<String> texts, long cpuNanos,
                      long wallNanos) {
        /** Totals over the pages of {@code half}, or over all pages when {@code half} is null. */
        public SnippetScorer.Totals totals(List<Page> pages, Half half) {
            SnippetScorer.Totals t = SnippetScorer.Totals.EMPTY;
            for (int i = 0; i < pages.size(); i++) {
                if (half == null || pages.get(i).half() == half) {
                    t = t.plus(scores.get(i));
                }
            }
            return t;
        }

        /** Pages per CPU-second of the measuring thread: pages/s per core. */
        public double pagesPerCpuSecond() {
            return cpuNanos == 0 ? 0 : scores.size() / (cpuNanos / 1e9);
        }

        /** Pages per wall-clock second. */
        public double pagesPerSecond() {
            return wallNanos == 0 ? 0 : scores.size() / (wallNanos / 1e9);
        }
    }

    /**
     * Runs each system (page → the text a reader reads, or null for no result) on every page, in turn per
     * page, after {@code warmupRounds} unmeasured passes over the pages; a system that throws gives no result
     * for that page.
     *
     * @param progress told the number of pages done in the measured pass
     */
    public Map<String, Run> run(Map<String, Function<Page, String>> systems, int warmupRounds, IntConsumer progress) {
        for (int round = 0; round < warmupRounds; round++) {
            for (Page p : pages) {
                systems.values().forEach(s -> apply(s, p));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        Map<String, List<SnippetScorer.PageScore>> scores = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Map<String, long[]> times = new LinkedHashMap<>();
        systems.keySet().forEach(k -> {
            scores.put(k, new ArrayList<>());
            texts.put(k, new ArrayList<>());
            times.put(k, new long[2]);
        });
        int done = 0;
        for (Page p : pages) {
            for (Map.Entry<String, Function<Page, String>> s : systems.entrySet()) {
                long cpu0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
                long wall0 = System.nanoTime();
                String text = apply(s.getValue(), p);
                long wall = System.nanoTime() - wall0;
                long cpu = cpuTimed ? threads.getCurrentThreadCpuTime() - cpu0 : wall;
                long[] t = times.get(s.getKey());
                t[0] += cpu;
                t[1] += wall;
                texts.get(s.getKey()).add(text);
                scores.get(s.getKey()).add(SnippetScorer.score(text, p.with(), p.without()));
            }
            progress.accept(++done);
        }
        Map<String, Run> out = new LinkedHashMap<>();
        for (String k : systems.keySet()) {
            out.put(k, new Run(k, List.copyOf(scores.get(k)), java.util.Collections.unmodifiableList(texts.get(k)),
                    times.get(k)[0], times.get(k)[1]));
        }
        return out;
    }

    private static String apply(Function<Page, String> system, Page p) {
        try {
            return system.apply(p);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
