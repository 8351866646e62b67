package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache eval facts} refuses bad input with one line: no gold file, a bad gold line, no corpus. */
class FactsEvalUsageTest {
    @TempDir
    Path dir;

    @Test
    void namesAMissingGoldFile() {
        Cli eval = Cli.run("eval", "facts", "--gold", dir.resolve("none.jsonl").toString(), "--corpus", dir.toString());
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("gold file not found").contains("none.jsonl");
    }

    @Test
    void namesTheLineOfABrokenGoldFile() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"s1\"\n");
        Cli eval = Cli.run("eval", "facts", "--gold", gold.toString(), "--corpus", dir.toString());
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("gold.jsonl:1").doesNotContain("Exception");
    }

    @Test
    void namesAMissingCorpus() throws Exception {
        Path gold = Path.of("../eval/facts/facts-dev.jsonl");
        Cli eval = Cli.run("eval", "facts", "--gold", gold.toString(), "--corpus", dir.resolve("corpus").toString());
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("corpus not found").contains("corpus");
        Cli empty = Cli.run("eval", "facts", "--gold", gold.toString(), "--corpus", dir.toString());
        assertThat(empty.err()).contains("no .jsonl file in corpus folder");
    }

    @Test
    void refusesAnUnknownSplit() {
        Cli eval = Cli.run("eval", "facts", "--gold", "x", "--corpus", "y", "--split", "dev");
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("--split must be tune, heldout or all");
    }
}
