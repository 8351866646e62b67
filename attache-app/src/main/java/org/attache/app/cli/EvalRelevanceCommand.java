package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.nlp.relevance.LabelledText;
import org.attache.nlp.relevance.RelevanceEvaluation;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval relevance}: stratified k-fold cross-validation of the relevance model on the labelled
 * corpora, trained as {@code train relevance} trains it.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = "Cross-validate the relevance classifier (stratified k-fold) on the BBC and Reuters corpora.")
public final class EvalRelevanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RelevanceTrainingOptions training;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10", description = "Folds. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--plover", paramLabel = "FILE",
            description = "Also report the share of a PLOVER gold file's event texts (all political) that the model"
                    + " trained on all the texts judges political, e.g. bench/events/plover-gsr.dev.json.")
    Path plover;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (folds < 2 || folds > 50) {
            throw new CliException("--folds must be in 2..50, was " + folds, CommandLine.ExitCode.USAGE);
        }
        List<LabelledText> texts = training.texts();
        RelevanceEvaluation.Report report;
        try (Progress progress = Progress.start(!json, "Cross-validating")) {
            report = RelevanceEvaluation.crossValidate(texts, folds, training.options(),
                    fold -> progress.update(fold, "folds"));
        }
        Map<String, Object> table = table(report);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        RelevanceEvaluation.thresholds(report.predictions(), THRESHOLDS).forEach((t, s) -> thresholds.put(
                String.valueOf(t), scores(s)));
        table.put("political_by_threshold", thresholds);
        if (plover != null) {
            table.put("plover", ploverShare(texts));
        }
        if (out != null) {
            Files.writeString(out, Json.pretty(table), StandardCharsets.UTF_8);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(json ? Json.pretty(table) : format(report) + "\n" + formatExtra(table));
        return 0;
    }

    private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};

    /** The share of the PLOVER file's texts judged political, per threshold, by the model of all the texts. */
    private Map<String, Object> ploverShare(List<LabelledText> texts) throws IOException {
        if (!Files.isRegularFile(plover)) {
            throw new CliException("PLOVER file not found: " + plover, CommandLine.ExitCode.USAGE);
        }
        List<String> events = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode record : Json.mapper().readTree(plover.toFile())) {
            if (record.hasNonNull("text") && !"DOCUMENT".equals(record.path("event").asText())) {
                events.add(record.get("text").asText());
            }
        }
        org.attache.nlp.relevance.RelevanceModel model = new org.attache.nlp.relevance.RelevanceTrainer(
                training.options()).train(texts, List.of());
        int political = model.labels().indexOf(RelevanceLabel.POLITICAL);
        double[] scores = events.stream().mapToDouble(e -> model.probabilities(e)[political]).toArray();
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("texts", events.size());
        for (double t : THRESHOLDS) {
            share.put(String.valueOf(t), round(java.util.Arrays.stream(scores).filter(s -> s >= t).count()
                    / (double) Math.max(1, scores.length)));
        }
        return share;
    }

    @SuppressWarnings("unchecked")
    private static String formatExtra(Map<String, Object> table) {
        StringBuilder b = new StringBuilder("  political or not by threshold:\n");
        ((Map<String, Map<String, Object>>) table.get("political_by_threshold")).forEach((t, s) -> b.append(
                String.format(Locale.ROOT, "    %-5s P %.3f R %.3f F1 %.3f%n", t, s.get("precision"), s.get("recall"),
                        s.get("f1"))));
        Object plover = table.get("plover");
        if (plover != null) {
            b.append("  PLOVER event texts judged political, by threshold: ").append(plover).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static Map<String, Object> table(RelevanceEvaluation.Report r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("folds", r.folds());
        t.put("texts", r.texts());
        t.put("accuracy", round(r.accuracy()));
        t.put("macro_f1", round(r.macroF1()));
        t.put("political", scores(r.political()));
        t.put("political_auc", round(r.auc()));
        Map<String, Object> labels = new LinkedHashMap<>();
        r.perLabel().forEach((label, s) -> labels.put(label.label(), scores(s)));
        t.put("labels", labels);
        Map<String, Object> confusion = new LinkedHashMap<>();
        r.confusion().forEach((label, row) -> {
            Map<String, Object> cells = new LinkedHashMap<>();
            row.forEach((predicted, n) -> cells.put(predicted.label(), n));
            confusion.put(label.label(), cells);
        });
        t.put("confusion", confusion);
        Map<String, Object> corpora = new LinkedHashMap<>();
        r.perCorpus().forEach((corpus, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("texts", c.texts());
            m.put("accuracy", round(c.accuracy()));
            m.put("political", scores(c.political()));
            m.put("political_auc", round(c.auc()));
            corpora.put(corpus, m);
        });
        t.put("corpora", corpora);
        Map<String, Object> rules = new LinkedHashMap<>();
        r.perRule().forEach((rule, acc) -> rules.put(rule, round(acc)));
        t.put("rules_accuracy", rules);
        return t;
    }

    private static Map<String, Object> scores(RelevanceEvaluation.Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        m.put("tp", s.truePositives());
        m.put("fp", s.falsePositives());
        m.put("fn", s.falseNegatives());
        return m;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
    }

    static String format(RelevanceEvaluation.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Relevance, %d-fold stratified cross-validation on %d texts%n", r.folds(), r.texts()));
        b.append(String.format(Locale.ROOT, "  label accuracy %.3f, macro F1 %.3f%n", r.accuracy(), r.macroF1()));
        b.append(String.format(Locale.ROOT, "  political or not: P %.3f R %.3f F1 %.3f, ROC AUC %.3f%n",
                r.political().precision(), r.political().recall(), r.political().f1(), r.auc()));
        b.append(String.format(Locale.ROOT, "  %-14s %6s %6s %6s%n", "label", "P", "R", "F1"));
        r.perLabel().forEach((label, s) -> b.append(String.format(Locale.ROOT, "  %-14s %6.3f %6.3f %6.3f%n",
                label.label(), s.precision(), s.recall(), s.f1())));
        b.append("  confusion (rows: label, columns: predicted)\n  ").append(String.format(Locale.ROOT, "%-14s", ""));
        for (RelevanceLabel l : r.confusion().keySet()) {
            b.append(String.format(Locale.ROOT, "%8.8s", l.label()));
        }
        b.append('\n');
        r.confusion().forEach((label, row) -> {
            b.append(String.format(Locale.ROOT, "  %-14s", label.label()));
            for (RelevanceLabel l : r.confusion().keySet()) {
                b.append(String.format(Locale.ROOT, "%8d", row.getOrDefault(l, 0)));
            }
            b.append('\n');
        });
        r.perCorpus().forEach((corpus, c) -> b.append(String.format(Locale.ROOT,
                "  %s: %d texts, accuracy %.3f, political P %.3f R %.3f F1 %.3f, AUC %.3f%n", corpus, c.texts(),
                c.accuracy(), c.political().precision(), c.political().recall(), c.political().f1(), c.auc())));
        b.append("  accuracy per labelling rule\n");
        r.perRule().forEach((rule, acc) -> b.append(String.format(Locale.ROOT, "    %-50s %.3f%n", rule, acc)));
        return b.toString().stripTrailing();
    }
}
