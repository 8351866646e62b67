package org.attache.nlp.eval;

import org.attache.testkit.SharedData;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.annotate.TestAnnotators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConllEvaluatorTest {
    private static final String SAMPLE = """
            -DOCSTART- -X- O O

            Vivian NNP I-NP I-PER
            Balakrishnan NNP I-NP I-PER
            visited VBD I-VP O
            Hanoi NNP I-NP I-LOC
            and CC O O
            met VBD I-VP O
            Tô NNP I-NP I-PER
            Lâm NNP I-NP I-PER
            . . O O

            -DOCSTART- -X- O O

            The DT I-NP O
            European NNP I-NP I-ORG
            Union NNP I-NP I-ORG
            rejected VBD I-VP O
            German JJ I-NP I-MISC
            beef NN I-NP O
            . . O O
            """;

    @Test
    void readsIob1DocumentsAndScoresExactSpans(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.conll");
        Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);
        List<ConllEvaluator.Doc> docs = ConllEvaluator.read(file);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).gold()).containsExactly(new ConllEvaluator.Entity("PER", 0, 2),
                new ConllEvaluator.Entity("LOC", 3, 4), new ConllEvaluator.Entity("PER", 6, 8));
        assertThat(docs.get(0).tokens().token(6)).isEqualTo("Tô");
        ConllReport r = ConllEvaluator.evaluate(file, TestAnnotators.defaults());
        assertThat(r.row("ALL").gold()).isEqualTo(5);
        assertThat(r.row("PER").correct()).isGreaterThanOrEqualTo(1);
        assertThat(r.row("PER+ORG+LOC").f1()).isGreaterThan(0.5);
    }

    @Test
    void iob1BeginTagSplitsAdjacentEntities(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.conll");
        Files.writeString(file, "Japan NNP I-NP I-LOC\nChina NNP I-NP B-LOC\nmet VBD I-VP O\n", StandardCharsets.UTF_8);
        assertThat(ConllEvaluator.read(file).get(0).gold()).containsExactly(new ConllEvaluator.Entity("LOC", 0, 1),
                new ConllEvaluator.Entity("LOC", 1, 2));
    }

    /** The whole CoNLL-2003 test set: ours must reach 0.89 micro F1 and not fall below CoreNLP's own CRF. */
    @Test
    void conll2003TestbRegression() {
        Path testb = SharedData.resolve("bench/ner/conll2003/eng.testb");
        assumeTrue(Files.isRegularFile(testb), "no shared CoNLL file at " + testb);
        CoreNlpAnnotator annotator = TestAnnotators.defaults();
        List<ConllReport> reports = ConllEvaluator.compare(testb, annotator);
        ConllReport ours = reports.get(0);
        ConllReport baseline = reports.get(1);
        assertThat(ours.microF1PerOrgLoc()).as(ours.format()).isGreaterThanOrEqualTo(0.89);
        assertThat(ours.microF1PerOrgLoc()).as(ours.format() + baseline.format())
                .isGreaterThanOrEqualTo(baseline.microF1PerOrgLoc());
    }
}
