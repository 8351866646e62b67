package org.attache.extract.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.attache.extract.charset.PageDecoder;

/**
 * Byte-level helpers shared by the readers: opening (and gunzipping) a file, reading under the page
 * cap, sniffing binary content, and turning an {@link IOException} into a short skip reason.
 */
final class Inputs {
    /** How many leading bytes are sniffed for binary content. */
    static final int SNIFF_BYTES = 4096;
    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int BUFFER = 64 * 1024;

    private Inputs() {
    }

    /** Opens {@code file} for reading, decompressing it when it is gzip; the stream is buffered. */
    static BufferedInputStream open(InputFile file) throws IOException {
        boolean gzip = file.gzip();
        InputStream in = file.open();
        try {
            return gzip ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER)
                    : new BufferedInputStream(in, BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The cap as an array length: {@code maxPageBytes} clamped to what an array can hold. */
    static int arrayCap(long maxPageBytes) {
        return (int) Math.min(maxPageBytes, MAX_ARRAY);
    }

    /** The skip reason for anything larger than the cap. */
    static String tooLarge(long maxPageBytes) {
        return "larger than " + maxPageBytes + " bytes cap";
    }

    /**
     * Reads the rest of {@code in}, allocating at most {@code maxPageBytes} bytes.
     *
     * @throws SkipException when there are more bytes than the cap
     */
    static byte[] readCapped(InputStream in, long maxPageBytes) throws IOException, SkipException {
        int limit = arrayCap(maxPageBytes);
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() != -1) {
            throw new SkipException(tooLarge(maxPageBytes));
        }
        return bytes;
    }

    /** The first bytes of a buffered stream, without consuming them. */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /**
     * True when the first {@link #SNIFF_BYTES} of {@code bytes} look binary: a NUL byte, or more than
     * one in ten bytes a control character other than tab, newline, carriage return, form feed, escape.
     */
    static boolean looksBinary(byte[] bytes, int length) {
        return looksBinary(bytes, 0, length);
    }

    /** As {@link #looksBinary(byte[], int)} for {@code bytes[from..to)}. */
    static boolean looksBinary(byte[] bytes, int from, int to) {
        int end = Math.min(to, from + SNIFF_BYTES);
        int control = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                control++;
            }
        }
        return control * 10 > end - from;
    }

    /**
     * As {@link #looksBinary(byte[], int)}, but bytes that start with a UTF-16 or UTF-32 byte-order mark are
     * judged on the characters they decode to (their ASCII letters hold NUL bytes).
     */
    static boolean looksBinaryPage(byte[] bytes, int length) {
        Charset bom = PageDecoder.byteOrderMark(bytes);
        if (bom == null || bom.equals(StandardCharsets.UTF_8)) {
            return looksBinary(bytes, length);
        }
        return looksBinary(new String(bytes, 0, Math.min(length, SNIFF_BYTES), bom));
    }

    /** True when the characters hold a NUL, or more than one in ten are control characters (as for bytes). */
    static boolean looksBinary(CharSequence chars) {
        int n = Math.min(chars.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) {
                control++;
            }
        }
        return control * 10 > n;
    }

    /**
     * True when the head of a file of records is binary as a whole: more than one in ten of its first bytes
     * are control characters or NUL. A stray NUL is left for the record that holds it to be judged.
     */
    static boolean looksBinaryFile(byte[] head, int length) {
        int n = Math.min(length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                control++;
            }
        }
        return control * 10 > n;
    }

    /** True when {@code bytes} hold nothing but ASCII whitespace (or nothing at all). */
    static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * A short reason for a failed read, without a stack trace: "truncated gzip" when a compressed
     * stream ends early, "invalid gzip: …" when it is corrupt, otherwise "unreadable: …".
     */
    static String reason(IOException e, boolean gzip) {
        if (gzip && e instanceof EOFException) {
            return "truncated gzip";
        }
        if (gzip && e instanceof ZipException) {
            return "invalid gzip: " + e.getMessage();
        }
        if (e instanceof FileSystemException fse) {
            String why = fse.getReason() != null ? fse.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file"
                    : e.getClass().getSimpleName();
            return "unreadable: " + why;
        }
        return "unreadable: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
}
