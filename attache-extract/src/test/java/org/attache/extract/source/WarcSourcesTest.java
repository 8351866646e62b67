package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.extract.source.Items.text;
import static org.attache.extract.source.Items.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourcesTest {
    private static final SourceConfig CAP = new SourceConfig(5000);
    private static final Instant DAY_1 = Instant.parse("2024-05-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void okHtmlAndTextResponsesBecomePagesAndEveryOtherRecordIsCountedWithItsReason() throws IOException {
        Path warc = writeWarc(dir.resolve("crawl.warc"), WarcCompression.NONE);

        Items items = Items.read(warc, CAP);

        assertThat(items.pages()).extracting(Page::url).containsExactly(
                "https://news.example/latin1", "https://news.example/plain", "https://news.example/gzipped",
                "https://news.example/chunked");
        Page latin1 = items.pages().get(0);
        assertThat(latin1.kind()).isEqualTo(ContentKind.HTML);
        assertThat(latin1.declaredCharset()).isEqualTo("ISO-8859-1");
        assertThat(latin1.content()).isEqualTo("<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.fetchedAt()).isEqualTo(DAY_1);
        assertThat(latin1.source()).matches(java.util.regex.Pattern.quote(warc.toString()) + "#\\d+");
        Page plain = items.pages().get(1);
        assertThat(plain.kind()).isEqualTo(ContentKind.TEXT);
        assertThat(plain.declaredCharset()).isNull();
        assertThat(text(items.pages().get(2))).isEqualTo("<p>was gzipped</p>");
        assertThat(text(items.pages().get(3))).isEqualTo("<p>in two chunks</p>");
        assertThat(items.pages()).extracting(Page::source).doesNotHaveDuplicates();

        assertThat(items.faults()).extracting(SourceItem.Skipped::reason)
                .containsExactly("larger than 5000 bytes cap", "empty");
        assertThat(items.notPages()).extracting(SourceItem.Skipped::reason).containsExactly(
                "not a response record: request", "HTTP status 404", "not HTML or text: image/png",
                "not a response record: resource", "HTTP status 301");
        assertThat(items.all()).as("every record is an item or a skip").hasSize(11);
        assertThat(items.skipped()).allSatisfy(skip -> assertThat(skip.source()).startsWith(warc + "#"));
    }

    @Test
    void aRecordWithAHugeHeaderLineIsAFaultAndTheNextRecordIsStillRead() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hello</p>";
        String huge = record("X-Padding: " + "a".repeat(5_000_000) + "\r\n", http);
        Path warc = write(dir.resolve("huge.warc"), huge + record("", http));

        Items items = Items.read(warc);

        assertThat(items.faults()).singleElement().satisfies(skip ->
                assertThat(skip.reason()).isEqualTo("WARC header larger than 65536 bytes"));
        assertThat(items.pages()).hasSize(1);
    }

    @Test
    void aRecordWithoutItsTypeIsAFaultNotACrash() {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hello</p>";
        Path warc = write(dir.resolve("untyped.warc"), record("", http).replace("WARC-Type: response\r\n", "")
                + record("", http));

        Items items = Items.read(warc);

        assertThat(items.faults()).singleElement().satisfies(skip ->
                assertThat(skip.reason()).isEqualTo("malformed WARC record: no WARC-Type"));
        assertThat(items.pages()).hasSize(1);
    }

    @Test
    void aHugeHeaderLineWithoutItsEndIsATruncatedWarc() {
        Path warc = write(dir.resolve("open.warc"), "WARC/1.0\r\nWARC-Type: response\r\nX-Padding: "
                + "a".repeat(5_000_000));

        Items items = Items.read(warc);

        assertThat(items.pages()).isEmpty();
        assertThat(items.skipLines()).containsExactly(warc + ": truncated WARC");
    }

    @Test
    void textThatNeverStartsAWarcIsInvalidNotTruncated() {
        Path warc = write(dir.resolve("junk.warc"), "a".repeat(100_000));

        assertThat(Items.read(warc).skipLines())
                .containsExactly(warc + ": invalid WARC: no WARC/ version line at the start");
    }

    @Test
    void aUtf16PageWithItsByteOrderMarkIsLoadedNotCalledBinary() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        body.writeBytes("<p>Hà Nội</p>".getBytes(StandardCharsets.UTF_16LE));
        Path warc = dir.resolve("utf16.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response("utf16", 200, "text/html", body.toByteArray()));
        }

        Items items = Items.read(warc);

        assertThat(items.skipped()).isEmpty();
        assertThat(items.pages()).singleElement().satisfies(page ->
                assertThat(page.content()).isEqualTo(body.toByteArray()));
    }

    /** One response record by hand, with {@code extraHeaders} among its WARC headers. */
    private static String record(String extraHeaders, String http) {
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
                + "WARC-Date: 2024-05-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
                + "Content-Type: application/http; msgtype=response\r\n" + extraHeaders
                + "Content-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    }

    @Test
    void gzippedWarcReadsTheSame() throws IOException {
        Path warc = writeWarc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        Items items = Items.read(warc, CAP);

        assertThat(items.pages()).hasSize(4);
        assertThat(items.faults()).hasSize(2);
        assertThat(items.notPages()).hasSize(5);
    }

    @Test
    void truncatedWarcKeepsThePagesBeforeAndEndsWithOneSkip() throws IOException {
        byte[] whole = Files.readAllBytes(writeWarc(dir.resolve("whole.warc"), WarcCompression.NONE));
        Path cut = write(dir.resolve("cut/cut.warc"), Arrays.copyOf(whole, whole.length - 20));

        Items items = Items.read(cut, CAP);

        assertThat(items.pages()).hasSize(4);
        assertThat(items.skipLines()).endsWith(cut + ": truncated WARC");
        assertThat(items.all().getLast()).isInstanceOf(SourceItem.Skipped.class);
    }

    @Test
    void truncatedGzippedWarcEndsWithOneSkip() throws IOException {
        byte[] whole = Files.readAllBytes(writeWarc(dir.resolve("whole.warc.gz"), WarcCompression.GZIP));
        Path cut = write(dir.resolve("cut/cut.warc.gz"), Arrays.copyOf(whole, whole.length - 20));

        Items items = Items.read(cut, CAP);

        assertThat(items.pages()).hasSize(4);
        assertThat(items.skipLines()).last().isEqualTo(cut + ": truncated gzip");
    }

    @Test
    void everyTruncationPointEndsInAtMostOneSkipAndNeverThrows() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            String name = compression == WarcCompression.GZIP ? "whole.warc.gz" : "whole.warc";
            byte[] whole = Files.readAllBytes(writeWarc(dir.resolve(name), compression));
            Path cut = dir.resolve("cut").resolve(name);
            for (int length = 1; length < whole.length; length += 13) {
                write(cut, Arrays.copyOf(whole, length));

                Items items = Items.read(cut, CAP);

                String at = compression + " cut at " + length + " of " + whole.length;
                assertThat(items.pages()).as(at).hasSizeLessThanOrEqualTo(4);
                assertThat(items.faults()).as(at).hasSizeLessThanOrEqualTo(3);
                long wholeFileSkips = items.skipped().stream().filter(s -> s.source().equals(cut.toString())).count();
                assertThat(wholeFileSkips).as(at).isLessThanOrEqualTo(1);
                if (wholeFileSkips == 1) {
                    assertThat(items.all().getLast()).as(at).isInstanceOf(SourceItem.Skipped.class);
                }
            }
        }
    }

    @Test
    void fileThatIsNotAWarcIsSkippedOnce() {
        Path fake = write(dir.resolve("fake.warc"), "<html>not a warc</html>");

        Items items = Items.read(fake);

        assertThat(items.pages()).isEmpty();
        assertThat(items.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.source()).isEqualTo(fake.toString());
            assertThat(skip.reason()).startsWith("invalid WARC: ");
        });
    }

    /** Writes the test archive: 4 pages, 2 skips (over the cap, empty), 5 records passed over. */
    private static Path writeWarc(Path path, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example/latin1")).date(DAY_1)
                    .body(new HttpRequest.Builder("GET", "/latin1").build()).build());
            writer.write(response("latin1", 200, "text/html; charset=ISO-8859-1",
                    "<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1)));
            writer.write(response("missing", 404, "text/html", bytes("<p>not found</p>")));
            writer.write(response("image", 200, "image/png", bytes("\u0089PNG")));
            writer.write(response("plain", 200, "text/plain", bytes("plain words")));
            writer.write(response("huge", 200, "text/html", bytes("x".repeat(6000))));
            writer.write(response("blank", 200, "text/html", new byte[0]));
            writer.write(new WarcResource.Builder(URI.create("https://news.example/resource")).date(DAY_1)
                    .body(MediaType.HTML, bytes("<p>a resource, not a response</p>")).build());
            writer.write(raw("gzipped", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                    Items.gzip("<p>was gzipped</p>")));
            writer.write(raw("chunked", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                    bytes("8\r\n<p>in tw\r\na\r\no chunks</\r\n2\r\np>\r\n0\r\n\r\n")));
            writer.write(response("redirect", 301, "text/html", bytes("moved")));
        }
        return path;
    }

    private static WarcResponse response(String name, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create("https://news.example/" + name)).date(DAY_1).body(http).build();
    }

    private static WarcResponse raw(String name, String headers, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(bytes("HTTP/1.1 200 OK\r\n" + headers + "\r\n"));
        http.writeBytes(body);
        return new WarcResponse.Builder(URI.create("https://news.example/" + name)).date(DAY_1)
                .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
