package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.attache.json.Json;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * Runs the CLI in a new JVM on this test's class path, logging each class the JVM loads to {@code err}
     * (lines {@code [class,load] NAME source: …}), so a test can tell what a command needed.
     */
    static Cli forked(String... args) throws IOException, InterruptedException {
        return forked(java.util.List.of("-Xlog:class+load=info:stderr"), args);
    }

    /** Runs the CLI in a new JVM on this test's class path with {@code jvmOptions} (e.g. a heap size). */
    static Cli forked(java.util.List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).start();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Cli(process.waitFor(), out, err.join());
    }

    JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
        }
    }

    /** The repository's bundled samples. */
    static Path samples() {
        return Path.of(System.getProperty("attache.samples", "../samples"));
    }
}
