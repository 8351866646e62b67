package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.app.cli.CliException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code attache entity merge} on the bundled samples: two people become one, the merge is written to the alias
 * file and survives a reprocess, and bad ids or types are refused with one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityMergeCliTest {
    @TempDir
    static Path data;

    @BeforeAll
    void ingestSamples() {
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    private JsonNode run(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return cli.json();
    }

    @Test
    void twoPeopleMergeAndStayMergedOverAReprocess() throws Exception {
        JsonNode people = run("entities", "--type", "PERSON", "--data", data.toString(), "--json", "-n", "1000");
        assertThat(people.size()).isGreaterThanOrEqualTo(2);
        String keep = people.get(0).get("id").asText();
        String keepName = people.get(0).get("name").asText();
        String other = people.get(people.size() - 1).get("id").asText();
        String otherName = people.get(people.size() - 1).get("name").asText();

        JsonNode merged = run("entity", "merge", keep, other, "--data", data.toString(), "--json");
        assertThat(merged.get("merged").get(0).asText()).isEqualTo(other);
        assertThat(merged.get("entity").get("aliases").toString()).contains(otherName);
        assertThat(Cli.run("entity", other, "--data", data.toString()).exitCode()).isEqualTo(CliException.NOT_FOUND);
        Path aliases = data.resolve("registry/aliases.csv");
        assertThat(Files.readAllLines(aliases)).anySatisfy(line -> assertThat(line).startsWith(otherName.contains(",")
                ? "\"" + otherName : otherName));

        JsonNode shown = run("entity", keep, "--data", data.toString(), "--json");
        assertThat(shown.get("merges").toString()).contains("USER_MERGE");

        assertThat(Cli.run("reprocess", "--data", data.toString()).exitCode()).isZero();
        JsonNode again = run("entity", otherName, "--data", data.toString(), "--json");
        assertThat(again.get("entity").get("name").asText()).isEqualTo(keepName);
    }

    @Test
    void badMergesAreRefusedWithOneLine() {
        JsonNode people = run("entities", "--type", "PERSON", "--data", data.toString(), "--json");
        JsonNode places = run("entities", "--type", "LOCATION", "--data", data.toString(), "--json");
        String person = people.get(0).get("id").asText();
        Cli unknown = Cli.run("entity", "merge", person, "e9999999999999999", "--data", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(unknown.err().strip()).startsWith("attache: no entity e9999999999999999");
        Cli otherType = Cli.run("entity", "merge", person, places.get(0).get("id").asText(), "--data", data.toString());
        assertThat(otherType.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(otherType.err()).contains("only entities of one type").doesNotContain("Exception");
        Cli missing = Cli.run("entity", "merge", person, "--data", data.toString());
        assertThat(missing.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(Cli.run("entity", "--data", data.toString()).exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
