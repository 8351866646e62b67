package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attache.app.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/**
 * {@code batch --master local[2]} over the repository's samples and a WARC, then {@code load}, gives the store that
 * {@code ingest} of the same inputs gives: the same articles, entities, mentions, events, actors and stories (the
 * sections of scripts/store-ids.sh). Loading twice changes nothing; bad items are listed in the rejects table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadTest {
    /** The sections of scripts/store-ids.sh: what must be equal between two stores of the same corpus. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("articles", "SELECT id, COALESCE(duplicate_of, ''), COALESCE(story_id, '') FROM articles");
        SECTIONS.put("entities", "SELECT id, type, name, COALESCE(country, '') FROM entities");
        SECTIONS.put("mentions", "SELECT article_id, start_offset, end_offset, entity_id FROM entity_mentions");
        SECTIONS.put("events", "SELECT id, cameo, COALESCE(story_id, '') FROM events");
        SECTIONS.put("actors", "SELECT event_id, role, position, COALESCE(entity_id, ''), COALESCE(country, '')"
                + " FROM event_actors");
        SECTIONS.put("stories", "SELECT id, type, dyad, COALESCE(first_day, ''), COALESCE(last_day, ''), events,"
                + " articles, sources, COALESCE(headline, '') FROM stories");
    }

    @TempDir
    static Path dir;

    private Path inputs;
    private Path out;
    private Path ingested;
    private Path loaded;
    private String batchOutput;
    private SparkSession spark;

    @BeforeAll
    void batchLoadAndIngest() throws IOException {
        // two local executor threads
        spark = SparkSession.builder().master("local[2]").appName("BatchLoadTest")
                .config("spark.ui.enabled", "false").getOrCreate();
        inputs = dir.resolve("in");
        copy(Path.of("..", "samples"), inputs);
        writeWarc(inputs.resolve("crawl.warc"), WarcCompression.NONE);
        writeWarc(inputs.resolve("crawl-again.warc.gz"), WarcCompression.GZIP);
        out = dir.resolve("batch");
        ingested = dir.resolve("ingested");
        loaded = dir.resolve("loaded");

        // the JSONL file given alone is split by lines (over more partitions than cores, several empty); the
        // folders' files, the file that is no page and the plain WARC are read whole, spread over partitions; the
        // gzipped WARC (the same pages again: exact duplicates) is read in byte ranges of a few records each
        List<String> in = Stream.of("jsonl/asean-newswire-feed.jsonl", "html", "text", "README.md", "crawl.warc",
                        "crawl-again.warc.gz")
                .map(f -> inputs.resolve(f).toString()).toList();
        List<String> batch = new ArrayList<>(List.of("batch", "--master", "local[2]", "--warc-range-bytes", "400"));
        batch.addAll(in);
        batch.addAll(List.of("--out", out.toString()));
        batchOutput = run(batch.toArray(String[]::new));
        List<String> ingest = new ArrayList<>(List.of("ingest"));
        ingest.addAll(in);
        ingest.addAll(List.of("--data", ingested.toString()));
        run(ingest.toArray(String[]::new));
        run("load", out.toString(), "--data", loaded.toString());
        // the same inputs as URIs, read through Hadoop's file system as a cluster reads them
        List<String> uris = new ArrayList<>(List.of("batch", "--master", "local[2]", "--warc-range-bytes", "400"));
        in.forEach(f -> uris.add(Path.of(f).toUri().toString()));
        uris.addAll(List.of("--out", dir.resolve("batch-uris").toString()));
        run(uris.toArray(String[]::new));
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void loadedBatchEqualsIngest() throws SQLException {
        Map<String, List<String>> expected = dump(ingested);
        assertThat(expected.get("articles")).hasSizeGreaterThan(5);
        assertThat(expected.get("entities")).isNotEmpty();
        assertThat(expected.get("events")).isNotEmpty();
        assertThat(dump(loaded)).isEqualTo(expected);
        assertThat(dump(out.resolve(BatchJob.STAGING))).isEqualTo(expected);
    }

    @Test
    void theGzippedWarcWasReadInByteRanges() {
        InputFiles.Input gz = InputFiles.plan(List.of(inputs.resolve("crawl-again.warc.gz").toString()),
                new org.apache.hadoop.conf.Configuration(), 400).getFirst();
        assertThat(gz.kind()).isEqualTo(InputFiles.Kind.WARC_RANGES);
        assertThat(gz.ranges(400).length).isGreaterThan(1);
    }

    @Test
    void inputsGivenAsHadoopUrisGiveTheIngestedStore() throws SQLException {
        assertThat(dump(dir.resolve("batch-uris").resolve(BatchJob.STAGING))).isEqualTo(dump(ingested));
    }

    @Test
    void morePartitionsThanCoresStillGiveTheIngestedStore() throws SQLException {
        // the driver takes partitions as they finish, in input order, while the other ones are analysed
        Matcher partitions = Pattern.compile("on (\\d+) partitions").matcher(batchOutput);
        assertThat(partitions.find()).as(batchOutput).isTrue();
        assertThat(Integer.parseInt(partitions.group(1))).isGreaterThan(2 * spark.sparkContext().defaultParallelism());
        assertThat(dump(out.resolve(BatchJob.STAGING))).isEqualTo(dump(ingested));
    }

    @Test
    void loadingTwiceChangesNothing() throws SQLException {
        Map<String, List<String>> once = dump(loaded);
        String second = run("load", out.toString(), "--data", loaded.toString());
        assertThat(second).contains(": 0 stored");
        assertThat(dump(loaded)).isEqualTo(once);
    }

    @Test
    void tablesHoldTheStoresRowsAndTheRejects() throws SQLException {
        Map<String, List<String>> stored = dump(ingested);
        assertThat(spark.read().parquet(out.resolve("articles").toString()).count())
                .isEqualTo(stored.get("articles").size());
        assertThat(spark.read().parquet(out.resolve("entities").toString()).count())
                .isEqualTo(stored.get("entities").size());
        assertThat(spark.read().parquet(out.resolve("events").toString()).count())
                .isEqualTo(stored.get("events").size());
        assertThat(spark.read().parquet(out.resolve("event_actors").toString()).count())
                .isEqualTo(stored.get("actors").size());
        assertThat(spark.read().parquet(out.resolve("stories").toString()).count())
                .isEqualTo(stored.get("stories").size());
        assertThat(spark.read().parquet(out.resolve("mentions").toString()).columns())
                .contains("article_id", "start", "end", "entity_id", "text", "type");

        // articles, mentions and events are partitioned by the article's publication month
        Map<String, String> months = new HashMap<>();
        spark.read().parquet(out.resolve("articles").toString()).select("id", "published", BatchTables.MONTH)
                .collectAsList().forEach(r -> months.put(r.getString(0), r.isNullAt(2) ? null : r.getString(2)));
        assertThat(months).hasSize(stored.get("articles").size());
        spark.read().parquet(out.resolve("articles").toString()).select("published", BatchTables.MONTH)
                .collectAsList().forEach(r -> {
                    if (r.isNullAt(0)) {
                        assertThat(r.isNullAt(1)).isTrue();
                    } else {
                        assertThat(r.getString(0)).startsWith(r.getString(1));
                    }
                });
        assertThat(months.values()).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                .allMatch(m -> m.matches("\\d{4}-\\d{2}"));
        assertThat(out.resolve("articles")).isDirectoryContaining(p -> p.getFileName().toString()
                .startsWith(BatchTables.MONTH + "="));
        spark.read().parquet(out.resolve("events").toString()).select("article_id", BatchTables.MONTH)
                .collectAsList().forEach(r -> assertThat(r.isNullAt(1) ? null : r.getString(1))
                        .isEqualTo(months.get(r.getString(0))));

        List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).extracting(r -> r.getString(0) + ":" + r.getLong(1) + " " + r.getString(2))
                .anySatisfy(r -> assertThat(r).contains("asean-newswire-feed.jsonl:6 malformed JSON"))
                .anySatisfy(r -> assertThat(r).contains("README.md"));
        assertThat(batchOutput).contains(rejects.size() + " rejected");
    }

    @Test
    void tablesWrittenInSmallChunksHoldTheSameRows() {
        // the driver holds one chunk of a table at a time; a store of any size gives the same tables
        Path chunked = dir.resolve("chunked");
        BatchTables.write(spark, ingested.resolve("attache.db"), chunked, 7);
        for (String table : BatchTables.QUERIES.keySet()) {
            List<String> whole = rows(out.resolve(table));
            assertThat(whole).as(table).isNotEmpty();
            assertThat(rows(chunked.resolve(table))).as(table).containsExactlyInAnyOrderElementsOf(whole);
        }
    }

    private List<String> rows(Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void eventsAreExportedAsPloverAndCameo() throws IOException, SQLException {
        List<String> events = dump(ingested).get("events").stream().map(row -> row.split("\\|")[0]).toList();
        List<String> plover = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("events.plover.json").toFile())
                .forEach(event -> plover.add(event.get("id").asText()));
        assertThat(plover).containsExactlyInAnyOrderElementsOf(events);

        List<String> tsv = Files.readAllLines(out.resolve("events.cameo.tsv"));
        int column = List.of(tsv.get(0).split("\t")).indexOf("attache_event_id");
        assertThat(column).isNotNegative();
        assertThat(tsv.stream().skip(1).map(line -> line.split("\t", -1)[column]).distinct().toList())
                .isNotEmpty().isSubsetOf(events);
    }

    @Test
    void aMissingInputIsAOneLineError() {
        StringWriter err = new StringWriter();
        int code = SparkMainRunner.run(err, "batch", "--master", "local[1]", dir.resolve("nope").toString(), "--out",
                dir.resolve("never").toString());
        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString().strip()).startsWith("attache: input not found").doesNotContain("\n");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        StringWriter outText = new StringWriter();
        int code = SparkMainRunner.run(outText, err, args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return outText.toString();
    }

    /** Each section's rows, sorted: the canonical order of scripts/store-ids.sh. */
    private static Map<String, List<String>> dump(Path data) throws SQLException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("attache.db"));
             Statement st = c.createStatement()) {
            for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(section.getValue())) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                sections.put(section.getKey(), rows);
            }
        }
        return sections;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A small crawl written here: two news pages (one in French) and a 404. */
    private static void writeWarc(Path path, WarcCompression compression) throws IOException {
        Instant day = Instant.parse("2026-03-02T09:00:00Z");
        String[][] pages = {
            {"https://wire.example/2026/03/02/talks", "<html><head><title>Vietnam and Cambodia agree on Mekong "
                    + "water talks</title></head><body><article><h1>Vietnam and Cambodia agree on Mekong water "
                    + "talks</h1><p>HANOI, March 2 - Vietnam's Prime Minister Pham Minh Chinh met Cambodian Prime "
                    + "Minister Hun Manet in Hanoi on Monday and agreed to resume talks on water sharing along the "
                    + "Mekong river, the foreign ministry said.</p><p>The two leaders also discussed border trade "
                    + "and signed an agreement on fisheries, officials said.</p></article></body></html>"},
            {"https://fil.example/2026/03/02/sommet", "<html lang=\"fr\"><head><title>Paris accueille un sommet "
                    + "sur le climat</title></head><body><article><h1>Paris accueille un sommet sur le climat</h1>"
                    + "<p>PARIS, 2 mars - Le président français Emmanuel Macron a reçu lundi le chancelier allemand "
                    + "à l'Élysée pour préparer le sommet européen sur le climat.</p></article></body></html>"},
        };
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            writer.write(new WarcRequest.Builder(URI.create(pages[0][0])).date(day)
                    .body(new HttpRequest.Builder("GET", "/2026/03/02/talks").build()).build());
            for (String[] page : pages) {
                writer.write(new WarcResponse.Builder(URI.create(page[0])).date(day)
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML,
                                page[1].getBytes(StandardCharsets.UTF_8)).build()).build());
            }
            writer.write(new WarcResponse.Builder(URI.create("https://wire.example/missing")).date(day)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML,
                            "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
        }
    }

    /** Runs a command line of {@link SparkMain} in this JVM. */
    static final class SparkMainRunner {
        static int run(StringWriter err, String... args) {
            return run(new StringWriter(), err, args);
        }

        static int run(StringWriter out, StringWriter err, String... args) {
            CommandLine cli = SparkMain.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute(args);
        }
    }
}
