package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.extract.FuzzInputs;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of the JSONL and WARC readers with seeded random files (valid records, then mutated: cut, flipped
 * bytes, NULs, byte-order marks, deep nesting, invalid UTF-8, lines over the cap, gzip): reading never throws,
 * every file yields at least one item (a page or a skip with a reason), and no file takes over two seconds.
 * 4,000 files in the normal run; {@code -Dfuzz.inputs=1000000} scales it for the long run.
 */
class FuzzSourcesTest {
    private static final SourceConfig CAP = new SourceConfig(8 * 1024);

    @TempDir
    Path dir;

    /** Reads a few files before timing any, so that loading the readers' classes is not counted as an input's time. */
    private void warmUp(String name, java.util.function.Function<Random, byte[]> files) throws Exception {
        Path file = dir.resolve("warm-up-" + name);
        for (int i = 0; i < 20; i++) {
            Files.write(file, files.apply(new Random(i)));
            Items.read(file, CAP);
        }
    }

    @Test
    void randomJsonlFilesAreReadRecordByRecordWithoutThrowing() throws Exception {
        warmUp("a.jsonl", FuzzSourcesTest::jsonl);
        Path file = dir.resolve("fuzz.jsonl");
        Path gz = dir.resolve("fuzz.jsonl.gz");
        RandomTexts.forAll(FuzzInputs.count(0.25), random -> {
            byte[] bytes = jsonl(random);
            boolean gzip = random.nextInt(5) == 0;
            Files.write(gzip ? gz : file, gzip ? gzip(bytes) : bytes);
            check(gzip ? gz : file, bytes.length);
        });
    }

    @Test
    void randomWarcFilesAccountForEveryRecordWithoutThrowing() throws Exception {
        warmUp("a.warc", FuzzSourcesTest::warc);
        Path file = dir.resolve("fuzz.warc");
        Path gz = dir.resolve("fuzz.warc.gz");
        RandomTexts.forAll(FuzzInputs.count(0.15), random -> {
            byte[] bytes = warc(random);
            boolean gzip = random.nextInt(4) == 0;
            Files.write(gzip ? gz : file, gzip ? gzip(bytes) : bytes);
            check(gzip ? gz : file, bytes.length);
        });
    }

    private static void check(Path file, int size) {
        long start = System.nanoTime();
        Items items = Items.read(file, CAP);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(items.all()).as("a file of %d bytes is accounted for", size).isNotEmpty();
        assertThat(items.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(items.pages()).allSatisfy(p -> assertThat((long) p.content().length).isLessThanOrEqualTo(CAP.maxPageBytes()));
        assertThat(took).as("time for a file of %d bytes", size).isLessThan(FuzzInputs.PER_INPUT);
    }

    private static byte[] jsonl(Random random) {
        Charset charset = random.nextInt(8) == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (charset != StandardCharsets.UTF_8 || random.nextInt(10) == 0) {
            out.writeBytes("\uFEFF".getBytes(charset));
        }
        int lines = random.nextInt(8);
        for (int i = 0; i < lines; i++) {
            String line = switch (random.nextInt(9)) {
                case 0 -> "{\"id\": " + random.nextInt() + ", \"text\": \"" + RandomTexts.unicode(random, 60)
                        .replace("\\", "").replace("\"", "") + "\"}";
                case 1 -> "[".repeat(random.nextInt(3000)) + "1";
                case 2 -> "{\"html\": \"" + "x".repeat(random.nextInt(12_000)) + "\"}";
                case 3 -> RandomTexts.unicode(random, 80);
                case 4 -> "";
                case 5 -> "{\"title\": \"" + FuzzInputs.words(random, 6) + "\", \"outlet\": 7, \"published\": \""
                        + FuzzInputs.date(random) + "\"}";
                default -> "{\"id\": \"r" + i + "\", \"url\": \"https://news.example/" + i + "\", \"title\": \""
                        + FuzzInputs.words(random, 8) + "\", \"html\": \"<p>" + FuzzInputs.words(random, 60) + "</p>\"}";
            };
            out.writeBytes(line.getBytes(charset));
            out.writeBytes(random.nextInt(10) == 0 ? "\r\n".getBytes(charset) : "\n".getBytes(charset));
        }
        byte[] bytes = out.toByteArray();
        return random.nextInt(3) == 0 ? FuzzInputs.mutate(random, bytes) : bytes;
    }

    private static byte[] warc(Random random) {
        StringBuilder out = new StringBuilder();
        int records = random.nextInt(5);
        for (int i = 0; i < records; i++) {
            String type = random.nextInt(4) == 0 ? "request" : random.nextInt(6) == 0 ? "metadata" : "response";
            int status = random.nextInt(4) == 0 ? 404 : 200;
            String contentType = random.nextInt(5) == 0 ? "image/png" : random.nextBoolean() ? "text/html" : "text/plain";
            String body = random.nextInt(6) == 0 ? RandomTexts.unicode(random, 200) : FuzzInputs.html(random);
            if (body.length() > 20_000) {
                body = body.substring(0, 20_000);
            }
            String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n"
                    + (random.nextInt(10) == 0 ? "X-Long: " + "a".repeat(70_000) + "\r\n" : "") + "\r\n" + body;
            int length = http.getBytes(StandardCharsets.UTF_8).length + (random.nextInt(10) == 0 ? random.nextInt(50) - 25 : 0);
            out.append("WARC/1.0\r\nWARC-Type: ").append(type)
                    .append("\r\nWARC-Target-URI: https://news.example/").append(i)
                    .append("\r\nWARC-Date: ").append(random.nextInt(8) == 0 ? FuzzInputs.date(random) : "2024-05-01T08:00:00Z")
                    .append("\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-12345678901").append(i % 10)
                    .append(">\r\nContent-Type: ").append(type.equals("metadata") ? "application/warc-fields"
                            : "application/http; msgtype=" + type)
                    .append("\r\nContent-Length: ").append(Math.max(0, length)).append("\r\n\r\n").append(http)
                    .append("\r\n\r\n");
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            bytes = RandomTexts.unicode(random, 100).getBytes(StandardCharsets.UTF_8);
        }
        return random.nextInt(3) == 0 ? FuzzInputs.mutate(random, bytes) : bytes;
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
