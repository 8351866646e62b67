package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.nlp.relevance.RelevanceModel;
import org.attache.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code train relevance} and {@code eval relevance} on small corpora in the shapes of the BBC and Reuters JSONL
 * files (texts written for this test): the model file is written, reproduced byte for byte, and cross-validated.
 */
class TrainRelevanceCliTest {
    @TempDir
    Path dir;

    private static final String[][] BBC = {
            {"politics", "The minister told parliament the government would hold an election in May."},
            {"politics", "The opposition leader said the prime minister had misled voters about the war."},
            {"politics", "Ministers agreed a new security bill after a long debate in parliament."},
            {"politics", "The party's election campaign will focus on the government's record on taxes."},
            {"business", "The firm's quarterly profits rose as sales of its phones grew strongly."},
            {"business", "Shares in the retailer fell after it warned that profits would be lower."},
            {"business", "The bank agreed to buy its rival in a deal worth two billion pounds."},
            {"business", "Oil prices rose as traders worried about supplies and stocks fell."},
            {"sport", "The striker scored twice as his team won the match and moved top of the league."},
            {"sport", "She won the final in straight sets to claim her first title of the season."},
            {"sport", "The coach said his players were tired after the cup match went to extra time."},
            {"sport", "The champion broke the world record in the final of the race."}};
    private static final String[][] REUTERS = {
            // topics, orgs, people, title, text
            {"trade", "", "", "JAPAN WARNS U.S. OVER TARIFFS", "Japan's trade minister warned the United States that tariffs would harm relations between the two governments."},
            {"", "imf", "", "IMF AGREES LOAN TO ZAMBIA", "The IMF agreed to lend Zambia money after the government promised reforms, the finance minister said."},
            {"", "", "reagan", "REAGAN MEETS CANADIAN PREMIER", "President Reagan met the Canadian prime minister for talks on acid rain and trade between the two governments."},
            {"earn", "", "", "ACME CORP <ACM> 4TH QTR NET", "Shr 41 cts vs 30 cts net profit 4.1 mln dlrs vs 3.0 mln revs 61 mln dlrs."},
            {"acq", "", "", "BIGCO <BIG> TO BUY SMALLCO", "Bigco said it agreed to buy Smallco for 90 mln dlrs in cash, and shares of Smallco rose."},
            {"money-fx", "", "", "BANK OF ENGLAND OFFERS MONEY MARKET HELP", "The Bank of England provided the money market with 300 mln stg of assistance, buying bills."},
            {"", "", "", "WEATHER DELAYS HARVEST", "Rain delayed the harvest in the north."}};

    private Path bbc() throws IOException {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String[] r : BBC) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", "bbc-" + r[0] + "-" + (++n));
            record.put("section", r[0]);
            record.put("title", "t");
            record.put("text", r[1]);
            lines.add(Json.line(record));
        }
        return Files.write(dir.resolve("bbc.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private Path reuters() throws IOException {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String[] r : REUTERS) {
            Map<String, Object> tags = new LinkedHashMap<>();
            tags.put("topics", r[0].isEmpty() ? List.of() : List.of(r[0]));
            tags.put("orgs", r[1].isEmpty() ? List.of() : List.of(r[1]));
            tags.put("people", r[2].isEmpty() ? List.of() : List.of(r[2]));
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", "reuters-" + (++n));
            record.put("title", r[3]);
            record.put("text", r[4] + "\n Reuter");
            record.put("tags", tags);
            lines.add(Json.line(record));
        }
        return Files.write(dir.resolve("reuters.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private Cli train(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("train", "relevance", "--bbc", bbc().toString(), "--reuters",
                reuters().toString(), "--out", out.toString(), "--min-documents", "1", "--max-terms", "150"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void trainingWritesTheModelAndReproducesItByteForByte() throws IOException {
        Path model = dir.resolve("model.tsv.gz");
        Cli first = train(model);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("150 terms").contains("POLITICAL=7");
        byte[] bytes = Files.readAllBytes(model);
        try (InputStream in = Files.newInputStream(model)) {
            RelevanceModel read = RelevanceModel.read(in, model.toString());
            assertThat(read.size()).isEqualTo(150);
            assertThat(read.comments()).anyMatch(c -> c.startsWith("Reproduce: attache train relevance"));
        }
        Cli refused = train(model);
        assertThat(refused.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(refused.err()).contains("exists");
        Cli again = train(model, "--force");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(model)).isEqualTo(bytes);
    }

    @Test
    void evalCrossValidatesOnTheLabelledTexts() throws IOException {
        Cli eval = Cli.run("eval", "relevance", "--bbc", bbc().toString(), "--reuters", reuters().toString(),
                "--folds", "2", "--min-documents", "1", "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode figures = eval.json();
        // the untagged weather story is left out; the three political Reuters stories and four BBC ones are in
        assertThat(figures.get("texts").asInt()).isEqualTo(BBC.length + REUTERS.length - 1);
        assertThat(figures.get("folds").asInt()).isEqualTo(2);
        assertThat(figures.get("labels").get("political").get("tp").asInt()
                + figures.get("labels").get("political").get("fn").asInt()).isEqualTo(7);
        assertThat(figures.get("rules_accuracy").fieldNames()).toIterable()
                .contains("reuters-igo → political (1)", "bbc-section → sport (4)");
    }

    @Test
    void badInputsAreUsageErrorsNamingThem() throws IOException {
        Cli missing = Cli.run("train", "relevance", "--bbc", dir.resolve("nope.jsonl").toString(), "--reuters",
                reuters().toString(), "--out", dir.resolve("m.gz").toString());
        assertThat(missing.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.jsonl");
        Path notBbc = Files.writeString(dir.resolve("other.jsonl"), "{\"id\": \"x\", \"text\": \"hello\"}\n");
        Cli wrong = Cli.run("eval", "relevance", "--bbc", notBbc.toString(), "--reuters", reuters().toString());
        assertThat(wrong.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(wrong.err()).contains("other.jsonl:1").contains("section");
        Cli badFolds = Cli.run("eval", "relevance", "--bbc", bbc().toString(), "--reuters", reuters().toString(),
                "--folds", "1");
        assertThat(badFolds.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
