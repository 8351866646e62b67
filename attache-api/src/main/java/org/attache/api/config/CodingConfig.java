package org.attache.api.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Resolve and Code stages read besides their bundled tables: the user's own PETRARCH-format
 * dictionaries, and whether the shipped actor knowledge (the Phoenix dictionaries) is used.
 *
 * @param actorDictionaries PETRARCH actor files (e.g. Phoenix.Countries.actors.txt) that give actors their
 *                          affiliation ahead of the shipped knowledge; date-restricted codes apply by the
 *                          article's date
 * @param verbDictionary    a PETRARCH verb file (e.g. CAMEO.2.0.txt) whose patterns are added to the
 *                          bundled lexicon, or null
 * @param shippedKnowledge  true (the default) to use the shipped Phoenix actor dictionaries after the user's
 */
public record CodingConfig(List<Path> actorDictionaries, Path verbDictionary, boolean shippedKnowledge) {
    /** The bundled lexicon and the shipped knowledge only. */
    public static final CodingConfig BUNDLED = new CodingConfig(List.of(), null);

    public CodingConfig {
        actorDictionaries = actorDictionaries == null ? List.of() : List.copyOf(actorDictionaries);
    }

    /** User dictionaries with the shipped knowledge. */
    public CodingConfig(List<Path> actorDictionaries, Path verbDictionary) {
        this(actorDictionaries, verbDictionary, true);
    }

    /** True when no user dictionary is given (the shipped knowledge may still be on or off). */
    public boolean bundledOnly() {
        return actorDictionaries.isEmpty() && verbDictionary == null;
    }
}
