package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.extract.source.Items.gzip;
import static org.attache.extract.source.Items.text;
import static org.attache.extract.source.Items.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourcesTest {
    @TempDir
    Path dir;

    @Test
    void jsonlRecordsBecomePagesWithHints() throws IOException {
        Path file = write(dir.resolve("news.jsonl"), """
                {"id": "r-1", "url": "https://ex.com/1", "outlet": "Reuters", "title": "Cocoa", \
                "published": "1987-02-26T15:01:01Z", "html": "<p>Zürich — ok</p>", "tags": ["x"], "section": "s"}
                {"id": 2, "text": "Plain body", "title": ""}
                """);
        Instant mtime = Instant.parse("2020-01-02T03:04:05Z");
        Files.setLastModifiedTime(file, FileTime.from(mtime));

        Items items = Items.read(file);

        assertThat(items.skipped()).isEmpty();
        Page first = items.pages().get(0);
        assertThat(first.source()).isEqualTo(file + ":1");
        assertThat(first.recordId()).isEqualTo("r-1");
        assertThat(first.url()).isEqualTo("https://ex.com/1");
        assertThat(first.kind()).isEqualTo(ContentKind.HTML);
        assertThat(first.content()).isEqualTo("<p>Zürich — ok</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(first.declaredCharset()).isEqualTo("UTF-8");
        assertThat(first.fetchedAt()).isEqualTo(mtime);
        assertThat(first.hints()).isEqualTo(new PageHints("Reuters", "Cocoa", "1987-02-26T15:01:01Z"));
        Page second = items.pages().get(1);
        assertThat(second.source()).isEqualTo(file + ":2");
        assertThat(second.recordId()).isEqualTo("2");
        assertThat(second.url()).isNull();
        assertThat(second.kind()).isEqualTo(ContentKind.TEXT);
        assertThat(text(second)).isEqualTo("Plain body");
        assertThat(second.hints()).isEqualTo(PageHints.NONE);
    }

    @Test
    void badLinesAreSkippedWithTheirLineNumberAndReadingGoesOn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("""
                {"id": "ok-1", "text": "one"}

                {"text": "unclosed"
                not json at all
                {"title": "no body"}
                {"text": "  ", "html": ""}
                """.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.writeBytes("""
                [1, 2]
                {"text": "a"} trailing
                {"text": null, "html": null}\r
                {"id": "ok-2", "text": "last line, no newline"}""".getBytes(StandardCharsets.UTF_8));
        Path file = write(dir.resolve("bad.jsonl"), bytes.toByteArray());

        Items items = Items.read(file);

        assertThat(items.pages()).extracting(Page::recordId).containsExactly("ok-1", "ok-2");
        assertThat(items.pages()).extracting(Page::source).containsExactly(file + ":1", file + ":11");
        assertThat(items.skipped()).extracting(SourceItem.Skipped::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(items.skipped()).extracting(SourceItem.Skipped::source).containsOnly(file.toString());
        assertThat(items.skipped()).extracting(SourceItem.Skipped::reason).containsExactly(
                "malformed JSON: Unexpected end-of-input: expected close marker for Object",
                "malformed JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "record has no text or html",
                "record has no text or html",
                "invalid UTF-8",
                "not a JSON object",
                "malformed JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "record has no text or html");
    }

    @Test
    void byteOrderMarkOnTheFirstLineIsIgnored() {
        byte[] line = "{\"text\": \"bom\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[line.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(line, 0, withBom, 3, line.length);
        Items items = Items.read(write(dir.resolve("bom.jsonl"), withBom));
        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).extracting(Items::text).containsExactly("bom");
    }

    @Test
    void linesOverTheCapAreSkippedWithoutBeingKept() {
        Path file = write(dir.resolve("big.jsonl"), "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"small\"}\n");

        Items items = Items.read(file, new SourceConfig(50));

        assertThat(items.skipLines()).containsExactly(file + ":1: larger than 50 bytes cap");
        assertThat(items.pages()).extracting(Page::source).containsExactly(file + ":2");
    }

    @Test
    void gzippedJsonlIsStreamed() {
        Path file = write(dir.resolve("many.jsonl.gz"), gzip(lines(1, 500)));

        Items items = Items.read(file);

        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).hasSize(500);
        assertThat(items.pages().get(499).source()).isEqualTo(file + ":500");
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeAndStopsWithOneSkip() {
        byte[] zipped = gzip(lines(1, 5000));
        Path file = write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(zipped, zipped.length / 2));

        Items items = Items.read(file);

        int loaded = items.pages().size();
        assertThat(loaded).isBetween(100, 4999);
        assertThat(items.pages()).extracting(Page::recordId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, loaded).mapToObj(i -> "id-" + i).toList());
        assertThat(items.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(file.toString());
            assertThat(skip.line()).isEqualTo(loaded + 1L);
            assertThat(skip.reason()).isEqualTo("truncated gzip");
        });
        assertThat(items.all().getLast()).isInstanceOf(SourceItem.Skipped.class);
    }

    @Test
    void jsonFileWithOneObjectIsOnePageNamedByTheFile() {
        Path file = write(dir.resolve("one.json"), "{\n  \"id\": \"x\",\n  \"html\": \"<p>hi</p>\"\n}\n");

        Items items = Items.read(file);

        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).singleElement().satisfies(page -> {
            assertThat(page.source()).isEqualTo(file.toString());
            assertThat(page.recordId()).isEqualTo("x");
            assertThat(page.kind()).isEqualTo(ContentKind.HTML);
        });
    }

    @Test
    void jsonArrayYieldsOnePagePerObjectNamedByLine() {
        Path file = write(dir.resolve("many.json.gz"), gzip("""
                [
                  {"id": "a", "text": "first"},
                  42,
                  {"id": "b", "title": "no body"},
                  {"id": "c", "text": "third"}
                ]
                """));

        Items items = Items.read(file);

        assertThat(items.pages()).extracting(Page::source).containsExactly(file + ":2", file + ":5");
        assertThat(items.skipLines()).containsExactly(file + ":3: not a JSON object",
                file + ":4: record has no text or html");
    }

    @Test
    void jsonFileHoldingSeveralObjectsInARowIsReadLikeJsonl() {
        Path file = write(dir.resolve("lines.json"), "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");

        assertThat(Items.read(file).pages()).extracting(Page::source).containsExactly(file + ":1", file + ":2");
    }

    @Test
    void malformedJsonFileKeepsTheRecordsBeforeTheError() {
        Path file = write(dir.resolve("broken.json"), "[\n{\"text\": \"a\"},\n{\"text\": oops}\n]\n");

        Items items = Items.read(file);

        assertThat(items.pages()).extracting(Page::source).containsExactly(file + ":2");
        assertThat(items.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.line()).isEqualTo(3);
            assertThat(skip.reason()).startsWith("malformed JSON: Unrecognized token 'oops'");
        });
    }

    @Test
    void jsonRecordWithAStringOverTheCapIsSkipped() {
        Path file = write(dir.resolve("huge.json"), "[{\"text\": \"" + "y".repeat(5000) + "\"}]");

        assertThat(Items.read(file, new SourceConfig(1000)).skipLines())
                .containsExactly(file + ":1: larger than 1000 bytes cap");
    }

    private static String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("{\"id\": \"id-").append(i).append("\", \"text\": \"Body number ").append(i)
                    .append(" with some filler words to make the file bigger\"}\n");
        }
        return text.toString();
    }

    @Test
    void aRawNulSkipsItsLineOnlyAndTheOtherRecordsAreKept() {
        byte[] good = "{\"id\": \"a\", \"text\": \"First body\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"b\", \"text\": \"x\u0000y\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] last = "{\"id\": \"c\", \"text\": \"Third body\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(good);
        bytes.writeBytes(bad);
        bytes.writeBytes(last);
        Path file = write(dir.resolve("nul.jsonl"), bytes.toByteArray());

        Items items = Items.read(file);

        assertThat(items.pages()).extracting(Page::recordId).containsExactly("a", "c");
        assertThat(items.skipLines()).containsExactly(file + ":2: binary content");
    }

    @Test
    void aBinaryFileNamedJsonlIsSkippedWhole() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[100] = '\n';
        Path file = write(dir.resolve("image.jsonl"), binary);

        assertThat(Items.read(file).skipLines()).containsExactly(file + ": binary content");
    }

    @Test
    void deeplyNestedJsonIsSkippedForItsDepthNotItsSize() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        Path jsonl = write(dir.resolve("nested.jsonl"), "{\"text\": \"ok body\"}\n{\"text\": " + nested + "}\n");
        Path json = write(dir.resolve("nested.json"), "{\"text\": " + nested + "}");

        Items lines = Items.read(jsonl);
        Items file = Items.read(json);

        assertThat(lines.pages()).hasSize(1);
        assertThat(lines.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.line()).isEqualTo(2);
            assertThat(skip.reason()).matches("nested deeper than \\d+ levels");
        });
        assertThat(file.skipped()).singleElement().satisfies(skip ->
                assertThat(skip.reason()).matches("nested deeper than \\d+ levels"));
    }

    @Test
    void utf16AndUtf32JsonlWithAByteOrderMarkAreDecoded() {
        String records = "{\"id\": \"v\", \"text\": \"Hà Nội đón Tết\"}\n{\"id\": \"w\", \"text\": \"Second\"}\n";
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("\uFEFF".getBytes(cs));
            bytes.writeBytes(records.getBytes(cs));
            Path jsonl = write(dir.resolve(charset + ".jsonl"), bytes.toByteArray());
            Path json = write(dir.resolve(charset + ".json"), bytes.toByteArray());

            Items lines = Items.read(jsonl);
            Items file = Items.read(json);

            assertThat(lines.skipped()).as(charset).isEmpty();
            assertThat(lines.pages()).as(charset).extracting(Items::text).containsExactly("Hà Nội đón Tết", "Second");
            assertThat(file.skipped()).as(charset).isEmpty();
            assertThat(file.pages()).as(charset).extracting(Items::text).containsExactly("Hà Nội đón Tết", "Second");
        }
    }

    @Test
    void aFileWithNoRecordsIsItselfReported() {
        Path blank = write(dir.resolve("blank.jsonl"), "\n\n   \n");
        Path array = write(dir.resolve("array.json"), "[]");

        assertThat(Items.read(blank).skipLines()).containsExactly(blank + ": no records");
        assertThat(Items.read(array).skipLines()).containsExactly(array + ": no records");
    }
}
