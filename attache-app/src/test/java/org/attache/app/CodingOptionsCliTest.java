package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bring-your-own dictionary options of ingest: checked up front, applied to actors the text does not
 * place, with date-restricted codes applied by the article's date.
 */
class CodingOptionsCliTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDictionaryIsAUsageErrorNamingTheFile() {
        Cli cli = Cli.run("ingest", dir.toString(), "--data", dir.resolve("data").toString(),
                "--actor-dictionary", dir.resolve("nowhere.actors.txt").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("dictionary not found").contains("nowhere.actors.txt");
    }

    @Test
    void anActorDictionaryGivesACountryToAnActorTheTextDoesNotPlace() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("talks.jsonl"), """
                {"id": "t1", "url": "https://wire.example/2024/03/12/talks", "outlet": "Example Wire", \
                "published": "2024-03-12T08:00:00Z", "title": "Border talks in Geneva", "text": \
                "Zoltan Marek Abelard met with Ngozi Adaeze Okafor in Geneva on Tuesday to discuss the river border.\\n\\n\
                Kofi Mensah Boateng also met with Ngozi Adaeze Okafor on Tuesday."}
                """.replace("\n", "") + "\n");
        Path actors = dir.resolve("own.actors.txt");
        Files.writeString(actors, """
                # a user's own actor list, PETRARCH format
                ZOLTAN_MAREK_ABELARD_
                \t[HUNGOV >20200101]
                NGOZI_ADAEZE_OKAFOR_
                \t[NGAGOV]
                KOFI_MENSAH_BOATENG_
                \t[GHAGOV <20100101]
                """);
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", pages.toString(), "--data", data.toString(), "--json",
                "--actor-dictionary", actors.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Cli events = Cli.run("events", "--data", data.toString(), "--json");
        assertThat(events.exitCode()).as(events.err()).isZero();
        boolean placed = false;
        boolean expiredCodeUsed = false;
        for (JsonNode e : events.json()) {
            JsonNode source = e.get("source").get(0);
            placed |= source.get("name").asText().equals("Zoltan Marek Abelard")
                    && source.get("country").asText("").equals("HUN")
                    && e.get("target").get(0).get("country").asText("").equals("NGA");
            expiredCodeUsed |= source.get("name").asText().equals("Kofi Mensah Boateng")
                    && source.get("country").asText("").equals("GHA");
        }
        assertThat(placed).as(events.out()).isTrue();
        assertThat(expiredCodeUsed).as("a code that ended in 2010 does not apply in 2024").isFalse();
    }
}
