package org.attache.nlp.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * Keeps the events that are state events by the text's relevance: an event read from a sentence judged not relevant
 * is dropped, and an article judged business, sport, entertainment or technology news keeps only the events in which
 * a state takes part (company acts are not state events unless a state takes part). A state takes part when an actor
 * acts for a government, its military, legislature, courts or police, or an intergovernmental organisation (sector
 * GOV, MIL, LEG, JUD, COP, SPY or IGO), or is a country named as such ("Japan", "the Soviet Union", "Japanese").
 * Stateless and thread-safe.
 */
public final class RelevanceGate {
    /** Sectors of actors that act for a state or a body of states. */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO");

    private final CountryGazetteer gazetteer;

    public RelevanceGate(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The gate with the bundled country names. */
    public static RelevanceGate standard() {
        return new RelevanceGate(CountryGazetteer.standard());
    }

    /**
     * The events to keep, in their order.
     *
     * @param events    the Code stage's events of one article
     * @param relevance the article's relevance and its sentences'
     * @param sentences the article's sentences, to find each event's sentence by its evidence offset
     */
    public List<Event> keep(List<Event> events, ArticleRelevance relevance, List<Sentence> sentences) {
        List<Event> kept = new ArrayList<>(events.size());
        for (Event e : events) {
            int sentence = sentenceOf(e.evidence().start(), sentences);
            boolean sentenceRelevant = sentence < 0 || relevance.sentenceRelevant(sentence);
            if (sentenceRelevant && (relevance.article().relevant() || stateTakesPart(e))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** True when an actor of the event, on either side, acts for a state or a body of states. */
    public boolean stateTakesPart(Event e) {
        for (List<EventActor> side : List.of(e.source(), e.target())) {
            for (EventActor a : side) {
                if (stateActor(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean stateActor(EventActor a) {
        if (a.sector() != null) {
            return STATE_SECTORS.contains(a.sector());
        }
        return a.country() != null && gazetteer.countryOf(a.name()) != null;
    }

    /** The index of the sentence holding offset {@code at}, or -1. */
    static int sentenceOf(int at, List<Sentence> sentences) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return s.index();
            }
        }
        return -1;
    }
}
