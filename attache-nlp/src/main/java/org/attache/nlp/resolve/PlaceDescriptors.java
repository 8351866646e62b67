package org.attache.nlp.resolve;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.CountryHistory;
import org.attache.nlp.gazetteer.RegionNames;
import org.attache.nlp.gazetteer.WorldCities;
import org.attache.nlp.knowledge.ActorKnowledge;

/**
 * The words around a name that place it: an organisation's seat ("the Hamburg-based shipping line X", "X of
 * Vancouver, British Columbia", "X, a Belfast, Northern Ireland, oil company") and a US legislator's party and
 * state ("Lloyd Bentsen (D-Tex)", "Robert Dole (Kan.)", "Edward Markey, D-Mass,"). A place is a country or capital the gazetteer knows, a
 * state or province of the bundled {@code regions.txt} ("Mass.", "British Columbia"), or a place the actor
 * knowledge knows ("Hamburg"), or a town of {@link WorldCities} in its dominant sense ("Dearborn"), the last part of
 * "City, Region" first. Immutable; thread-safe.
 */
final class PlaceDescriptors {
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    private static final String SP = "[ \\u00a0]+";
    private static final Pattern BASED_BEFORE = Pattern.compile("(?<place>" + CAP + "(?:,?" + SP + CAP + "){0,3}),?-based"
            + "(?:" + SP + "\\p{Ll}[\\p{L}-]*){0,4}" + SP + "$");
    private static final Pattern SEAT_AFTER = Pattern.compile("^,?" + SP + "(?:of|based in|headquartered in)" + SP
            + "(?<place>" + CAP + "(?:" + SP + CAP + "){0,2}(?:," + SP + CAP + "(?:" + SP + CAP + "){0,2})?)");
    private static final Pattern APPOSITIVE = Pattern.compile("^," + SP + "an?" + SP + "(?<place>" + CAP + "(?:,?" + SP
            + CAP + "){0,3}),?(?:" + SP + "\\p{Ll}[\\p{L}-]*){0,3}" + SP + "(?:company|firm|bank|group|concern|maker"
            + "|producer|corporation|agency|airline|insurer|subsidiary|unit|manufacturer|retailer|utility|partnership"
            + "|holding company|brokerage|newspaper)\\b");
    private static final Pattern LEGISLATOR = Pattern.compile("^(?:[ \\u00a0]?\\((?:(?:D|R|I)[-.,][ \\u00a0]?)?"
            + "(?<state>[A-Z][A-Za-z.]{1,13}(?: [A-Z][A-Za-z.]{1,13})?)\\)"
            + "|,[ \\u00a0]?(?:D|R|I)-(?<state2>[A-Z][A-Za-z.]{1,13}(?: [A-Z][A-Za-z.]{1,13})?)(?=[,.;)]|[ \\u00a0]*$|\\s))");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("The", "A", "An", "Its", "Their");

    private final CountryGazetteer gazetteer;
    private final ActorKnowledge knowledge;

    PlaceDescriptors(CountryGazetteer gazetteer, ActorKnowledge knowledge) {
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
    }

    /** The seat of the organisation named at {@code [start, end)} of {@code body}, before or after it, or null. */
    Seat seat(String body, int start, int end, LocalDate day) {
        int from = Math.max(body.lastIndexOf('\n', start - 1) + 1, start - 80);
        Matcher before = BASED_BEFORE.matcher(body.substring(from, start));
        if (before.find()) {
            String c = place(before.group("place"), day);
            if (c != null) {
                return new Seat(c, false);
            }
        }
        int to = body.indexOf('\n', end);
        String after = body.substring(end, Math.min(to < 0 ? body.length() : to, end + 100));
        for (Pattern p : new Pattern[] {SEAT_AFTER, APPOSITIVE}) {
            Matcher m = p.matcher(after);
            if (m.find()) {
                String c = place(m.group("place"), day);
                if (c != null) {
                    return new Seat(c, true);
                }
            }
        }
        return null;
    }

