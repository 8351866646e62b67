package org.attache.nlp.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.nlp.dictionaries.PetrarchActors;
import org.attache.nlp.events.ActorDictionary;
import org.attache.nlp.gazetteer.CountryHistory;
import org.attache.nlp.gazetteer.Igos;

/**
 * What Attaché knows about actors beyond the article: the user's PETRARCH-format actor dictionaries
 * ({@code --actor-dictionary}), then the Phoenix dictionaries shipped with Attaché (MIT; see
 * {@code phoenix/SOURCE.txt} and {@code phoenix/LICENSE} beside this class): people with roles valid between
 * dates ("Caspar Weinberger": USA GOV MIL from 1981-01-21 to 1987-11-23), organisations and places. A code
 * applies by the article's day; a CAMEO code becomes an Attaché affiliation: a country as of that day ("RUSGOV"
 * in 1987 → SUN), an international organisation's own code ("IGOBUSIMF" → IMF), or none (an unknown IGO, an NGO,
 * a company). A user's entry for a name wins over the shipped one.
 *
 * <p>Knowledge affiliates names the text already mentions; it never finds a mention. Only names it can tell
 * apart are looked up: two words or more, or an acronym; a single ordinary word ("Senate", "Jordan") is too
 * ambiguous, except a person the dictionaries list by one word ({@link #knowPerson}: "Suharto"). In an undated
 * article a name whose dated codes all name one country has that country ("Jack Straw": GBR). A company's
 * code ({@code MNCJPN}) gives an entity its home country ({@link #companyHome}) but no state actor. The shipped dictionaries (~2 MB of text) are read the first time a name is looked up, not when the
 * program starts, so commands that annotate nothing never pay for them. Immutable; thread-safe.
 */
public final class ActorKnowledge implements ActorDictionary {
    private static final String PHOENIX = "/org/attache/nlp/knowledge/phoenix/";
    /** The shipped files, in the order their entries win: IGO officials before the same people as nationals. */
    static final List<String> SHIPPED_FILES = List.of(PHOENIX + "Phoenix.International.actors.txt",
            PHOENIX + "Phoenix.Countries.actors.txt", PHOENIX + "Phoenix.MilNonState.actors.txt");
    private static final ActorKnowledge SHIPPED = new ActorKnowledge(List.of(), true);
    private static final ActorKnowledge NONE = new ActorKnowledge(List.of(), false);

    private static final class Bundled {
        static final PetrarchActors ACTORS = PetrarchActors.loadResources(ActorKnowledge.class, SHIPPED_FILES);
    }

    /**
     * What knowledge says of a name on a day.
     *
     * @param code     a country (ISO 3166 alpha-3, or ISO 3166-3 for a state of that day) or IGO code, or null
     *                 when the entry names none (an NGO, a company, an unknown organisation)
     * @param sector   the CAMEO sector (GOV, MIL, IGO, ELI, …), or null
     * @param cameo    the dictionary's code as written ("USAGOVMIL")
     * @param fromUser true when a user dictionary gave it
     */
    public record Known(String code, String sector, String cameo, boolean fromUser) {
    }

    private final List<PetrarchActors> user;
    private final boolean shipped;

    private ActorKnowledge(List<PetrarchActors> user, boolean shipped) {
        this.user = List.copyOf(user);
        this.shipped = shipped;
    }

    /** The shipped dictionaries alone (read on first use). */
    public static ActorKnowledge shipped() {
        return SHIPPED;
    }

    /** No knowledge at all: nothing is known of any name. */
    public static ActorKnowledge none() {
        return NONE;
    }

    /**
     * The user's dictionaries (read now: a bad file fails here, naming its line), ahead of the shipped ones when
     * {@code withShipped}.
     *
     * @throws org.attache.nlp.dictionaries.DictionaryFormatException naming the file and line of a bad entry
     */
    public static ActorKnowledge of(List<Path> userDictionaries, boolean withShipped) {
        if (userDictionaries.isEmpty()) {
            return withShipped ? SHIPPED : NONE;
        }
        return new ActorKnowledge(List.of(PetrarchActors.load(userDictionaries)), withShipped);
    }

    /** True when some dictionary is consulted. */
    public boolean isEmpty() {
        return user.isEmpty() && !shipped;
    }

    /** Reads the shipped dictionaries now (they are otherwise read on first use); for benchmarks and warm-up. */
    public void load() {
        if (shipped) {
            Bundled.ACTORS.size();
        }
    }

