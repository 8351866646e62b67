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
import java.util.concurrent.Callable;
import org.attache.api.ArticleAnnotator;
import org.attache.api.events.EventCoder;
import org.attache.app.eval.EventEvaluation;
import org.attache.app.eval.PetrarchEvaluation;
import org.attache.web.json.Json;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval events --plover FILE [--petrarch FILE] [--actor-dictionary FILE…] [--verb-dictionary FILE]
 * [--json OUT]}: PLOVER event-type P/R/F1 per type and micro and (source country, target country, type)
 * triple P/R/F1 on a PLOVER gold file; CAMEO root agreement on a PETRARCH validation file. The dictionary
 * options measure the coder with the user's own PETRARCH-format dictionaries added.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score the event coder on a PLOVER gold JSON file and/or a PETRARCH validation XML file.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plover", paramLabel = "FILE",
            description = "PLOVER records JSON, e.g. ../shared/bench/events/plover-gsr.dev.json")
    Path plover;

    @Option(names = "--petrarch", paramLabel = "FILE",
            description = "PETRARCH validation XML, e.g. ../shared/bench/events/petrarch/PETR2_GSR_validation.xml")
    Path petrarch;

    @Mixin
    CodingOptions coding;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the tables (and per-record results) as JSON to OUT.")
    Path jsonOut;

    @Override
    public Integer call() throws IOException {
        if (plover == null && petrarch == null) {
            throw new CliException("give --plover FILE and/or --petrarch FILE", CommandLine.ExitCode.USAGE);
        }
        EventCoder coder = Coders.forConfig(coding.config());
        EntityResolver resolver = Stages.evaluationResolver(coding.config());
        ArticleAnnotator annotator = Stages.annotator();
        PrintWriter printer = spec.commandLine().getOut();
        Map<String, Object> all = new LinkedHashMap<>();
        if (plover != null) {
            if (!Files.isRegularFile(plover)) {
                throw new CliException("PLOVER file not found: " + plover, CommandLine.ExitCode.USAGE);
            }
            EventEvaluation.Report report = EventEvaluation.run(plover, annotator, coder, resolver);
            printer.print(report.format());
            all.put("plover", report.toMap());
        }
        if (petrarch != null) {
            if (!Files.isRegularFile(petrarch)) {
                throw new CliException("PETRARCH file not found: " + petrarch, CommandLine.ExitCode.USAGE);
            }
            PetrarchEvaluation.Report report = PetrarchEvaluation.run(petrarch, annotator, coder, resolver);
            if (plover != null) {
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
