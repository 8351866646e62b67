package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<InputFiles.Input> files = InputFiles.plan(List.of(root.toString()), new Configuration());

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
        List<InputFiles.Input> local = InputFiles.plan(List.of(root.toString()), hadoop);
        String uri = root.toUri().toString(); // file:/…/archive/
        List<InputFiles.Input> remote = InputFiles.plan(List.of(uri), hadoop);

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
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> InputFiles.plan(List.of(dir.resolve("gone").toString()), new Configuration()))
                .isInstanceOf(InputFiles.NotFound.class).hasMessage("input not found: " + dir.resolve("gone"));
        String uri = dir.toUri() + "gone-too";
        assertThatThrownBy(() -> InputFiles.plan(List.of(uri), new Configuration()))
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
