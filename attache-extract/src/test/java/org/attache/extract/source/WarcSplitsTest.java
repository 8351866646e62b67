package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSplitsTest {
    private static final SourceConfig CONFIG = new SourceConfig(20_000);
    private static final Instant DAY = Instant.parse("2025-11-20T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void rangesOfAnySizeReadTogetherAsTheWholeArchive() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, 40);
        long size = Files.size(warc);
        List<String> whole = lines(Items.read(warc, CONFIG).all());
        assertThat(whole).hasSizeGreaterThan(40);

        for (long bytes : new long[] {37, 512, 2_000, size / 3, size / 2 + 1, size}) {
            assertThat(lines(ranges(warc, bytes))).as("ranges of %d bytes", bytes).isEqualTo(whole);
        }
        assertThat(WarcSplits.splittable(warc.toString(), size, opener(warc), 2_000)).isTrue();
    }

    @Test
    void anArchiveGzippedAsOneMemberIsReadByItsFirstRangeAndIsNotWorthSplitting() throws IOException {
        Path plain = crawl(dir.resolve("crawl.warc"), WarcCompression.NONE, 25);
        Path warc = Items.write(dir.resolve("one-member.warc.gz"), Items.gzip(Files.readAllBytes(plain)));
        long size = Files.size(warc);
        List<String> whole = lines(Items.read(warc, CONFIG).all());

        assertThat(WarcSplits.splittable(warc.toString(), size, opener(warc), size / 4)).isFalse();
        List<SourceItem> first = read(WarcSplits.range(warc.toString(), size, DAY, opener(warc), 0, size / 4,
                CONFIG));
        assertThat(lines(first)).isEqualTo(whole);
        assertThat(read(WarcSplits.range(warc.toString(), size, DAY, opener(warc), size / 4, size / 2, CONFIG)))
                .isEmpty();
    }

    @Test
    void aTruncatedLastMemberIsReportedOnceByTheRangeThatReadsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(crawl(dir.resolve("full.warc.gz"), WarcCompression.GZIP, 20));
        Path warc = Items.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 30));
        List<String> whole = lines(Items.read(warc, CONFIG).all());
        assertThat(whole).last().asString().endsWith("truncated gzip");

        assertThat(lines(ranges(warc, 700))).isEqualTo(whole);
    }

    @Test
    void gzipHeaderBytesThatStartNoWarcMemberAreNoCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("plain bytes ".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}); // a header, then garbage
        bytes.writeBytes(Items.gzip("not a WARC record"));                                 // a member, not a record
        int record = bytes.size();
        bytes.writeBytes(Items.gzip("WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        byte[] data = bytes.toByteArray();
        WarcSplits.RangeOpener content = offset -> {
            ByteArrayInputStream in = new ByteArrayInputStream(data);
            in.skipNBytes(offset);
            return in;
        };

        assertThat(WarcSplits.memberAtOrAfter(content, 0, data.length)).isEqualTo(record);
        assertThat(WarcSplits.memberAtOrAfter(content, record + 1, data.length)).isEqualTo(data.length);
        assertThat(WarcSplits.memberAtOrAfter(content, 0, record - 1)).isEqualTo(record - 1);
    }

    @Test
    void filesThatAreNoGzippedWarcAreReadWhole() throws IOException {
        Path plain = crawl(dir.resolve("plain.warc"), WarcCompression.NONE, 30);
        Path named = Items.write(dir.resolve("named.warc.gz"), Files.readAllBytes(plain));
        Path jsonl = Items.write(dir.resolve("feed.jsonl.gz"), Items.gzip("{\"text\": \"x\"}\n".repeat(500)));

        assertThat(WarcSplits.splittable(plain.toString(), Files.size(plain), opener(plain), 100)).isFalse();
        assertThat(WarcSplits.splittable(named.toString(), Files.size(named), opener(named), 100)).isFalse();
        assertThat(WarcSplits.splittable(jsonl.toString(), Files.size(jsonl), opener(jsonl), 100)).isFalse();
    }

    /** The items of {@code warc} read range by range, in order. */
    private static List<SourceItem> ranges(Path warc, long bytes) throws IOException {
        long size = Files.size(warc);
        List<SourceItem> items = new ArrayList<>();
        for (long[] range : WarcSplits.cut(size, bytes)) {
            items.addAll(read(WarcSplits.range(warc.toString(), size, DAY, opener(warc), range[0], range[1],
                    CONFIG)));
        }
        return items;
    }

    private static List<SourceItem> read(org.attache.api.PageSource source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    private static WarcSplits.RangeOpener opener(Path file) {
        return offset -> {
            FileChannel channel = FileChannel.open(file);
            channel.position(offset);
            return Channels.newInputStream(channel);
        };
    }

    /** Each item as one comparable line: its source and what it is (the page's URL and bytes, or the skip). */
    private static List<String> lines(List<SourceItem> items) {
        return items.stream().map(item -> switch (item) {
            case SourceItem.Loaded loaded -> page(loaded.page());
            case SourceItem.Skipped skipped -> skipped.source() + " " + skipped.line() + " " + skipped.reason();
        }).toList();
    }

    private static String page(Page page) {
        return page.source() + " " + page.url() + " " + page.fetchedAt() + " " + Arrays.hashCode(page.content());
    }

    /** A crawl of {@code pages} responses of varied sizes, with a request and a 404 among them. */
    private static Path crawl(Path path, WarcCompression compression, int pages) throws IOException {
        Random random = new Random(7);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (int i = 0; i < pages; i++) {
                if (i % 9 == 4) {
                    writer.write(new WarcRequest.Builder(URI.create("https://wire.example/" + i)).date(DAY)
                            .body(new HttpRequest.Builder("GET", "/" + i).build()).build());
                }
                int status = i % 11 == 6 ? 404 : 200;
                StringBuilder body = new StringBuilder("<html><body><h1>Report ").append(i).append("</h1>");
                int paragraphs = 1 + random.nextInt(12);
                for (int p = 0; p < paragraphs; p++) {
                    body.append("<p>Ministers met on day ").append(random.nextInt(1_000_000))
                            .append(" to discuss trade, water and border crossings.</p>");
                }
                HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse("text/html; charset=utf-8"),
                                body.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder(URI.create("https://wire.example/" + i)).date(DAY)
                        .body(http).build());
            }
        }
        return path;
    }
}
