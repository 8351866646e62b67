package org.attache.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code '\n'} without decoding, so that each line can be decoded
 * (and rejected) on its own. A line longer than the cap is not kept: its bytes are skipped up to the
 * next newline and {@link #tooLong()} is set, so memory never exceeds the cap plus one read buffer.
 */
final class LineReader {
    private final InputStream in;
    private final int cap;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int end;
    private byte[] line;
    private int length;
    private boolean tooLong;

    LineReader(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
        this.line = new byte[Math.min(1024, cap)];
    }

    /** Advances to the next line; false at the end of the input. A last line without newline counts. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                int n = in.read(chunk);
                if (n < 0) {
                    pos = end = 0;
                    return any;
                }
                pos = 0;
                end = n;
            }
            any = true;
            int newline = pos;
            while (newline < end && chunk[newline] != '\n') {
                newline++;
            }
            append(pos, newline - pos);
            if (newline < end) {
                pos = newline + 1;
                return true;
            }
            pos = end;
        }
    }

    /** The current line's bytes, valid from 0 to {@link #length()}, without the newline. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** True when the current line was longer than the cap; its bytes were dropped. */
    boolean tooLong() {
        return tooLong;
    }

    private void append(int from, int n) {
        if (tooLong || n == 0) {
            return;
        }
        if (n > cap - length) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            int grown = (int) Math.min(cap, Math.max((long) line.length * 2, (long) length + n));
            line = Arrays.copyOf(line, grown);
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }
}
