package org.attache.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnNewlinesAcrossReadBuffersAndKeepsALastLineWithoutNewline() throws IOException {
        String longLine = "z".repeat(150_000);
        assertThat(lines("a\n\nb\r\n" + longLine + "\nlast", 1_000_000))
                .containsExactly("a", "", "b\r", longLine, "last");
        assertThat(lines("", 10)).isEmpty();
        assertThat(lines("only\n", 10)).containsExactly("only");
    }

    @Test
    void lineOverTheCapIsDroppedWithoutGrowingTheBuffer() throws IOException {
        byte[] input = ("short\n" + "x".repeat(1_000_000) + "\nafter\n").getBytes(StandardCharsets.US_ASCII);
        LineReader reader = new LineReader(new ByteArrayInputStream(input), 1000);

        assertThat(reader.next()).isTrue();
        assertThat(reader.tooLong()).isFalse();
        assertThat(reader.next()).isTrue();
        assertThat(reader.tooLong()).isTrue();
        assertThat(reader.length()).isZero();
        assertThat(reader.bytes().length).isLessThanOrEqualTo(1000);
        assertThat(reader.next()).isTrue();
        assertThat(new String(reader.bytes(), 0, reader.length(), StandardCharsets.US_ASCII)).isEqualTo("after");
        assertThat(reader.next()).isFalse();
    }

    @Test
    void lineExactlyAtTheCapIsKept() throws IOException {
        assertThat(lines("abcde\nabcdef\n", 5)).containsExactly("abcde", "<too long>");
    }

    private static List<String> lines(String text, int cap) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cap);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.tooLong() ? "<too long>"
                    : new String(reader.bytes(), 0, reader.length(), StandardCharsets.UTF_8));
        }
        return lines;
    }
}
