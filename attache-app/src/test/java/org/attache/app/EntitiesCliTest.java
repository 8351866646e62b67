package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.app.cli.CliException;
import org.junit.jupiter.api.BeforeAll;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Entities through the CLI on the bundled samples: listing, lookup in any spelling, stable ids on reprocess. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitiesCliTest {
    @TempDir
    static Path data;

    @BeforeAll
    void ingestSamples() {
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void countrySpellingsAreOneLocationWithItsCode() {
        JsonNode list = entities("--type", "LOCATION", "--name", "viet nam");
        assertThat(list).hasSize(1);
        // the samples write "Việt Nam" and "Viet Nam"; a country is named by its standard English name
        assertThat(list.get(0).get("name").asText()).isEqualTo("Vietnam");
        assertThat(list.get(0).get("country").asText()).isEqualTo("VNM");
        assertThat(list.get(0).get("article_count").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void entityIsFoundByAPlainSpellingAndKeepsItsDiacritics() {
        Cli entity = Cli.run("entity", "Phan Van Giang", "--data", data.toString(), "--json");
        assertThat(entity.exitCode()).as(entity.err()).isZero();
        assertThat(entity.json().get("entity").get("name").asText()).isEqualTo("Phan Văn Giang");
        assertThat(entity.json().get("entity").get("type").asText()).isEqualTo("PERSON");
        assertThat(entity.json().get("articles")).hasSize(1);
    }

    @Test
    void unknownEntityIsNotFound() {
        Cli entity = Cli.run("entity", "Nobody Atall", "--data", data.toString());
        assertThat(entity.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(entity.err().strip()).isEqualTo("attache: no entity Nobody Atall");
    }

    @Test
    void reprocessGivesTheSameEntityIds() {
        List<String> before = ids(entities("-n", "1000"));
        Cli reprocess = Cli.run("reprocess", "--data", data.toString(), "--json");
        assertThat(reprocess.exitCode()).as(reprocess.err()).isZero();
        assertThat(reprocess.json().get("articles").asLong()).isEqualTo(7);
        assertThat(ids(entities("-n", "1000"))).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void reprocessAnnotatesAsMuchOfEachBodyAsItIsTold() {
        long full = mentions();
        Cli shortBodies = Cli.run("reprocess", "--data", data.toString(), "--max-annotated-chars", "300", "--json");
        assertThat(shortBodies.exitCode()).as(shortBodies.err()).isZero();
        long cut = mentions();
        Cli again = Cli.run("reprocess", "--data", data.toString(), "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        // only the paragraphs within each body's first 300 characters keep their entity mentions
        assertThat(cut).isPositive().isLessThan(full);
        assertThat(mentions()).isEqualTo(full);

        Cli refused = Cli.run("reprocess", "--data", data.toString(), "--max-annotated-chars", "0");
        assertThat(refused.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(refused.err()).contains("annotated 0").doesNotContain("Exception");
    }

    private long mentions() {
        long total = 0;
        for (JsonNode e : entities("-n", "1000")) {
            total += e.get("mention_count").asLong();
        }
        return total;
    }

    private JsonNode entities(String... filters) {
        List<String> args = new ArrayList<>(List.of("entities", "--data", data.toString(), "--json"));
        args.addAll(List.of(filters));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return cli.json();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }
}
