package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.extract.source.Items.gzip;
import static org.attache.extract.source.Items.text;
import static org.attache.extract.source.Items.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourcesTest {
    @TempDir
    Path dir;

    @Test
    void htmlAndTextFilesAreOnePageEach() throws IOException {
        Instant mtime = Instant.parse("2024-03-01T10:15:30Z");
        Path html = write(dir.resolve("a.html"), "<html><p>Hello</p></html>");
        Files.setLastModifiedTime(html, FileTime.from(mtime));
        Path text = write(dir.resolve("b.TXT"), "Plain words.\n");

        Page page = Items.read(html).pages().getFirst();
        assertThat(page.source()).isEqualTo(html.toString());
        assertThat(page.kind()).isEqualTo(ContentKind.HTML);
        assertThat(text(page)).isEqualTo("<html><p>Hello</p></html>");
        assertThat(page.fetchedAt()).isEqualTo(mtime);
        assertThat(page.url()).isNull();
        assertThat(page.recordId()).isNull();
        assertThat(page.declaredCharset()).isNull();
        assertThat(page.hints()).isEqualTo(PageHints.NONE);

        Items items = Items.read(text);
        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ContentKind.TEXT);
            assertThat(text(p)).isEqualTo("Plain words.\n");
        });
    }

    @Test
    void gzippedFilesAreDecompressed() {
        write(dir.resolve("a.htm.gz"), gzip("<p>zipped</p>"));
        write(dir.resolve("b.txt.GZ"), gzip("zipped text"));

        Items items = Items.read(dir);

        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).extracting(Page::kind).containsExactly(ContentKind.HTML, ContentKind.TEXT);
        assertThat(items.pages()).extracting(Items::text).containsExactly("<p>zipped</p>", "zipped text");
    }

    @Test
    void folderIsWalkedRecursivelyInSortedOrderWithoutHiddenEntries() {
        write(dir.resolve("b.txt"), "b");
        write(dir.resolve("a/z.html"), "z");
        write(dir.resolve("a/sub/y.txt"), "y");
        write(dir.resolve(".hidden/x.html"), "hidden folder");
        write(dir.resolve(".dot.html"), "hidden file");
        write(dir.resolve("c.pdf"), "%PDF");
        write(dir.resolve("notes.md"), "# notes");

        Items items = Items.read(dir);

        assertThat(items.pages()).extracting(Page::source).containsExactly(
                dir.resolve("a/sub/y.txt").toString(), dir.resolve("a/z.html").toString(),
                dir.resolve("b.txt").toString());
        assertThat(items.skipLines()).containsExactly(
                dir.resolve("c.pdf") + ": unsupported file type",
                dir.resolve("notes.md") + ": unsupported file type");
        assertThat(items.all()).hasSize(5);
        Items again = Items.read(dir);
        assertThat(again.pages()).extracting(Page::source)
                .as("a second read yields the same").isEqualTo(items.pages().stream().map(Page::source).toList());
        assertThat(again.skipLines()).isEqualTo(items.skipLines());
    }

    @Test
    void missingPathIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("nope/corpus.jsonl");
        assertThatThrownBy(() -> Sources.open(missing, SourceConfig.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void emptyFilesAreSkipped() {
        write(dir.resolve("a.html"), "");
        write(dir.resolve("b.txt"), " \n\t\r\n");
        write(dir.resolve("c.html.gz"), gzip(""));
        write(dir.resolve("d.jsonl"), "");
        write(dir.resolve("e.json"), "  \n");
        write(dir.resolve("f.warc"), "");

        assertThat(Items.read(dir).skipLines()).containsExactly(
                dir.resolve("a.html") + ": empty", dir.resolve("b.txt") + ": empty",
                dir.resolve("c.html.gz") + ": empty", dir.resolve("d.jsonl") + ": empty",
                dir.resolve("e.json") + ": empty", dir.resolve("f.warc") + ": empty");
    }

    @Test
    void binaryFilesAreSkipped() {
        byte[] withNul = "<html>\0\0\0</html>".getBytes(StandardCharsets.US_ASCII);
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < controls.length; i += 5) {
            controls[i] = 0x01;
        }
        write(dir.resolve("a.html"), withNul);
        write(dir.resolve("b.txt"), controls);
        write(dir.resolve("c.txt.gz"), gzip(withNul));
        write(dir.resolve("d.jsonl"), withNul);
        write(dir.resolve("e.json"), withNul);

        assertThat(Items.read(dir).skipLines()).containsExactly(
                dir.resolve("a.html") + ": binary content", dir.resolve("b.txt") + ": binary content",
                dir.resolve("c.txt.gz") + ": binary content", dir.resolve("d.jsonl") + ": binary content",
                dir.resolve("e.json") + ": binary content");
    }

    @Test
    void textWithTabsAndEscapesIsNotBinary() {
        write(dir.resolve("a.txt"), "col\tcol\f\u001b[0m\r\nnext line");
        assertThat(Items.read(dir).pages()).hasSize(1);
    }

    @Test
    void filesOverTheCapAreSkippedAndFilesAtTheCapAreRead() {
        SourceConfig cap = new SourceConfig(100);
        write(dir.resolve("at-cap.txt"), "a".repeat(100));
        write(dir.resolve("over-cap.txt"), "a".repeat(101));
        write(dir.resolve("over-cap-zipped.html.gz"), gzip("a".repeat(100_000)));

        Items items = Items.read(dir, cap);

        assertThat(items.pages()).extracting(Page::source).containsExactly(dir.resolve("at-cap.txt").toString());
        assertThat(items.skipLines()).containsExactly(
                dir.resolve("over-cap-zipped.html.gz") + ": larger than 100 bytes cap",
                dir.resolve("over-cap.txt") + ": larger than 100 bytes cap");
    }

    @Test
    void truncatedAndCorruptGzipAreSkipped() {
        byte[] zipped = gzip("some text ".repeat(10_000));
        write(dir.resolve("a.txt.gz"), Arrays.copyOf(zipped, zipped.length / 2));
        write(dir.resolve("b.txt.gz"), "this is not gzip at all");
        write(dir.resolve("c.txt.gz"), Arrays.copyOf(zipped, 5));
        write(dir.resolve("d.txt"), "fine");

        Items items = Items.read(dir);

        assertThat(items.skipLines()).containsExactly(
                dir.resolve("a.txt.gz") + ": truncated gzip",
                dir.resolve("b.txt.gz") + ": invalid gzip: Not in GZIP format",
                dir.resolve("c.txt.gz") + ": truncated gzip");
        assertThat(items.pages()).extracting(Items::text).containsExactly("fine");
    }

    @Test
    void brokenSymlinkIsSkippedAsUnreadable() throws IOException {
        Path link = dir.resolve("gone.html");
        try {
            Files.createSymbolicLink(link, dir.resolve("missing-target.html"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("symbolic links not supported here");
        }
        write(dir.resolve("ok.html"), "<p>ok</p>");

        Items items = Items.read(dir);

        assertThat(items.skipLines()).containsExactly(link + ": unreadable: no such file");
        assertThat(items.pages()).hasSize(1);
    }

    @Test
    void fileWithoutReadPermissionIsSkipped() throws IOException {
        Path locked = write(dir.resolve("locked.html"), "<p>secret</p>");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");

        assertThat(Items.read(dir).skipLines()).containsExactly(locked + ": unreadable: permission denied");
    }

    @Test
    void singleUnsupportedFileIsASkipNotAnError() {
        Path pdf = write(dir.resolve("report.pdf"), "%PDF-1.4");
        assertThat(Items.read(pdf).all()).containsExactly(
                new SourceItem.Skipped(pdf.toString(), 0, "unsupported file type"));
    }

    @Test
    void utf16AndUtf32PagesWithAByteOrderMarkAreReadNotCalledBinary() {
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
            byte[] page = ("\uFEFF<html><body><p>Hà Nội đón Tết</p></body></html>").getBytes(cs);
            Path file = write(dir.resolve(charset + ".html"), page);

            Items items = Items.read(file);

            assertThat(items.skipped()).as(charset).isEmpty();
            assertThat(items.pages()).as(charset).singleElement().satisfies(p -> assertThat(p.content()).isEqualTo(page));
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsStillBinary() {
        Path file = write(dir.resolve("bare.html"), "<p>no mark</p>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(Items.read(file).skipLines()).containsExactly(file + ": binary content");
    }
}
