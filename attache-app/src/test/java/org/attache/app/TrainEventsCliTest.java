package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.json.Json;
import org.attache.nlp.events.confidence.ConfidenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train events} from labelled events given as a file (three readings and a gold half, features as
 * {@code EventFeatures} names them, labels drawn for this test): the leave-one-reading-out report and a model file
 * that is reproduced byte for byte.
 */
class TrainEventsCliTest {
    @TempDir
    Path dir;

    /** Meetings between states mostly right, market sentences mostly wrong, in four groups. */
    private Path examples() throws IOException {
        List<String> lines = new ArrayList<>();
        Random r = new Random(11);
        String[] groups = {"reading-a", "reading-b", "reading-c", "facts-tune"};
        for (int i = 0; i < 200; i++) {
            boolean meeting = r.nextBoolean();
            Map<String, Object> features = new LinkedHashMap<>();
            features.put(meeting ? "type=CONSULT" : "sent.market=2+", 1.0);
            features.put(meeting ? "src.kind=country" : "src.sector=bus", 1.0);
            features.put("rel.sentence", meeting ? 0.7 : 0.2);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("group", groups[i % groups.length]);
            line.put("key", "e" + i);
            line.put("right", meeting ? r.nextDouble() < 0.8 : r.nextDouble() < 0.1);
            line.put("features", features);
            lines.add(Json.line(line));
        }
        return Files.write(dir.resolve("examples.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void reportsEachReadingLeftOutAndWritesTheSameModelTwice() throws IOException {
        Path examples = examples();
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Cli run = Cli.run("train", "events", "--examples", examples.toString(), "--evaluate", "--out",
                first.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leave one reading out", "reading-a", "reading-b", "reading-c", "pooled")
                .doesNotContainPattern("(?m)^facts-tune\\s+\\d\\.\\d{4}"); // the gold half is never left out
        assertThat(Cli.run("train", "events", "--examples", examples.toString(), "--out", second.toString()).exitCode())
                .isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        try (InputStream in = Files.newInputStream(first)) {
            ConfidenceModel m = ConfidenceModel.read(in);
            assertThat(m.weights().get("type=CONSULT")).isPositive();
            assertThat(m.score(Map.of("type=CONSULT", 1.0, "src.kind=country", 1.0, "rel.sentence", 0.7)))
                    .isGreaterThan(m.threshold())
                    .isGreaterThan(m.score(Map.of("sent.market=2+", 1.0, "src.sector=bus", 1.0, "rel.sentence", 0.2)));
        }
        Cli refused = Cli.run("train", "events", "--examples", examples.toString(), "--out", first.toString());
        assertThat(refused.exitCode()).isNotZero();
    }
}
