package org.attache.extract.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes a response's {@code Content-Encoding} (gzip, deflate in its zlib or raw form, brotli, or a list of them)
 * and reads the decoded body up to a size cap, so that a small compressed body cannot expand past the cap (a
 * "zip bomb"). Stateless.
 */
final class ContentDecoding {
    /** What the fetcher accepts, for {@code Accept-Encoding}. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    private static final int CHUNK = 16 * 1024;

    private ContentDecoding() {
    }

    /**
     * {@code raw} decoded through each coding of {@code contentEncoding}, last applied first.
     *
     * @throws FetchFailure for a coding the fetcher does not know
     */
    static InputStream decode(InputStream raw, String contentEncoding) throws IOException, FetchFailure {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return raw;
        }
        List<String> codings = new ArrayList<>();
        for (String c : contentEncoding.split(",")) {
            String coding = c.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        InputStream in = raw;
        for (int i = codings.size() - 1; i >= 0; i--) {
            in = switch (codings.get(i)) {
                case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
                case "deflate" -> inflater(in);
                case "br" -> new BrotliInputStream(in);
                default -> throw new FetchFailure(FetchResult.Kind.PERMANENT,
                        "unsupported content encoding: " + codings.get(i));
            };
        }
        return in;
    }

    /** HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate: tell them apart by the zlib header. */
    private static InputStream inflater(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int b0 = peek.read();
        int b1 = b0 < 0 ? -1 : peek.read();
        if (b1 >= 0) {
            peek.unread(b1);
        }
        if (b0 >= 0) {
            peek.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib), CHUNK);
    }

    /**
     * Reads {@code in} to its end.
     *
     * @param maxBytes  the cap on the decoded size
     * @param overdue   true once the request's time is up: reading stops with a timeout
     * @throws FetchFailure when the body is larger than the cap, or time runs out
     */
    static byte[] readCapped(InputStream in, long maxBytes, BooleanSupplier overdue) throws IOException, FetchFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new FetchFailure(FetchResult.Kind.PERMANENT, "too large: over " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
            if (overdue.getAsBoolean()) {
                throw new FetchFailure(FetchResult.Kind.TRANSIENT, "timeout: the response did not end in time");
            }
        }
        return out.toByteArray();
    }
}
