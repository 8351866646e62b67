package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.nlp.Annotators;
import org.attache.nlp.events.PatternEventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void scoresTypesAndTriplesAndSkipsDocumentRecords() throws Exception {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, """
                [
                 {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes"},
                 {"id": "R1", "event": "DISAPPROVE",
                  "source": [{"actorText": "Spain", "code": "ESP"}], "target": [{"actorText": "Morocco", "code": "MAR"}],
                  "text": "Spain condemned Morocco on Monday over the border incident."},
                 {"id": "R2", "event": "FIGHT",
                  "source": [{"actorText": "Ethiopian troops", "code": "ETH"}], "target": [{"actorText": "Eritrean", "code": "ERI"}],
                  "text": "Ethiopian troops shelled Eritrean positions near the border on Sunday."}
                ]
                """);
        EventEvaluation.Report r = EventEvaluation.run(file, Annotators.standard(), PatternEventCoder.standard());
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.types()).extracting(EventEvaluation.Row::type).contains("ACCUSE", "ASSAULT", "micro");
        assertThat(r.micro().gold()).isEqualTo(2);
        assertThat(r.micro().correct()).isEqualTo(2);
        assertThat(r.triples().gold()).isEqualTo(2);
        assertThat(r.details().get(0).goldTriples()).containsExactly("ESP|MAR|ACCUSE");
        assertThat(r.details().get(0).predictedTriples()).contains("ESP|MAR|ACCUSE");
        assertThat(r.format()).contains("micro").contains("triples");
    }
}
