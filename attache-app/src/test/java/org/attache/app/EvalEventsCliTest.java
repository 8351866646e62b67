package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fold and headline options of {@code attache eval events}: misuse is a one-line usage error. */
class EvalEventsCliTest {
    @TempDir
    Path dir;

    @Test
    void heldOutFoldsNeedFoldsAndMustExist() {
        Cli noFolds = Cli.run("eval", "events", "--plover", dir.resolve("g.json").toString(), "--held-out", "0");
        assertThat(noFolds.exitCode()).isEqualTo(2);
        assertThat(noFolds.err()).contains("--held-out needs --folds");
        Cli outside = Cli.run("eval", "events", "--plover", dir.resolve("g.json").toString(), "--folds", "3",
                "--held-out", "3");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("folds are numbered 0..2");
    }

    @Test
    void aMissingHeadlineFileIsAUsageErrorNamingIt() {
        Cli cli = Cli.run("eval", "events", "--headlines", dir.resolve("nowhere.csv").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("headline file not found").contains("nowhere.csv");
    }
}