    /** A place found, and whether it was said after the name (an apposition) rather than before it. */
    record Seat(String code, boolean after) {
    }

    private static final Pattern REGION_AFTER = Pattern.compile("^," + SP + "(?<region>" + CAP + "(?:" + SP + CAP
            + "){0,2})");

    /** The country of the state or province named right after a place ("Dedham, Mass."), or null. */
    String regionAfter(String body, int end) {
        Matcher m = REGION_AFTER.matcher(body.substring(end, Math.min(body.length(), end + 30)));
        return m.find() ? RegionNames.countryOfAnyForm(m.group("region")) : null;
    }

    /**
     * The country of a state or province spelled out in full inside an organisation's name ("California Public
     * Utility Commission" → USA), or null; abbreviations ("Ind.") are too ambiguous inside names.
     */
    String regionInName(String name) {
        String[] words = name.split("[ \\u00a0]+");
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(3, words.length - i); n >= 1; n--) {
                String form = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                if (form.endsWith(".") || !Character.isUpperCase(form.codePointAt(0))) {
                    continue;
                }
                String c = RegionNames.countryOf(form);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** USA for a person named right before "(D-Tex)", "(R-Ore.)" or "(Kan.)", else null. */
    String legislator(String body, int end) {
        Matcher m = LEGISLATOR.matcher(body.substring(end, Math.min(body.length(), end + 24)));
        if (!m.find()) {
            return null;
        }
        String state = m.group("state") != null ? m.group("state") : m.group("state2");
        boolean us = "USA".equals(RegionNames.countryOfAnyForm(state))
                || state.indexOf(' ') > 0 && "USA".equals(RegionNames.countryOfAnyForm(state.substring(0, state.indexOf(' '))));
        return us ? "USA" : null; // "R-Kan. Rui Lopes": the state is the first word
    }

    private static final Pattern LEGISLATOR_BEFORE = Pattern.compile("(?<![\\p{L}.])(?<state>[A-Z][A-Za-z.]{1,13}(?: [A-Z]"
            + "[A-Za-z.]{1,13})?)" + SP + "(?:Rep\\.|Sen\\.|Representative|Senator|Congressman|Congresswoman)" + SP + "$");

    /** USA for a person named right after a US state and a legislator's title ("N.J. Rep. X", "Ohio Senator X"). */
    String legislatorBefore(String body, int start) {
        Matcher m = LEGISLATOR_BEFORE.matcher(body.substring(Math.max(0, start - 40), start));
        if (!m.find()) {
            return null;
        }
        String state = m.group("state");
        int space = state.indexOf(' ');
        boolean us = "USA".equals(RegionNames.countryOfAnyForm(state))
                || space > 0 && "USA".equals(RegionNames.countryOfAnyForm(state.substring(space + 1)));
        return us ? "USA" : null; // "Monday. N.J. Rep.": the state is the last word
    }

    /** The country of "City", "City, Region" or "Region", last part first, as of {@code day}; null if unknown. */
    String place(String text, LocalDate day) {
        String[] parts = text.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            String[] words = part.split("[ \\u00a0]+");
            if (words.length > 1 && DETERMINERS.contains(words[0])) {
                part = part.substring(words[0].length()).strip();
            }
            if (part.isEmpty() || DETERMINERS.contains(part)) {
                continue;
            }
            String c = RegionNames.countryOfAnyForm(part);
            if (c == null) {
                c = gazetteer.countryOfPlace(part);
                c = c != null && gazetteer.countryOfDemonym(part) != null ? null : c;
            }
            if (c == null) {
                c = knowledge.knowPlace(part, day).map(ActorKnowledge.Known::code).orElse(null);
            }
            if (c == null) {
                c = WorldCities.standard().countryOf(part, java.util.Set.of(), java.util.Set.of()); // its dominant sense only
            }
            if (c != null) {
                return CountryHistory.standard().placeAsOf(part, c, day);
            }
        }
        return null;
    }
}
