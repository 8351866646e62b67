package org.attache.nlp.gazetteer;

import org.attache.api.MentionType;
import org.attache.nlp.names.CaseProfile;
import org.attache.nlp.names.NameSpan;
import org.attache.nlp.names.TokenizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks country names, former states, capitals, demonyms and international organisations with their country
 * or IGO code and settles them against the recogniser's spans: a country name is LOCATION (a demonym MISC, an
 * IGO's name ORGANIZATION) whatever the CRF said ("Việt Nam" is not a PERSON, "European Community" is not
 * MISC); an IGO acronym with other common meanings ("ICC") counts only where the text also spells the
 * organisation out; a recogniser span cut inside a country name gives way to it, an organisation that holds
 * exactly one country name or demonym ("Communist Party of Vietnam") takes that country, a place that holds one
 * takes it only when it is a part of that country ("Southern Lebanon"; "New Mexico" is a state of the USA and "New
 * England" of no country the name tells, {@link #placeInPlace}), and a larger
 * person span keeps its name ("Chad Smith"); a span that runs on over "in"/"at" into a place name ending it
 * ("Lê Hoài Trung in Hà Nội") is cut before the preposition. A single word that the same text uses inside a longer PERSON
 * name ("Jordan" after "Michael Jordan") stays a person. Stateless apart from the immutable gazetteer;
 * thread-safe.
 */
public final class CountryLayer {
    private static final int MAX_TOKENS = 6;
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near");
    /** Words that name a part of a country before or after its name ("Southern Lebanon", "Lebanon's south"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
            "southwestern", "upper", "lower", "mainland", "rural", "coastal");
    private final CountryGazetteer gazetteer;

    public CountryLayer(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A gazetteer match over tokens {@code [first, end)}. */
    record Match(int first, int end, Place place) {
    }

    /** Spans with places marked, sorted by first token and non-overlapping. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans, CaseProfile casing) {
        List<Match> matches = confirmed(find(text, casing));
        if (matches.isEmpty()) {
            return spans;
        }
        Set<String> personWords = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == MentionType.PERSON && s.length() > 1) {
                for (int t = s.first(); t < s.end(); t++) {
                    personWords.add(CountryGazetteer.key(text.token(t)));
                }
            }
        }
        List<NameSpan> out = new ArrayList<>(spans);
        out.removeIf(s -> s.type() == MentionType.LOCATION && tiledByPlaces(text, s, matches));
        for (Match m : matches) {
            NameSpan place = new NameSpan(m.place().kind().mentionType(), m.first(), m.end(), m.place().country());
            boolean personWord = m.end() - m.first() == 1 && personWords.contains(CountryGazetteer.key(text.token(m.first())));
            NameSpan container = null;
            List<NameSpan> inside = new ArrayList<>();
            for (NameSpan s : out) {
                if (s.contains(place) && s.length() > place.length()) {
                    container = s;
                } else if (s.overlaps(place)) {
                    inside.add(s);
                }
            }
            if (container != null && place.end() == container.end() && place.first() - 1 > container.first()
                    && LOCATIVE.contains(text.token(place.first() - 1))) {
                out.set(out.indexOf(container), container.withBounds(container.first(), place.first() - 1));
                container = null;
            }
            if (container != null) {
                String c = container.type() == MentionType.LOCATION ? placeInPlace(text, container, m)
                        : container.type() != MentionType.PERSON ? place.country() : null;
                if (c != null && container.country() == null) {
                    out.set(out.indexOf(container), container.withCountry(c));
                }
                continue;
            }
            if (personWord && (inside.isEmpty() || inside.get(0).type() == MentionType.PERSON)) {
                continue;
            }
            if (inside.size() == 1 && keepsRecognisedType(inside.get(0), place, m.place())) {
                NameSpan s = inside.get(0);
                out.set(out.indexOf(s), s.country() == null ? s.withCountry(place.country()) : s);
                continue;
            }
            for (NameSpan s : inside) {
                out.remove(s);
                if (s.first() < place.first()) {
                    out.add(s.withBounds(s.first(), place.first()));
                }
                if (s.end() > place.end()) {
                    out.add(s.withBounds(place.end(), s.end()));
                }
            }
            out.add(place);
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /**
     * True when a place span is two or more gazetteer places side by side and no region's name ("Moscow U.S.",
     * "the U.S. Taiwan's surplus" of a missed sentence end): a name never runs on from one country or capital into
     * another, so the span gives way to the places.
     */
    private static boolean tiledByPlaces(TokenizedText text, NameSpan s, List<Match> matches) {
        int at = s.first();
        int count = 0;
        for (Match m : matches) {
            if (m.first() == at && m.end() <= s.end()) {
                at = m.end();
                count++;
            }
        }
        return count >= 2 && at == s.end() && RegionNames.countryOf(text.cover(s.first(), s.end())) == null;
    }

    /**
     * The country of a place whose name holds a country's name or demonym: a state or province spelled out ("New
     * Mexico", "British Columbia", "New South Wales") is of its own country; a country's part named by compass
     * words ("Southern Lebanon", "North Yemen" when the gazetteer has no entry of its own) is of that country;
     * any other such place is not in the country its name holds ("New England", "China Lake", "Persian Gulf",
     * "Gulf of Mexico"), so it gets none here and other evidence may place it.
     */
    static String placeInPlace(TokenizedText text, NameSpan container, Match inner) {
        String region = RegionNames.countryOf(text.cover(container.first(), container.end()));
        if (region != null) {
            return region;
        }
        Place.Kind kind = inner.place().kind();
        if (kind != Place.Kind.COUNTRY && kind != Place.Kind.FORMER_STATE) {
            return null;
        }
        for (int t = container.first(); t < container.end(); t++) {
            if ((t < inner.first() || t >= inner.end()) && !COMPASS.contains(text.token(t).toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        return inner.place().country();
    }

    /**
     * True when the recogniser's span over exactly the place's words keeps its type: a country name is always
     * a LOCATION, but a capital is overruled only when the CRF called it a person (a city's name is often
     * its sports team, "OTTAWA" as ORGANIZATION).
     */
    private static boolean keepsRecognisedType(NameSpan s, NameSpan place, Place p) {
        if (s.first() != place.first() || s.end() != place.end()) {
            return false;
        }
        return p.kind() == Place.Kind.CAPITAL && s.type() != MentionType.PERSON;
    }

    /** The matches without IGO acronyms that need the organisation spelled out where the text does not. */
    private static List<Match> confirmed(List<Match> matches) {
        if (matches.stream().noneMatch(m -> m.place().confirmed())) {
            return matches;
        }
        Set<String> spelledOut = new HashSet<>();
        for (Match m : matches) {
            if (m.place().kind() == Place.Kind.IGO && !m.place().confirmed()) {
                spelledOut.add(m.place().country());
            }
        }
        return matches.stream().filter(m -> !m.place().confirmed() || spelledOut.contains(m.place().country())).toList();
    }

    /** Longest gazetteer matches, left to right, that the text's casing allows. */
    List<Match> find(TokenizedText text, CaseProfile casing) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Match best = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < text.size() && j - i < MAX_TOKENS; j++) {
                if (j > i && !text.spaceJoined(j - 1)) {
                    break;
                }
                String part = CountryGazetteer.key(text.token(j));
                key.append(part);
                String k = key.toString();
                if (part.isEmpty() || !gazetteer.isPrefix(k)) {
                    break;
                }
                Optional<Place> p = gazetteer.lookup(k);
                if (p.isPresent() && allowed(text, i, j + 1, p.get(), casing)) {
                    best = new Match(i, j + 1, p.get());
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean allowed(TokenizedText text, int first, int end, Place p, CaseProfile casing) {
        String head = text.token(first);
        if (p.standalone() && first > 0 && text.spaceJoined(first - 1)
                && Character.isUpperCase(text.token(first - 1).codePointAt(0))
                && !Set.of("The", "THE", "A", "This", "Its", "Their").contains(text.token(first - 1))) {
            return false; // "National Security Council" is not the UN's
        }
        if (p.abbreviation()) {
            String cover = text.cover(first, end);
            boolean igo = p.kind() == Place.Kind.IGO; // "G-7"
            if (!cover.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == ' '
                    || igo && (Character.isDigit(c) || c == '-'))) {
                return false;
            }
            boolean periods = cover.indexOf('.') >= 0;
            return periods || casing == CaseProfile.MIXED && cover.chars().filter(Character::isLetter)
                    .allMatch(Character::isUpperCase);
        }
        if (casing == CaseProfile.LOWER) {
            return !p.needsCapital();
        }
        if (casing == CaseProfile.UPPER) {
            return true;
        }
        return Character.isUpperCase(head.charAt(0))
                && Character.isUpperCase(text.token(end - 1).charAt(0));
    }
}
