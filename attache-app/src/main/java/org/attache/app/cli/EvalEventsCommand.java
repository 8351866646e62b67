package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.api.ArticleAnnotator;
import org.attache.api.events.EventCoder;
import org.attache.app.eval.EventEvaluation;
import org.attache.app.eval.HeadlineEvaluation;
import org.attache.app.eval.PetrarchEvaluation;
import org.attache.json.Json;
import org.attache.nlp.Coders;
import org.attache.nlp.events.confidence.ConfidenceGate;
import org.attache.nlp.events.confidence.ConfidenceGatedCoder;
import org.attache.nlp.relevance.RelevanceClassifier;
import org.attache.nlp.relevance.RelevanceGatedCoder;
import org.attache.nlp.resolve.EntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval events --plover FILE [--folds K [--held-out F,…]] [--petrarch FILE] [--headlines FILE]
 * [--actor-dictionary FILE…] [--verb-dictionary FILE] [--json OUT]}: PLOVER event-type P/R/F1 per type and micro
 * and (source country, target country, type) triple P/R/F1 on a PLOVER gold file, optionally per fold of a
 * deterministic split so figures on folds no rule was tuned on can be told from the others; CAMEO root
 * agreement on a PETRARCH validation file; event-type P/R/F1 on labelled headlines. The dictionary options
 * measure the coder with the user's own PETRARCH-format dictionaries added.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score the event coder on a PLOVER gold JSON file (optionally per fold), a PETRARCH validation "
                + "XML file and/or a labelled headline CSV file.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plover", paramLabel = "FILE",
            description = "PLOVER records JSON, e.g. ../shared/bench/events/plover-gsr.dev.json")
    Path plover;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "PETRARCH validation XML, e.g. ../shared/bench/events/petrarch/PETR2_GSR_validation.xml")
    Path petrarch;

    @Option(names = "--folds", paramLabel = "K",
            description = "Also split the PLOVER records into K folds (by a hash of the record id) and report each fold "
                    + "and their mean.")
    Integer folds;

    @Option(names = "--held-out", paramLabel = "FOLD", split = ",",
            description = "With --folds: the folds held out from tuning (e.g. 0,1); their pooled figures are reported "
                    + "apart from the others'.")
    List<Integer> heldOut = new ArrayList<>();

    @Option(names = "--headlines", paramLabel = "FILE",
            description = "Labelled headlines (event,mode,title CSV with {country_1}/{city} placeholders), e.g. "
                    + "../shared/bench/events/ngec/synthetic_headlines.csv: event-type P/R/F1.")
    Path headlines;

    @Option(names = "--relevance-gate", description = "Keep only the events the relevance gate keeps, as ingest does "
            + "(each PLOVER text is read as a one-sentence article); without it the coder alone is scored.")
    boolean relevanceGate;

    @Option(names = "--confidence-gate", description = "Keep only the events the learned event-confidence gate keeps "
            + "(threshold: --event-confidence; 'model' for the shipped model's), after the relevance gate if that is on.")
    boolean confidenceGate;

    @Mixin
    CodingOptions coding;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the tables (and per-record results) as JSON to OUT.")
    Path jsonOut;

    @Override
    public Integer call() throws IOException {
        if (plover == null && petrarch == null && headlines == null) {
            throw new CliException("give --plover FILE, --petrarch FILE and/or --headlines FILE",
                    CommandLine.ExitCode.USAGE);
        }
        if (folds != null && (plover == null || folds < 2)) {
            throw new CliException("--folds needs --plover FILE and K of 2 or more", CommandLine.ExitCode.USAGE);
        }
        if (!heldOut.isEmpty() && folds == null) {
            throw new CliException("--held-out needs --folds K", CommandLine.ExitCode.USAGE);
        }
        for (int f : heldOut) {
            if (f < 0 || f >= folds) {
                throw new CliException("--held-out " + f + ": folds are numbered 0.." + (folds - 1),
                        CommandLine.ExitCode.USAGE);
            }
        }
        if (headlines != null && !Files.isRegularFile(headlines)) {
            throw new CliException("headline file not found: " + headlines, CommandLine.ExitCode.USAGE);
        }
        EventCoder coded = Coders.forConfig(coding.config());
        EventCoder coder = relevanceGate ? RelevanceGatedCoder.bundled(coded) : coded;
        if (confidenceGate) {
            double t = coding.config().eventConfidence();
            coder = new ConfidenceGatedCoder(coder, RelevanceClassifier.bundled(),
                    ConfidenceGate.bundled(t == 0 ? org.attache.api.config.CodingConfig.MODEL_THRESHOLD : t));
        }
        EntityResolver resolver = Stages.evaluationResolver(coding.config());
        ArticleAnnotator annotator = Stages.annotator();
        PrintWriter printer = spec.commandLine().getOut();
        Map<String, Object> all = new LinkedHashMap<>();
        if (plover != null) {
            if (!Files.isRegularFile(plover)) {
                throw new CliException("PLOVER file not found: " + plover, CommandLine.ExitCode.USAGE);
            }
            if (folds == null) {
                EventEvaluation.Report report = EventEvaluation.run(plover, annotator, coder, resolver);
                printer.print(report.format());
                all.put("plover", report.toMap());
            } else {
                EventEvaluation.FoldReport report = EventEvaluation.runFolds(plover, annotator, coder, resolver, folds,
                        Set.copyOf(heldOut));
                printer.print(report.all().format());
                printer.print(report.format());
                all.put("plover", report.all().toMap());
                all.put("plover_folds", report.toMap());
            }
        }
        if (headlines != null) {
            EventEvaluation.Report report = HeadlineEvaluation.run(headlines, annotator, coder);
            if (plover != null) {
                printer.println();
            }
            printer.print(report.format("Headline event types", false));
            all.put("headlines", report.toMap());
        }
        if (petrarch != null) {
            if (!Files.isRegularFile(petrarch)) {
                throw new CliException("PETRARCH file not found: " + petrarch, CommandLine.ExitCode.USAGE);
            }
            PetrarchEvaluation.Report report = PetrarchEvaluation.run(petrarch, annotator, coder, resolver);
            if (plover != null || headlines != null) {
                printer.println();
            }
            printer.print(report.format());
            all.put("petrarch", report);
        }
        printer.flush();
        if (jsonOut != null) {
            Files.writeString(jsonOut, Json.pretty(all), StandardCharsets.UTF_8);
        }
        return 0;
    }
}
