package org.attache.api.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Resolve and Code stages read besides their bundled tables: the user's own PETRARCH-format
 * dictionaries, whether the shipped actor knowledge (the Phoenix dictionaries) is used, and whether the coder
 * reads the sentence's syntax.
 *
 * @param actorDictionaries PETRARCH actor files (e.g. Phoenix.Countries.actors.txt) that give actors their
 *                          affiliation ahead of the shipped knowledge; date-restricted codes apply by the
 *                          article's date
 * @param verbDictionary    a PETRARCH verb file (e.g. CAMEO.2.0.txt) whose patterns are added to the
 *                          bundled lexicon, or null
 * @param shippedKnowledge  true (the default) to use the shipped Phoenix actor dictionaries after the user's
 * @param syntax            true (the default) to check triggers' part of speech with CoreNLP's tagger and read
 *                          subject and object from its dependency parse where a sentence holds a trigger and two
 *                          actors; false codes with the patterns alone (faster, less exact)
 * @param eventConfidence   the learned event confidence below which a coded event is dropped: {@link
 *                          #MODEL_THRESHOLD} (NaN, the default) for the threshold shipped with the model, 0 to keep
 *                          every event (each still gets its learned confidence), else a value in (0, 1)
 */
public record CodingConfig(List<Path> actorDictionaries, Path verbDictionary, boolean shippedKnowledge,
                           boolean syntax, double eventConfidence) {
    /** {@link #eventConfidence()}: the threshold chosen with the shipped model on its training data. */
    public static final double MODEL_THRESHOLD = Double.NaN;

    /** The bundled lexicon and the shipped knowledge only, with the tagger and parser. */
    public static final CodingConfig BUNDLED = new CodingConfig(List.of(), null);

    public CodingConfig {
        actorDictionaries = actorDictionaries == null ? List.of() : List.copyOf(actorDictionaries);
        if (!Double.isNaN(eventConfidence) && !(eventConfidence >= 0 && eventConfidence < 1)) {
            throw new IllegalArgumentException("event confidence threshold must be in [0, 1), was " + eventConfidence);
        }
    }

    /** User dictionaries, the shipped knowledge and the syntax setting; no event is dropped for its confidence. */
    public CodingConfig(List<Path> actorDictionaries, Path verbDictionary, boolean shippedKnowledge, boolean syntax) {
        this(actorDictionaries, verbDictionary, shippedKnowledge, syntax, MODEL_THRESHOLD);
    }

    /** User dictionaries with the shipped knowledge, the tagger and the parser. */
    public CodingConfig(List<Path> actorDictionaries, Path verbDictionary) {
        this(actorDictionaries, verbDictionary, true, true);
    }

    /** User dictionaries, the shipped knowledge on or off, with the tagger and the parser. */
    public CodingConfig(List<Path> actorDictionaries, Path verbDictionary, boolean shippedKnowledge) {
        this(actorDictionaries, verbDictionary, shippedKnowledge, true);
    }

    /**
     * True when no user dictionary is given and the syntax setting is the default (the shipped knowledge may still
     * be on or off).
     */
    public boolean bundledOnly() {
        return actorDictionaries.isEmpty() && verbDictionary == null && syntax;
    }
}
