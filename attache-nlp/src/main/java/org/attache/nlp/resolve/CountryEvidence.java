package org.attache.nlp.resolve;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.api.Affiliation;
import org.attache.api.AffiliationSource;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.gazetteer.CountriesAsOfLayer;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.CountryHistory;
import org.attache.nlp.gazetteer.OrganizationCountryLayer;
import org.attache.nlp.gazetteer.WorldCities;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.attache.nlp.names.VietnameseNameShape;

/**
 * The affiliation (country or international organisation) of a group of mentions that name one actor in an
 * article, from the strongest evidence the article and knowledge give ({@link AffiliationSource}):
 * <ol>
 *   <li>{@code name}: the name itself ("Bank of Japan", "Moscow", "International Monetary Fund");</li>
 *   <li>{@code office}: the office phrase or the words qualifying the name: the organisation inside a person's
 *       office ("Chairman of Nordhafen Shipping", resolved first), the country of the claim, a country, demonym
 *       or IGO right before the title ("Iranian Oil Minister", "IMF Managing Director", see {@link OfficePhrase}),
 *       the IGO or the one registry country of the office's organisation; for organisations, a country word
 *       qualifying the name ("Singapore's ruling X") or its seat ("the Hamburg-based X", see
 *       {@link PlaceDescriptors});</li>
 *   <li>for organisations, a description as a country's firm next to the name ("Japan's largest chip maker, X",
 *       "X, a Swiss drugs group", see {@link CompanyDescriptor}): {@code apposition};</li>
 *   <li>{@code apposition}: an office given after the name ("X, Japan's foreign minister"), acting "on behalf
 *       of" an organisation or country, a US legislator's party and state ("X (D-Tex)"), an organisation's seat
 *       after its name ("X of Vancouver, British Columbia") and in-document coreference (an acronym's country
 *       from its expansion); for people, also a role noun qualified by a country or an organisation ("Tass
 *       commentator X", "X, a Swedish diplomat", see {@link RoleDescriptor}), and a role the text ties to a body
 *       ("SPD farm policy spokesman X", "bank president X" beside the one bank named, "The … head at Iraq's Defence
 *       Ministry, X,", "X, chief executive of the Frankfurt-based …", see {@link BodyRoles});</li>
 *   <li>{@code knowledge}: {@link ActorKnowledge} by the article's day (people of two words or more,
 *       organisations, places), then for places the world's towns ({@link WorldCities});</li>
 * </ol>
 * Those take part in matching (countries must not conflict). Weak context ({@code context}) is used only when
 * nothing above applies, after matching: a Vietnamese-looking name ({@link VietnameseNameShape}), then the
 * country a visitor is reported visiting, for the people met there and their offices' organisations
 * ({@link VisitHosts}). The story's location or dateline alone never gives an affiliation: an actor with no
 * evidence has none. Every code is as of the article's day ({@link CountryHistory}). Stateless.
 */
final class CountryEvidence {
    private static final String VIETNAM = "VNM";
    private static final CountryGazetteer GAZETTEER = CountryGazetteer.standard();
    private static final WorldCities TOWNS = WorldCities.standard();
    /** A town that opens an organisation's name gives it its country from this size ("Chicago Board of Trade"). */
    private static final long LARGE_TOWN = 100_000;
    private static final OrganizationCountryLayer ORG_NAMES = new OrganizationCountryLayer(GAZETTEER);
    private static final OfficePhrase OFFICE_PHRASE = new OfficePhrase(GAZETTEER);
    private static final RoleDescriptor ROLES = new RoleDescriptor(GAZETTEER, OFFICE_PHRASE);
    private static final CompanyDescriptor COMPANIES = new CompanyDescriptor(GAZETTEER);
    private final BodyRoles bodyRoles;

    private final Annotated annotated;
    private final LocalDate day;
    private final ActorKnowledge knowledge;
    private final Map<Integer, String> hosts;
    private final PlaceDescriptors places;

    /** The evidence of one article. */
    CountryEvidence(Annotated annotated, ActorKnowledge knowledge) {
        this.annotated = annotated;
        this.day = CountriesAsOfLayer.dayOf(annotated.article());
        this.knowledge = knowledge;
        this.hosts = VisitHosts.of(annotated);
        this.places = new PlaceDescriptors(GAZETTEER, knowledge);
        this.bodyRoles = new BodyRoles(GAZETTEER, places);
    }

