package org.attache.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.attache.api.config.CodingConfig;
import org.attache.app.ScratchFolder;
import org.attache.app.eval.ConfidenceData;
import org.attache.app.eval.ConfidenceData.Labelled;
import org.attache.app.eval.FactsCorpus;
import org.attache.app.eval.FactsGold;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.json.Json;
import org.attache.nlp.events.confidence.ConfidenceModel;
import org.attache.nlp.events.confidence.ConfidenceTrainer;
import org.attache.nlp.events.confidence.ConfidenceTrainer.Example;
import org.attache.pipeline.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache train events}: trains the event-confidence model on judged events (the independent readings of
 * {@code eval/judged}, matched to the events the current build codes) and on the facts dev set's tune half, and
 * writes it; {@code --evaluate} first reports it leave one reading out (trained on the other readings, threshold
 * chosen on them, scored on the reading left out), the figure that decides whether the gate helps.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Train the event-confidence model (the chance a reader judges a coded event fully right) on "
                + "judged readings and the facts dev set's tune half, and write the model file.",
                "--evaluate reports it leave one reading out first."})
public final class TrainEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--judged", paramLabel = "FILE", description = "A judged sample, e.g. "
            + "eval/judged/reuters-9001-12000.jsonl; repeatable (each is one reading)")
    List<Path> judged = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "FILE", description = "The Reuters corpus the judged samples number, "
            + "e.g. ../shared/bench/corpus/reuters21578.jsonl")
    Path corpus;

    @Option(names = "--facts", paramLabel = "FILE", description = "The facts dev set, e.g. eval/facts/facts-dev.jsonl: "
            + "its tune half is added to every training set (never the held-out half)")
    Path facts;

    @Option(names = "--facts-corpus", paramLabel = "PATH", description = "The corpora the facts dev set's stories come "
            + "from, e.g. ../shared/bench/corpus; repeatable")
    List<Path> factsCorpus = new ArrayList<>();

    @Option(names = "--examples", paramLabel = "FILE", description = "Read the labelled events from FILE (written by "
            + "--write-examples) instead of coding the stories again")
    Path examples;

    @Option(names = "--write-examples", paramLabel = "FILE", description = "Write the labelled events with their "
            + "features to FILE (JSONL)")
    Path writeExamples;

    @Option(names = "--evaluate", description = "Report leave one reading out before training the final model.")
    boolean evaluate;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model, e.g. attache-nlp/src/main/"
            + "resources/org/attache/nlp/events/confidence/" + ConfidenceModel.RESOURCE)
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C. Default: 0.5.")
    Double cost;

    @Option(names = "--min-count", paramLabel = "N", description = "A feature must occur in N training events. "
            + "Default: 3.")
    Integer minCount;

    @Option(names = "--keep-right", paramLabel = "S", description = "The threshold keeps this share of the training "
            + "set's right events. Default: 0.9.")
    Double keepRight;

    @Override
    public Integer call() throws IOException {
        if (out != null && Files.exists(out) && !force) {
            throw new CliException(out + " exists; use --force to replace it", CommandLine.ExitCode.USAGE);
        }
        ConfidenceTrainer.Options d = ConfidenceTrainer.Options.DEFAULT;
        ConfidenceTrainer.Options options;
        try {
            options = new ConfidenceTrainer.Options(cost != null ? cost : d.cost(),
                    minCount != null ? minCount : d.minCount(), keepRight != null ? keepRight : d.keepRight());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        List<Labelled> data = examples != null ? readExamples(examples) : code();
        if (writeExamples != null) {
            writeExamples(data, writeExamples);
        }
        PrintWriter printer = spec.commandLine().getOut();
        Map<String, int[]> counts = new TreeMap<>();
        for (Labelled l : data) {
            int[] c = counts.computeIfAbsent(l.group(), k -> new int[2]);
            c[0]++;
            c[1] += l.example().right() ? 1 : 0;
        }
        counts.forEach((g, c) -> printer.printf(Locale.ROOT, "%-28s %4d labelled events, %4d right%n", g, c[0], c[1]));
        if (evaluate) {
            printer.print(leaveOneReadingOut(data, options));
        }
        if (out != null) {
            ConfidenceModel model = new ConfidenceTrainer(options).train(data.stream().map(Labelled::example).toList(),
                    List.of("Attaché event-confidence model: the chance an independent reader judges a coded event "
                                    + "fully right, from features known when it is coded (EventFeatures).",
                            "Trained on " + counts.keySet() + " (judged readings matched to the current build's "
                                    + "events, the facts dev set's tune half)",
                            "Reproduce: attache train events (see docs/BENCHMARKS.md, gate14r)"));
            ModelFiles.write(out, model::write);
            printer.printf(Locale.ROOT, "Wrote %s: %d features, threshold %.4f, from %d events%n", out,
                    model.weights().size(), model.threshold(), data.size());
        }
        printer.flush();
        return 0;
    }

    /** Leave one judged reading out: train on the others (and the facts tune half), score the one left out. */
    static String leaveOneReadingOut(List<Labelled> data, ConfidenceTrainer.Options options) {
        Set<String> readings = new TreeSet<>();
        data.forEach(l -> {
            if (!l.group().startsWith("facts")) {
                readings.add(l.group());
            }
        });
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nLeave one reading out (threshold keeps %.0f%%"
                + " of the training readings' right events, out of group)%n", 100 * options.keepRight()));
        sb.append(String.format(Locale.ROOT, "%-26s %9s %6s %-22s %6s %-22s %14s%n", "held-out reading", "threshold",
                "events", "right before (95%)", "kept", "right among kept", "right kept"));
        int[] pooled = new int[4];
        for (String held : readings) {
            List<Example> train = data.stream().filter(l -> !l.group().equals(held)).map(Labelled::example).toList();
            List<Example> test = data.stream().filter(l -> l.group().equals(held)).map(Labelled::example).toList();
            ConfidenceModel model = new ConfidenceTrainer(options).train(train, List.of());
            int n = test.size();
            int right = 0;
            int kept = 0;
            int rightKept = 0;
            for (Example e : test) {
                boolean keep = model.score(e.features()) >= model.threshold();
                right += e.right() ? 1 : 0;
                kept += keep ? 1 : 0;
                rightKept += keep && e.right() ? 1 : 0;
            }
            pooled[0] += n;
            pooled[1] += right;
            pooled[2] += kept;
            pooled[3] += rightKept;
            sb.append(row(held, String.format(Locale.ROOT, "%.4f", model.threshold()), n, right, kept, rightKept));
        }
        sb.append(row("pooled", "", pooled[0], pooled[1], pooled[2], pooled[3]));
        return sb.toString();
    }

    private static String row(String name, String threshold, int n, int right, int kept, int rightKept) {
        return String.format(Locale.ROOT, "%-26s %9s %6d %-22s %6d %-22s %14s%n", name, threshold, n,
                share(right, n), kept, share(rightKept, kept),
                String.format(Locale.ROOT, "%d/%d %.0f%%", rightKept, right, right == 0 ? 0 : 100.0 * rightKept / right));
    }

    /** "k/n p% (lo–hi)" with the Wilson 95 % interval. */
    static String share(int k, int n) {
        if (n == 0) {
            return "-";
        }
        double z = 1.96;
        double p = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return String.format(Locale.ROOT, "%d/%d %.0f%% (%.0f-%.0f)", k, n, 100 * p, 100 * (centre - half),
                100 * (centre + half));
    }

    private List<Labelled> code() throws IOException {
        if (judged.isEmpty() || corpus == null) {
            throw new CliException("give --judged FILE… and --corpus FILE, or --examples FILE",
                    CommandLine.ExitCode.USAGE);
        }
        for (Path p : judged) {
            if (!Files.isRegularFile(p)) {
                throw new CliException("judged file not found: " + p, CommandLine.ExitCode.USAGE);
            }
        }
        if (!Files.isRegularFile(corpus)) {
            throw new CliException("corpus file not found: " + corpus, CommandLine.ExitCode.USAGE);
        }
        Path scratch = Files.createTempDirectory("attache-confidence");
        // every event the coder states, none dropped, so that each can be labelled
        CodingConfig coding = new CodingConfig(List.of(), null, true, true, 0);
        List<Labelled> out = new ArrayList<>();
        try {
            Analysis analysis = Stages.analysis(scratch, coding);
            try (Progress progress = Progress.start(true, "Coding judged stories")) {
                out.addAll(ConfidenceData.judged(judged, corpus, new DefaultArticleExtractor(), analysis, scratch,
                        done -> progress.update(done, "stories")));
            }
            if (facts != null) {
                List<FactsGold.Story> tune = FactsGold.read(facts).stream()
                        .filter(s -> s.split() == FactsGold.Split.TUNE).toList();
                Set<String> ids = new LinkedHashSet<>();
                tune.forEach(s -> ids.add(s.id()));
                Map<String, FactsCorpus.Record> records = FactsCorpus.read(factsCorpus, ids);
                try (Progress progress = Progress.start(true, "Coding the facts tune half")) {
                    out.addAll(ConfidenceData.facts(tune, records, new DefaultArticleExtractor(), analysis, scratch,
                            done -> progress.update(done, "of " + tune.size() + " stories")));
                }
            }
        } finally {
            ScratchFolder.delete(scratch);
        }
        return out;
    }

    private static void writeExamples(List<Labelled> data, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Labelled l : data) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", l.group());
            m.put("key", l.example().key());
            m.put("right", l.example().right());
            m.put("features", new TreeMap<>(l.example().features()));
            sb.append(Json.mapper().writeValueAsString(m)).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static List<Labelled> readExamples(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode j = Json.mapper().readTree(line);
            Map<String, Double> f = new TreeMap<>();
            j.path("features").fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asDouble()));
            out.add(new Labelled(j.path("group").asText(), new Example(j.path("key").asText(), j.path("group").asText(), f,
                    j.path("right").asBoolean())));
        }
        return out;
    }
}
