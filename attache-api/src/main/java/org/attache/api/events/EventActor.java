package org.attache.api.events;

import java.util.Objects;
import org.attache.api.AffiliationSource;

/**
 * One side of an event: an entity of the registry with the country and sector it acts for. "Minister of
 * Foreign Affairs Vivian Balakrishnan" → SGP, GOV; "head of the Commission for External Relations of the
 * CPV" → VNM, PTY; "Singapore" → SGP, no sector.
 *
 * @param entityId the registry entity, or null when the actor is not a registered entity (a bare
 *                 demonym such as "Hungarian officials", or an entity not resolved, as in evaluation)
 * @param name     the entity's name, or the text that named the actor
 * @param country  ISO-3166 alpha-3 code, or an IGO's name or acronym ("ASEAN", "UN"), or null
 * @param sector   a CAMEO/PLOVER sector code (GOV, PTY, MIL, LEG, JUD, BUS, EDU, MED, CVL, IGO, NGO,
 *                 REF, OPP, REB, …) or null when unknown
 * @param countrySource where the country comes from (weak context is shown as such), or null when unknown or
 *                 when there is no country
 */
public record EventActor(String entityId, String name, String country, String sector,
                         AffiliationSource countrySource) {
    public EventActor {
        Objects.requireNonNull(name, "name");
        countrySource = country == null ? null : countrySource;
    }

    /** An actor whose country's source is not known. */
    public EventActor(String entityId, String name, String country, String sector) {
        this(entityId, name, country, sector, null);
    }

    /** This actor with another country and its source. */
    public EventActor withCountry(String newCountry, AffiliationSource source) {
        return new EventActor(entityId, name, newCountry, sector, source);
    }
}
