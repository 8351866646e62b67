package org.attache.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.nlp.knowledge.ActorKnowledge;

/**
 * What the text and knowledge say a name is when the recogniser typed it wrongly, read before mentions are grouped:
 * <ul>
 *   <li>a <b>stock ticker</b> right after a name ("Cable and Wireless PLC &lt;CAWL.L&gt;", "the Pacific Telesis group
 *       &lt;PAC.N&gt;", the wire services' convention) makes it a listed company, and the ticker's exchange suffix
 *       gives its home ({@link #exchangeCountry}: ".L" London → GBR, ".T" Tokyo → JPN); the name run the ticker
 *       closes is one company even where the recogniser cut it at "and" ("British and Commonwealth Shipping
 *       Plc");</li>
 *   <li>a name the wire encloses in angle brackets ("&lt;Kokusai Denshin Denwa Co&gt;", its mark for a company
 *       without a listing) is a company;</li>
 *   <li>a name the knowledge lists as a company ({@code MNC} codes: "Morgan Stanley") or as a state's body, party
 *       or outlet ("Law Lords") is an organisation, unless the article treats it as a person (an office, or "Mr",
 *       "Mrs", "Ms", "Dr", "Sir" before it: "Mr Charles Schwab").</li>
 * </ul>
 * Such mentions become ORGANIZATION (from PERSON, LOCATION or MISC), as do the article's other mentions of the same
 * name; a ticker's remnant the recogniser took into the name ("KLM Royal Dutch Airlines &lt;KLM.A") is cut off.
 * Mentions are never added or removed, except that the parts of a name a ticker closes are joined into one. Stateless.
 */
