package org.attache.extract.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The publication-date benchmark folder ({@code gold.json}, {@code pages/NAME.html.gz}) and its metric, as
 * htmldate's {@code tests/comparison.py} defines it: one item per URL; the system sees the HTML only; no
 * date is a false negative, the gold day (string equality on {@code YYYY-MM-DD}) a true positive, any other
 * day a false positive. Items whose gold day is {@code NaN} can never be a hit.
 *
 * <p>The pages are split into two fixed halves by a hash of the file name ({@link Half#of}), so rules can
 * be tuned on one half and reported on the other.
 */
public final class DateBenchmark {
    private static final Pattern FIRST_ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** A fixed half of the pages, chosen by the file name alone. */
    public enum Half {
        /** The half whose failures may be looked at when writing rules. */
        TUNING,
        /** The half only ever scored, never inspected. */
        HELD_OUT;

        /** The half of a page: the parity of the first byte of the SHA-256 of its file name. */
        public static Half of(String fileName) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
                return (h[0] & 1) == 0 ? TUNING : HELD_OUT;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 missing from the JVM", e);
            }
        }
    }

    /**
     * One benchmark page.
     *
     * @param file file name under {@code pages/}
     * @param html the raw bytes, un-gzipped
     * @param gold the publication day, or null when the gold says {@code NaN}
     * @param urls the page's addresses; each is one scored item
     * @param half the page's half
     */
    public record Page(String file, byte[] html, String gold, List<String> urls, Half half) {
        public Page {
            urls = List.copyOf(urls);
        }
    }

    /** Counts over scored items, with the benchmark's four figures. */
    public record Score(int items, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double accuracy() {
            return items == 0 ? 0 : (double) tp / items;
        }

        public double f() {
            return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }

        Score plus(Outcome o, int n) {
            return new Score(items + n, tp + (o == Outcome.TP ? n : 0), fp + (o == Outcome.FP ? n : 0),
                    fn + (o == Outcome.FN ? n : 0));
        }
    }

    /** How one page's answer counts. */
    public enum Outcome { TP, FP, FN }

    /** One page's answer and how it counts (for each of its URLs). */
    public record Result(Page page, String answer, Outcome outcome) {
    }

    private final Path root;
    private final List<Page> pages;

    private DateBenchmark(Path root, List<Page> pages) {
        this.root = root;
        this.pages = pages;
    }

    /**
     * Reads the benchmark at {@code root}.
     *
     * @throws NoSuchFileException when {@code gold.json} or a page it names is missing
     * @throws IOException         when a file cannot be read or the gold is not JSON
     */
    public static DateBenchmark load(Path root) throws IOException {
        Path goldFile = root.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            throw new NoSuchFileException(goldFile.toString(), null, "no gold.json");
        }
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        JsonNode gold = mapper.readTree(goldFile.toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            Path file = root.resolve("pages").resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "page named in gold.json is missing");
            }
            JsonNode date = e.getValue().path("date");
            String day = date.isTextual() && isDay(date.asText()) ? date.asText() : null;
            List<String> urls = new ArrayList<>();
            e.getValue().path("urls").forEach(u -> urls.add(u.asText()));
            if (urls.isEmpty()) {
                urls.add(e.getKey());
            }
            pages.add(new Page(e.getKey(), gunzip(file), day, urls, Half.of(e.getKey())));
        }
        return new DateBenchmark(root, List.copyOf(pages));
    }

    private static boolean isDay(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            if (!p.getFileName().toString().endsWith(".gz")) {
                return in.readAllBytes();
            }
            try (InputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        }
    }

    /** The benchmark folder. */
    public Path root() {
        return root;
    }

    /** The pages in gold order. */
    public List<Page> pages() {
        return pages;
    }

    /** Runs {@code system} (page → day {@code YYYY-MM-DD} or null) over every page, in order. */
    public List<Result> run(Function<Page, String> system) {
        List<Result> results = new ArrayList<>();
        for (Page p : pages) {
            String answer;
            try {
                answer = system.apply(p);
            } catch (RuntimeException e) {
                answer = null;
            }
            results.add(new Result(p, answer, judge(p.gold(), answer)));
        }
        return results;
    }

    /** How {@code answer} counts against {@code gold} (null gold: no day is right). */
    public static Outcome judge(String gold, String answer) {
        if (answer == null) {
            return Outcome.FN;
        }
        return answer.equals(gold) ? Outcome.TP : Outcome.FP;
    }

    /** Scores per half and for the whole set: keys {@code all}, {@code tuning}, {@code held_out}. */
    public static Map<String, Score> score(List<Result> results) {
        Score all = new Score(0, 0, 0, 0);
        Score tuning = all;
        Score heldOut = all;
        for (Result r : results) {
            int n = r.page().urls().size();
            all = all.plus(r.outcome(), n);
            if (r.page().half() == Half.TUNING) {
                tuning = tuning.plus(r.outcome(), n);
            } else {
                heldOut = heldOut.plus(r.outcome(), n);
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        out.put("all", all);
        out.put("tuning", tuning);
        out.put("held_out", heldOut);
        return out;
    }

    /**
     * The trivial baseline: the first {@code YYYY-MM-DD} in the page's text that is a real calendar day,
     * anywhere in the HTML (markup, scripts and all), or null.
     */
    public static String firstIsoDay(String html) {
        Matcher m = FIRST_ISO_DAY.matcher(html);
        while (m.find()) {
            if (isDay(m.group())) {
                return m.group();
            }
        }
        return null;
    }
}
