package org.attache.extract.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive ({@code .warc} or {@code .warc.gz}) with jwarc, one record at a time, and accounts
 * for every record. Each {@code response} record with HTTP status 200 and an HTML or plain-text content
 * type becomes a page ({@code source = path#offset}, url = target URI, fetchedAt = WARC-Date,
 * declaredCharset from the Content-Type). Every other record is counted as a skip that is not a fault
 * ("not a response record: request", "HTTP status 404", "not HTML or text: image/png"). A payload over the
 * cap, empty or binary, or a record whose headers exceed {@value #MAX_HEADER_BYTES} bytes, is skipped as bad
 * input; a truncated or invalid archive ends with one skip naming the file, after the pages already yielded.
 */
final class WarcFileReader {
    /** The most bytes of WARC or HTTP header lines one record may hold (real ones hold a few kilobytes). */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WarcFileReader.class);

    private final InputFile file;
    private final long base;
    private final long maxPageBytes;
    private final Emitter out;
    private long records;

    private WarcFileReader(InputFile file, long base, long maxPageBytes, Emitter out) {
        this.file = file;
        this.base = base;
        this.maxPageBytes = maxPageBytes;
        this.out = out;
    }

    static void read(InputFile file, long maxPageBytes, Emitter out) {
        new WarcFileReader(file, 0, maxPageBytes, out).run();
    }

    /**
     * Reads a part of an archive: {@code part} opens its bytes from offset {@code base} of the file named by
     * {@code part}'s name, and its records are named by their offset in the whole file, as a read of the whole file
     * names them ({@link WarcSplits}).
     */
    static void read(InputFile part, long base, long maxPageBytes, Emitter out) {
        new WarcFileReader(part, base, maxPageBytes, out).run();
    }

    private void run() {
        String name = file.name();
        // A plain stream, not a FileChannel: jwarc seeks over unread bodies on a FileChannel, and a seek
        // past the end of a truncated file goes unnoticed; reading over them detects the truncation.
        try (InputStream in = file.open();
             WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            reader.onWarning(warning -> LOG.debug("{}: {}", name, warning));
            for (Optional<WarcRecord> next = next(reader); next.isPresent(); next = next(reader)) {
                records++;
                record(next.get(), name + "#" + (base + reader.position()));
            }
        } catch (EOFException e) {
            String message = String.valueOf(e.getMessage());
            out.skipped(name, message.contains("gzip") ? "truncated gzip"
                    : records == 0 && !startsLikeWarc() ? "invalid WARC: no WARC/ version line at the start"
                    : "truncated WARC");
        } catch (ParsingException e) {
            out.skipped(name, "invalid WARC: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            out.skipped(name, Inputs.reason(e, file.gzip()));
        }
    }

    /** The next record; jwarc's unchecked parse failures are reported as an invalid archive. */
    private static Optional<WarcRecord> next(WarcReader reader) throws IOException {
        try {
            return reader.next();
        } catch (RuntimeException e) {
            throw new ParsingException(String.valueOf(e.getMessage()));
        }
    }

    /** Whether the file (gunzipped when it is gzip) starts with a WARC version line. */
    private boolean startsLikeWarc() {
        try (InputStream raw = new java.io.BufferedInputStream(file.open())) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return true; // unreadable here too: call it truncated, as the reader found
        }
    }

    /** Yields or skips one record; an {@link IOException} here is an archive-level failure. */
    private void record(WarcRecord record, String source) throws IOException {
        if (headerBytes(record.headers().map()) > MAX_HEADER_BYTES) {
            out.skipped(source, "WARC header larger than " + MAX_HEADER_BYTES + " bytes");
            return;
        }
        Optional<String> type = record.headers().first("WARC-Type");
        if (type.isEmpty()) {
            out.skipped(source, "malformed WARC record: no WARC-Type");
            return;
        }
        if (!(record instanceof WarcResponse response)) {
            out.notAPage(source, "not a response record: " + type.get());
            return;
        }
        Page page;
        try {
            page = toPage(response, source);
        } catch (SkipException e) {
            out.skipped(source, e.reason());
            return;
        } catch (NotAPage e) {
            out.notAPage(source, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // jwarc parses headers (dates, media types) lazily and throws unchecked on bad ones.
            out.skipped(source, "malformed WARC record: " + firstLine(String.valueOf(e.getMessage())));
            return;
        }
        out.loaded(page);
    }

    private static long headerBytes(Map<String, java.util.List<String>> headers) {
        long bytes = 0;
        for (Map.Entry<String, java.util.List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    /** A record that is not a page by nature; its message is the reason. */
    private static final class NotAPage extends Exception {
        NotAPage(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The page of a 200 HTML or text response. */
    private Page toPage(WarcResponse response, String source) throws IOException, SkipException, NotAPage {
        MediaType recordType = response.contentType();
        if (!"application".equalsIgnoreCase(recordType.type()) || !"http".equalsIgnoreCase(recordType.subtype())) {
            throw new NotAPage("not an HTTP response: " + recordType.base().toString());
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            throw new SkipException("malformed HTTP response: " + firstLine(e.getMessage()));
        }
        if (headerBytes(http.headers().map()) > MAX_HEADER_BYTES) {
            throw new SkipException("HTTP header larger than " + MAX_HEADER_BYTES + " bytes");
        }
        if (http.status() != 200) {
            throw new NotAPage("HTTP status " + http.status());
        }
        Optional<MediaType> type = http.headers().first("Content-Type").map(MediaType::parseLeniently);
        ContentKind kind = type.map(WarcFileReader::kind).orElse(null);
        if (kind == null) {
            throw new NotAPage("not HTML or text: " + type.map(t -> t.base().toString()).orElse("no Content-Type"));
        }
        byte[] raw = Inputs.readCapped(http.body().stream(), maxPageBytes);
        byte[] content = decode(raw, http.headers().first("Content-Encoding").orElse("identity"));
        if (Inputs.isBlank(content, 0, content.length)) {
            throw new SkipException("empty");
        }
        if (Inputs.looksBinaryPage(content, content.length)) {
            throw new SkipException("binary content");
        }
        return new Page(source, null, response.target(), content, kind, charset(type.get()), response.date(),
                PageHints.NONE);
    }

    private static ContentKind kind(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return switch (base) {
            case "text/html", "application/xhtml+xml" -> ContentKind.HTML;
            case "text/plain" -> ContentKind.TEXT;
            default -> null;
        };
    }

    private static String charset(MediaType type) {
        for (Map.Entry<String, String> parameter : type.parameters().entrySet()) {
            if ("charset".equalsIgnoreCase(parameter.getKey())) {
                String value = parameter.getValue().strip().replace("\"", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** Undoes an HTTP Content-Encoding on a payload already read under the cap, again under the cap. */
    private byte[] decode(byte[] raw, String encoding) throws SkipException {
        String name = encoding.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("identity")) {
            return raw;
        }
        try (InputStream in = switch (name) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
            default -> throw new SkipException("unsupported content encoding: " + name);
        }) {
            return Inputs.readCapped(in, maxPageBytes);
        } catch (IOException e) {
            throw new SkipException("invalid content encoding " + name + ": " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "unknown error" : line;
    }
}
