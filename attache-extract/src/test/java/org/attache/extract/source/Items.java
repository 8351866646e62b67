package org.attache.extract.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.attache.api.Page;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/** Test helper: everything a source yields, split into pages and skips, plus fixture writers. */
record Items(List<SourceItem> all) {

    static Items read(Path path) {
        return read(path, SourceConfig.DEFAULTS);
    }

    static Items read(Path path, SourceConfig config) {
        return read(Sources.open(path, config));
    }

    static Items read(PageSource source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return new Items(items);
    }

    List<Page> pages() {
        return all.stream().filter(SourceItem.Loaded.class::isInstance)
                .map(item -> ((SourceItem.Loaded) item).page()).toList();
    }

    List<SourceItem.Skipped> skipped() {
        return all.stream().filter(SourceItem.Skipped.class::isInstance)
                .map(SourceItem.Skipped.class::cast).toList();
    }

    /** Skips of bad input. */
    List<SourceItem.Skipped> faults() {
        return skipped().stream().filter(SourceItem.Skipped::fault).toList();
    }

    /** Skips of items that are not pages by nature (WARC requests, 404 responses). */
    List<SourceItem.Skipped> notPages() {
        return skipped().stream().filter(s -> !s.fault()).toList();
    }

    /** Skips as "source:line: reason" strings, the form a user sees. */
    List<String> skipLines() {
        return skipped().stream().map(SourceItem.Skipped::toString).toList();
    }

    static String text(Page page) {
        return new String(page.content(), StandardCharsets.UTF_8);
    }

    static Path write(Path path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path path, byte[] content) {
        try {
            Files.createDirectories(path.getParent());
            return Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(String content) {
        return gzip(content.getBytes(StandardCharsets.UTF_8));
    }
}
