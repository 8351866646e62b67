package org.attache.app.cli;

import picocli.CommandLine.Command;

/** {@code attache eval …}: quality measurements against benchmark data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on benchmark data.",
        subcommands = {EvalExtractionCommand.class, EvalDatesCommand.class, EvalNerCommand.class, EvalSeedsCommand.class,
                EvalEventsCommand.class, EvalFactsCommand.class, EvalRelevanceCommand.class})
public final class EvalCommand {
}