final class CompanyMarks {
    /** A ticker after a name: an optional possessive or one lower-case word ("group"), then "&lt;ABC.X&gt;". */
    private static final Pattern TICKER = Pattern.compile(
            "\\A>?\\s{0,3}(?:'s\\s{0,3}|[a-z]{2,12}\\s{1,3})?<([A-Z0-9][A-Za-z0-9&]{0,7})(?:\\.([A-Z]{1,2}))?>");
    /** A ticker the recogniser took into a name, with what follows it. */
    private static final Pattern TICKER_TAIL = Pattern.compile("\\s*<[A-Z0-9][A-Za-z0-9&]{0,7}(?:\\.[A-Z]{0,2})?>?\\s*\\z");
    /**
     * Exchange suffixes of the wire's tickers whose listing is, nearly always, a company at home (Reuters
     * Instrument Codes, 1980s and later forms). ".S" (Sydney, then Stockholm and Swiss), ".A" (the American
     * exchange, and Amsterdam), ".M" and ".G" have served several exchanges and give nothing; New York's
     * (".N", ".O", ".OQ") list foreign firms too and are read as weak evidence only ({@link #US_EXCHANGES}).
     */
    private static final Map<String, String> EXCHANGES = Map.ofEntries(
            Map.entry("L", "GBR"), Map.entry("T", "JPN"), Map.entry("F", "DEU"), Map.entry("D", "DEU"),
            Map.entry("DE", "DEU"), Map.entry("PA", "FRA"), Map.entry("P", "FRA"), Map.entry("AS", "NLD"),
            Map.entry("HK", "HKG"), Map.entry("Z", "CHE"), Map.entry("MI", "ITA"), Map.entry("TO", "CAN"),
            Map.entry("MO", "CAN"), Map.entry("V", "CAN"), Map.entry("ST", "SWE"), Map.entry("BR", "BEL"),
            Map.entry("SI", "SGP"), Map.entry("J", "ZAF"), Map.entry("JO", "ZAF"), Map.entry("HE", "FIN"),
            Map.entry("VI", "AUT"), Map.entry("SE", "KOR"), Map.entry("KS", "KOR"), Map.entry("WE", "NZL"),
            Map.entry("NZ", "NZL"), Map.entry("ME", "AUS"), Map.entry("AX", "AUS"), Map.entry("MN", "PHL"),
            Map.entry("OL", "NOR"), Map.entry("CO", "DNK"), Map.entry("MC", "ESP"), Map.entry("MA", "ESP"),
            Map.entry("KL", "MYS"), Map.entry("BK", "THA"), Map.entry("TW", "TWN"), Map.entry("SS", "CHN"),
            Map.entry("SZ", "CHN"), Map.entry("NS", "IND"), Map.entry("BO", "IND"), Map.entry("SA", "BRA"),
            Map.entry("MX", "MEX"), Map.entry("LS", "PRT"), Map.entry("AT", "GRC"), Map.entry("IS", "TUR"),
            Map.entry("TA", "ISR"), Map.entry("JK", "IDN"));
    /**
     * One capitalised word and "and" or "&amp;" right before a name, after a word that is not capitalised or at a
     * sentence's start: the first word of a company's name ("Cable and Wireless").
     */
    private static final Pattern FIRST_WORD = Pattern.compile(
            "(?:(?<=^|[.!?:;,(\"]\\s{1,3})|(?<=\\b\\p{Ll}{1,20}\\s{1,3}))\\p{Lu}[\\p{L}'-]+\\s(?:and|&)\\s\\z");
    private static final Set<String> US_EXCHANGES = Set.of("N", "O", "OQ");
    /** A ticker inside a name, words on both sides: "Lloyds Bank &lt;LLOY.L&gt; PLC". */
    private static final Pattern INNER_TICKER = Pattern.compile(
            "(?<=\\S)\\s*<[A-Z0-9][A-Za-z0-9&]{0,7}(?:\\.[A-Z]{1,2})?>\\s*(?=\\S)");
    /** A possessive followed by a capitalised word inside a name: "Moody's Investors Service". */
    private static final Pattern POSSESSIVE_HEAD = Pattern.compile("\\p{L}['’]s \\p{Lu}");
    /** A preposition of place (and an optional article) right before a name: "talks at the". */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?i)\\b(?:at|in|into|inside|outside|near|to|from|on|around|across|toward|towards|through|left|visited|leaving)"
            + "(?:\\s+the)?\\s*\\z");
    private static final org.attache.nlp.gazetteer.CountryGazetteer GAZETTEER =
            org.attache.nlp.gazetteer.CountryGazetteer.standard();
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Mr.", "Mrs.", "Ms.", "Dr.",
            "Dame", "Lord", "Lady");

    private CompanyMarks() {
    }

    /**
     * The exchange suffix of a ticker right after {@code end} in {@code body} ("L" of "&lt;CAWL.L&gt;"), "" for a
     * ticker of one to five capitals with none ("&lt;PIE&gt;": a listed company, of no country said), or null.
     */
    static String tickerSuffix(String body, int end) {
        if (end < 0 || end >= body.length()) {
            return null;
        }
        Matcher m = TICKER.matcher(body).region(end, Math.min(body.length(), end + 40));
        m.useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.lookingAt() || m.group(2) == null && !m.group(1).matches("[A-Z]{1,5}")) {
            return null;
        }
        return m.group(2) == null ? "" : m.group(2); // "<PIE>": the wire's American listings had no suffix
    }

    /** The home country a ticker's exchange gives a company ({@link #EXCHANGES}), or null. */
    static String exchangeCountry(String suffix) {
        return suffix == null ? null : EXCHANGES.get(suffix);
    }

    /** USA for a New York listing (weak evidence: foreign firms list there too), else null. */
    static String usListing(String suffix) {
        return suffix != null && US_EXCHANGES.contains(suffix) ? "USA" : null;
    }

    /** True when the wire encloses the mention in angle brackets ("&lt;Kokusai Denshin Denwa Co&gt;"). */
    static boolean bracketed(String body, Mention m) {
        int s = m.start();
        while (s > 0 && body.charAt(s - 1) == ' ') {
            s--;
        }
        boolean open = m.text().startsWith("<") || s > 0 && body.charAt(s - 1) == '<';
        int e = m.end();
        boolean close = m.text().endsWith(">") || e < body.length() && body.charAt(e) == '>';
        return open && close;
    }

    /**
     * The article with the mentions the text or knowledge marks as companies or bodies made organisations, a
     * ticker's remnant cut from names, and the parts of a name a ticker closes joined; {@code annotated} itself
     * when nothing changes.
     */
    static Annotated apply(Annotated given, ActorKnowledge knowledge, LocalDate day) {
        Annotated annotated = AgreementNames.apply(given); // "Louvre pact", "Louvre accord": one agreement's name
        String body = annotated.article().bodyText();
        List<Mention> ms = new ArrayList<>(annotated.mentions());
        boolean changed = false;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Matcher tail = TICKER_TAIL.matcher(m.text());
            if (m.type().isEntity() && tail.find() && tail.start() > 0) {
                int cut = tail.start();
                String text = m.text().substring(0, cut);
                Matcher canonicalTail = TICKER_TAIL.matcher(m.canonical());
                String canonical = canonicalTail.find() && canonicalTail.start() > 0
                        ? m.canonical().substring(0, canonicalTail.start()) : m.canonical();
                ms.set(i, new Mention(m.type(), text, m.start(), m.start() + cut, m.sentence(),
                        m.canonical().equals(m.text()) ? text : canonical, m.country()));
                changed = true;
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Matcher inner = INNER_TICKER.matcher(m.canonical());
            if (m.type().isEntity() && inner.find()) {
                // "Lloyds Bank <LLOY.L> PLC": the wire's ticker inside the name is no part of it
                String canonical = NameKeys.display(inner.replaceAll(" "));
                ms.set(i, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), canonical, m.country()));
                changed = true;
            }
        }
        List<OfficeClaim> offices = annotated.offices();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Matcher word = FIRST_WORD.matcher(before(body, m.start()));
            if (m.type().isEntity() && tickerSuffix(body, m.end()) != null && word.find()
                    && (i == 0 || ms.get(i - 1).end() <= m.start() - word.group().length()
                    || ms.get(i - 1).start() == m.start() - word.group().length() && !holdsOffice(offices, i - 1))) {
                // "Cable and Wireless PLC <CAWL.L>": one capitalised word the recogniser left out, or took alone
                int start = m.start() - word.group().length();
                boolean alone = i > 0 && ms.get(i - 1).start() == start;
                ms.set(i, new Mention(MentionType.ORGANIZATION, body.substring(start, m.end()), start, m.end(),
                        m.sentence(), null, null));
                if (alone) {
                    ms.remove(i - 1);
                    offices = shift(offices, i - 1);
                    i--;
                }
                changed = true;
            }
        }
        Set<String> companies = new HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String name = EntityResolver.unbracketed(m.text());
            if (m.type().isEntity() && (tickerSuffix(body, m.end()) != null || bracketed(body, m))
                    || retypable(m.type()) && known(knowledge, name, day, m.type() != MentionType.LOCATION)
                    && !personCue(body, ms, offices, name)) {
                companies.add(NameKeys.key(name));
            }
        }
        for (int i = 0; i < ms.size() && !companies.isEmpty(); i++) {
            Mention m = ms.get(i);
            if (retypable(m.type()) && companies.contains(NameKeys.key(EntityResolver.unbracketed(m.text())))) {
                ms.set(i, new Mention(MentionType.ORGANIZATION, m.text(), m.start(), m.end(), m.sentence(),
                        m.canonical(), m.type() == MentionType.LOCATION ? null : m.country()));
                changed = true;
            }
        }
        changed |= companyConsensus(body, ms, offices);
        changed |= actingSeats(body, ms, knowledge);
        return changed ? new Annotated(annotated.article(), annotated.sentences(), ms, offices,
                annotated.pipelineVersion()) : annotated;
    }

    /**
     * In-document type consensus: a PERSON or MISC mention whose name opens a company the same article writes with
     * its legal form ("Harcourt" of "Harcourt Brace Jovanovich Inc", "Monier" of "Monier Ltd") or with a possessive
     * head ("Moody" of "Moody's Investors Service") is that company, an ORGANIZATION, and takes the full name as its
     * canonical form when one company alone opens so. Not when the article treats the name as a person's (an office,
     * an honorific, or a person of two words or more with it as surname: "John Harcourt"), nor for a country's name
     * or demonym ("American" of "American Express Co") or a body every state has.
     *
     * @return true when a mention was retyped
     */
    static boolean companyConsensus(String body, List<Mention> ms, List<OfficeClaim> offices) {
        Map<String, String> openings = new HashMap<>(); // opening's key → the company's name, "" when two differ
        for (Mention o : ms) {
            if (!o.type().isEntity()) {
                continue;
            }
            String name = EntityResolver.unbracketed(o.canonical());
            String bare = NameKeys.withoutLegalForm(name);
            Matcher possessive = POSSESSIVE_HEAD.matcher(bare);
            boolean legal = !bare.equals(name);
            if (!legal && !(o.type() == MentionType.ORGANIZATION && possessive.find())) {
                continue;
            }
            String[] words = bare.split(" ");
            for (int n = 1; n <= words.length; n++) {
                String opening = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
                String plain = opening.replaceAll("['’]s$", "");
                for (String form : opening.equals(plain) ? List.of(opening) : List.of(opening, plain)) {
                    String k = NameKeys.key(form);
                    if (k.length() >= 3 && (n < words.length || legal)) {
                        openings.merge(k, name, (a, b) -> a.equals(b) ? a : "");
                    }
                }
            }
        }
        if (openings.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.type() != MentionType.PERSON && m.type() != MentionType.MISC || inCompound(body, m)) {
                continue; // "the Hart-Scott-Rodino Act": a part of a compound names no company
            }
            String name = EntityResolver.unbracketed(m.text()).replaceAll("['’]s?$", "");
            String company = openings.get(NameKeys.key(name));
            if (company == null || NameKeys.key(name).equals(NameKeys.key(company))
                    || GAZETTEER.countryOf(name) != null || GenericBodies.isGeneric(MentionType.ORGANIZATION, name)
                    || personCue(body, ms, offices, name) || surnameOfPerson(ms, name, openings)) {
                continue;
            }
            ms.set(i, new Mention(MentionType.ORGANIZATION, m.text(), m.start(), m.end(), m.sentence(),
                    company.isEmpty() ? m.canonical() : company, null));
            changed = true;
        }
        return changed;
    }

    /** True when a hyphen joins the mention to a word before or after it ("Hart-Scott-Rodino"). */
    private static boolean inCompound(String body, Mention m) {
        return m.start() > 1 && body.charAt(m.start() - 1) == '-' && Character.isLetter(body.charAt(m.start() - 2))
                || m.end() + 1 < body.length() && body.charAt(m.end()) == '-' && Character.isLetter(body.charAt(m.end() + 1));
    }

    /** A person of two words or more, not itself a company's opening, whose last word is {@code name}. */
    private static boolean surnameOfPerson(List<Mention> ms, String name, Map<String, String> openings) {
        String key = NameKeys.key(name);
        for (Mention p : ms) {
            String text = EntityResolver.unbracketed(p.text());
            if (p.type() == MentionType.PERSON && NameKeys.tokenCount(text) >= 2
                    && !openings.containsKey(NameKeys.key(text)) && key.equals(NameKeys.lastTokenKey(text))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A seat of government the article makes act ("the White House said", "Kremlin officials"), not only a place
     * things happen at ("talks at the White House"), is the government sitting there: all the article's mentions of
     * it become ORGANIZATION (their country then comes from knowledge, as of the article's day: the Kremlin in 1987
     * is the Soviet Union's). A seat named only after a preposition of place stays a place.
     *
     * @return true when a mention was retyped
     */
    static boolean actingSeats(String body, List<Mention> ms, ActorKnowledge knowledge) {
        Set<String> acting = new HashSet<>();
        for (Mention m : ms) {
            String name = EntityResolver.unbracketed(m.text());
            if (m.type() == MentionType.LOCATION && knowledge.seatOfGovernment(name)
                    && !LOCATIVE.matcher(before(body, m.start())).find()) {
                acting.add(NameKeys.key(name));
            }
        }
        boolean changed = false;
        for (int i = 0; i < ms.size() && !acting.isEmpty(); i++) {
            Mention m = ms.get(i);
            if (m.type() == MentionType.LOCATION && acting.contains(NameKeys.key(EntityResolver.unbracketed(m.text())))) {
                ms.set(i, new Mention(MentionType.ORGANIZATION, m.text(), m.start(), m.end(), m.sentence(),
                        m.canonical(), null));
                changed = true;
            }
        }
        return changed;
    }

    /** Office claims after {@code removed}'s mention was taken out: later holders move down by one. */
    private static List<OfficeClaim> shift(List<OfficeClaim> offices, int removed) {
        List<OfficeClaim> out = new ArrayList<>(offices.size());
        for (OfficeClaim c : offices) {
            out.add(c.holder() <= removed ? c : new OfficeClaim(c.holder() - 1, c.title(), c.organization(),
                    c.country(), c.former(), c.start(), c.end()));
        }
        return out;
    }

    private static boolean retypable(MentionType type) {
        return type == MentionType.PERSON || type == MentionType.LOCATION || type == MentionType.MISC;
    }

    /** Up to 60 characters before {@code offset}, from a word's start (or the text's). */
    private static String before(String body, int offset) {
        int from = Math.max(0, offset - 60);
        if (from > 0) {
            int space = body.indexOf(' ', from);
            from = space < 0 || space >= offset ? offset : space + 1;
        }
        return body.substring(from, offset);
    }

    private static boolean holdsOffice(List<OfficeClaim> offices, int mention) {
        return offices.stream().anyMatch(c -> c.holder() == mention);
    }

    /**
     * A company the dictionaries list, or with {@code bodies} a state's body, party or outlet (two words or more, or
     * an acronym).
     */
    private static boolean known(ActorKnowledge knowledge, String name, LocalDate day, boolean bodies) {
        if (knowledge.isEmpty() || !ActorKnowledge.distinctive(name)) {
            return false;
        }
        if (knowledge.companyHome(name, day) != null) {
            return true;
        }
        // a place the table lists as a state's seat ("Downing Street", "Wall Street") stays a place
        return bodies && knowledge.knowBody(name, day).isPresent();
    }

    /** The article treats the name as a person's: it holds an office, or an honorific stands before it. */
    private static boolean personCue(String body, List<Mention> ms, List<OfficeClaim> offices, String name) {
        String key = NameKeys.key(name);
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (!NameKeys.key(EntityResolver.unbracketed(m.text())).equals(key)) {
                continue;
            }
            if (holdsOffice(offices, i)) {
                return true;
            }
            String before = body.substring(Math.max(0, m.start() - 6), m.start()).strip();
            int space = before.lastIndexOf(' ');
            if (HONORIFICS.contains(space < 0 ? before : before.substring(space + 1))) {
                return true;
            }
        }
        return false;
    }
}
