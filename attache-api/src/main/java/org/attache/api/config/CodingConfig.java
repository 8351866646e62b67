package org.attache.api.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Code stage reads besides its bundled lexicon: the user's own PETRARCH-format dictionaries,
 * which extend coverage (Attaché ships none).
 *
 * @param actorDictionaries PETRARCH actor files (e.g. Phoenix.Countries.actors.txt), consulted for actors
 *                          the text does not place; date-restricted codes apply by the article's date
 * @param verbDictionary    a PETRARCH verb file (e.g. CAMEO.2.0.txt) whose patterns are added to the
 *                          bundled lexicon, or null
 * @param syntax            true (the default) to check triggers' part of speech with CoreNLP's tagger and read
 *                          subject and object from its dependency parse where a sentence holds a trigger and two
 *                          actors; false codes with the patterns alone (faster, less exact)
 */
public record CodingConfig(List<Path> actorDictionaries, Path verbDictionary, boolean syntax) {
    /** The bundled lexicon only. */
    public static final CodingConfig BUNDLED = new CodingConfig(List.of(), null, true);

    public CodingConfig {
        actorDictionaries = actorDictionaries == null ? List.of() : List.copyOf(actorDictionaries);
    }

    /** User dictionaries, with the tagger and parser. */
    public CodingConfig(List<Path> actorDictionaries, Path verbDictionary) {
        this(actorDictionaries, verbDictionary, true);
    }

    /** True when no user dictionary is given and the default syntax setting holds. */
    public boolean bundledOnly() {
        return actorDictionaries.isEmpty() && verbDictionary == null && syntax;
    }
}
