package org.attache.app.cli;

import picocli.CommandLine.Command;

/** {@code attache train …}: rebuild the models that ship with Attaché from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the models that ship with Attaché.",
        subcommands = {TrainRelevanceCommand.class, TrainEventsCommand.class})
public final class TrainCommand {
}
