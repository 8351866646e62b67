package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSONL file read line by line with {@link JsonlLines} gives the items the file source gives reading it whole. */
class JsonlLinesTest {
    @TempDir
    Path dir;

    @Test
    void linesReadOneByOneGiveTheFileSourcesItems() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a UTF-8 mark on line 1
        bytes.writeBytes(("{\"url\":\"https://a.example/1\",\"text\":\"Ministers met in Hanoi on Monday.\"}\n"
                + "\n"
                + "   \n"
                + "{\"url\":\"https://a.example/2\",\"html\":\"<p>Le ministre a parlé à Paris.</p>\"}\r\n"
                + "{\"url\":\"https://a.example/3\",\"text\":\"unterminated\n"
                + "{\"url\":\"https://a.example/4\"}\n"
                + "{\"url\":\"https://a.example/5\",\"text\":\"Der Minister sprach in Berlin.\"}").getBytes(
                StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'\n', '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
        Path file = dir.resolve("feed.jsonl");
        Files.write(file, bytes.toByteArray());
        Instant modified = Instant.parse("2026-01-02T03:04:05Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        List<SourceItem> whole = new ArrayList<>();
        Sources.open(file).read(whole::add);

        assertThat(JsonlLines.splittable(file)).isTrue();
        JsonlLines lines = new JsonlLines(file.toString(), modified, SourceConfig.DEFAULTS);
        List<SourceItem> oneByOne = new ArrayList<>();
        byte[] all = bytes.toByteArray();
        int start = 0;
        long number = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i > start || i < all.length) {
                    SourceItem item = lines.item(++number, Arrays.copyOfRange(all, start, i), i - start);
                    if (item != null) {
                        oneByOne.add(item);
                    }
                }
                start = i + 1;
            }
        }

        assertThat(whole).hasSize(6);
        assertThat(describe(oneByOne)).isEqualTo(describe(whole));
        assertThat(whole.stream().filter(SourceItem.Skipped.class::isInstance).count()).isEqualTo(3);
    }

    @Test
    void gzippedAndUtf16FilesAreNotSplit() throws IOException {
        Path gz = dir.resolve("feed.jsonl.gz");
        Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8, 0});
        Path utf16 = dir.resolve("wide.jsonl");
        Files.write(utf16, "\uFEFF{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_16BE));
        Path empty = dir.resolve("empty.jsonl");
        Files.write(empty, new byte[0]);

        assertThat(JsonlLines.splittable(gz)).isFalse();
        assertThat(JsonlLines.splittable(utf16)).isFalse();
        assertThat(JsonlLines.splittable(empty)).isFalse();
        assertThat(JsonlLines.splittable(dir)).isFalse();
    }

    /** Items compared by what they say: a page by source, URL, bytes and time; a skip by source, line and reason. */
    private static List<String> describe(List<SourceItem> items) {
        return items.stream().map(item -> switch (item) {
            case SourceItem.Loaded loaded -> "page " + loaded.page().source() + " " + loaded.page().url() + " "
                    + new String(loaded.page().content(), StandardCharsets.UTF_8) + " " + loaded.page().fetchedAt()
                    + " " + loaded.page().kind();
            case SourceItem.Skipped skipped -> "skip " + skipped.source() + ":" + skipped.line() + " "
                    + skipped.reason();
        }).toList();
    }
}