    /**
     * The strongest affiliation of a group from the article and knowledge, or null.
     *
     * @param entityAffiliations affiliation of the entity each mention (by index) has been resolved to so far in
     *                           this article, or null (weak ones are left out by the caller)
     */
    Affiliation strong(MentionType type, String name, List<Integer> members, Affiliation[] entityAffiliations,
                       EntityRegistry registry) {
        Affiliation best = fromMentions(type, members);
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromSeat(members);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromDescription(members);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromTicker(members, false);
        }
        if (best == null && (type == MentionType.ORGANIZATION || type == MentionType.LOCATION)) {
            best = fromRegion(type, members);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromParent(members);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromLongerForm(name, members);
        }
        if (type == MentionType.PERSON) {
            Affiliation office = fromOffices(members, entityAffiliations, registry);
            best = office != null && office.strongerThan(best) ? office : best;
            Affiliation behalf = best == null ? onBehalfOf(members, entityAffiliations) : null;
            best = behalf != null ? behalf : best;
            if (best == null) {
                best = fromRole(members, entityAffiliations);
            }
            if (best == null) {
                best = fromBodyRoles(members, entityAffiliations);
            }
            if (best == null) {
                String body = annotated.article().bodyText();
                for (int i : members) {
                    String usa = places.legislator(body, annotated.mentions().get(i).end());
                    usa = usa != null ? usa : places.legislatorBefore(body, annotated.mentions().get(i).start());
                    if (usa != null) {
                        best = new Affiliation(usa, AffiliationSource.APPOSITION);
                        break;
                    }
                }
            }
        }
        if (best == null) {
            best = fromKnowledge(type, name, members);
        }
        if (best == null && type == MentionType.LOCATION) {
            best = fromTowns(name, members);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromBodyOpening(name);
        }
        if (best == null && type == MentionType.ORGANIZATION) {
            best = fromLegalForm(name, members, false);
        }
        if (best == null && type == MentionType.ORGANIZATION && GAZETTEER.igoOfName(name) == null) {
            String town = TOWNS.townOpening(name, LARGE_TOWN);
            best = town == null ? null : new Affiliation(asOf(town), AffiliationSource.KNOWLEDGE);
        }
        return best;
    }

    /**
     * A town of the world-cities table ({@link WorldCities}): of a state or province the article names, else its
     * dominant sense, else of the one of its countries the article names (knowledge).
     */
    private Affiliation fromTowns(String name, List<Integer> members) {
        Set<String> named = new java.util.HashSet<>();
        Set<String> regions = new java.util.HashSet<>();
        for (Mention m : annotated.mentions()) {
            if (m.country() != null && !m.country().isBlank()) {
                named.add(m.country());
            }
            String region = m.type() == MentionType.LOCATION ? places.regionInName(m.text()) : null;
            if (region != null) {
                regions.add(region);
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        for (int i : members) {
            forms.add(NameKeys.display(annotated.mentions().get(i).text()));
        }
        for (String form : forms) {
            String c = TOWNS.countryOf(form, regions, named);
            if (c != null) {
                return new Affiliation(CountryHistory.standard().placeAsOf(form, c, day), AffiliationSource.KNOWLEDGE);
            }
        }
        return null;
    }

    /**
     * A listed company's home by its ticker's exchange ("Cable and Wireless PLC &lt;CAWL.L&gt;" → GBR, see
     * {@link CompanyMarks}): an apposition the wire writes; with {@code usListing}, a New York listing as weak
     * context (foreign firms list there too).
     */
    private Affiliation fromTicker(List<Integer> members, boolean usListing) {
        String body = annotated.article().bodyText();
        for (int i : members) {
            String suffix = CompanyMarks.tickerSuffix(body, annotated.mentions().get(i).end());
            String c = usListing ? CompanyMarks.usListing(suffix) : CompanyMarks.exchangeCountry(suffix);
            if (c != null) {
                return new Affiliation(asOf(c), usListing ? AffiliationSource.CONTEXT : AffiliationSource.APPOSITION);
            }
        }
        return null;
    }

    /**
     * A body named inside a state's own body ("White House Economic Policy Council", "Federal Reserve Bank of
     * Boston"): the country knowledge gives the name's opening words of two or more, longest first, when they name
     * a state's institution ({@link ActorKnowledge#knowBody}, not a party or an outlet): knowledge.
     */
    private Affiliation fromBodyOpening(String name) {
        if (knowledge.isEmpty()) {
            return null;
        }
        String[] words = NameKeys.display(name).split("\\s+");
        for (int n = words.length - 1; n >= 2; n--) {
            var known = knowledge.knowBody(String.join(" ", java.util.Arrays.copyOf(words, n)), day);
            if (known.isPresent() && known.get().code() != null && "GOV".equals(known.get().sector())) {
                return new Affiliation(known.get().code(), AffiliationSource.KNOWLEDGE);
            }
        }
        return null;
    }

    /** Weak context for a group that has no affiliation after matching, or null. */
    Affiliation weak(MentionType type, String name, List<Integer> members) {
        if (type == MentionType.PERSON && VietnameseNameShape.matches(name)) {
            return new Affiliation(CountryHistory.standard().asOf(VIETNAM, day), AffiliationSource.CONTEXT);
        }
        if (type == MentionType.ORGANIZATION) {
            Affiliation listed = fromTicker(members, true);
            if (listed != null) {
                return listed;
            }
            Affiliation form = fromLegalForm(name, members, true);
            if (form != null) {
                return form;
            }
        }

        if (type == MentionType.PERSON || type == MentionType.ORGANIZATION) {
            for (int i : members) {
                String visited = hosts.get(i);
                if (visited != null) {
                    return new Affiliation(visited, AffiliationSource.CONTEXT);
                }
            }
        }
        if (type == MentionType.PERSON) {
            Affiliation office = unqualifiedOffice(members);
            return office != null ? office : officerOfWeakCompany(members);
        }
        return null;
    }

    /** Last words of a government office's title ("Foreign Minister", "Chief Cabinet Secretary", "envoy"). */
    private static final Set<String> GOVERNMENT_TITLES = Set.of("minister", "secretary", "premier", "chancellor",
            "envoy", "ambassador");
    /** Titles of the other office holders whose country names the government of the article's own officials. */
    private static final Set<String> STATE_TITLES = Set.of("minister", "secretary", "premier", "chancellor",
            "envoy", "ambassador", "president");

    /**
     * Weak context for a person who holds a government office the text does not qualify ("Foreign Minister X",
     * "Chief Cabinet Secretary X", "shadow home secretary X"): news names an unqualified office only for the
     * government of the article's own officials, so the person is of the one state whose government offices the
     * article's other office holders hold by stronger evidence ("Japanese Prime Minister Y", a claim's country,
     * knowledge of the holder); none when the article's office holders are of several states or of none.
     */
    private Affiliation unqualifiedOffice(List<Integer> members) {
        List<Mention> ms = annotated.mentions();
        String body = annotated.article().bodyText();
        boolean unqualified = false;
        for (OfficeClaim claim : annotated.offices()) {
            if (members.contains(claim.holder()) && !claim.former() && blankToNull(claim.organization()) == null
                    && blankToNull(claim.country()) == null && GOVERNMENT_TITLES.contains(lastWord(claim.title()))
                    && OFFICE_PHRASE.before(body, claim.start()) == null) {
                unqualified = true;
            }
        }
        if (!unqualified) {
            return null;
        }
        Set<String> states = new LinkedHashSet<>();
        for (OfficeClaim claim : annotated.offices()) {
            int h = claim.holder();
            if (h < 0 || h >= ms.size() || members.contains(h) || claim.former()
                    || blankToNull(claim.organization()) != null || !STATE_TITLES.contains(lastWord(claim.title()))) {
                continue;
            }
            String code = blankToNull(claim.country());
            if (code == null) {
                code = blankToNull(ms.get(h).country());
            }
            if (code == null) {
                code = OFFICE_PHRASE.before(body, claim.start());
            }
            if (code == null && !knowledge.isEmpty()) {
                var known = knowledge.knowPerson(NameKeys.display(ms.get(h).text()), day);
                code = known.isPresent() ? known.get().code() : null;
            }
            if (code != null && !org.attache.nlp.gazetteer.Igos.standard().isIgo(code)) {
                states.add(asOf(code));
            }
        }
        return states.size() == 1 ? new Affiliation(states.iterator().next(), AffiliationSource.CONTEXT) : null;
    }

    private static String lastWord(String title) {
        String[] words = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /**
     * Weak context for a body every state has ("the Senate", "Congress", "Finance Ministry", see
     * {@link GenericBodies}): the one state the article names, counting the states whose own institutions or
     * parties it names ("the SEC", "the Bundesbank", knowledge) and the United States for a legislator's party and
     * state ("Markey (D-Mass.)"); null when none or several. News outlets do not count, nor does the dateline.
     */
    Affiliation genericBody(List<Integer> members) {
        List<Mention> ms = annotated.mentions();
        Set<String> states = new LinkedHashSet<>(GenericBodies.states(ms, members, day, annotated.article().dateline()));
        String body = annotated.article().bodyText();
        for (int i = 0; i < ms.size() && states.size() < 2; i++) {
            Mention m = ms.get(i);
            if (members.contains(i) || m.country() != null && !m.country().isBlank()) {
                continue;
            }
            if (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.LOCATION) {
                var known = knowledge.knowBody(NameKeys.display(m.text()), day);
                if (known.isPresent() && known.get().code() != null && !"MED".equals(known.get().sector())
                        && !org.attache.nlp.gazetteer.Igos.standard().isIgo(known.get().code())) {
                    states.add(known.get().code());
                }
            } else if (m.type() == MentionType.PERSON) {
                String usa = places.legislator(body, m.end());
                if (usa != null) {
                    states.add(asOf(usa));
                }
            }
        }
        return states.size() == 1 ? new Affiliation(states.iterator().next(), AffiliationSource.CONTEXT) : null;
    }

    /**
     * A company's legal form ({@link LegalForms}): "SpA", "KK", "plc" as knowledge, or with {@code weak} the
     * American "Inc" and "Corp" as weak context.
     */
    private Affiliation fromLegalForm(String name, List<Integer> members, boolean weak) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        for (int i : members) {
            forms.add(NameKeys.display(annotated.mentions().get(i).text()));
        }
        for (String form : forms) {
            String c = weak ? LegalForms.weakCountry(form) : LegalForms.country(form);
            if (c != null) {
                return new Affiliation(asOf(c), weak ? AffiliationSource.CONTEXT : AffiliationSource.KNOWLEDGE);
            }
        }
        return null;
    }

    /** A role noun qualified by a country or an organisation around a member ("Tass commentator X"). */
    private Affiliation fromRole(List<Integer> members, Affiliation[] entityAffiliations) {
        String body = annotated.article().bodyText();
        List<Mention> ms = annotated.mentions();
        for (int i : members) {
            String code = ROLES.before(body, ms, ms.get(i), x -> entityAffiliations != null
                    && entityAffiliations[x] != null ? entityAffiliations[x].code() : blankToNull(ms.get(x).country()));
            if (code != null) {
                return new Affiliation(asOf(code), AffiliationSource.OFFICE);
            }
            code = ROLES.after(body, ms.get(i));
            if (code != null) {
                return new Affiliation(asOf(code), AffiliationSource.APPOSITION);
            }
        }
        return null;
    }

    /**
     * A role the text ties to a body ({@link BodyRoles}): an organisation before the title with lower-case words
     * between, a title opened by the head noun of the article's one such body (the office phrase), or a
     * description set off before or after the name (an apposition).
     */
    private Affiliation fromBodyRoles(List<Integer> members, Affiliation[] entityAffiliations) {
        String body = annotated.article().bodyText();
        List<Mention> ms = annotated.mentions();
        java.util.function.IntFunction<String> code = x -> entityAffiliations != null && entityAffiliations[x] != null
                ? entityAffiliations[x].code() : blankToNull(ms.get(x).country());
        for (OfficeClaim claim : annotated.offices()) {
            if (!members.contains(claim.holder()) || claim.former() || blankToNull(claim.organization()) != null
                    || blankToNull(claim.country()) != null) {
                continue;
            }
            String c = bodyRoles.organisationBeforeTitle(body, ms, claim, code);
            if (c == null) {
                c = bodyRoles.headNounBody(claim, ms, code);
            }
            if (c != null) {
                return new Affiliation(asOf(c), source(claim, ms));
            }
        }
        for (int i : members) {
            String c = bodyRoles.descriptionBefore(body, ms, ms.get(i), code, day);
            if (c == null) {
                c = bodyRoles.descriptionAfter(body, ms, ms.get(i), code, day);
            }
            if (c != null) {
                return new Affiliation(asOf(c), AffiliationSource.APPOSITION);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The most frequent country of the members' own mentions, with the strongest source it has. */
    private Affiliation fromMentions(MentionType type, List<Integer> members) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, AffiliationSource> sources = new LinkedHashMap<>();
        for (int i : members) {
            Mention m = annotated.mentions().get(i);
            String c = m.country();
            if (c == null || c.isBlank()) {
                continue;
            }
            votes.merge(c, 1, Integer::sum);
            AffiliationSource s = sourceOf(type, i, m);
            sources.merge(c, s, (a, b) -> a.strongerThan(b) ? a : b);
        }
        String top = null;
        for (var e : votes.entrySet()) {
            if (top == null || e.getValue() > votes.get(top)
                    || e.getValue().equals(votes.get(top)) && sources.get(e.getKey()).strongerThan(sources.get(top))) {
                top = e.getKey();
            }
        }
        return top == null ? null : new Affiliation(top, sources.get(top));
    }

    /** How mention {@code i} came by its country. */
    private AffiliationSource sourceOf(MentionType type, int i, Mention m) {
        if (type == MentionType.PERSON) {
            for (OfficeClaim c : annotated.offices()) {
                if (c.holder() == i && m.country().equals(asOf(c.country()))) {
                    return c.end() <= m.start() ? AffiliationSource.OFFICE : AffiliationSource.APPOSITION;
                }
            }
            return AffiliationSource.APPOSITION;
        }
        if (m.country().equals(byName(type, m.text()))) {
            return AffiliationSource.NAME;
        }
        if (!m.canonical().equals(m.text()) && m.country().equals(byName(type, m.canonical()))) {
            return AffiliationSource.APPOSITION; // an acronym given its expansion's country
        }
        return AffiliationSource.OFFICE; // the words qualifying the name: "Singapore's ruling X"
    }

    /** The code a name gives by itself, as of the article's day, or null. */
    private String byName(MentionType type, String text) {
        String c = GAZETTEER.affiliationOfName(text);
        if (c == null && type != MentionType.LOCATION) {
            c = ORG_NAMES.inName(text);
        }
        if (type == MentionType.LOCATION) {
            return CountryHistory.standard().placeAsOf(text, c, day);
        }
        return asOf(c);
    }

    /**
     * A place followed by its state or province ("Dedham, Mass.": an apposition), or an organisation named after
     * one ("California Public Utility Commission": its name).
     */
    private Affiliation fromRegion(MentionType type, List<Integer> members) {
        String body = annotated.article().bodyText();
        for (int i : members) {
            Mention m = annotated.mentions().get(i);
            String c = type == MentionType.LOCATION ? places.regionAfter(body, m.end()) : places.regionInName(m.text());
            if (c != null) {
                return new Affiliation(asOf(c), type == MentionType.LOCATION ? AffiliationSource.APPOSITION
                        : AffiliationSource.NAME);
            }
        }
        return null;
    }

    /**
     * An organisation described as a country's firm next to one of its mentions ("Japan's largest chip maker, X",
     * "X, a Swiss drugs group", {@link CompanyDescriptor}): apposition.
     */
    private Affiliation fromDescription(List<Integer> members) {
        String body = annotated.article().bodyText();
        for (int i : members) {
            String code = COMPANIES.of(body, annotated.mentions().get(i));
            if (code != null) {
                return new Affiliation(asOf(code), AffiliationSource.APPOSITION);
            }
        }
        return null;
    }

    /** An organisation's seat said around one of its mentions ("the Hamburg-based …", "X of Vancouver"). */
    private Affiliation fromSeat(List<Integer> members) {
        String body = annotated.article().bodyText();
        for (int i : members) {
            Mention m = annotated.mentions().get(i);
            PlaceDescriptors.Seat seat = places.seat(body, m.start(), m.end(), day);
            if (seat != null) {
                return new Affiliation(seat.code(), seat.after() ? AffiliationSource.APPOSITION : AffiliationSource.OFFICE);
            }
        }
        return null;
    }

    /** After a company's name: "(BCI), a unit of the", "'s wholly owned subsidiary"; what follows is its parent. */
    private static final java.util.regex.Pattern PARENT = java.util.regex.Pattern.compile(
            "\\A\\s*(?:\\([^()]{1,20}\\)\\s*)?,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:unit|subsidiary|affiliate|"
            + "division|arm)\\s+of\\s+(?:the\\s+)?");
    /** A country's possessive opening the parent's name: "Japan's Mitsubishi Corp". */
    private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile(
            "\\A(\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)?)['’]s\\s");

    /**
     * A company said to be a unit, subsidiary, affiliate or division of another ("X, a unit of the U.K. merchant bank
     * Y", "X, a subsidiary of Japan's Y", "X, a unit of Y Inc"): the parent's country, from a description of it as a
     * country's firm, a country's possessive before it, or its own evidence in the article (its name, seat,
     * description, ticker, knowledge; never weak): an apposition.
     */
    private Affiliation fromParent(List<Integer> members) {
        String body = annotated.article().bodyText();
        List<Mention> ms = annotated.mentions();
        for (int i : members) {
            Mention m = ms.get(i);
            java.util.regex.Matcher p = PARENT.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 80));
            p.useAnchoringBounds(true).useTransparentBounds(true);
            if (!p.lookingAt()) {
                continue;
            }
            int at = p.end();
            String rest = body.substring(at, Math.min(body.length(), at + 100));
            String code = COMPANIES.described(rest);
            java.util.regex.Matcher owner = POSSESSOR.matcher(rest);
            if (code == null && owner.lookingAt()) {
                code = GAZETTEER.countryOf(owner.group(1));
            }
            if (code == null) {
                for (int j = 0; j < ms.size(); j++) {
                    if (ms.get(j).start() == at && ms.get(j).type() == MentionType.ORGANIZATION && !members.contains(j)) {
                        Affiliation own = ownEvidence(j);
                        code = own == null ? null : own.code();
                    }
                }
            }
            if (code != null) {
                return new Affiliation(asOf(code), AffiliationSource.APPOSITION);
            }
        }
        return null;
    }

    /**
     * In-document coreference of a company's short name: the group's name in brackets right after a longer name
     * ("Den Norske Stats Oljeselskap A/S (Statoil)"), or the opening words of a longer company name the article
     * writes ("Puma" of "Puma AG Rudolf Dassler Sport"), unless that name holds its country in brackets ("X Exploration
     * (Canada) Ltd" is a national unit of the group "X"; "X Life Insurance Co of Japan" is X itself): that name's own evidence (never weak), when all such longer
     * names agree: an apposition.
     */
    private Affiliation fromLongerForm(String name, List<Integer> members) {
        String body = annotated.article().bodyText();
        List<Mention> ms = annotated.mentions();
        String key = NameKeys.key(name);
        if (key.isEmpty() || GAZETTEER.countryOf(name) != null || GenericBodies.isGeneric(MentionType.ORGANIZATION, name)) {
            return null;
        }
        List<String> words = NameKeys.tokens(name);
        Set<String> codes = new LinkedHashSet<>();
        for (int j = 0; j < ms.size(); j++) {
            Mention o = ms.get(j);
            if (members.contains(j) || o.type() != MentionType.ORGANIZATION) {
                continue;
            }
            boolean bracketed = false;
            // an acronym in brackets is the acronym layer's (its letters checked against the name), not this rule's
            for (int i : acronym(name) ? List.<Integer>of() : members) {
                Mention m = ms.get(i);
                bracketed |= o.end() <= m.start() && m.start() - o.end() <= 12
                        && body.substring(o.end(), m.start()).matches("[^()<>,;.]{0,10}\\(\\s*")
                        && body.startsWith(")", m.end());
            }
            List<String> longer = NameKeys.tokens(o.text());
            boolean opening = longer.size() > words.size() && longer.subList(0, words.size()).equals(words)
                    && LegalForms.isCompany(o.text());
            if (!bracketed && !opening) {
                continue;
            }
            Affiliation own = ownEvidence(j);
            if (own == null) {
                return null; // a longer form of no known country: nothing to pass on
            }
            if (!bracketed && own.source() == AffiliationSource.NAME && o.text().matches(".*\\(\\s*\\p{Lu}[^()]*\\).*")) {
                continue; // "LASMO Exploration (Canada) Ltd": a national unit named so, not the group "LASMO"
            }
            codes.add(own.code());
        }
        return codes.size() == 1 ? new Affiliation(asOf(codes.iterator().next()), AffiliationSource.APPOSITION) : null;
    }

    private static boolean acronym(String name) {
        return name.length() <= 6 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * What the article says of organisation mention {@code j} and its same-named mentions by themselves (their
     * countries, seat, description, ticker, region, knowledge, telling legal form), without coreference; never weak.
     */
    private Affiliation ownEvidence(int j) {
        List<Mention> ms = annotated.mentions();
        String key = NameKeys.key(ms.get(j).text());
        List<Integer> same = new java.util.ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k).type() == MentionType.ORGANIZATION && NameKeys.key(ms.get(k).text()).equals(key)) {
                same.add(k);
            }
        }
        String name = NameKeys.display(ms.get(j).text());
        Affiliation a = fromMentions(MentionType.ORGANIZATION, same);
        a = a != null ? a : fromSeat(same);
        a = a != null ? a : fromDescription(same);
        a = a != null ? a : fromTicker(same, false);
        a = a != null ? a : fromRegion(MentionType.ORGANIZATION, same);
        a = a != null ? a : fromKnowledge(MentionType.ORGANIZATION, name, same);
        a = a != null ? a : fromLegalForm(name, same, false);
        return a == null || a.source().weak() ? null : a;
    }

    /** A person's affiliation from the office claims of the group's mentions. */
    private Affiliation fromOffices(List<Integer> members, Affiliation[] entityAffiliations, EntityRegistry registry) {
        List<OfficeClaim> claims = annotated.offices().stream().filter(c -> members.contains(c.holder())).toList();
        if (claims.isEmpty()) {
            return null;
        }
        List<Mention> mentions = annotated.mentions();
        String body = annotated.article().bodyText();
        for (OfficeClaim claim : claims) {
            AffiliationSource source = source(claim, mentions);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() == MentionType.ORGANIZATION && entityAffiliations[i] != null
                        && (m.start() >= claim.start() && m.end() <= claim.end() || adjacentBefore(body, m, claim))) {
                    return new Affiliation(entityAffiliations[i].code(), source);
                }
            }
        }
        for (OfficeClaim claim : claims) {
            if (claim.country() != null && !claim.country().isBlank()) {
                return new Affiliation(asOf(claim.country()), source(claim, mentions));
            }
        }
        for (OfficeClaim claim : claims) {
            String phrase = OFFICE_PHRASE.before(body, claim.start());
            if (phrase != null) {
                return new Affiliation(asOf(phrase), source(claim, mentions));
            }
        }
        for (OfficeClaim claim : claims) {
            String known = knownBeforeTitle(body, claim.start());
            if (known != null) {
                return new Affiliation(asOf(known), source(claim, mentions));
            }
        }
        for (OfficeClaim claim : claims) {
            if (claim.organization() == null || NameKeys.key(claim.organization()).isEmpty()) {
                continue;
            }
            String igo = GAZETTEER.igoOfName(claim.organization());
            if (igo != null) {
                return new Affiliation(igo, source(claim, mentions));
            }
            String orgKey = NameKeys.key(claim.organization());
            if (BARE_HEADS.contains(orgKey)) {
                continue; // "Commission President X": which commission the registry's spelling cannot say
            }
            Set<String> countries = new LinkedHashSet<>();
            for (RegisteredEntity org : registry.candidates(orgKey)) {
                if (org.type() == MentionType.ORGANIZATION && org.country() != null && !org.weakCountry()) {
                    countries.add(org.country());
                }
            }
            if (countries.size() == 1) {
                return new Affiliation(asOf(countries.iterator().next()), source(claim, mentions));
            }
        }
        return null;
    }

    /**
     * The country or IGO knowledge gives the capitalised words right before an office title ("White House
     * spokesman" → USA), longest first, or null. Companies give none here: a firm's officer is not its country's.
     */
    private String knownBeforeTitle(String body, int titleStart) {
        if (knowledge.isEmpty()) {
            return null;
        }
        List<String> words = OFFICE_PHRASE.run(body, titleStart);
        for (int start = Math.max(0, words.size() - 5); start < words.size(); start++) {
            String form = String.join(" ", words.subList(start, words.size()));
            if (form.endsWith("'s") || form.endsWith("’s")) {
                form = form.substring(0, form.length() - 2);
            }
            var k = knowledge.know(form, day);
            if (k.isPresent() && k.get().code() != null) {
                return k.get().code();
            }
        }
        return null;
    }

    /**
     * Head words that alone name no one body ("the Commission", "the Bank"): the registry holds them as spellings of
     * whichever body an article meant (the European Commission, the Bank of England), so a registry look-up of
     * one says nothing of another article's holder of an office ("Commission President Hermann Bodenmann" of a
     * Swiss federal commission is no EU official).
     */
    private static final Set<String> BARE_HEADS = Set.of("commission", "committee", "council", "bank", "board",
            "court", "agency", "authority", "fund", "assembly", "ministry", "department", "office", "bureau",
            "institute", "association", "federation", "union", "exchange", "corporation", "company", "group");

    private static final java.util.regex.Pattern BEHALF = java.util.regex.Pattern.compile(
            "\\b[Oo]n behalf of (?:the )?");

    /**
     * "On behalf of the Communist Party of Vietnam (CPV) Central Committee, Trung informed …", "Trung, on behalf
     * of Vietnam, …": a person acting on behalf of an organisation or country is of it (an apposition).
     */
    private Affiliation onBehalfOf(List<Integer> members, Affiliation[] entityAffiliations) {
        String body = annotated.article().bodyText();
        List<Mention> ms = annotated.mentions();
        java.util.regex.Matcher b = BEHALF.matcher(body);
        while (b.find()) {
            int x = mentionStartingAt(b.end());
            if (x < 0) {
                continue;
            }
            Mention named = ms.get(x);
            String code = entityAffiliations[x] != null ? entityAffiliations[x].code() : named.country();
            if (code == null) {
                continue;
            }
            for (int i : members) {
                Mention p = ms.get(i);
                if (p.sentence() != named.sentence()) {
                    continue;
                }
                boolean after = p.start() >= named.end() && p.start() - named.end() <= 60
                        && body.substring(named.end(), p.start()).contains(",") && noPersonBetween(named.end(), p.start());
                boolean before = p.end() <= b.start() && body.substring(p.end(), b.start()).matches("[ ,]*");
                if (after || before) {
                    return new Affiliation(asOf(code), AffiliationSource.APPOSITION);
                }
            }
        }
        return null;
    }

    private int mentionStartingAt(int offset) {
        List<Mention> ms = annotated.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.start() == offset && m.type() != MentionType.PERSON && m.type().isEntity()) {
                return i;
            }
        }
        return -1;
    }

    private boolean noPersonBetween(int from, int to) {
        return annotated.mentions().stream()
                .noneMatch(m -> m.type() == MentionType.PERSON && m.start() >= from && m.end() < to);
    }

    /** An office given before its holder's name is the office phrase; one given after it, an apposition. */
    private static AffiliationSource source(OfficeClaim claim, List<Mention> mentions) {
        Mention holder = claim.holder() >= 0 && claim.holder() < mentions.size() ? mentions.get(claim.holder()) : null;
        return holder == null || claim.end() <= holder.start() ? AffiliationSource.OFFICE : AffiliationSource.APPOSITION;
    }

    /** Between a company's name and its officer's title: a possessive, the wire's ticker ("Co's &lt;AXP&gt; "). */
    private static final java.util.regex.Pattern OWNER_GAP = java.util.regex.Pattern.compile(
            "\\s{0,2}(?:['’]s)?\\s{0,2}(?:<[A-Z0-9][A-Za-z0-9&.]{0,10}>)?\\s{0,2}(?:['’]s)?\\s{0,2}");

    /**
     * "IMF Managing Director", "Texaco Inc chairman", "American Express Co's &lt;AXP&gt; president": an organisation's
     * name right before the title, only spaces, a possessive or a ticker between.
     */
    private static boolean adjacentBefore(String body, Mention org, OfficeClaim claim) {
        if (org.end() > claim.start() || claim.start() - org.end() > 20) {
            return false;
        }
        return OWNER_GAP.matcher(body.substring(org.end(), claim.start())).matches();
    }

    /**
     * Weak context for an officer whose company has only weak evidence of its home ("Texaco Inc chairman X": the
     * American "Inc", a New York listing; not "Corp", which Japanese and Indian firms write too): the company's weak country, never over anything stronger.
     */
    private Affiliation officerOfWeakCompany(List<Integer> members) {
        List<Mention> ms = annotated.mentions();
        String body = annotated.article().bodyText();
        for (OfficeClaim claim : annotated.offices()) {
            if (!members.contains(claim.holder()) || claim.former()) {
                continue;
            }
            for (int j = 0; j < ms.size(); j++) {
                Mention o = ms.get(j);
                if (o.type() != MentionType.ORGANIZATION || !(o.start() >= claim.start() && o.end() <= claim.end()
                        || adjacentBefore(body, o, claim))) {
                    continue;
                }
                String name = NameKeys.display(o.text());
                Affiliation c = fromTicker(List.of(j), true);
                // "Inc" only: "Corp" and "Corporation" name many a foreign firm ("Oil and Natural Gas Corporation")
                List<String> words = NameKeys.tokens(name);
                boolean inc = !words.isEmpty() && Set.of("inc", "incorporated").contains(words.getLast());
                c = c != null || !inc ? c : fromLegalForm(name, List.of(j), true);
                if (c != null) {
                    return new Affiliation(c.code(), AffiliationSource.CONTEXT);
                }
            }
        }
        return null;
    }

    /** What knowledge says of the group's name, then of its other spellings, on the article's day. */
    private Affiliation fromKnowledge(MentionType type, String name, List<Integer> members) {
        if (knowledge.isEmpty() || type == MentionType.EVENT || type == MentionType.MISC) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        for (int i : members) {
            names.add(NameKeys.display(annotated.mentions().get(i).text()));
        }
        if (type == MentionType.PERSON) {
            // the dictionaries list titled forms of their people: "President Mugabe", "Secretary Weinberger"
            for (OfficeClaim c : annotated.offices()) {
                if (members.contains(c.holder()) && !c.former()) {
                    String surname = NameKeys.display(annotated.mentions().get(c.holder()).text());
                    names.add(c.title() + " " + surname);
                    String[] words = c.title().split("\\s+");
                    names.add(words[words.length - 1] + " " + surname);
                }
            }
        }
        boolean fullName = NameKeys.tokenCount(name) >= 2;
        for (String n : names) {
            // a surname alone is anyone's, unless the person is known by one word only and the dictionaries list
            // that word as a person ("Suharto"); "Mrs Hassan" of a "Margaret Hassan" is not King Hassan
            if (type == MentionType.PERSON && fullName && NameKeys.tokenCount(n) < 2) {
                continue;
            }
            var known = switch (type) {
                case LOCATION -> knowledge.knowPlace(n, day);
                case PERSON -> knowledge.knowPerson(n, day);
                default -> knowledge.know(n, day);
            };
            if (type != MentionType.PERSON && (known.isEmpty()
                    || known.get().code() == null && ActorKnowledge.companyHome(known.get()) == null)) {
                // "the Bundesbank", "SEC", "Tass"; "BBC", an outlet the dictionaries list with no country
                var body = knowledge.knowBody(n, day);
                known = body.isPresent() ? body : known;
            }
            if (known.isEmpty() && type == MentionType.ORGANIZATION) {
                String home = knowledge.companyHome(n, day); // "JPMorgan Chase" listed as "J.P. Morgan Chase"
                if (home != null) {
                    return new Affiliation(asOf(home), AffiliationSource.KNOWLEDGE);
                }
            }
            if (known.isEmpty()) {
                continue;
            }
            String code = known.get().code();
            if (code == null && type == MentionType.ORGANIZATION) {
                code = asOf(ActorKnowledge.companyHome(known.get())); // a company's home country
            }
            if (code != null) {
                return new Affiliation(code, AffiliationSource.KNOWLEDGE);
            }
        }
        if (type == MentionType.PERSON && !fullName) {
            // "Reagan" in 1987: the one country whose office holders of that surname the dictionaries list that day
            var known = knowledge.knowSurname(name, day);
            if (known.isPresent() && known.get().code() != null) {
                return new Affiliation(known.get().code(), AffiliationSource.KNOWLEDGE);
            }
        }
        return null;
    }

    private String asOf(String code) {
        return CountryHistory.standard().asOf(code, day);
    }
}
