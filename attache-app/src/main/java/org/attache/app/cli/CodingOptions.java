package org.attache.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.config.CodingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The Code stage's bring-your-own dictionaries, shared by the commands that code events. */
public final class CodingOptions {
    @Option(names = "--actor-dictionary", paramLabel = "FILE",
            description = "A PETRARCH-format actor dictionary (e.g. Phoenix.Countries.actors.txt) that affiliates actors "
                    + "ahead of the shipped one; repeatable. Date-restricted codes apply by the article's date.")
    List<Path> actorDictionaries = new ArrayList<>();

    @Option(names = "--verb-dictionary", paramLabel = "FILE",
            description = "A PETRARCH-format verb dictionary (e.g. CAMEO.2.0.txt) whose patterns extend the bundled lexicon.")
    Path verbDictionary;

    @Option(names = "--no-parse", description = "Code events with the trigger patterns alone: no part-of-speech check "
            + "and no dependency parse of sentences with two actors (faster, less exact).")
    boolean noParse;

    @Option(names = "--no-shipped-knowledge", negatable = false,
            description = "Do not use the shipped Phoenix actor dictionaries (people, organisations and places with "
                    + "their countries by date) to affiliate actors; your own --actor-dictionary files still apply.")
    boolean noShippedKnowledge;

    @Option(names = "--event-confidence", paramLabel = "T",
            description = "Drop coded events whose learned confidence (the chance a reader judges them fully right) is "
                    + "below T, in [0, 1), 'model' for the threshold shipped with the model (the default), or 0 to keep "
                    + "every event.")
    String eventConfidence;

    /** The typed configuration; every named file must exist. */
    public CodingConfig config() {
        List<Path> all = new ArrayList<>(actorDictionaries);
        if (verbDictionary != null) {
            all.add(verbDictionary);
        }
        for (Path p : all) {
            if (!Files.isRegularFile(p)) {
                throw new CliException("dictionary not found: " + p, CommandLine.ExitCode.USAGE);
            }
        }
        double threshold = CodingConfig.MODEL_THRESHOLD;
        if (eventConfidence != null) {
            try {
                threshold = eventConfidence.equals("model") ? CodingConfig.MODEL_THRESHOLD
                        : Double.parseDouble(eventConfidence);
            } catch (NumberFormatException e) {
                threshold = -1;
            }
            if (!Double.isNaN(threshold) && !(threshold >= 0 && threshold < 1)) {
                throw new CliException("--event-confidence must be 'model' or in [0, 1), was " + eventConfidence,
                        CommandLine.ExitCode.USAGE);
            }
        }
        return new CodingConfig(actorDictionaries, verbDictionary, !noShippedKnowledge, !noParse, threshold);
    }
}
