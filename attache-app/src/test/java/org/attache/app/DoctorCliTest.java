package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache doctor}: a sound folder passes; an upload left behind is reported, then removed. */
class DoctorCliTest {
    @TempDir
    Path dir;

    @Test
    void aSoundFolderPassesAndALeftOverUploadIsReportedThenRemoved() throws Exception {
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString(), "--no-entities");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        Cli sound = Cli.run("doctor", "--data", data.toString());
        assertThat(sound.exitCode()).as(sound.out() + sound.err()).isZero();
        assertThat(sound.out()).contains("ok        database", "ok        index", "ok        uploads");

        Path left = Files.createDirectories(data.resolve("uploads").resolve("upload-123"));
        Files.writeString(left.resolve("page.html"), "<p>half an upload</p>");
        Cli report = Cli.run("doctor", "--data", data.toString(), "--no-repair");
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.out()).contains("problem   uploads   1 upload(s) left behind");
        assertThat(left).exists();

        Cli repair = Cli.run("doctor", "--data", data.toString(), "--json");
        assertThat(repair.exitCode()).as(repair.err()).isZero();
        assertThat(repair.json().get(2).get("status").asText()).isEqualTo("repaired");
        assertThat(left).doesNotExist();
    }

    @Test
    void aFolderWithoutDataIsNotFound() {
        Cli run = Cli.run("doctor", "--data", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("no Attaché data in");
    }
}
