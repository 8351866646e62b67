package org.attache.nlp.events;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An external actor dictionary (e.g. PETRARCH/Phoenix actor files) the event coder consults for actors it
 * cannot place from the entity registry and the article itself. Date-restricted codes apply by the day given.
 */
public interface ActorDictionary {
    /**
     * The actor code of a name.
     *
     * @param name  the actor's name as printed or resolved ("Vivian Balakrishnan")
     * @param onDay the article's day, or null when unknown (then undated codes only, or the latest)
     */
    Optional<ActorCode> lookup(String name, LocalDate onDay);

    /**
     * @param country ISO-3166 alpha-3 country, or an IGO code, or null
     * @param sector  a CAMEO sector code (GOV, MIL, …), or null
     */
    record ActorCode(String country, String sector) {
    }
}
