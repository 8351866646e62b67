package org.attache.nlp.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.nlp.BundledTable;

/**
 * Countries as of a date. Former states (the Soviet Union, Yugoslavia, Czechoslovakia, East Germany, …) and
 * states renamed under a new code (Burma, Zaire) are countries of their own while they existed: a place, person
 * or organisation that a current code places ("Moscow" → RUS) is of the state that held it on the article's day
 * ("Moscow" in 1987 → SUN). Read from the bundled {@code country-history.txt} (ISO 3166-3 and CLDR; the file
 * cites them) and {@code former-places.txt} (places whose former state their current code does not tell, such
 * as Leipzig in East Germany). A former state's own code is never moved forward: "the Soviet Union" in a 2005
 * article is the Soviet Union. Immutable; thread-safe.
 */
public final class CountryHistory {
    private static final String HISTORY = "/org/attache/nlp/gazetteer/country-history.txt";
    private static final String PLACES = "/org/attache/nlp/gazetteer/former-places.txt";

    /**
     * A state with the days it existed and the current codes that lay within it.
     *
     * @param code        its code (ISO 3166-3 alpha-3 for a former state)
     * @param isoFormer   its four-letter ISO 3166-3 code, or null for a state that still exists
     * @param name        its English name
     * @param first       first day it existed, or null when not recorded
     * @param last        last day it existed, or null while it still exists
     * @param successors  current code → first day that code was no longer within this state
     */
    public record State(String code, String isoFormer, String name, LocalDate first, LocalDate last,
                        Map<String, LocalDate> successors) {
        /** True when the state existed on {@code day}. */
        public boolean existedOn(LocalDate day) {
            return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
        }

        /** True when it no longer exists. */
        public boolean former() {
            return last != null;
        }
    }

    private static final class Holder {
        static final CountryHistory STANDARD = load();
    }

    private final Map<String, State> byCode;
    private final Map<String, List<State>> bySuccessor;
    private final Map<String, String> formerPlaces;

    private CountryHistory(Map<String, State> byCode, Map<String, List<State>> bySuccessor,
                           Map<String, String> formerPlaces) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.bySuccessor = Map.copyOf(bySuccessor);
        this.formerPlaces = Map.copyOf(formerPlaces);
    }

    /** The bundled tables (read once). */
    public static CountryHistory standard() {
        return Holder.STANDARD;
    }

    /** Every state of the table, in table order. */
    public Collection<State> all() {
        return byCode.values();
    }

    /** The state of the table with this code. */
    public Optional<State> state(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The code of the state that held what {@code code} places on {@code day}: RUS on 1987-03-02 → SUN, RUS on
     * 1992-01-01 → RUS, HRV on 1990-01-01 → YUG. The code itself when no state of the table held it then, when
     * {@code day} is null (an undated article), or when {@code code} is null or not a country's.
     */
    public String asOf(String code, LocalDate day) {
        if (code == null || day == null) {
            return code;
        }
        List<State> holders = bySuccessor.get(code);
        if (holders == null) {
            return code;
        }
        for (State s : holders) {
            if (s.existedOn(day) && day.isBefore(s.successors().get(code))) {
                return s.code();
            }
        }
        return code;
    }

    /**
     * The code of a named place as of {@code day}: a place of {@code former-places.txt} ("Leipzig") is of its
     * former state while that existed; any other place goes by {@link #asOf} of the code given for it.
     */
    public String placeAsOf(String place, String code, LocalDate day) {
        if (day != null && place != null) {
            String former = formerPlaces.get(CountryGazetteer.key(place));
            if (former != null && byCode.get(former).existedOn(day)) {
                return former;
            }
        }
        return asOf(code, day);
    }

    private static CountryHistory load() {
        Map<String, State> byCode = new LinkedHashMap<>();
        Map<String, List<State>> bySuccessor = new HashMap<>();
        BundledTable.read(CountryHistory.class, HISTORY, (n, line) -> {
            String[] f = line.split("\\|", -1);
            if (f.length != 6) {
                throw new IllegalStateException(HISTORY + ":" + n + ": expected 6 columns, found " + f.length);
            }
            try {
                Map<String, LocalDate> successors = new LinkedHashMap<>();
                if (!f[5].strip().equals("-")) {
                    for (String s : f[5].strip().split("\\s+")) {
                        String[] cd = s.split("@");
                        successors.put(cd[0], LocalDate.parse(cd[1]));
                    }
                }
                State state = new State(f[0].strip(), f[1].strip().equals("-") ? null : f[1].strip(), f[2].strip(),
                        day(f[3]), day(f[4]), Collections.unmodifiableMap(successors));
                if (byCode.put(state.code(), state) != null) {
                    throw new IllegalStateException(HISTORY + ":" + n + ": code " + state.code() + " given twice");
                }
                for (String successor : successors.keySet()) {
                    bySuccessor.computeIfAbsent(successor, k -> new ArrayList<>()).add(state);
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException(HISTORY + ":" + n + ": bad day in '" + line + "'", e);
            }
        });
        Map<String, String> places = new HashMap<>();
        CountryGazetteer.readTable(CountryHistory.class, PLACES, (code, form) -> {
            if (!byCode.containsKey(code)) {
                throw new IllegalStateException(PLACES + ": " + code + " is not a state of " + HISTORY);
            }
            places.put(CountryGazetteer.key(form), code);
        });
        return new CountryHistory(byCode, bySuccessor, places);
    }

    private static LocalDate day(String s) {
        return s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
