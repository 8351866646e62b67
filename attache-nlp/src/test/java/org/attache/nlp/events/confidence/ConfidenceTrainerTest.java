package org.attache.nlp.events.confidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.nlp.events.confidence.ConfidenceTrainer.Example;
import org.junit.jupiter.api.Test;

class ConfidenceTrainerTest {
    /** Events where "type=CONSULT" is mostly right and "sent.market=2+" mostly wrong, with some noise. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 120; i++) {
            boolean meeting = i % 2 == 0;
            boolean right = meeting ? r.nextDouble() < 0.8 : r.nextDouble() < 0.15;
            Map<String, Double> f = meeting
                    ? Map.of("type=CONSULT", 1.0, "rel.sentence", 0.6 + r.nextDouble() * 0.3)
                    : Map.of("sent.market=2+", 1.0, "rel.sentence", 0.1 + r.nextDouble() * 0.3);
            out.add(new Example("e" + i, f, right));
        }
        return out;
    }

    private static byte[] bytes(ConfidenceModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void theSameEventsInAnotherOrderGiveTheSameModel() throws IOException {
        List<Example> shuffled = new ArrayList<>(examples());
        Collections.shuffle(shuffled, new Random(3));
        ConfidenceTrainer trainer = new ConfidenceTrainer(ConfidenceTrainer.Options.DEFAULT);
        assertArrayEquals(bytes(trainer.train(examples(), List.of("test"))), bytes(trainer.train(shuffled,
                List.of("test"))));
    }

    @Test
    void learnsWhichFeaturesMarkRightEventsAndPicksAThresholdKeepingTheAskedShare() {
        List<Example> examples = examples();
        ConfidenceModel m = new ConfidenceTrainer(ConfidenceTrainer.Options.DEFAULT).train(examples, List.of());
        assertTrue(m.weights().get("type=CONSULT") > 0, m.weights().toString());
        assertTrue(m.weights().get("sent.market=2+") < 0, m.weights().toString());
        long right = examples.stream().filter(Example::right).count();
        long keptRight = examples.stream().filter(e -> e.right() && m.score(e.features()) >= m.threshold()).count();
        assertTrue(keptRight >= Math.ceil(0.8 * right), keptRight + " of " + right);
        long kept = examples.stream().filter(e -> m.score(e.features()) >= m.threshold()).count();
        assertTrue((double) keptRight / kept > (double) right / examples.size(), "the gate raises the right share");
    }

    @Test
    void thresholdIsTheLowestScoreOfTheRightEventsKept() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.2};
        boolean[] right = {true, false, true, true, true, true};
        assertEquals(0.6, ConfidenceTrainer.threshold(scores, right, 0.6), 1e-9); // 3 of 5 right kept
        assertEquals(0.2, ConfidenceTrainer.threshold(scores, right, 1.0), 1e-9);
    }

    @Test
    void needsRightAndWrongEvents() {
        List<Example> allRight = List.of(new Example("a", Map.of("x", 1.0), true),
                new Example("b", Map.of("x", 1.0), true));
        assertThrows(IllegalArgumentException.class,
                () -> new ConfidenceTrainer(ConfidenceTrainer.Options.DEFAULT).train(allRight, List.of()));
    }

    @Test
    void aModelReadsBackAsWritten() throws IOException {
        ConfidenceModel m = new ConfidenceTrainer(ConfidenceTrainer.Options.DEFAULT).train(examples(),
                List.of("made by a test"));
        ConfidenceModel back = ConfidenceModel.read(new ByteArrayInputStream(bytes(m)));
        assertEquals(m.weights(), back.weights());
        assertEquals(m.threshold(), back.threshold());
        assertEquals(m.score(Map.of("type=CONSULT", 1.0)), back.score(Map.of("type=CONSULT", 1.0)), 1e-12);
        assertThrows(IOException.class, () -> ConfidenceModel.read(new ByteArrayInputStream("x\t1\n".getBytes())));
    }
}
