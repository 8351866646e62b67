package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.extract.source.Items.gzip;
import static org.attache.extract.source.Items.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attache.api.Page;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes held in memory (an upload), or a file another file system opens, read as the file of that name is read. */
class StreamSourceTest {
    @TempDir
    Path dir;

    private static final String JSONL = """
            {"id": "w-1", "outlet": "Desk Wire", "title": "Talks", "text": "Ministers of Chile and Peru met in Lima."}
            {"id": broken
            {"id": "w-2", "html": "<p>Le ministre a rencontré son homologue à Dakar.</p>"}
            """;

    @Test
    void bytesGiveTheFilesPagesAndSkipsNamedByTheirName() {
        byte[] bytes = JSONL.getBytes(StandardCharsets.UTF_8);
        Items fromFile = Items.read(write(dir.resolve("desk.jsonl"), bytes));
        Items fromBytes = Items.read(Sources.of("desk.jsonl", bytes, SourceConfig.DEFAULTS));

        assertThat(fromBytes.pages()).hasSize(2);
        assertThat(fromBytes.pages().stream().map(Page::source).toList()).containsExactly("desk.jsonl:1", "desk.jsonl:3");
        assertThat(fromBytes.skipLines()).hasSize(1).allMatch(line -> line.startsWith("desk.jsonl:2"));
        String folder = dir.toString() + java.io.File.separator;
        assertThat(fromBytes.pages()).hasSameSizeAs(fromFile.pages());
        for (int i = 0; i < fromFile.pages().size(); i++) {
            Page file = fromFile.pages().get(i);
            Page memory = fromBytes.pages().get(i);
            assertThat(memory.source()).isEqualTo(file.source().replace(folder, ""));
            assertThat(memory.content()).isEqualTo(file.content());
            assertThat(memory.recordId()).isEqualTo(file.recordId());
            assertThat(memory.kind()).isEqualTo(file.kind());
            assertThat(memory.hints()).isEqualTo(file.hints());
        }
    }

    @Test
    void gzipBytesAreReadAsTheirNameSays() {
        byte[] packed = gzip(JSONL.getBytes(StandardCharsets.UTF_8));
        Items items = Items.read(Sources.of("desk.jsonl.gz", packed, SourceConfig.DEFAULTS));
        assertThat(items.pages()).extracting(Page::recordId).containsExactly("w-1", "w-2");
    }

    @Test
    void aSourceIsReadableAgain() {
        var source = Sources.of("note.txt", "Der Außenminister reiste nach Wien.".getBytes(StandardCharsets.UTF_8),
                SourceConfig.DEFAULTS);
        List<Page> first = Items.read(source).pages();
        List<Page> second = Items.read(source).pages();
        assertThat(first).hasSize(1);
        assertThat(second.getFirst().content()).isEqualTo(first.getFirst().content());
        assertThat(first.getFirst().source()).isEqualTo("note.txt");
    }

    @Test
    void emptyOrUnsupportedBytesAreOneSkipNamedByTheName() {
        assertThat(Items.read(Sources.of("empty.html", new byte[0], SourceConfig.DEFAULTS)).skipLines())
                .containsExactly("empty.html: empty");
        assertThat(Items.read(Sources.of("sheet.xlsx", new byte[] {1, 2, 3}, SourceConfig.DEFAULTS)).skipLines())
                .containsExactly("sheet.xlsx: unsupported file type");
    }

    @Test
    void aFileOpenedByAnotherFileSystemGivesTheLocalFilesItemsFetchedAtItsTime() throws java.io.IOException {
        // as a Hadoop file system hands over a file: its name, size and time, and a way to open it
        Path local = write(dir.resolve("desk.jsonl.gz"), gzip(JSONL.getBytes(StandardCharsets.UTF_8)));
        java.time.Instant modified = java.time.Instant.parse("2026-11-30T08:15:00Z");
        var remote = Sources.of("hdfs://archive/desk.jsonl.gz", java.nio.file.Files.size(local), modified,
                () -> java.nio.file.Files.newInputStream(local), SourceConfig.DEFAULTS);
        Items fromFile = Items.read(local);
        Items fromStream = Items.read(remote);
        assertThat(fromStream.pages()).extracting(Page::recordId).containsExactly("w-1", "w-2");
        assertThat(fromStream.pages()).extracting(Page::content)
                .containsExactlyElementsOf(fromFile.pages().stream().map(Page::content).toList());
        assertThat(fromStream.pages()).extracting(Page::fetchedAt).containsOnly(modified);
        assertThat(fromStream.pages().getFirst().source()).isEqualTo("hdfs://archive/desk.jsonl.gz:1");
        assertThat(fromStream.skipLines()).hasSize(1).allMatch(line -> line.startsWith("hdfs://archive/desk.jsonl.gz:2"));
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> Sources.of(" ", new byte[] {1}, SourceConfig.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
