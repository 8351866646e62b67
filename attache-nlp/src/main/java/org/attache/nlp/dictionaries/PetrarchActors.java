package org.attache.nlp.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.nlp.events.ActorDictionary.ActorCode;
import org.attache.nlp.events.ActorDictionary;
import org.attache.nlp.names.AsciiFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PETRARCH/TABARI actor dictionary ({@code Phoenix.Countries.actors.txt} and its siblings): those a user
 * points at, and the Phoenix files Attaché ships as its default knowledge
 * ({@link org.attache.nlp.knowledge.ActorKnowledge}).
 *
 * <p>Format read: a primary name line ({@code HAMID_KARZAI_}, words joined by underscores, optionally with
 * codes on the same line), {@code +} synonym lines, and indented code lines ({@code [AFGGOV >011222]}). Names
 * gather into a block until its codes come; all names of a block share its codes. A code may be restricted by
 * date: {@code >D} (on or after), {@code <D} (on or before), {@code D1-D2} (inclusive), with D as YYYYMMDD or
 * YYMMDD (YY 00–30 → 20YY, else 19YY, as TABARI and PETRARCH read them). {@code #} starts a comment;
 * {@code [---]} is no code.
 *
 * <p>Lookup folds case, diacritics, underscores and spacing ("Hamid Karzai" finds {@code HAMID_KARZAI_}), and
 * tries again without a leading "the"; a name with middle initials is also found without them ("Robert Byrd"
 * finds {@code ROBERT_C._BYRD_}) unless another entry has that form, and with their dots ("George W Bush"); an
 * entry written after its country is also found without it when no other country's entry has the same rest
 * ("State Department" finds {@code US_STATE_DEPARTMENT}, see {@link #addCountryFreeVariants}). A date-restricted code applies only when the article's day falls in its
 * range, the first such wins; with no day, or none in range, the first unrestricted code applies. A code is split
 * into country (its first three letters when they are an ISO 3166 alpha-3 code or a former state's, else none) and sector (the next
 * three letters, GOV, MIL, …). An IGO code keeps its whole code as its country ({@code IGOUNO}) with sector IGO;
 * other non-state codes ({@code NGO…}, {@code MNC…}, {@code ELI}) have no country and their first three letters
 * as sector.
 *
 * <p>Errors: a file that cannot be read, or a code line before any name, raises an exception naming the file
 * and line; a single malformed code (an impossible date) is skipped with a warning naming the file and line.
 * Immutable after loading and thread-safe.
 */
public final class PetrarchActors implements ActorDictionary {
    private static final Logger LOG = LoggerFactory.getLogger(PetrarchActors.class);
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile(
            "([A-Z-][A-Z0-9-]{2,})\\s*(?:(>|<)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");
    private static final Set<String> COUNTRIES = countries();

    /** One code of a block, with its validity (inclusive; null = open). */
    record Code(String cameo, LocalDate from, LocalDate to) {
        boolean restricted() {
            return from != null || to != null;
        }

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private final Map<String, List<Code>> byName;
    private final int skippedCodes;

    private PetrarchActors(Map<String, List<Code>> byName, int skippedCodes) {
        this.byName = byName;
        this.skippedCodes = skippedCodes;
    }

    /** Reads one or more actor files; on a name in several files, the first file's codes win. */
    public static PetrarchActors load(Path... files) {
        return load(List.of(files));
    }

    /** Reads actor files in order; on a name in several files or blocks, the first codes win. */
    public static PetrarchActors load(List<Path> files) {
        long t0 = System.nanoTime();
        Map<String, List<Code>> byName = new HashMap<>();
        int[] skipped = {0};
        for (Path file : files) {
            read(file, byName, skipped);
        }
        LOG.info("read {} actor names from {} in {} ms ({} malformed codes skipped)", byName.size(), files,
                (System.nanoTime() - t0) / 1_000_000, skipped[0]);
        addCountryFreeVariants(byName);
        return new PetrarchActors(Map.copyOf(byName), skipped[0]);
    }

    @Override
    public Optional<ActorCode> lookup(String name, LocalDate onDay) {
        return cameoCode(name, onDay).map(PetrarchActors::split);
    }

    /** The CAMEO actor code ("USAGOV") of a name on a day (null when unknown), by the rules above. */
    public Optional<String> cameoCode(String name, LocalDate onDay) {
        if (name == null) {
            return Optional.empty();
        }
        List<Code> codes = codesOf(name);
        if (codes == null) {
            return Optional.empty();
        }
        if (onDay != null) {
            for (Code c : codes) {
                if (c.restricted() && c.covers(onDay)) {
                    return Optional.of(c.cameo());
                }
            }
        }
        for (Code c : codes) {
            if (!c.restricted()) {
                return Optional.of(c.cameo());
            }
        }
        return Optional.empty();
    }

    /**
     * The country all of a name's codes agree on, dated or not ("Jack Straw": GBRGOV 2003–07 and GBRGOVJUD
     * 2007–08 → GBR), for an undated article, where no date range can be chosen; empty when the name is unknown,
     * when its codes name no country (NGO, MNC) or more than one.
     */
    public Optional<String> countryOfAllCodes(String name) {
        List<Code> codes = name == null ? null : codesOf(name);
        if (codes == null) {
            return Optional.empty();
        }
        String country = null;
        for (Code c : codes) {
            String k = split(c.cameo()).country();
            if (k == null || country != null && !country.equals(k)) {
                return Optional.empty();
            }
            country = k;
        }
        return Optional.ofNullable(country);
    }

    /** The codes of a name: as written, without a leading "the", with its middle initials dotted ("George W Bush"). */
    private List<Code> codesOf(String name) {
        String key = key(name);
        List<Code> codes = byName.get(key);
        if (codes == null && key.startsWith("the ")) {
            key = key.substring(4);
            codes = byName.get(key);
        }
        if (codes == null) {
            String dotted = key.replaceAll("(?<= )(\\p{L})(?= )", "$1.");
            if (!dotted.equals(key)) {
                codes = byName.get(dotted);
            }
        }
        return codes;
    }

    /**
     * The one country of the people named {@code ... surname} whose date-restricted code covers {@code day} (an
     * office held that day: "Reagan" in 1987 → USA, the president then), or empty when none or people of several
     * countries are. Only entries of two words or more whose dated code is of a state office (GOV, MIL, LEG, JUD,
     * COP, SPY) count; elites (ELI) and undated codes never do: a surname known only as some country's elite
     * ("Albert Reynolds" before he took office) gives nothing.
     */
    public Optional<String> countryOfSurnameOnDay(String surname, LocalDate day) {
        if (surname == null || day == null) {
            return Optional.empty();
        }
        List<List<Code>> people = surnames().get(key(surname));
        if (people == null) {
            return Optional.empty();
        }
        String country = null;
        for (List<Code> codes : people) {
            for (Code c : codes) {
                if (!c.restricted() || !c.covers(day)) {
                    continue;
                }
                ActorCode a = split(c.cameo());
                // a dated country code with no sector ("[USA 19810120-19890120]") names no office
                if (a.country() == null || a.sector() == null || !OFFICE_SECTORS.contains(a.sector())
                        || a.country().startsWith("IGO")) {
                    continue;
                }
                if (country != null && !country.equals(a.country())) {
                    return Optional.empty();
                }
                country = a.country();
            }
        }
        return Optional.ofNullable(country);
    }

    /** Sectors of a state's offices; an elite (ELI), opposition or business code says no one held office. */
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

    private volatile Map<String, List<List<Code>>> surnames;

    /** Each last word of a name of two words or more → the distinct code lists of those names (built on first use). */
    private Map<String, List<List<Code>>> surnames() {
        Map<String, List<List<Code>>> s = surnames;
        if (s == null) {
            Map<String, List<List<Code>>> built = new HashMap<>();
            for (var e : byName.entrySet()) {
                String name = e.getKey();
                int space = name.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                List<List<Code>> lists = built.computeIfAbsent(name.substring(space + 1), k -> new java.util.ArrayList<>());
                if (lists.stream().noneMatch(l -> l == e.getValue())) {
                    lists.add(e.getValue());
                }
            }
            surnames = s = Map.copyOf(built);
        }
        return s;
    }

    private volatile Map<String, String> companies;

    /**
     * The code of the company ({@code MNC…}) whose name, written without spaces, dots or dashes, is {@code name}'s
     * ("JPMorgan Chase" for "J_P_MORGAN_CHASE_"), or empty when none or companies of different codes are.
     */
    public Optional<String> companyCode(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Map<String, String> c = companies;
        if (c == null) {
            Map<String, String> built = new HashMap<>();
            Set<String> clashing = new java.util.HashSet<>();
            for (var e : byName.entrySet()) {
                String cameo = e.getValue().isEmpty() ? "" : e.getValue().get(0).cameo();
                if (!cameo.startsWith("MNC")) {
                    continue;
                }
                String k = compact(e.getKey());
                String before = built.putIfAbsent(k, cameo);
                if (before != null && !before.equals(cameo)) {
                    clashing.add(k);
                }
            }
            clashing.forEach(built::remove);
            companies = c = Map.copyOf(built);
        }
        String k = compact(key(name));
        return k.length() < 4 ? Optional.empty() : Optional.ofNullable(c.get(k));
    }

    private static String compact(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Number of distinct names read. */
    public int size() {
        return byName.size();
    }

    /** Codes skipped as malformed while reading. */
    public int skippedCodes() {
        return skippedCodes;
    }

    /** "USAGOV" → USA, GOV; "IGOUNO" → IGOUNO, IGO; "NGOHRI" → none, NGO; "ELI" → none, ELI; "---LEG" → none, LEG. */
    public static ActorCode split(String cameo) {
        String c = cameo.toUpperCase(Locale.ROOT);
        String first = c.length() >= 3 ? c.substring(0, 3) : c;
        if (COUNTRIES.contains(first)) {
            return new ActorCode(first, c.length() >= 6 ? c.substring(3, 6) : null);
        }
        if (first.equals("---")) {
            return new ActorCode(null, c.length() >= 6 ? c.substring(3, 6) : null);
        }
        if (first.equals("IGO")) {
            return new ActorCode(c, "IGO"); // the IGO's own code ("IGOUNO", "IGOSEAASN") stands for its country
        }
        return new ActorCode(null, first);
    }

    /** The folded form names are indexed and looked up by: lower case, ASCII, single spaces for '_' and blanks. */
    static String key(String name) {
        String folded = AsciiFolder.fold(name);
        StringBuilder s = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(Character.toLowerCase(c));
            }
        }
        return s.toString();
    }

    private static void read(Path file, Map<String, List<Code>> byName, int[] skipped) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read(in, file.toString(), false, byName, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + file, e);
        }
    }

    /**
     * Reads actor dictionaries bundled as resources of {@code owner} (UTF-8), in order; on a name in several,
     * the first codes win. A bundled file that cannot be read is a broken distribution: an unchecked error.
     */
    public static PetrarchActors loadResources(Class<?> owner, List<String> resources) {
        long t0 = System.nanoTime();
        Map<String, List<Code>> byName = new HashMap<>();
        int[] skipped = {0};
        for (String resource : resources) {
            try (java.io.InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                read(in, resource, true, byName, skipped);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled actor dictionary " + resource, e);
            }
        }
        LOG.info("read {} actor names from {} bundled dictionaries in {} ms ({} malformed codes skipped)",
                byName.size(), resources.size(), (System.nanoTime() - t0) / 1_000_000, skipped[0]);
        addCountryFreeVariants(byName);
        return new PetrarchActors(Map.copyOf(byName), skipped[0]);
    }

    /** Reads one dictionary; a bundled one's malformed codes are counted, not each logged as a warning. */
    private static void read(java.io.InputStream stream, String source, boolean bundled,
                             Map<String, List<Code>> byName, int[] skipped) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<String> blockNames = new ArrayList<>();
        List<Code> blockCodes = new ArrayList<>();
        boolean blockHasCodeLine = false;
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(stream, decoder))) {
            String raw;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                int hash = raw.indexOf('#');
                String line = hash >= 0 ? raw.substring(0, hash) : raw;
                if (line.isBlank() || line.startsWith("<")) {
                    continue;
                }
                boolean indented = Character.isWhitespace(line.charAt(0));
                String text = line.strip();
                if (indented && text.startsWith("[")) {
                    if (blockNames.isEmpty()) {
                        throw new DictionaryFormatException(source, lineNo, "a code line before any actor name");
                    }
                    parseCodes(text, source, bundled, lineNo, blockCodes, skipped);
                    blockHasCodeLine = true;
                    continue;
                }
                boolean synonym = text.startsWith("+");
                if (!synonym && (blockHasCodeLine || !blockCodes.isEmpty())) {
                    flush(blockNames, blockCodes, byName);
                    blockNames = new ArrayList<>();
                    blockCodes = new ArrayList<>();
                    blockHasCodeLine = false;
                }
                int bracket = text.indexOf('[');
                String name = (bracket >= 0 ? text.substring(0, bracket) : text).substring(synonym ? 1 : 0).strip();
                if (!name.isEmpty()) {
                    blockNames.add(key(name));
                }
                if (bracket >= 0) {
                    parseCodes(text.substring(bracket), source, bundled, lineNo, blockCodes, skipped);
                }
            }
        } catch (CharacterCodingException e) {
            throw new DictionaryFormatException(source, lineNo, "not text: " + e.getMessage());
        }
        flush(blockNames, blockCodes, byName);
    }

    private static void flush(List<String> names, List<Code> codes, Map<String, List<Code>> byName) {
        if (codes.isEmpty()) {
            return;
        }
        List<Code> shared = List.copyOf(codes);
        for (String n : names) {
            byName.putIfAbsent(n, shared);
        }
        for (String n : names) {
            String plain = withoutMiddleInitials(n);
            if (plain != null) {
                byName.putIfAbsent(plain, shared); // "robert c. byrd" is also "robert byrd"
            }
        }
    }

    private static void parseCodes(String text, String file, boolean bundled, int lineNo, List<Code> out,
                                   int[] skipped) {
        Matcher b = BRACKET.matcher(text);
        int found = 0;
        while (b.find()) {
            found++;
            String inside = b.group(1).strip().toUpperCase(Locale.ROOT);
            Matcher m = CODE.matcher(inside);
            if (!m.matches()) {
                skipped[0]++;
                LOG.atLevel(bundled ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.WARN)
                        .log("{}:{}: skipped malformed actor code [{}]", file, lineNo, inside);
                continue;
            }
            String cameo = m.group(1);
            if (cameo.chars().allMatch(ch -> ch == '-')) {
                continue; // [---]: explicitly no code
            }
            try {
                LocalDate from = null;
                LocalDate to = null;
                if (">".equals(m.group(2))) {
                    from = date(m.group(3));
                } else if ("<".equals(m.group(2))) {
                    to = date(m.group(3));
                } else if (m.group(4) != null) {
                    from = date(m.group(4));
                    to = date(m.group(5));
                }
                out.add(new Code(cameo, from, to));
            } catch (DateTimeException | IllegalArgumentException e) {
                skipped[0]++;
                LOG.atLevel(bundled ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.WARN)
                        .log("{}:{}: skipped actor code with a bad date [{}]: {}", file, lineNo, inside, e.getMessage());
            }
        }
        if (found == 0 || text.chars().filter(ch -> ch == '[').count() != found) {
            throw new DictionaryFormatException(file, lineNo, "unbalanced brackets in '" + text + "'");
        }
    }

    /**
     * Adds each name written after a country's name or demonym ("us state department", "u.s. federal reserve")
     * without it ("state department"), when the rest is two words or more, is no name of its own already, and
     * no other country's entry has the same rest ("house of representatives" after "us" and after "philippine"
     * names two bodies and is not added), and every code of the entry is of that country: a company's or a group's
     * name that opens with a country word keeps it ("China Eastern Airlines" is not "Eastern Airlines"). News writes a home institution without its country; the dictionaries
     * mostly with it.
     */
    static void addCountryFreeVariants(Map<String, List<Code>> byName) {
        org.attache.nlp.gazetteer.CountryGazetteer gazetteer = org.attache.nlp.gazetteer.CountryGazetteer.standard();
        Map<String, List<Code>> found = new HashMap<>();
        Map<String, String> countryOfRest = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (var e : byName.entrySet()) {
            String[] t = e.getKey().split(" ");
            for (int p = 1; p <= Math.min(3, t.length - 2); p++) {
                String country = gazetteer.countryOf(String.join(" ", java.util.Arrays.asList(t).subList(0, p)));
                if (country == null) {
                    continue;
                }
                String rest = String.join(" ", java.util.Arrays.asList(t).subList(p, t.length));
                if (!Character.isLetter(rest.charAt(0)) || LEADING_FUNCTION_WORDS.contains(t[p])) {
                    break;
                }
                boolean agrees = e.getValue().stream().map(c -> split(c.cameo()).country())
                        .allMatch(c -> c != null && c.equals(country)); // a company's "China Eastern" is no state body
                String before = countryOfRest.putIfAbsent(rest, country);
                if (!agrees || before != null && !before.equals(country)) {
                    ambiguous.add(rest);
                }
                found.putIfAbsent(rest, e.getValue());
                break;
            }
        }
        for (var e : found.entrySet()) {
            if (!ambiguous.contains(e.getKey())) {
                byName.putIfAbsent(e.getKey(), e.getValue());
            }
        }
    }

    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("of", "and", "the", "in", "for", "to", "on",
            "at", "by", "with", "from");

    /** A folded name without its middle initials ("robert c. byrd" → "robert byrd"), or null when it has none. */
    static String withoutMiddleInitials(String key) {
        String[] t = key.split(" ");
        if (t.length < 3) {
            return null;
        }
        StringBuilder out = new StringBuilder(t[0]);
        boolean dropped = false;
        for (int i = 1; i < t.length - 1; i++) {
            String w = t[i];
            if (w.length() == 1 && Character.isLetter(w.charAt(0))
                    || w.length() == 2 && Character.isLetter(w.charAt(0)) && w.charAt(1) == '.') {
                dropped = true;
            } else {
                out.append(' ').append(t[i]);
            }
        }
        return dropped ? out.append(' ').append(t[t.length - 1]).toString() : null;
    }

    /** YYYYMMDD, or YYMMDD with YY 00-30 → 20YY, else 19YY. */
    static LocalDate date(String d) {
        if (d.length() == 8) {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
        }
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
        }
        throw new IllegalArgumentException("a date must have 6 or 8 digits: " + d);
    }

    private static Set<String> countries() {
        java.util.HashSet<String> s = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        s.add("KOS"); // CAMEO's Kosovo
        org.attache.nlp.gazetteer.CountryHistory.standard().all().forEach(state -> s.add(state.code())); // SUN, DDR, …
        return Set.copyOf(s);
    }
}
