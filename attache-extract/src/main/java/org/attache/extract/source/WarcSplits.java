package org.attache.extract.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/**
 * A gzipped WARC read in byte ranges, so that several tasks of a cluster share one large archive. Crawlers write a
 * {@code .warc.gz} as one gzip member per record (the WARC standard's advice), so a reader may start at any member:
 * each range reads the members that start inside it, to their end. The ranges of a file, read in order, give exactly
 * the items of a read of the whole file, named alike ({@code name#offset}). An archive gzipped as one member has no
 * start but the first, so its first range reads it all and the others read nothing.
 *
 * <p>A member start is recognised by its gzip header (bytes {@code 1f 8b 08}, no reserved flag) whose inflated
 * bytes begin with {@code WARC/}; a range's end is found the same way, so neither depends on where the cut falls.
 * Corruption differs from a whole read in one way only: a bad member in the middle ends a whole read there, while the
 * ranges after it still read theirs.
 */
public final class WarcSplits {
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SCAN_BUFFER = 64 * 1024;

    private WarcSplits() {
    }

    /** Opens a file's bytes as stored, from {@code offset}. */
    @FunctionalInterface
    public interface RangeOpener {
        InputStream open(long offset) throws IOException;
    }

    /**
     * Whether the file named {@code name}, of {@code size} bytes, is worth reading in ranges of {@code bytes}: a WARC
     * by its name ({@code .warc.gz}), larger than one range, whose bytes begin with a gzip member and hold a second
     * member within the first range (an archive gzipped as one member has none: it is read whole). Unreadable bytes
     * make it whole too (its reader then reports why).
     */
    public static boolean splittable(String name, long size, RangeOpener content, long bytes) {
        Optional<FileType> type;
        try {
            type = FileType.of(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        if (type.isEmpty() || type.get().format() != FileType.Format.WARC || !type.get().gzip() || size <= bytes) {
            return false;
        }
        try (InputStream in = content.open(0)) {
            byte[] head = in.readNBytes(3);
            if (head.length < 3 || !gzipHeader(head[0], head[1], head[2])) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try {
            return memberAtOrAfter(content, 1, bytes) < bytes;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The source of the members of a file that start in {@code [start, end)}.
     *
     * @param name     the file's name, as its items are named (as a whole read names them)
     * @param size     the file's size as stored
     * @param modified its modification time, its pages' fetch time where a record gives none
     * @param content  opens the file's bytes from an offset
     */
    public static PageSource range(String name, long size, Instant modified, RangeOpener content, long start,
                                   long end, SourceConfig config) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(config, "config");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") of " + name);
        }
        return new Range(name, size, modified, content, start, end, config);
    }

    /** The ranges of about {@code bytes} each that cut a file of {@code size} bytes, as {start, end} pairs. */
    public static long[][] cut(long size, long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("range size must be positive: " + bytes);
        }
        int count = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, (size + bytes - 1) / bytes));
        long[][] ranges = new long[count][];
        for (int i = 0; i < count; i++) {
            ranges[i] = new long[] {i * bytes, i == count - 1 ? size : (i + 1) * bytes};
        }
        return ranges;
    }

    private record Range(String name, long size, Instant modified, RangeOpener content, long start, long end,
                         SourceConfig config) implements PageSource {
        @Override
        public void read(Consumer<? super SourceItem> sink) {
            Emitter out = new Emitter(sink);
            try {
                // the members that start in the range, each read to its end (past the range's end if need be)
                long first = start == 0 ? 0 : memberAtOrAfter(content, start, end);
                if (first < end) {
                    long last = end >= size ? size : memberAtOrAfter(content, end, size);
                    FileType type = new FileType(FileType.Format.WARC, true);
                    InputFile part = new InputFile(name, type, last - first, modified,
                            () -> new Limited(content.open(first), last - first));
                    WarcFileReader.read(part, first, config.maxPageBytes(), out);
                }
            } catch (IOException e) {
                out.skipped(name, Inputs.reason(e, true));
            }
            if (start == 0 && out.count() == 0) {
                // as a whole read reports a container with nothing in it; the other ranges may well hold nothing
                out.skipped(name, "no records");
            }
        }

        @Override
        public String toString() {
            return "WarcSplits.Range[" + name + ", " + start + "-" + end + "]";
        }
    }

    /** The offset of the first member in {@code [from, limit)}, or {@code limit} when none starts there. */
    static long memberAtOrAfter(RangeOpener content, long from, long limit) throws IOException {
        try (InputStream in = new BufferedInputStream(content.open(from), SCAN_BUFFER)) {
            long offset = from;
            int a = in.read();
            int b = a < 0 ? -1 : in.read();
            while (b >= 0 && offset < limit) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                if (gzipHeader((byte) a, (byte) b, (byte) c) && startsWarcMember(content, offset)) {
                    return offset;
                }
                a = b;
                b = c;
                offset++;
            }
            return limit;
        }
    }

    private static boolean gzipHeader(byte a, byte b, byte c) {
        return a == (byte) 0x1f && b == (byte) 0x8b && c == 8;
    }

    /** Whether a gzip member that inflates to a WARC record starts at {@code offset}. */
    private static boolean startsWarcMember(RangeOpener content, long offset) {
        try (InputStream in = new GZIPInputStream(content.open(offset), 512)) {
            return Arrays.equals(in.readNBytes(WARC.length), WARC);
        } catch (IOException | RuntimeException e) {
            // no gzip member here (a bad header or deflate stream): the three bytes were data
            return false;
        }
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
