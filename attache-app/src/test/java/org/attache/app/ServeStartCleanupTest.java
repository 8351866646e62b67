package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache serve} removes, as it starts, an upload that a killed server left in the data folder: nothing
 * would ever finish or remove it otherwise. Other files of the folder stay.
 */
class ServeStartCleanupTest {
    @TempDir
    Path dir;

    @Test
    void aServerStartingOnAFolderRemovesTheUploadsAKilledServerLeft() throws Exception {
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString(), "--no-entities");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Path left = Files.createDirectories(uploads.resolve("upload-1234"));
        Files.writeString(left.resolve("page.html"), "<html><body><p>half an upload</p></body></html>");
        Path unrelated = Files.writeString(uploads.resolve("notes.txt"), "not an upload");

        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--data", data.toString())
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean started = false;
            while (!started && (line = out.readLine()) != null) {
                started = line.startsWith("Attaché reading room on");
            }
            assertThat(started).as("the server printed its banner; stderr: %s",
                    Files.exists(dir.resolve("serve.err")) ? Files.readString(dir.resolve("serve.err")) : "").isTrue();
            assertThat(left).doesNotExist();
            assertThat(unrelated).exists();
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped cleanly").isTrue();
        }
        assertThat(Files.readString(data.resolve("attache.log"))).contains("left behind by a server that stopped mid-way");
    }
}
