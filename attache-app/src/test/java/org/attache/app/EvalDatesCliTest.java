package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.attache.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache eval dates} on a small benchmark folder written here in the benchmark's layout: the
 * metric's counts (one item per URL, a NaN gold never a hit), the baseline beside Attaché, and clear
 * errors for a folder that is not one.
 */
class EvalDatesCliTest {
    @TempDir
    Path dir;

    private void page(String name, String html) throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages").resolve(name)))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String article(String head, String article) {
        return "<html lang=\"de\"><head><title>Neue Radwege | Stadtblatt</title>" + head + "</head><body><article>"
                + "<h1>Neue Radwege</h1>" + article + "<p>Die Stadt baut im Frühjahr neue Radwege entlang der Hauptstraße,"
                + " damit Schüler und Pendler sicherer unterwegs sind, und beginnt mit dem Abschnitt am Bahnhof.</p>"
                + "<p>Die Kosten teilen sich Land und Stadt.</p></article></body></html>";
    }

    @Test
    void scoresEachUrlAgainstTheGoldDayBesideTheBaseline() throws Exception {
        page("right.html.gz", article("<meta property=\"article:published_time\" content=\"2022-02-03T09:00:00+01:00\">", ""));
        page("wrong.html.gz", article("<script>var build = '2020-01-01';</script>", "<p class=\"date\">04.02.2022</p>"));
        page("none.html.gz", article("", ""));
        page("nan.html.gz", article("<meta name=\"date\" content=\"2022-02-05\">", ""));
        Files.writeString(dir.resolve("gold.json"), """
                {"right.html.gz": {"date": "2022-02-03", "urls": ["https://a.example/1", "https://b.example/1"]},
                 "wrong.html.gz": {"date": "2022-02-03", "urls": ["https://a.example/2"]},
                 "none.html.gz": {"date": "2022-02-03", "urls": ["https://a.example/3"]},
                 "nan.html.gz": {"date": NaN, "urls": ["https://a.example/4"]}}
                """);
        Path out = dir.resolve("result.json");
        Cli cli = Cli.run("eval", "dates", dir.toString(), "--json", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("htmldate 1.10.0 extensive", "first YYYY-MM-DD in the HTML (live, all)",
                "**attache** (held-out)");

        JsonNode result = Json.mapper().readTree(out.toFile());
        JsonNode all = result.get("attache").get("all");
        assertThat(all.get("items").asInt()).isEqualTo(5);
        assertThat(all.get("tp").asInt()).isEqualTo(2); // right.html, counted for both of its URLs
        assertThat(all.get("fp").asInt()).isEqualTo(2); // wrong.html's printed day, and any day for a NaN gold
        assertThat(all.get("fn").asInt()).isEqualTo(1); // none.html
        assertThat(all.get("f").asDouble()).isEqualTo(0.5714); // 2·2 / (2·2 + 2 + 1)
        JsonNode baseline = result.get("first_iso_day_baseline").get("all");
        assertThat(baseline.get("tp").asInt()).isEqualTo(2);
        assertThat(baseline.get("fp").asInt()).isEqualTo(2); // 2020-01-01 in a script; 2022-02-05 for NaN
        assertThat(result.get("per_page")).hasSize(4);
        assertThat(result.get("per_page").get(1).get("attache").asText()).isEqualTo("2022-02-04");
    }

    @Test
    void aMissingOrWrongFolderIsAOneLineUsageError() throws Exception {
        Cli missing = Cli.run("eval", "dates", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("attache: benchmark folder not found: " + dir.resolve("nowhere"));

        Cli noGold = Cli.run("eval", "dates", dir.toString());
        assertThat(noGold.exitCode()).isEqualTo(2);
        assertThat(noGold.err()).contains("no gold.json").doesNotContain("Exception");

        Files.writeString(dir.resolve("gold.json"), "{\"gone.html.gz\": {\"date\": \"2022-02-03\", \"urls\": [\"u\"]}}");
        Cli noPage = Cli.run("eval", "dates", dir.toString());
        assertThat(noPage.exitCode()).isEqualTo(2);
        assertThat(noPage.err()).contains("missing").contains("gone.html.gz").doesNotContain("Exception");
    }
}
