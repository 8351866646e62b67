package org.attache.nlp.annotate;

/** One default annotator per test JVM: the models load once and every test class shares them. */
public final class TestAnnotators {
    private static CoreNlpAnnotator annotator;

    private TestAnnotators() {
    }

    public static synchronized CoreNlpAnnotator defaults() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.withDefaults();
        }
        return annotator;
    }
}
