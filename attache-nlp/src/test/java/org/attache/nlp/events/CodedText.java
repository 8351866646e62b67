package org.attache.nlp.events;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.resolve.EntityResolver;

/** Texts written for the coder's tests, coded through the real annotator chain and the shipped coder. */
final class CodedText {
    private static CoreNlpAnnotator annotator;
    private static PatternEventCoder coder;

    private CodedText() {
    }

    /** The events of a wire article published on {@code published} (yyyy-MM-dd) with these paragraphs. */
    static synchronized List<Event> code(String published, String... paragraphs) {
        if (annotator == null) {
            annotator = Annotators.standard();
            coder = Coders.standard();
        }
        Article article = new Article("t1", "test", null, "Wire", null, false, List.of(paragraphs), List.of(), null,
                null, new PublishedDate(published, DateProvenance.RECORD), "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        return coder.code(new EntityResolver().resolve(annotator.annotate(article), registry), registry);
    }

    /** The actors' countries, in order. */
    static List<String> countries(List<EventActor> actors) {
        return actors.stream().map(EventActor::country).toList();
    }

    /** The events of one PLOVER type. */
    static List<Event> of(List<Event> events, PloverType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
