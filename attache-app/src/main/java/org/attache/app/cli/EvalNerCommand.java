package org.attache.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.json.Json;
import org.attache.nlp.eval.ConllEvaluator;
import org.attache.nlp.eval.ConllReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval ner --conll FILE}: entity-level exact-match P/R/F1 per type and micro (conlleval
 * semantics) of Attaché's recogniser, beside CoreNLP's plain CRF on the same tokens in the same run.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score named-entity recognition on a CoNLL-2003 file (token POS chunk NER, IOB1).")
public final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--conll", paramLabel = "FILE", required = true,
            description = "CoNLL-2003 file, e.g. ../shared/bench/ner/conll2003/eng.testb")
    Path conll;

    @Option(names = "--json", description = "Print the tables as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the tables as JSON to FILE.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(conll)) {
            throw new CliException("CoNLL file not found: " + conll, CommandLine.ExitCode.USAGE);
        }
        List<ConllReport> reports = ConllEvaluator.compare(conll, org.attache.nlp.Annotators.standard());
        List<Map<String, Object>> tables = reports.stream().map(EvalNerCommand::table).toList();
        if (out != null) {
            Files.writeString(out, Json.pretty(tables), StandardCharsets.UTF_8);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.println(Json.pretty(tables));
        } else {
            for (ConllReport report : reports) {
                printer.println(report.format());
            }
        }
        return 0;
    }

    private static Map<String, Object> table(ConllReport report) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("system", report.system());
        table.put("tokens", report.tokens());
        table.put("seconds", Math.round(report.seconds() * 10) / 10.0);
        table.put("micro_f1_per_org_loc", report.microF1PerOrgLoc());
        table.put("rows", report.rows().stream().map(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("type", row.type());
            r.put("gold", row.gold());
            r.put("predicted", row.predicted());
            r.put("correct", row.correct());
            r.put("precision", row.precision());
            r.put("recall", row.recall());
            r.put("f1", row.f1());
            return r;
        }).toList());
        return table;
    }
}
