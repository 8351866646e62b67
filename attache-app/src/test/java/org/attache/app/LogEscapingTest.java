package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name with line breaks cannot forge lines in the data folder's log. */
class LogEscapingTest {
    @TempDir
    Path dir;

    @Test
    void aFileNameWithLineBreaksStaysOnOneLogLine() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        String forged = "x.html\n2026-12-03 10:00:00,000 ERROR [main] Store: database corrupt";
        Files.writeString(input.resolve(forged), "");
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", input.toString(), "--data", data.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        List<String> log = Files.readAllLines(data.resolve("attache.log"));
        assertThat(log).noneMatch(line -> line.startsWith("2026-12-03 10:00:00,000 ERROR"));
        assertThat(log).anyMatch(line -> line.contains("x.html\\n2026-12-03 10:00:00,000 ERROR [main] Store: database corrupt"));
    }

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(EscapedMessageConverter.escape("a\nb\rc\td\u001b[31me\u2028")).isEqualTo("a\\nb\\rc\\td\\u001b[31me\\u2028");
        assertThat(EscapedMessageConverter.escape("Việt Nam – “ok”")).isEqualTo("Việt Nam – “ok”");
    }
}
