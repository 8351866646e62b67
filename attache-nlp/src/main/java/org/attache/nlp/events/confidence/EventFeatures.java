package org.attache.nlp.events.confidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.relevance.ArticleRelevance;

/**
 * The features of one coded event that a confidence model reads, all known when the event is coded (no judge, no
 * gold): its type, CAMEO root, status and trigger word; for each side the number of actors, the first actor's kind
 * (a country named as such, a person, an organisation, a place, a generic phrase), its sector group, whether it has a
 * country and how strong the country's source is; whether source and target stand before and after the trigger and
 * how far from it; reported speech and quotes; market and number words in the sentence; the sentence's and the
 * article's relevance scores and the sentence's position. Small and general on purpose: no story ids and no names of
 * particular people or countries. Stateless and thread-safe.
 */
public final class EventFeatures {
    /** Sectors acting for a state. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "COP", "SPY");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Words of company, market and statistics news, in several languages' loanword-free English form. */
    private static final Pattern MARKET = Pattern.compile("(?iu)\\b(?:pct|percent|per cent|shares?|stocks?|prices?|"
            + "markets?|company|companies|corp|inc|ltd|billion|million|mln|bln|dlrs|dollars?|yen|marks|profits?|"
            + "sales|earnings|bonds?|tonnes|rates?|currency|trading|traders|investors|quarter|revenues?|"
            + "dividend|index|futures|barrels?|surplus|deficit|exports?|imports?)\\b");
    private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:said|says|say|told|according|added|"
            + "stated|reported|quoted)\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b");

    private final CountryGazetteer gazetteer;

    public EventFeatures(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Features with the bundled country names. */
    public static EventFeatures standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventFeatures STANDARD = new EventFeatures(CountryGazetteer.standard());
    }

    /**
     * The features of {@code e}, by name, in name order; binary features have the value 1.
     *
     * @param annotated the article the event was coded from (its sentences and mentions)
     * @param relevance the article's relevance and its sentences', or null when not judged
     */
    public Map<String, Double> of(Event e, Annotated annotated, ArticleRelevance relevance) {
        Map<String, Double> f = new TreeMap<>();
        f.put("type=" + e.type().name(), 1.0);
        if (e.cameo().length() >= 2) {
            f.put("cameo=" + e.cameo().substring(0, 2), 1.0);
        }
        f.put("status=" + e.status().name(), 1.0);
        String trigger = e.trigger() == null ? "" : e.trigger().trim();
        String[] triggerWords = trigger.isEmpty() ? new String[0] : trigger.split("\\s+");
        if (triggerWords.length > 0) {
            f.put("trigger=" + triggerWords[0].toLowerCase(Locale.ROOT), 1.0);
            if (Character.isUpperCase(triggerWords[0].codePointAt(0))) {
                f.put("trigger.capital", 1.0);
            }
        }
        if (triggerWords.length > 1) {
            f.put("trigger.phrase", 1.0);
        }
        if (e.date() != null) {
            f.put("date", 1.0);
        }
        if (e.location() != null) {
            f.put("location", 1.0);
        }
        String sentence = e.evidence().text() == null ? "" : e.evidence().text();
        int triggerAt = triggerWords.length == 0 ? -1 : indexOfWord(sentence, triggerWords[0]);
        List<Mention> mentions = annotated == null ? List.of() : annotated.mentions();
        side("src", e.source(), sentence, triggerAt, true, mentions, e.evidence().start(), f);
        side("tgt", e.target(), sentence, triggerAt, false, mentions, e.evidence().start(), f);
        String sc = firstCountry(e.source());
        String tc = firstCountry(e.target());
        if (sc != null && sc.equals(tc)) {
            f.put("same.country", 1.0);
        }
        // the sentence
        if (REPORTED.matcher(sentence).find()) {
            f.put("sent.reported", 1.0);
        }
        if (QUOTE.matcher(sentence).find()) {
            f.put("sent.quote", 1.0);
        }
        int market = count(MARKET.matcher(sentence));
        f.put(market == 0 ? "sent.market=0" : market == 1 ? "sent.market=1" : "sent.market=2+", 1.0);
        int numbers = count(NUMBER.matcher(sentence));
        f.put(numbers == 0 ? "sent.numbers=0" : numbers <= 2 ? "sent.numbers=1-2" : "sent.numbers=3+", 1.0);
        int words = count(WORD.matcher(sentence));
        f.put(words <= 20 ? "sent.words<=20" : words <= 40 ? "sent.words<=40" : "sent.words>40", 1.0);
        int index = annotated == null ? -1 : sentenceOf(e.evidence().start(), annotated.sentences());
        f.put(index == 0 ? "sent.pos=first" : index > 0 && index <= 3 ? "sent.pos=early" : "sent.pos=late", 1.0);
        if (relevance != null) {
            f.put("rel.article", relevance.article().score());
            if (index >= 0) {
                f.put("rel.sentence", sentenceScore(relevance, index, relevance.article().score()));
                if (!relevance.sentenceOwnPolitical(index)) {
                    f.put("rel.sentence.notOwnPolitical", 1.0);
                }
                if (relevance.sentenceNamesStates(index)) {
                    f.put("rel.sentence.statesNamed", 1.0);
                }
            }
        }
        return f;
    }

    private void side(String name, List<EventActor> actors, String sentence, int triggerAt, boolean source,
                      List<Mention> mentions, int sentenceStart, Map<String, Double> f) {
        f.put(name + ".n=" + Math.min(actors.size(), 2), 1.0);
        if (actors.isEmpty()) {
            return;
        }
        EventActor a = actors.getFirst();
        f.put(name + ".kind=" + kind(a, mentions), 1.0);
        f.put(name + ".sector=" + sectorGroup(a.sector()), 1.0);
        if (a.country() == null) {
            f.put(name + ".noCountry", 1.0);
        } else {
            f.put(name + ".countrySource=" + (a.countrySource() == null ? "unknown" : a.countrySource().name()), 1.0);
        }
        int at = indexOfPhrase(sentence, a.name());
        if (at < 0) {
            f.put(name + ".notInSentence", 1.0);
        } else if (triggerAt >= 0) {
            boolean before = at < triggerAt;
            f.put(name + (before ? ".beforeTrigger" : ".afterTrigger"), 1.0);
            int distance = count(WORD.matcher(sentence.substring(Math.min(at, triggerAt), Math.max(at, triggerAt))));
            f.put(name + (distance <= 3 ? ".near" : distance <= 10 ? ".mid" : ".far"), 1.0);
            if (source == before) {
                f.put(name + ".usualSide", 1.0);
            }
        }
    }

    /** A country named as such, a person, an organisation, a place, other named thing, or a generic phrase. */
    private String kind(EventActor a, List<Mention> mentions) {
        if (gazetteer.countryOf(a.name()) != null) {
            return "country";
        }
        for (Mention m : mentions) {
            if (m.text().equals(a.name()) || m.canonical().equals(a.name())) {
                return m.type().name().toLowerCase(Locale.ROOT);
            }
        }
        return a.entityId() == null ? "generic" : "entity";
    }

    private static String sectorGroup(String sector) {
        if (sector == null) {
            return "none";
        }
        if (STATE.contains(sector)) {
            return "state";
        }
        return switch (sector) {
            case "IGO", "BUS", "JUD", "PTY", "OPP", "REB" -> sector.toLowerCase(Locale.ROOT);
            default -> "other";
        };
    }

    private static String firstCountry(List<EventActor> actors) {
        return actors.isEmpty() ? null : actors.getFirst().country();
    }

    private static double sentenceScore(ArticleRelevance r, int index, double fallback) {
        int[] indexes = r.sentenceIndexes();
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] == index) {
                return r.scores()[i];
            }
        }
        return fallback;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Where {@code word} starts as a whole word in {@code text}, or -1. */
    private static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Where the phrase (or, failing that, its last word) occurs in {@code text}, or -1. */
    private static int indexOfPhrase(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at >= 0) {
            return at;
        }
        String[] words = phrase.trim().split("\\s+");
        return words.length == 0 || words[words.length - 1].isEmpty() ? -1 : indexOfWord(text, words[words.length - 1]);
    }

    /** The index of the sentence holding offset {@code at}, or -1. */
    static int sentenceOf(int at, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (at >= s.start() && at < s.end()) {
                return s.index();
            }
        }
        return -1;
    }
}
