package org.attache.nlp.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.api.AffiliationSource;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.gazetteer.CountriesAsOfLayer;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.CountryHistory;

/**
 * The source of each event actor's country ({@link AffiliationSource}), told after coding from what gave it:
 * the actor's registry entity when the country is the entity's (the entity's own source); else the actor's
 * mentions in the article (their name, office phrase or coreference); else its name (a country, demonym or
 * international organisation); else knowledge, when the actor dictionary says so for the article's day;
 * anything else the coder took from the sentence around the actor ("the one country the clause names") and is
 * weak context. Sources the coder already set are kept. Stateless; thread-safe.
 */
public final class ActorSources {
    private final ActorDictionary dictionary;
    private final CountryGazetteer gazetteer = CountryGazetteer.standard();

    /** @param dictionary the actor knowledge the coder consulted, or null */
    public ActorSources(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The events with every actor's country source filled in. */
    public List<Event> mark(List<Event> events, Resolved resolved, EntityRegistry registry) {
        if (events.isEmpty()) {
            return events;
        }
        LocalDate day = CountriesAsOfLayer.dayOf(resolved.annotated().article());
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new Event(e.id(), e.articleId(), e.type(), e.cameo(), e.mode(), e.context(), e.status(), e.trigger(),
                    mark(e.source(), resolved, registry, day), mark(e.target(), resolved, registry, day), e.location(),
                    e.date(), e.evidence(), e.confidence(), e.storyId(), e.reportedOn()));
        }
        return out;
    }

    private List<EventActor> mark(List<EventActor> actors, Resolved r, EntityRegistry registry, LocalDate day) {
        List<EventActor> out = new ArrayList<>(actors.size());
        for (EventActor a : actors) {
            out.add(a.country() == null || a.countrySource() != null ? a
                    : a.withCountry(a.country(), source(a, r, registry, day)));
        }
        return out;
    }

    private AffiliationSource source(EventActor a, Resolved r, EntityRegistry registry, LocalDate day) {
        if (a.entityId() != null) {
            Optional<RegisteredEntity> entity = registry.get(a.entityId());
            if (entity.isPresent() && a.country().equals(entity.get().country()) && entity.get().countrySource() != null) {
                return entity.get().countrySource();
            }
            List<Mention> ms = r.annotated().mentions();
            for (int i = 0; i < ms.size(); i++) {
                if (a.entityId().equals(r.entityId(i)) && a.country().equals(ms.get(i).country())) {
                    return ms.get(i).type() == MentionType.PERSON ? AffiliationSource.OFFICE : AffiliationSource.NAME;
                }
            }
        }
        if (a.country().equals(byName(a.name(), day))) {
            return AffiliationSource.NAME;
        }
        if (dictionary != null && dictionary.lookup(a.name(), day).map(c -> a.country().equals(c.country())).orElse(false)) {
            return AffiliationSource.KNOWLEDGE;
        }
        return AffiliationSource.CONTEXT;
    }

    private String byName(String name, LocalDate day) {
        String c = gazetteer.affiliationOfName(name);
        if (c == null) {
            c = ActorCoding.organisationCode(name);
        }
        if (c == null) {
            c = Places.countryOf(name);
        }
        return CountryHistory.standard().placeAsOf(name, c, day);
    }
}
