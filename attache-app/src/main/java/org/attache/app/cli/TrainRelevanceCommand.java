package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.nlp.relevance.LabelledText;
import org.attache.nlp.relevance.RelevanceModel;
import org.attache.nlp.relevance.RelevanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache train relevance}: trains the relevance model on the labelled corpora and writes it; with the
 * default settings the output is byte for byte the bundled model.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = "Train the relevance classifier on the BBC and Reuters corpora and write the model file.")
public final class TrainRelevanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RelevanceTrainingOptions training;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model, e.g. attache-nlp/src/main/resources/org/attache/nlp/relevance/"
                    + RelevanceModel.RESOURCE)
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !force) {
            throw new CliException(out + " exists; use --force to replace it", CommandLine.ExitCode.USAGE);
        }
        List<LabelledText> texts = training.texts();
        Map<RelevanceLabel, Integer> counts = new EnumMap<>(RelevanceLabel.class);
        texts.forEach(t -> counts.merge(t.label(), 1, Integer::sum));
        RelevanceModel model = new RelevanceTrainer(training.options()).train(texts, List.of(
                "Attaché relevance model: political (politics, diplomacy, security, international economics)"
                        + " against business, sport, entertainment and technology news.",
                "Trained on BBC News sections and weakly labelled Reuters-21578 stories (see WeakLabels): " + counts,
                "Reproduce: " + training.describe()));
        ModelFiles.write(out, model::write);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("Wrote %s: %d terms, %d bytes, from %d texts %s%n", out, model.size(), Files.size(out),
                texts.size(), counts);
        return 0;
    }
}