    /**
     * Starts reading the shipped dictionaries on a background daemon thread, so that a command about to annotate
     * reads them while it loads its models; a lookup meanwhile waits for the reading to finish.
     */
    public void preload() {
        if (shipped) {
            Thread t = new Thread(this::load, "attache-knowledge");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * What is known of {@code name} on {@code day} (null: undated, so only codes without a date range apply), or
     * empty when no dictionary has it or the name is too ambiguous to look up (see the class comment).
     */
    public Optional<Known> know(String name, LocalDate day) {
        return distinctive(name) ? knowAny(name, day) : Optional.empty();
    }

    /**
     * Like {@link #know}, but a single word is looked up too: for names the text already shows to be places
     * ("Herat", "Washington"), which single words in the dictionaries mostly are.
     */
    public Optional<Known> knowPlace(String name, LocalDate day) {
        return name == null || name.isBlank() ? Optional.empty() : knowAny(name, day);
    }

    /**
     * Like {@link #know}, but a single word is looked up too when the dictionaries list it as a person of a
     * country ("Suharto", "Rafsanjani": entries of one word with a sector): for names the text already shows to
     * be people. A single word that names only a country or an organisation ("Jordan") gives nothing.
     */
    public Optional<Known> knowPerson(String name, LocalDate day) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (distinctive(name)) {
            Optional<Known> whole = knowAny(name, day);
            if (whole.isPresent()) {
                return whole;
            }
            // "Ali Akbar Hashemi Rafsanjani" listed as "Akbar Hashemi Rafsanjani": the name's last two words or more
            String[] words = name.strip().split("\\s+");
            for (int from = 1; from <= words.length - 2; from++) {
                Optional<Known> tail = knowAny(String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)),
                        day).filter(k -> k.code() != null && k.sector() != null);
                if (tail.isPresent()) {
                    return tail;
                }
            }
            return Optional.empty();
        }
        return knowAny(name, day).filter(k -> k.code() != null && k.sector() != null && !"IGO".equals(k.sector()));
    }

    /**
     * A person the text names by surname alone ("Reagan"), when the people of that surname holding an office on
     * {@code day} (a dated code of the dictionaries that covers the day) are all of one country: that country,
     * with no sector. Empty for an undated article, a surname that is also a country's name or demonym, or when
     * nobody or people of several countries held office that day. A user's dictionaries are asked first.
     */
    public Optional<Known> knowSurname(String surname, LocalDate day) {
        if (surname == null || surname.isBlank() || day == null || surname.strip().indexOf(' ') >= 0
                || org.attache.nlp.gazetteer.CountryGazetteer.standard().affiliationOfName(surname) != null) {
            return Optional.empty();
        }
        for (PetrarchActors d : user) {
            Optional<String> c = d.countryOfSurnameOnDay(surname, day);
            if (c.isPresent()) {
                return Optional.of(new Known(CountryHistory.standard().asOf(c.get(), day), null, c.get(), true));
            }
        }
        if (!shipped) {
            return Optional.empty();
        }
        return Bundled.ACTORS.countryOfSurnameOnDay(surname, day)
                .map(c -> new Known(CountryHistory.standard().asOf(c, day), null, c, false));
    }

    /**
     * A state's own body, party or news outlet named without its country ("the Bundesbank", "SEC", "Tass"): what a
     * user's dictionary says of the name, else the shipped table of such bodies ({@link NationalBodies}), as of
     * {@code day} (RUS in 1987 is SUN), with the sector GOV (a state's institution), PTY (a party) or MED (a news
     * outlet); empty when neither has it. Single words are looked up: the table lists
     * only names that denote one country's body. For organisations and places the text already names; not used
     * to code event actors.
     */
    public Optional<Known> knowBody(String name, LocalDate day) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        for (PetrarchActors d : user) {
            Optional<Known> k = known(d, name, day, true);
            if (k.isPresent()) {
                return k;
            }
        }
        NationalBodies.Body body = shipped ? NationalBodies.standard().of(name) : null;
        return body == null ? Optional.empty() : Optional.of(new Known(CountryHistory.standard().asOf(body.country(), day),
                body.kind().sector, body.country() + body.kind().sector, false));
    }

    /**
     * True when the shipped table lists {@code name} as a seat of government ("White House", "Kremlin", "Downing
     * Street"): a place the news also names for the government sitting there, so that where the text makes it act
     * it is that government, an organisation ({@code CompanyMarks}).
     */
    public boolean seatOfGovernment(String name) {
        NationalBodies.Body body = shipped && name != null ? NationalBodies.standard().of(name) : null;
        return body != null && body.kind() == NationalBodies.Kind.SEAT;
    }

    private Optional<Known> knowAny(String name, LocalDate day) {
        for (PetrarchActors d : user) {
            Optional<Known> k = known(d, name, day, true);
            if (k.isPresent()) {
                return k;
            }
        }
        return shipped ? known(Bundled.ACTORS, name, day, false) : Optional.empty();
    }

    /**
     * A name's code on the day; in an undated article, where no dated code can be chosen, the country every code
     * of the name agrees on (a minister's successive portfolios), with no sector.
     */
    private static Optional<Known> known(PetrarchActors d, String name, LocalDate day, boolean fromUser) {
        Optional<String> cameo = d.cameoCode(name, day);
        if (cameo.isPresent()) {
            return Optional.of(known(cameo.get(), day, fromUser));
        }
        if (day == null) {
            return d.countryOfAllCodes(name).map(c -> new Known(CountryHistory.standard().asOf(c, null), null, c,
                    fromUser));
        }
        return Optional.empty();
    }

    /**
     * The home country of a company the dictionaries list ("TOYOTA_ [MNCJPN]" → JPN), or null: an entity's
     * country, never a state actor's (the {@link #lookup} of an event coder keeps companies without one).
     */
    public static String companyHome(Known known) {
        String c = known.cameo() == null ? "" : known.cameo().toUpperCase(java.util.Locale.ROOT);
        if (!c.startsWith("MNC") || c.length() < 6) {
            return null;
        }
        return PetrarchActors.split(c.substring(3)).country();
    }

    /**
     * The home country of the company a name denotes, by the dictionaries' {@code MNC} codes: the name as written,
     * without its legal form ("Morgan Stanley Inc"), or written without spaces and dots ("JPMorgan Chase" for
     * "J.P. Morgan Chase"); null when no dictionary lists it as a company of a country. A user's entry wins. A name
     * whose legal form leaves one word ("Boeing Co") is looked up by that word too, but only as a company: the
     * legal form says it names a firm, so a single word the dictionaries list with an {@code MNC} code ("BOEING_")
     * is that firm, while one they list otherwise (a person, a place) gives nothing.
     */
    public String companyHome(String name, LocalDate day) {
        if (name == null || !distinctive(name)) {
            return null;
        }
        Optional<Known> k = know(name, day);
        String bare = org.attache.nlp.resolve.NameKeys.withoutLegalForm(name);
        boolean legalForm = bare != null && !bare.isBlank() && !bare.equals(name);
        if (k.isEmpty() && legalForm && distinctive(bare)) {
            k = know(bare, day);
        }
        if (k.isEmpty() && legalForm && !distinctive(bare) && bare.strip().length() >= 3) {
            k = knowAny(bare.strip(), day).filter(one -> companyHome(one) != null);
        }
        if (k.isPresent()) {
            return companyHome(k.get());
        }
        for (PetrarchActors d : user) {
            Optional<String> c = d.companyCode(name);
            if (c.isPresent()) {
                return companyHome(known(c.get(), day, true));
            }
        }
        return shipped ? Bundled.ACTORS.companyCode(name).map(c -> companyHome(known(c, day, false))).orElse(null)
                : null;
    }

    @Override
    public Optional<ActorCode> lookup(String name, LocalDate onDay) {
        return know(name, onDay).map(k -> new ActorCode(k.code(), k.sector()));
    }

    /** A CAMEO actor code as an Attaché affiliation on {@code day}. */
    static Known known(String cameo, LocalDate day, boolean fromUser) {
        ActorCode split = PetrarchActors.split(cameo);
        String code = split.country();
        if (code != null && code.startsWith("IGO")) {
            code = Igos.standard().fromCameo(code);
        } else if ("KOS".equals(code)) {
            code = "XKX"; // CAMEO's Kosovo
        }
        return new Known(CountryHistory.standard().asOf(code, day), split.sector(), cameo, fromUser);
    }

    /** Two words or more, or an acronym of two capitals or more ("NATO", "U.N."). */
    public static boolean distinctive(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip();
        if (n.indexOf(' ') > 0 || n.indexOf('_') > 0) {
            return true;
        }
        long capitals = n.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && n.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-'
                || Character.isDigit(c));
    }
}
