package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The hostile-input probe's pages in one folder with good ones, ingested with entities by the CLI in a JVM of
 * its own with a 1 GB heap: every good page is stored, every hostile one is a counted skip with its true reason,
 * and the run ends in bounded time. (Before the page caps, the nested page stalled a run for minutes and the
 * million-element page ended it with an OutOfMemoryError.)
 */
class HostileFolderTest {
    private static final String PROSE = "Prime Minister Pham Minh Chinh met Singapore's Prime Minister Lawrence Wong in "
            + "Hanoi on Tuesday, and the two leaders agreed to deepen cooperation in trade and the digital economy.";

    @TempDir
    Path dir;

    @Test
    void everyGoodPageIsStoredAndEveryHostileOneIsACountedSkipWithItsTrueReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // good pages: two HTML, one text, a UTF-16 page with its byte-order mark, two good JSONL lines
        Files.writeString(in.resolve("good-1.html"), article("Leaders meet in Hanoi", PROSE));
        Files.writeString(in.resolve("good-2.html"), article("Trade talks resume", PROSE.replace("Tuesday", "Friday")
                + " The ministers will meet again in Singapore next month."));
        Files.writeString(in.resolve("good-3.txt"), "Rice exports rise\n\nHANOI — Vietnam's rice exports rose in "
                + "March as buyers in the Philippines and Indonesia raised their orders, the trade ministry said.\n");
        Files.write(in.resolve("utf16.html"), utf16(article("Tết in Hà Nội", "Hà Nội celebrated the Lunar New Year "
                + "with fireworks over Hoàn Kiếm Lake on Tuesday, and the city council said the night was calm.")));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes(line("{\"id\": \"j1\", \"title\": \"Port deal\", \"text\": \"Officials of Vietnam and Japan signed a port deal in Hai Phong on Monday, the ministry said.\"}"));
        jsonl.writeBytes(line("{\"id\": \"j2\", \"title\": \"Bad\", \"text\": \"a\u0000b\"}"));
        jsonl.writeBytes(line("{\"id\": \"j3\", \"title\": \"Bridge opens\", \"text\": \"A new bridge over the Mekong opened in Can Tho on Sunday, the provincial government said.\"}"));
        Files.write(in.resolve("nul.jsonl"), jsonl.toByteArray());
        // hostile pages
        Files.writeString(in.resolve("nested-100k.html"), "<html><body>" + "<div>".repeat(100_000) + PROSE);
        Files.writeString(in.resolve("million-elements.html"), "<html><body><p>" + "<b>x</b>".repeat(1_000_000));
        Files.writeString(in.resolve("nine-mb.txt"), nineMegabytesOfNews());
        Files.writeString(in.resolve("huge-header.warc"), warcRecord("X-Padding: " + "a".repeat(5_000_000) + "\r\n"));
        nonHtmlWarc(in.resolve("crawl.warc"));

        long start = System.nanoTime();
        Cli run = Cli.forked(List.of("-Xmx1g", "-XX:+UseParallelGC"),
                "ingest", in.toString(), "--data", dir.resolve("data").toString(), "--json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("stored").asLong() + report.get("exact_duplicates").asLong()
                + report.get("near_duplicates").asLong()).as("good pages: 3 files, UTF-16, 2 JSONL lines").isEqualTo(6);
        Map<String, Long> reasons = new TreeMap<>();
        report.get("skipped_by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nested deeper than 512 levels", 1L,
                "more than 200000 elements", 1L,
                "text longer than 1000000 characters", 1L,
                "binary content", 1L,
                "WARC header larger than 65536 bytes", 1L,
                "not a response record", 1L,
                "HTTP status 404", 1L,
                "not HTML or text", 1L));
        List<String> examples = new ArrayList<>();
        report.get("skip_examples").forEach(e -> examples.add(e.asText()));
        assertThat(examples).contains(
                in.resolve("nested-100k.html") + ": nested deeper than 512 levels",
                in.resolve("million-elements.html") + ": more than 200000 elements",
                in.resolve("nine-mb.txt") + ": text longer than 1000000 characters",
                in.resolve("nul.jsonl") + ":2: binary content");
        assertThat(report.get("items").asLong()).as("every item accounted for")
                .isEqualTo(6 + report.get("skipped").asLong());
        assertThat(took).as("bounded time, on a busy two-core machine").isLessThan(Duration.ofMinutes(5));
    }

    private static String article(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p><p>" + body.replace("on ", "early on ") + "</p></article></body></html>";
    }

    private static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    private static byte[] line(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Nine megabytes of plain news prose (a whole book's length as one page). */
    private static String nineMegabytesOfNews() {
        StringBuilder text = new StringBuilder("Ministers meet\n\n");
        while (text.length() < 9_000_000) {
            text.append(PROSE).append(' ').append(PROSE).append("\n\n");
        }
        return text.toString();
    }

    /** One response record by hand, with {@code extraHeaders} among its WARC headers. */
    private static String warcRecord(String extraHeaders) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + PROSE + "</p>";
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
                + "WARC-Date: 2024-05-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
                + "Content-Type: application/http; msgtype=response\r\n" + extraHeaders
                + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    /** A crawl of records that are not pages: a request, a 404 and an image. */
    private static void nonHtmlWarc(Path path) throws IOException {
        Instant day = Instant.parse("2024-05-01T08:00:00Z");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example/a")).date(day)
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/missing")).date(day)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML,
                            "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(day)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
                            new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()).build());
        }
    }
}
