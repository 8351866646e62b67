package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --db}: what it refuses, in one line, before anything is written. */
class DatabaseOptionCliTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOtherThanPostgresqlIsRefusedInOneLine() {
        Path data = dir.resolve("data");
        for (String url : new String[] {"jdbc:mysql://db/attache", "jdbc:sqlite:/tmp/other.db", "postgres://db/x"}) {
            Cli run = Cli.run("stats", "--data", data.toString(), "--db", url);
            assertThat(run.exitCode()).as(url).isEqualTo(CommandLine.ExitCode.USAGE);
            assertThat(run.err().strip()).as(url).contains("--db takes a jdbc:postgresql:// URL").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(Files.exists(data)).as("nothing written").isFalse();
    }

    @Test
    void anUnreachableServerIsOneLineNamingItWithoutItsPassword() {
        Cli run = Cli.run("stats", "--data", dir.resolve("data").toString(), "--db",
                "jdbc:postgresql://127.0.0.1:1/attache?user=a&password=s3cret&connectTimeout=2");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("127.0.0.1:1").doesNotContain("s3cret").doesNotContain("\tat ");
    }
}
