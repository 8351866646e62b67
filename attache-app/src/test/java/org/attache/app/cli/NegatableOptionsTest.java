package org.attache.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Picocli sets a negatable option that defaults to true to the opposite of its default when the option is
 * given, unless a fallback value says otherwise: without one, {@code --no-baseline} kept the baseline and
 * {@code --baseline} turned it off. Each negatable option must read as its name says.
 */
class NegatableOptionsTest {
    @Test
    void noBaselineTurnsTheReadabilityBaselineOffAndBaselineKeepsItOn() {
        assertThat(baseline()).isTrue();
        assertThat(baseline("--no-baseline")).isFalse();
        assertThat(baseline("--baseline")).isTrue();
    }

    @Test
    void noEntitiesTurnsEntityReadingOffAndEntitiesKeepsItOn() {
        assertThat(entities()).isTrue();
        assertThat(entities("--no-entities")).isFalse();
        assertThat(entities("--entities")).isTrue();
    }

    private static boolean baseline(String... args) {
        EvalExtractionCommand command = new EvalExtractionCommand();
        new CommandLine(command).parseArgs(args);
        return command.baseline;
    }

    private static boolean entities(String... args) {
        IngestCommand command = new IngestCommand();
        String[] withInput = java.util.Arrays.copyOf(args, args.length + 1);
        withInput[args.length] = "pages";
        new CommandLine(command).parseArgs(withInput);
        return command.entities;
    }
}
