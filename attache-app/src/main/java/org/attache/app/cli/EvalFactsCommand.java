package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.app.ScratchFolder;
import org.attache.app.eval.ActorCodes;
import org.attache.app.eval.FactsCorpus;
import org.attache.app.eval.FactsEvaluation;
import org.attache.app.eval.FactsGold;
import org.attache.app.eval.FactsGold.Story;
import org.attache.app.eval.FactsScorer;
import org.attache.app.eval.FactsScorer.Prediction;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval facts --gold FILE --corpus PATH… [--split tune|heldout|all] [--json OUT]}: runs the
 * per-article pipeline on the facts dev set's stories and scores its events (precision and recall on type,
 * countries with direction, and status) and its entities' countries against the analyst's reading, per
 * split. Rules may be tuned on the tune half only; the held-out half is what a figure may be claimed on.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Score events and entity countries on the facts dev set (issue 14): the pipeline's reading "
                + "of Reuters and BBC stories against an analyst's, per split (tune, held-out, all).",
                "Tune rules on the tune half only."})
public final class EvalFactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "The gold file, e.g. eval/facts/facts-dev.jsonl")
    Path gold;

    @Option(names = "--corpus", paramLabel = "PATH", required = true,
            description = "A corpus JSONL file, or a folder of them (e.g. ../shared/bench/corpus); repeatable")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "tune, heldout or all (default): the stories to run and report")
    String split;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the totals and each story's details "
            + "(every predicted event with its verdict, the missed gold events, the entities) as JSON to OUT.")
    Path jsonOut;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() throws IOException {
        if (!Set.of("tune", "heldout", "all").contains(split.toLowerCase(Locale.ROOT))) {
            throw new CliException("--split must be tune, heldout or all, was " + split, CommandLine.ExitCode.USAGE);
        }
        if (!Files.isRegularFile(gold)) {
            throw new CliException("gold file not found: " + gold, CommandLine.ExitCode.USAGE);
        }
        List<Story> stories;
        try {
            stories = FactsGold.read(gold);
        } catch (FactsGold.FormatException e) {
            throw new CliException("gold file " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        String wanted = split.toLowerCase(Locale.ROOT);
        if (!wanted.equals("all")) {
            stories = stories.stream().filter(s -> s.split().label().equals(wanted)).toList();
        }
        Set<String> ids = new LinkedHashSet<>();
        stories.forEach(s -> ids.add(s.id()));
        Map<String, FactsCorpus.Record> records;
        try {
            records = FactsCorpus.read(corpus, ids);
        } catch (FactsCorpus.MissingCorpusException e) {
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        for (Story s : stories) {
            FactsCorpus.Record record = records.get(s.id());
            if (record == null) {
                throw new CliException("story " + s.id() + " is not in the corpus given (" + corpus + ")",
                        CommandLine.ExitCode.USAGE);
            }
            try {
                FactsGold.verify(s, record.text());
            } catch (FactsGold.DriftException e) {
                throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
            }
        }
        Path scratch = Files.createTempDirectory("attache-facts");
        Map<String, Prediction> predictions;
        try (Progress progress = Progress.start(true, "Reading stories")) {
            predictions = FactsEvaluation.run(stories, records, new DefaultArticleExtractor(),
                    Stages.analysis(scratch, coding.config()), scratch,
                    done -> progress.update(done, "of " + ids.size() + " stories"));
        } finally {
            ScratchFolder.delete(scratch);
        }
        FactsScorer.Report report = new FactsScorer(ActorCodes.standard()).score(stories, predictions);
        PrintWriter out = spec.commandLine().getOut();
        long notStored = report.stories().stream().filter(r -> !r.stored()).count();
        out.printf(Locale.ROOT, "Facts dev set %s: %d stories (%s)%s%n%n", gold, stories.size(), wanted,
                notStored == 0 ? "" : "; " + notStored + " not extracted (scored as coding nothing)");
        out.print(report.format());
        out.flush();
        if (jsonOut != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("gold", gold.toString());
            json.put("split", wanted);
            json.put("totals", totals(report));
            json.put("stories", report.stories());
            Files.writeString(jsonOut, Json.pretty(json), StandardCharsets.UTF_8);
        }
        return 0;
    }

    private static Map<String, Object> totals(FactsScorer.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        report.totals().forEach((split, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("counts", c);
            m.put("precision", round(c.precision()));
            m.put("recall", round(c.recall()));
            m.put("f1", round(c.f1()));
            m.put("precision_no_status", round(c.noStatusPrecision()));
            m.put("recall_no_status", round(c.noStatusRecall()));
            m.put("precision_type", round(c.typePrecision()));
            m.put("recall_type", round(c.typeRecall()));
            m.put("entity_country_accuracy", round(c.countryAccuracy()));
            m.put("date_accuracy_of_strict_matches", round(c.dateAccuracy()));
            out.put(split, m);
        });
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
