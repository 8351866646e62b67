package org.attache.nlp.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.attache.api.Resolved;
import org.attache.api.events.EventCoder;
import org.attache.api.registry.EntityRegistry;
import java.util.regex.Pattern;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.Igos;

/**
 * Keeps the events that are state events by the text's relevance and by who takes part:
 * <ul>
 *   <li>an event read from a sentence judged not relevant is dropped, unless a state acts on each side of it (an act
 *       between states, as "Switzerland expelled two Russian diplomats" or "Albania denounced Serbia's suppression of
 *       unrest", is international relations whatever words surround it; a word model trained on whole stories reads
 *       such a short sentence as company news). Such sentences are coded when they name two states
 *       ({@link ArticleRelevance#sentenceCoded});</li>
 *   <li>an event whose every actor is a market actor is dropped in any article, political or not: a company, or a
 *       market and its institutions (an exchange, an interbank rate, a central bank, a securities regulator), as in
 *       "the Bank of England bought bills from the market" or "the company filed with the Securities and Exchange
 *       Commission". Central banks' market operations, listings and deals are not acts between states, however
 *       political the story around them;</li>
 *   <li>an article judged business, sport, entertainment or technology news keeps only the events in which a state
 *       takes part (company acts are not state events unless a state takes part); so does a sentence whose own
 *       words, read alone, are not political, even in a political article: it does not inherit its story's label
 *       ("Heller said he liked the concept of the financial services holding company" in a story on a central
 *       banker's speech).</li>
 * </ul>
 * A state takes part when an actor that is no market actor acts for a government, its military, legislature or
 * police, or an intergovernmental organisation (sector GOV, MIL, LEG, COP, SPY or IGO), or is a country named as such
 * ("Japan", "the Soviet Union", "Japanese"). A court (JUD) does not make a business story's event a state event: in
 * company news it is a lawsuit's venue, not a state acting. Stateless and thread-safe.
 */
public final class RelevanceGate {
    /** Sectors of actors that act for a state or a body of states, in a story that is not political. */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "COP", "SPY", "IGO");
    /**
     * Names of markets and of their institutions: exchanges and boards of trade, interbank rates, central banks
     * ("Bank of England", "Bundesbank", "Federal Reserve", "Swiss National Bank", "Monetary Authority of Singapore")
     * and securities and futures regulators ("Commodity Futures Trading Commission"). A commercial bank named "Bank of …"
     * matches too, and is a market actor as well.
     */
    static final Pattern MARKET_NAME = Pattern.compile("\\b(?:exchanges?|bourses?|boards? of trade|interbank|libor|futures"
            + "|(?:stock|money|bond|currency|capital|futures|commodity|financial) markets?|securities|central banks?"
            + "|reserve banks?|federal reserve|the fed|bundesbank|banque de|national bank|monetary authority|bank of)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
            boolean political = relevance.article().relevant() && (sentence < 0 || relevance.sentenceOwnPolitical(sentence));
            boolean keep = sentenceRelevant ? political || stateTakesPart(e) : betweenStates(e);
            if (keep && !marketOnly(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * Codes an article as ingest does: only the sentences judged relevant or naming two states
     * ({@link ArticleRelevance#sentenceCoded}), and that {@code alsoCoded} allows, are coded (the others' events
     * would be dropped, so they are not parsed), and of the events found those {@link #keep} keeps. The one
     * definition that ingest and the evaluations share.
     */
    public List<Event> code(EventCoder coder, Resolved resolved, EntityRegistry registry, ArticleRelevance judged,
                            IntPredicate alsoCoded) {
        IntPredicate coded = i -> judged.sentenceCoded(i) && alsoCoded.test(i);
        return keep(coder.code(resolved, registry, coded), judged, resolved.annotated().sentences());
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

    /**
     * True when a state acts on each side of the event: a source and a target each with a state actor
     * ({@link #stateTakesPart}'s sense: a government, its forces, legislature or police, an intergovernmental body,
     * or a country named as such; never a market actor).
     */
    public boolean betweenStates(Event e) {
        return e.source().stream().anyMatch(this::stateActor) && e.target().stream().anyMatch(this::stateActor);
    }

    /**
     * True when the event names at least one actor and every actor, on either side, is a market actor: a company
     * (sector BUS) or a market or market institution by its name ({@link #MARKET_NAME}).
     */
    public boolean marketOnly(Event e) {
        boolean any = false;
        for (List<EventActor> side : List.of(e.source(), e.target())) {
            for (EventActor a : side) {
                if (!marketActor(a)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A company, or a market or one of its institutions (exchange, interbank rate, central bank, regulator); never an
     * intergovernmental body.
     */
    static boolean marketActor(EventActor a) {
        if ("IGO".equals(a.sector()) || a.country() != null && Igos.standard().isIgo(a.country())) {
            return false; // the World Bank, the IMF: a body of states, whatever sector its name cued
        }
        return "BUS".equals(a.sector()) || MARKET_NAME.matcher(a.name()).find();
    }

    boolean stateActor(EventActor a) {
        if (marketActor(a)) {
            return false;
        }
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
