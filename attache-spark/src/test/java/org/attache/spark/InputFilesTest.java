package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.extract.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The files of a batch's inputs: in the order ingest reads them, through this machine's or Hadoop's file system. */
class InputFilesTest {
    @TempDir
    Path dir;

    private static final String LINES = """
            {"id": "a-1", "text": "Die Außenminister Chiles und Perus trafen sich in Lima zu Gesprächen."}
            {"id": "a-2", "text": "Le ministre sénégalais a reçu son homologue malien à Dakar."}
            """;

    private Path archive() throws IOException {
        Path root = dir.resolve("archive");
        write(root.resolve("b-desk/2026-11-30.html"), "<html><body><p>El canciller viajó a Quito.</p></body></html>");
        write(root.resolve("b-desk/notes.txt"), "Minister Vivian Balakrishnan visited Hanoi.");
        write(root.resolve("a-feed.jsonl"), LINES);
        gzip(root.resolve("c-older.jsonl.gz"), LINES);
        write(root.resolve(".hidden.html"), "<p>never read</p>");
        write(root.resolve("b-desk/deeper/z.html"), "<p>Ministrowie spotkali się w Warszawie.</p>");
        write(root.resolve("d-readme.md"), "not a page");
        return root;
    }

    @Test
    void aFolderIsSplitIntoItsFilesInTheOrderIngestReadsThem() throws IOException {
        Path root = archive();
        List<InputFiles.Input> files = InputFiles.plan(List.of(root.toString()), new Configuration(),
                BatchJob.RANGE_BYTES);

        // the order of a folder source's items is the order of the files
        LinkedHashSet<String> read = new LinkedHashSet<>();
        Sources.open(root, SourceConfig.DEFAULTS).read(item -> read.add(file(item)));
        assertThat(files).extracting(InputFiles.Input::name).containsExactlyElementsOf(read);
        assertThat(files).extracting(InputFiles.Input::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(files).extracting(f -> root.relativize(Path.of(f.name())).toString()).containsExactly(
                "a-feed.jsonl", "b-desk/2026-11-30.html", "b-desk/deeper/z.html", "b-desk/notes.txt",
                "c-older.jsonl.gz", "d-readme.md");
        // an uncompressed JSONL file is split by lines; gzip, HTML, text and the rest are read whole
        assertThat(files).extracting(InputFiles.Input::kind).containsExactly(InputFiles.Kind.LINES,
                InputFiles.Kind.LOCAL, InputFiles.Kind.LOCAL, InputFiles.Kind.LOCAL, InputFiles.Kind.LOCAL,
                InputFiles.Kind.LOCAL);
        assertThat(files.getFirst().key(3)).isLessThan(files.get(1).key(0));
    }

    @Test
    void aHadoopUriOfTheFolderListsTheSameFilesAndReadsTheSameItems() throws IOException {
        Path root = archive();
        Configuration hadoop = new Configuration();
        List<InputFiles.Input> local = InputFiles.plan(List.of(root.toString()), hadoop, BatchJob.RANGE_BYTES);
        String uri = root.toUri().toString(); // file:/…/archive/
        List<InputFiles.Input> remote = InputFiles.plan(List.of(uri), hadoop, BatchJob.RANGE_BYTES);

        assertThat(remote).extracting(f -> f.name().substring(f.name().indexOf("archive/")))
                .containsExactlyElementsOf(local.stream()
                        .map(f -> "archive/" + root.relativize(Path.of(f.name()))).toList());
        assertThat(remote).extracting(InputFiles.Input::kind).containsExactly(InputFiles.Kind.LINES,
                InputFiles.Kind.HADOOP, InputFiles.Kind.HADOOP, InputFiles.Kind.HADOOP, InputFiles.Kind.HADOOP,
                InputFiles.Kind.HADOOP);
        assertThat(remote.getFirst().name()).startsWith("file:").doesNotContain("archive//");

        // each file read through Hadoop gives the items (pages and skips) of the same file read here
        for (int i = 1; i < local.size(); i++) {
            assertThat(items(remote.get(i), hadoop)).as(remote.get(i).name())
                    .containsExactlyElementsOf(items(local.get(i), hadoop));
        }
    }

    @Test
    void aLargeGzippedWarcIsReadInByteRangesThatTogetherGiveItsItems() throws IOException {
        Path warc = dir.resolve("crawl/2026-12-04.warc.gz");
        Files.createDirectories(warc.getParent());
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 30; i++) {
                String html = "<html><body><h1>Talks, day " + i + "</h1><p>" + "The envoys met again. ".repeat(i % 7)
                        + "</p></body></html>";
                writer.write(new WarcResponse.Builder(URI.create("https://wire.example/" + i))
                        .date(Instant.parse("2026-12-04T08:00:00Z")).body(new HttpResponse.Builder(i % 10 == 3
                                ? 404 : 200, "OK").body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)).build())
                        .build());
            }
        }
        Configuration hadoop = new Configuration();
        long rangeBytes = 700;
        List<String> whole = new ArrayList<>();
        Sources.open(warc, SourceConfig.DEFAULTS).read(item -> whole.add(line(item)));

        for (String input : List.of(warc.toString(), warc.toUri().toString())) {
            InputFiles.Input file = InputFiles.plan(List.of(input), hadoop, rangeBytes).getFirst();
            assertThat(file.kind()).isEqualTo(InputFiles.Kind.WARC_RANGES);
            assertThat(file.ranges(rangeBytes).length).isGreaterThan(3);
            List<String> ranged = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            for (int range = 0; range < file.ranges(rangeBytes).length; range++) {
                int r = range;
                long[] item = {0};
                AnalysedPages.source(file, range, rangeBytes, SourceConfig.DEFAULTS, hadoop).read(read -> {
                    ranged.add(line(read).replace(file.name(), warc.toString()));
                    keys.add(file.key(r, item[0]++));
                });
            }
            assertThat(ranged).as(input).isEqualTo(whole);
            assertThat(keys).isSorted().doesNotHaveDuplicates();
        }
        // not worth cutting when it is no larger than one range
        assertThat(InputFiles.plan(List.of(warc.toString()), hadoop, Files.size(warc)).getFirst().kind())
                .isEqualTo(InputFiles.Kind.LOCAL);
    }

    private static String line(SourceItem item) {
        return switch (item) {
            case SourceItem.Loaded loaded -> "page " + loaded.page().source() + " " + loaded.page().url() + " "
                    + new String(loaded.page().content(), StandardCharsets.UTF_8);
            case SourceItem.Skipped skipped -> "skip " + skipped.source() + " " + skipped.reason();
        };
    }

    @Test
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> InputFiles.plan(List.of(dir.resolve("gone").toString()), new Configuration(),
                BatchJob.RANGE_BYTES))
                .isInstanceOf(InputFiles.NotFound.class).hasMessage("input not found: " + dir.resolve("gone"));
        String uri = dir.toUri() + "gone-too";
        assertThatThrownBy(() -> InputFiles.plan(List.of(uri), new Configuration(), BatchJob.RANGE_BYTES))
                .isInstanceOf(InputFiles.NotFound.class).hasMessage("input not found: " + uri);
    }

    @Test
    void onlySchemesMakeUris() {
        assertThat(InputFiles.isUri("hdfs://namenode:8020/news")).isTrue();
        assertThat(InputFiles.isUri("s3a://bucket/crawl/")).isTrue();
        assertThat(InputFiles.isUri("file:/srv/news")).isTrue();
        assertThat(InputFiles.isUri("/srv/news")).isFalse();
        assertThat(InputFiles.isUri("news/2026-12-04.jsonl")).isFalse();
        assertThat(InputFiles.isUri("C:/news")).isFalse();
    }

    /** Each item as "what: content or reason", with the file's own part of its name. */
    private static List<String> items(InputFiles.Input file, Configuration hadoop) {
        List<String> out = new ArrayList<>();
        AnalysedPages.source(file, SourceConfig.DEFAULTS, hadoop).read(item -> out.add(switch (item) {
            case SourceItem.Loaded loaded -> "page " + loaded.page().recordId() + ": "
                    + new String(loaded.page().content(), StandardCharsets.UTF_8)
                    + " @" + loaded.page().fetchedAt().toEpochMilli() / 1000;
            case SourceItem.Skipped skipped -> "skip " + skipped.line() + ": " + skipped.reason();
        }));
        return out;
    }

    private static String file(SourceItem item) {
        String source = switch (item) {
            case SourceItem.Loaded loaded -> loaded.page().source();
            case SourceItem.Skipped skipped -> skipped.source();
        };
        int line = source.lastIndexOf(':');
        return line > 0 && source.substring(line + 1).chars().allMatch(Character::isDigit)
                ? source.substring(0, line) : source;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
