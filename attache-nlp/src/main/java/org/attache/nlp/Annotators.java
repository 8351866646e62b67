package org.attache.nlp;

import java.util.List;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.annotate.MentionLayer;
import org.attache.nlp.coref.CorefLayer;
import org.attache.nlp.dates.DateLayer;
import org.attache.nlp.gazetteer.CountriesAsOfLayer;
import org.attache.nlp.gazetteer.OrganizationCountryLayer;
import org.attache.nlp.offices.OfficeLayer;

/**
 * The annotator chain, assembled in one place: CoreNLP's CRF with Attaché's own repairs (countries,
 * person/organisation splits, Unicode names, person-named organisations), then offices (which may repair
 * person and organisation spans), then organisation countries from context, then in-document coreference
 * (which needs the repaired persons and passes countries on to acronyms), then date expressions, and last the
 * countries as of the article's day (SUN for Moscow in 1987).
 */
public final class Annotators {
    private Annotators() {
    }

    /** The standard chain. Loads the CoreNLP models (a few seconds); the result is thread-safe, so share it. */
    public static CoreNlpAnnotator standard() {
        return CoreNlpAnnotator.withDefaults().withLayers(layers());
    }

    /** The layers the standard chain runs after the recogniser, in order (stateless; share them). */
    public static List<MentionLayer> layers() {
        return List.of(new OfficeLayer(), new OrganizationCountryLayer(), new CorefLayer(), new DateLayer(),
                new CountriesAsOfLayer());
    }
}
