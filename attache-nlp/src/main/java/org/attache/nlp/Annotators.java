package org.attache.nlp;

import java.util.List;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.coref.CorefLayer;
import org.attache.nlp.dates.DateLayer;
import org.attache.nlp.offices.OfficeLayer;

/**
 * The annotator chain, assembled in one place: CoreNLP's CRF with Attaché's own repairs (countries,
 * person/organisation splits, Unicode names), then offices (which may repair person spans), then
 * in-document coreference (which needs the repaired persons), then date expressions.
 */
public final class Annotators {
    private Annotators() {
    }

    /** The standard chain. Loads the CoreNLP models (a few seconds); the result is thread-safe, so share it. */
    public static CoreNlpAnnotator standard() {
        return CoreNlpAnnotator.withDefaults().withLayers(List.of(new OfficeLayer(), new CorefLayer(), new DateLayer()));
    }
}
