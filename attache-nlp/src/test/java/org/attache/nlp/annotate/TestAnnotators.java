package org.attache.nlp.annotate;

import org.attache.nlp.Annotators;

/** One default annotator per test JVM: the models load once and every test class shares them. */
public final class TestAnnotators {
    private static CoreNlpAnnotator annotator;
    private static CoreNlpAnnotator standard;

    private TestAnnotators() {
    }

    public static synchronized CoreNlpAnnotator defaults() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.withDefaults();
        }
        return annotator;
    }

    /** The standard chain (offices, organisation countries, coreference, dates) over the shared models. */
    public static synchronized CoreNlpAnnotator standard() {
        if (standard == null) {
            standard = defaults().withLayers(Annotators.layers());
        }
        return standard;
    }
}
