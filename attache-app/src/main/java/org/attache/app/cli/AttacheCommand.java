package org.attache.app.cli;

import picocli.CommandLine.Command;

/** The top-level {@code attache} command; every action is a subcommand. */
@Command(name = "attache", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Attaché: a news-intelligence engine for international relations.",
        subcommands = {DemoCommand.class, IngestCommand.class, WatchCommand.class, SearchCommand.class, ShowCommand.class,
                ExtractCommand.class, StatsCommand.class, ReindexCommand.class, EntitiesCommand.class,
                EntityCommand.class, EventsCommand.class, RelationsCommand.class, StoriesCommand.class, ExportCommand.class,
                ReprocessCommand.class, DoctorCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, ServeCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class AttacheCommand {
}
