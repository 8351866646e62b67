package org.attache.nlp.resolve;

import org.attache.api.Affiliation;
import org.attache.api.AffiliationSource;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.OfficeTitle;
import org.attache.api.Resolved;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.Igos;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.knowledge.ActorKnowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolve stage: links the entity mentions of an annotated article to entities of a registry, creating,
 * renaming and extending entities as it goes, and records every mention, office claim and merge
 * decision in the registry.
 *
 * <p><b>Rules</b>, in order (each attachment of a new spelling is recorded as a {@link MergeDecision}
 * with its {@link MergeRule} and the mention as evidence):
 * <ol>
 *   <li>a descriptor ("Japanese", "Soviets", "West German": {@link Descriptors}) is an attribute of its
 *       phrase, never an entity: it is neither grouped nor recorded, and its mention has no entity id;</li>
 *   <li>mentions are grouped by type and the folded key of their in-document canonical form (so "Trung"
 *       goes with "Lê Hoài Trung" of the same article, "CPV" with "Communist Party of Vietnam"; a plural
 *       acronym "CPVs" with "CPV");</li>
 *   <li>a group whose spelling the user's alias list maps to a target joins that target
 *       ({@code user-alias}); {@code split} lines keep a spelling off its target, even against
 *       in-document coreference ({@code user-split});</li>
 *   <li>otherwise a group joins an entity of the same type with the same name key ({@code same-name}),
 *       a known alias ({@code known-alias}, {@code known-acronym} when the acronym is unambiguous), the
 *       same tokens in another order for people ({@code reordered-name}), or, through one of its
 *       in-document spellings, an entity known by it ({@code acronym-expansion},
 *       {@code in-document-canonical});</li>
 *   <li>a person's bare surname ("Reagan") first tries the one established person whose full name ends
 *       in it ({@code surname}); a person's name one letter off inside one word joins
 *       the one person it misspells, in this article or across articles ({@code spelling-variant}); a full
 *       name takes over the entity known so far by its surname alone when an office agrees
 *       ({@code surname-entity}, the two entities become one);</li>
 *   <li>a generic body ("Congress", "Finance Ministry": {@link GenericBodies}) joins only an entity of exactly
 *       its country; its country, when nothing stronger gives it, is the one state its article names (weak
 *       context); of no state at all it names no one body and is no entity (its mentions have no entity id,
 *       unless the user's alias list maps it);</li>
 *   <li>an organisation joins the organisation of its name once the legal forms ending either are set aside
 *       ("Chrysler" and "Chrysler Corp", {@code legal-form}), or once both are read as their core ("Federal
 *       Reserve Board" / "Federal Reserve", "Department of Agriculture" / "U.S. Agriculture Department",
 *       {@code organization-variant}; a dropped country name must be the other's country, and one word after it
 *       names a state's chamber: "U.S. Senate" / "Senate" of the USA); a long name misprinted in one long word or
 *       written with other function words joins the one organisation it is near ({@link OrganisationSpellings},
 *       {@code spelling-variant}, {@code organization-variant}), and a person's familiar given name the one person
 *       of the formal one ({@link Nicknames}, {@code nickname}); an international
 *       organisation's variant names and acronym are one name beforehand ({@link Igos#canonicalName});</li>
 *   <li>an organisation and a MISC entity of the same name or core are one organisation (the recogniser calls
 *       "European Community" now one, now the other): a MISC group joins it, an organisation absorbs it;</li>
 *   <li>what earlier articles made of one spelling is settled again when an article links spellings: the
 *       entities named exactly by this article's linked spellings join the one it resolves to
 *       ({@code in-document-canonical}, {@code acronym-expansion}), and a full name takes over its bare
 *       surname's entity ({@code surname-entity}), so that the order articles arrive in changes less;</li>
 *   <li>otherwise a single-token, non-acronym name ("Trung") never joins a multi-token entity by itself:
 *       only its in-document canonical links it;</li>
 *   <li>types must be equal and countries must not conflict (VNM and SGP never merge; unknown, or a
 *       country from weak context only, is compatible with anything); for the surname and spelling rules the time must agree too (the
 *       article within {@value #YEARS_APART} years of the entity's first and last articles);</li>
 *   <li>the entity's name becomes the most complete spelling seen ({@link NameKeys#moreComplete});
 *       a new entity takes the group's affiliation; an entity's affiliation is replaced only by one from
 *       stronger evidence ({@link org.attache.api.AffiliationSource}), and its code only when the old one
 *       was weak.</li>
 * </ol>
 *
 * <p><b>Affiliation</b> (country or international organisation, with its source) of a group: see
 * {@link CountryEvidence}: the name, the office phrase, apposition and coreference, then knowledge
 * ({@link ActorKnowledge}, by the article's day); only after matching, and never over an entity's
 * existing country, weak context. The dateline is no evidence. Organisation groups are resolved before
 * person groups.
 *
 * <p><b>Ids</b> are a function of what an entity is: its type, the name key of its canonical name and its
 * country ({@link EntityIds}); when a group changes an entity's name key or country, the entity moves to its new
 * id. Among spellings of one name key equally complete ({@link NameKeys#moreComplete} either way) the first by
 * code point becomes the name, so the name does not depend on which article came first either; of a person's two
 * equally complete spellings of different keys, the one more mentions write ({@link #byUse}). What earlier articles
 * made of an entity a later article changes is settled by resolving those articles again
 * ({@link EntityRegistry#takeMovedArticles}, ingest's settling pass); the residual order dependence is named in
 * {@link #preferredName} and {@link EntityIds}.
 *
 * <p>Immutable and thread-safe; the registry passed to {@link #resolve} is used by one call at a time.
 */
public final class EntityResolver {
    /** The user alias file, relative to the data folder. */
    public static final String ALIAS_FILE = AliasList.FILE;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final AliasList aliases;
    private final ActorKnowledge knowledge;
    private final OutletResolver outlets = new OutletResolver();

    /** A resolver without user aliases or knowledge. */
    public EntityResolver() {
        this(AliasList.empty());
    }

    /** A resolver with user aliases and no knowledge. */
    public EntityResolver(AliasList aliases) {
        this(aliases, ActorKnowledge.none());
    }

    /** A resolver with user aliases and a knowledge layer (user dictionaries first, then the shipped ones). */
    public EntityResolver(AliasList aliases, ActorKnowledge knowledge) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    /**
     * A resolver with the alias file {@value #ALIAS_FILE} of a data folder, when present, and the shipped
     * knowledge.
     *
     * @throws AliasFileException when the file has a bad row
     */
    public static EntityResolver forDataDir(Path dataDir) {
        return forDataDir(dataDir, ActorKnowledge.shipped());
    }

    /**
     * A resolver with the alias file of a data folder, when present, and {@code knowledge}.
     *
     * @throws AliasFileException when the file has a bad row
     */
    public static EntityResolver forDataDir(Path dataDir, ActorKnowledge knowledge) {
        return new EntityResolver(AliasList.loadIfPresent(dataDir.resolve(ALIAS_FILE)), knowledge);
    }

    /** Mentions of one article that name one thing, by in-document canonical form. */
    private static final class Group {
        final MentionType type;
        String name;
        final List<Integer> members = new ArrayList<>();
        final boolean standalone;
        String country;
        /** Normal forms of the offices the article says its members hold. */
        final Set<String> offices = new HashSet<>();
        /** Members that name the person by a first name alone ({@link GivenNames}): no spelling to look up later. */
        final Set<Integer> givenNameOnly = new HashSet<>();
        Affiliation affiliation;

        Group(MentionType type, String name, boolean standalone) {
            this.type = type;
            this.name = name;
            this.standalone = standalone;
        }
    }

    private record Match(RegisteredEntity entity, MergeRule rule) {
    }

    /** Resolves one article's mentions into {@code registry}, writing to it. */
    public Resolved resolve(Annotated given, EntityRegistry registry) {
        // names the wire's tickers and brackets, or knowledge, mark as companies and bodies are organisations
        Annotated annotated = CompanyMarks.apply(given, knowledge,
                org.attache.nlp.gazetteer.CountriesAsOfLayer.dayOf(given.article()));
        Article article = annotated.article();
        String published = publishedDate(article);
        registry.recordArticleDay(article.id(), published);
        String publisher = outlets.link(article, registry); // first, so the body's mentions of it join it
        List<Mention> mentions = annotated.mentions();
        String[] ids = new String[mentions.size()];
        Map<String, Group> groups = new LinkedHashMap<>();
        Group[] groupOf = new Group[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.type().isEntity() || NameKeys.key(m.text()).isEmpty() || Descriptors.isDescriptor(m.text())
                    || Descriptors.isDescriptor(m.canonical()) || TimeZoneAbbreviations.isTimeZone(m.type(), m.text())) {
                continue; // "Japanese", "Soviet": an attribute of the phrase, not an entity; "1800 GMT": a clock's zone
            }
            String canonical = NameKeys.acronymStem(unbracketed(m.canonical()));
            if (NameKeys.key(canonical).isEmpty()) {
                canonical = unbracketed(m.text());
            }
            canonical = PlaceShortForms.expand(m.type(), canonical, m.text(), article); // "Calif." is California
            canonical = countryName(m.type(), canonical, article);
            canonical = igoName(m, canonical);
            canonical = OrganNames.canonical(m.type(), canonical); // "EC Commission" is the European Commission
            canonical = OrganisationHeads.singular(m.type(), canonical); // "Reagan Administrations": the body
            String name = canonical;
            Group group = groups.computeIfAbsent(m.type() + ":" + NameKeys.key(name), k -> new Group(m.type(), name, false));
            if (NameKeys.moreComplete(canonical, group.name)) {
                group.name = canonical;
            }
            group.members.add(i);
            groupOf[i] = group;
        }
        foldGivenNames(groups, groupOf);
        for (OfficeClaim claim : annotated.offices()) {
            if (claim.holder() >= 0 && claim.holder() < groupOf.length && groupOf[claim.holder()] != null) {
                groupOf[claim.holder()].offices.add(OfficeTitle.of(claim.title()).key());
            }
        }
        List<Group> queue = new ArrayList<>(groups.values());
        // organisations first, so a person's office organisation is resolved (with its country) before them
        queue.sort(Comparator.comparingInt(g -> g.type == MentionType.PERSON ? 1 : 0));
        CountryEvidence evidence = new CountryEvidence(annotated, knowledge);
        java.time.LocalDate day = org.attache.nlp.gazetteer.CountriesAsOfLayer.dayOf(article);
        Affiliation[] entityAffiliations = new Affiliation[mentions.size()];
        Map<String, RegisteredEntity> resolvedPersons = new LinkedHashMap<>(); // this article's, by group name
        Map<String, String> mergedInto = new HashMap<>(); // entities folded into others while resolving
        for (int g = 0; g < queue.size(); g++) {
            Group group = queue.get(g);
            group.affiliation = evidence.strong(group.type, group.name, group.members, entityAffiliations, registry);
            if (group.affiliation == null && GenericBodies.isGeneric(group.type, group.name)) {
                // "the Senate", "Finance Ministry": the country the text gives picks which state's body it is
                group.affiliation = evidence.genericBody(group.members);
                if (group.affiliation == null && aliases.mergeFor(NameKeys.key(group.name)).isEmpty()) {
                    continue; // of no state the text gives: no one body, so no entity (as a descriptor has none)
                }
            }
            group.country = group.affiliation == null ? null : group.affiliation.code();
            Match match = match(group, mentions, registry, published, resolvedPersons, article.bodyText(),
                    current(publisher, mergedInto));
            // an outlet reports from everywhere: where it reports from says nothing about its own country
            boolean isPublisher = match != null && match.entity().id().equals(current(publisher, mergedInto));
            // weak context is read also for an entity whose country is weak, so that update() can settle two weak
            // contexts by a rule that does not depend on which article came first
            if (group.affiliation == null && !isPublisher
                    && (match == null || match.entity().country() == null || match.entity().weakCountry())
                    && !GenericBodies.isGeneric(group.type, group.name)) {
                group.affiliation = evidence.weak(group.type, group.name, group.members);
                group.country = group.affiliation == null ? null : group.affiliation.code();
            }
            RegisteredEntity resolved = match == null ? create(group, registry)
                    : update(match.entity(), group, registry, match.rule() != MergeRule.SPELLING_VARIANT
                    && match.entity().type() == group.type, mentions, article.id(), // another type's spelling: no name
                    match.rule() == MergeRule.SPELLING_VARIANT && group.type == MentionType.ORGANIZATION);
            RegisteredEntity taken = group.type == MentionType.PERSON && !NameKeys.isPartial(group.name)
                    ? absorbSurnameEntity(resolved, group, mentions, article, registry, published, mergedInto)
                    : group.type == MentionType.ORGANIZATION && match == null // a MISC group joins an existing body
                    ? absorbMisc(resolved, group, mentions, article, registry, mergedInto) : resolved;
            RegisteredEntity owned = match != null && match.rule() == MergeRule.KNOWN_ACRONYM
                    && group.type == MentionType.ORGANIZATION && AcronymOwners.shortForm(group.type, group.name)
                    ? absorbShortFormEntity(taken, group, mentions, article, registry, mergedInto) : taken;
            RegisteredEntity shortened = group.type == MentionType.ORGANIZATION
                    ? absorbShortForms(owned, group, mentions, article, registry, mergedInto) : owned;
            RegisteredEntity absorbed = absorbSpellings(shortened, group, mentions, article, registry, mergedInto,
                    current(publisher, mergedInto));
            // user splits: members kept off this entity are resolved on their own
            for (var it = group.members.iterator(); it.hasNext(); ) {
                int i = it.next();
                String text = NameKeys.display(mentions.get(i).text());
                if (blockedBySplit(NameKeys.key(text), absorbed)) {
                    it.remove();
                    Group alone = new Group(group.type, text, true);
                    alone.members.add(i);
                    queue.add(alone);
                    aliases.splitsFor(NameKeys.key(text)).stream().findFirst().ifPresent(rule -> registry.recordMerge(
                            new MergeDecision(absorbed.id(), text, MergeRule.USER_SPLIT, evidence(article, mentions.get(i)))));
                }
            }
            if (group.members.isEmpty()) {
                continue;
            }
            attachSpellings(group, absorbed, match, mentions, article, registry);
            // its name or country may have changed: it takes the id of what it now is
            RegisteredEntity entity = aliases.names(absorbed.id()) ? absorbed // the user's alias file names that id
                    : EntityIds.settle(absorbed.id(), registry, mergedInto);
            if (group.type == MentionType.PERSON) {
                resolvedPersons.replaceAll((name, e) -> mergedInto.containsKey(e.id()) ? entity : e);
                resolvedPersons.put(group.name, entity);
            }
            for (int i : group.members) {
                registry.recordMention(entity.id(), article.id(), mentions.get(i));
                ids[i] = entity.id();
                // weak context is never passed on to the people of an organisation's offices
                entityAffiliations[i] = entity.country() == null || entity.weakCountry() ? null
                        : new Affiliation(entity.country(), entity.countrySource() == null
                                ? org.attache.api.AffiliationSource.NAME : entity.countrySource());
            }
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = current(ids[i], mergedInto); // bounded: a cycle of moves must not hang the ingest
        }
        for (OfficeClaim claim : annotated.offices()) {
            if (claim.holder() >= 0 && claim.holder() < ids.length && ids[claim.holder()] != null) {
                registry.recordOffice(ids[claim.holder()], article.id(), published, claim);
            }
        }
        return new Resolved(annotated, Arrays.asList(ids));
    }

    /** A bare first name's mentions join the group of the article's one person it opens ({@link GivenNames}). */
    private static void foldGivenNames(Map<String, Group> groups, Group[] groupOf) {
        List<String> persons = groups.values().stream().filter(g -> g.type == MentionType.PERSON).map(g -> g.name).toList();
        Map<String, String> full = GivenNames.fullNames(persons);
        for (Map.Entry<String, String> e : full.entrySet()) {
            Group bare = groups.remove(MentionType.PERSON + ":" + e.getKey());
            Group into = groups.get(MentionType.PERSON + ":" + NameKeys.key(e.getValue()));
            if (bare == null || into == null) {
                continue;
            }
            for (int i : bare.members) {
                into.members.add(i);
                into.givenNameOnly.add(i);
                groupOf[i] = into;
            }
            into.members.sort(Comparator.naturalOrder());
        }
    }

    private Match match(Group group, List<Mention> mentions, EntityRegistry registry, String day,
                        Map<String, RegisteredEntity> resolvedPersons, String body, String publisherId) {
        Match user = userAlias(group, mentions, registry);
        if (user != null) {
            return user;
        }
        String key = NameKeys.key(group.name);
        if (group.type == MentionType.PERSON && NameKeys.isPartial(group.name) && !usedAsWord(group.name, body)) {
            Match surname = surname(group, key, registry, day);
            if (surname != null) {
                return surname;
            }
        }
        List<RegisteredEntity> candidates = allowed(registry.candidates(key), group, key);
        if (group.type == MentionType.ORGANIZATION && !group.standalone && AcronymOwners.shortForm(group.type, group.name)) {
            // a short form the expansions of one name hold is theirs, even where an earlier article made an entity
            // of the short form alone (which then joins them): not a matter of which came first
            RegisteredEntity owner = AcronymOwners.ownerOf(group.name, candidates);
            if (owner != null) {
                return new Match(owner, MergeRule.KNOWN_ACRONYM);
            }
        }
        List<RegisteredEntity> sameName = candidates.stream().filter(e -> NameKeys.key(e.name()).equals(key)).toList();
        if (!sameName.isEmpty()) {
            return new Match(best(sameName, group), MergeRule.SAME_NAME);
        }
        if (group.type == MentionType.ORGANIZATION) {
            Match company = sameCompany(group, candidates, registry);
            if (company != null) {
                return company;
            }
        }
        if (NameKeys.isAcronym(group.name)) {
            // of several entities holding the acronym, the one its expansions' names give, whatever came first
            RegisteredEntity owner = candidates.size() == 1 ? candidates.getFirst() : AcronymOwners.owner(candidates);
            if (owner != null) {
                return new Match(owner, MergeRule.KNOWN_ACRONYM);
            }
        } else if (!NameKeys.isPartial(group.name) && !candidates.isEmpty()) {
            return new Match(best(candidates, group), MergeRule.KNOWN_ALIAS);
        } else if (group.type == MentionType.ORGANIZATION) {
            // "Moody's": the one company whose name opens with it and that an article named so
            List<RegisteredEntity> opened = candidates.stream().filter(e -> opensCompany(group.name, e.name())).toList();
            if (opened.size() == 1) {
                return new Match(opened.getFirst(), MergeRule.KNOWN_ALIAS);
            }
        }
        if (group.type == MentionType.PERSON && NameKeys.tokenCount(group.name) >= 2) {
            List<RegisteredEntity> reordered = allowed(registry.candidatesByOrderKey(NameKeys.orderKey(group.name)), group, key);
            if (!reordered.isEmpty()) {
                return new Match(best(reordered, group), MergeRule.REORDERED_NAME);
            }
        }
        if (group.standalone) {
            return null;
        }
        for (int i : group.members) {
            String text = NameKeys.display(mentions.get(i).text());
            String memberKey = NameKeys.key(text);
            if (memberKey.equals(key) || NameKeys.isPartial(text)) {
                continue; // a single token links only through the canonical, never by itself
            }
            List<RegisteredEntity> known = allowed(registry.candidates(memberKey), group, memberKey).stream()
                    .filter(e -> !e.id().equals(publisherId) || NameKeys.key(group.name).equals(NameKeys.key(e.name())))
                    .toList(); // the outlet is not the company named with its name ("X Holdings PLC … X")
            if (NameKeys.isAcronym(text) && !NameKeys.isAcronym(group.name)) {
                // through its acronym a full name joins the entity named by that acronym alone, or one of its own
                // core or a misprint of it, never another expansion of the acronym ("European Commission" … "EC" is
                // not the entity of "European Community", which another article linked to "EC")
                String ownCore = NameKeys.key(core(group.name));
                known = known.stream().filter(e -> NameKeys.isAcronym(e.name())
                        || NameKeys.oneEditApart(NameKeys.key(core(e.name())), ownCore)).toList();
            }
            List<RegisteredEntity> exact = known.stream().filter(e -> NameKeys.key(e.name()).equals(memberKey)).toList();
            RegisteredEntity found = known.size() == 1 ? known.getFirst() : exact.isEmpty() ? null : best(exact, group);
            if (found != null) {
                return new Match(found, NameKeys.isAcronym(text) ? MergeRule.ACRONYM_EXPANSION : MergeRule.IN_DOCUMENT_CANONICAL);
            }
        }
        if (group.type == MentionType.PERSON) {
            Match near = inArticleVariant(group, resolvedPersons);
            near = near != null ? near : spellingVariant(group, registry, day);
            return near != null ? near : nickname(group, registry, day);
        }
        if (group.type == MentionType.ORGANIZATION) {
            Match near = nearSpelling(group, registry, key);
            if (near != null) {
                return near;
            }
        }
        if (group.type == MentionType.MISC) {
            String core = NameKeys.key(core(group.name));
            List<RegisteredEntity> bodies = candidatesOf(registry, key, core).stream()
                    .filter(e -> e.type() == MentionType.ORGANIZATION && NameKeys.key(core(e.name())).equals(core))
                    .filter(e -> e.country() == null || group.country == null || e.country().equals(group.country))
                    .filter(e -> !blockedBySplit(key, e) && prefixAgrees(group.name, group.country, e)).toList();
            if (bodies.size() == 1) {
                return new Match(bodies.getFirst(), MergeRule.SAME_NAME); // "European Community" is one body, MISC or not
            }
        }
        return null;
    }

    /**
     * An organisation whose long name the group's misprints in one word or writes with other function words
     * ({@link OrganisationSpellings}: "Internatinal Monetary Fund", "Securities Exchange Commission"): the one such
     * organisation of the same type, countries not conflicting and a dropped country name agreeing
     * ({@link MergeRule#SPELLING_VARIANT} for a misprint, {@link MergeRule#ORGANIZATION_VARIANT} for function words).
     * Compared with each candidate's name only, so that one near spelling does not lead to another.
     */
    private Match nearSpelling(Group group, EntityRegistry registry, String key) {
        java.util.Set<String> keys = OrganisationSpellings.indexKeys(group.name);
        if (keys.isEmpty()) {
            return null;
        }
        Map<String, Match> found = new LinkedHashMap<>();
        for (RegisteredEntity e : allowed(registry.candidatesByVariantKeys(keys), group, key)) {
            String how = OrganisationSpellings.near(group.name, e.name());
            if (how != null && prefixAgrees(group, e)) {
                found.putIfAbsent(e.id(), new Match(e, how.equals("misprint") ? MergeRule.SPELLING_VARIANT
                        : MergeRule.ORGANIZATION_VARIANT));
            }
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /**
     * An organisation of the same name as the group once the legal forms that end either name are set aside
     * ("Chrysler" and "Chrysler Corp"; {@link MergeRule#LEGAL_FORM}), or once both are read as their core
     * ({@link #core}: "Federal Reserve Board" and "Federal Reserve", "Department of Agriculture" and "U.S.
     * Agriculture Department"; {@link MergeRule#ORGANIZATION_VARIANT}); an entity is found under its core, which
     * {@link #attachSpellings} records as one of its spellings. A core that drops a country's name joins only an
     * entity of that country ({@link #prefixAgrees}).
     */
    private Match sameCompany(Group group, List<RegisteredEntity> candidates, EntityRegistry registry) {
        String stem = NameKeys.key(core(group.name));
        if (stem.isEmpty()) {
            return null;
        }
        Map<String, RegisteredEntity> pool = new LinkedHashMap<>();
        candidates.forEach(e -> pool.put(e.id(), e));
        allowed(registry.candidates(stem), group, stem).forEach(e -> pool.putIfAbsent(e.id(), e));
        List<RegisteredEntity> same = pool.values().stream()
                .filter(e -> e.type() == MentionType.ORGANIZATION)
                .filter(e -> NameKeys.key(core(e.name())).equals(stem) && prefixAgrees(group, e)).toList();
        if (same.isEmpty()) {
            return null;
        }
        RegisteredEntity found = best(same, group);
        boolean legalForm = NameKeys.key(NameKeys.companyStem(found.name()))
                .equals(NameKeys.key(NameKeys.companyStem(group.name)));
        return new Match(found, legalForm ? MergeRule.LEGAL_FORM : MergeRule.ORGANIZATION_VARIANT);
    }

    /**
     * The country a name's leading country name gives and the rest of the name ("U.S. Agriculture Department" →
     * USA, "Agriculture Department"), when at least two words are left, or one that names a state's chamber or
     * branch ({@link #CHAMBERS}: "U.S. Senate" → USA, "Senate"); null otherwise.
     */
    static String[] countryPrefix(String name) {
        String[] words = NameKeys.display(name).split("\\s+");
        for (int n = 1; n <= 2 && n < words.length; n++) {
            String prefix = String.join(" ", Arrays.asList(words).subList(0, n));
            String rest = String.join(" ", Arrays.asList(words).subList(n, words.length));
            String iso = CountryGazetteer.standard().countryOfName(prefix);
            if (iso != null && (NameKeys.tokenCount(rest) >= 2 || chamber(rest))) {
                return new String[] {iso, rest};
            }
        }
        return null;
    }

    /** An organisation's core ({@link NameKeys#organisationCore}) after any leading country name. */
    static String core(String name) {
        String[] prefixed = countryPrefix(name);
        String core = prefixed == null ? null : NameKeys.organisationCore(prefixed[1]);
        return core != null && (NameKeys.tokenCount(core) >= 2 || chamber(core)) ? core : NameKeys.organisationCore(name);
    }

    /**
     * One word that names a state's chamber or branch and so, after a country's name, the same body as that word
     * alone in the country ("U.S. Senate" / "Senate" of the United States; {@link GenericBodies}).
     */
    static final Set<String> CHAMBERS = Set.of("senate", "congress", "parliament", "cabinet", "treasury",
            "government", "diet", "knesset", "bundestag", "majlis");

    private static boolean chamber(String word) {
        List<String> tokens = NameKeys.tokens(word);
        return tokens.size() == 1 && CHAMBERS.contains(tokens.getFirst()) && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * False when one of the two names drops a country's name the other side does not share: "U.S. Agriculture
     * Department" is the "Agriculture Department" of the United States only.
     */
    private static boolean prefixAgrees(Group group, RegisteredEntity e) {
        return prefixAgrees(group.name, group.country, e);
    }

    /** {@link #prefixAgrees(Group, RegisteredEntity)} for a name and its country. */
    private static boolean prefixAgrees(String name, String country, RegisteredEntity e) {
        String[] ours = countryPrefix(name);
        String[] theirs = countryPrefix(e.name());
        String ourIso = ours == null ? null : ours[0];
        String theirIso = theirs == null ? null : theirs[0];
        if (ourIso != null && !ourIso.equals(e.country()) && !ourIso.equals(theirIso)) {
            return false;
        }
        return theirIso == null || theirIso.equals(country) || theirIso.equals(ourIso);
    }

    /** The entities found under any of the keys, each once, in order. */
    private static List<RegisteredEntity> candidatesOf(EntityRegistry registry, String... keys) {
        Map<String, RegisteredEntity> pool = new LinkedHashMap<>();
        for (String k : keys) {
            registry.candidates(k).forEach(e -> pool.putIfAbsent(e.id(), e));
        }
        return List.copyOf(pool.values());
    }

    /**
     * An organisation takes over the MISC entity of exactly its name ({@link MergeRule#SAME_NAME}): the
     * recogniser calls one body now ORGANIZATION, now MISC ("European Community", "American Express").
     */
    private static RegisteredEntity absorbMisc(RegisteredEntity entity, Group group, List<Mention> mentions, Article article,
                                               EntityRegistry registry, Map<String, String> mergedInto) {
        String core = NameKeys.key(core(entity.name()));
        List<RegisteredEntity> misc = candidatesOf(registry, NameKeys.key(entity.name()), core).stream()
                .filter(e -> e.type() == MentionType.MISC && NameKeys.key(core(e.name())).equals(core))
                .filter(e -> e.country() == null || entity.country() == null || e.country().equals(entity.country()))
                .filter(e -> prefixAgrees(e.name(), e.country(), entity) && !mergedInto.containsKey(e.id()))
                .toList();
        String country = entity.country();
        for (RegisteredEntity other : misc) {
            List<String> spellings = registry.aliases(other.id());
            registry.merge(entity.id(), other.id());
            mergedInto.put(other.id(), entity.id());
            for (String spelling : spellings) {
                registry.recordMerge(new MergeDecision(entity.id(), spelling, MergeRule.SAME_NAME,
                        evidence(article, mentions.get(group.members.getFirst()))));
            }
            country = country != null ? country : other.country();
        }
        return misc.isEmpty() ? entity : new RegisteredEntity(entity.id(), entity.type(), entity.name(), country);
    }

    private static final java.util.regex.Pattern CLIPPING = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,4}");

    /**
     * An organisation this article names also by a short form that the coreference layer linked to its full name
     * (an acronym, "USDA" of "U.S. Agriculture Department"; a clipping, "the Fed" of "Federal Reserve Board")
     * takes over the entity that earlier articles made of exactly that short form, when their countries agree
     * ({@link MergeRule#ACRONYM_EXPANSION}): one body named two ways. A short form of another country's or
     * international organisation's entity ("ADB") is left alone.
     */
    private static RegisteredEntity absorbShortForms(RegisteredEntity entity, Group group, List<Mention> mentions,
                                                     Article article, EntityRegistry registry,
                                                     Map<String, String> mergedInto) {
        String groupKey = NameKeys.key(entity.name());
        String firstWord = core(entity.name()).split("\\s+")[0]; // "Federal" of "U.S. Federal Reserve"
        Map<String, Mention> shortForms = new LinkedHashMap<>();
        for (int i : group.members) {
            Mention m = mentions.get(i);
            String text = m.text();
            String k = NameKeys.key(text);
            boolean linked = !m.canonical().equals(text) && !k.equals(groupKey);
            boolean clipping = CLIPPING.matcher(text).matches() && firstWord.startsWith(text)
                    && firstWord.length() >= text.length() + 3;
            if (linked && (NameKeys.isAcronym(text) || clipping)) {
                shortForms.putIfAbsent(k, m);
            }
        }
        String country = entity.country();
        boolean merged = false;
        for (Map.Entry<String, Mention> form : shortForms.entrySet()) {
            for (RegisteredEntity other : registry.candidates(form.getKey())) {
                if (other.id().equals(entity.id()) || other.type() != MentionType.ORGANIZATION
                        || !NameKeys.key(other.name()).equals(form.getKey()) || mergedInto.containsKey(other.id())
                        || other.country() != null && country != null && !other.country().equals(country)
                        || AcronymOwners.shared(form.getKey(), entity, registry)) {
                    continue;
                }
                List<String> spellings = registry.aliases(other.id());
                registry.merge(entity.id(), other.id());
                mergedInto.put(other.id(), entity.id());
                for (String spelling : spellings) {
                    registry.recordMerge(new MergeDecision(entity.id(), spelling, MergeRule.ACRONYM_EXPANSION,
                            evidence(article, form.getValue())));
                }
                country = country != null ? country : other.country();
                merged = true;
            }
        }
        return merged ? new RegisteredEntity(entity.id(), entity.type(), entity.name(), country) : entity;
    }

    /**
     * The entity an earlier article made of a bare short form ("IBM", "Fed") joins the owner this article's short form
     * was given ({@link AcronymOwners}; {@link MergeRule#ACRONYM_EXPANSION}), countries not conflicting, unless a
     * user's alias line names it: the grouping then no longer depends on whether the short form was read before
     * its expansions.
     */
    private RegisteredEntity absorbShortFormEntity(RegisteredEntity entity, Group group, List<Mention> mentions,
                                                   Article article, EntityRegistry registry,
                                                   Map<String, String> mergedInto) {
        String key = NameKeys.key(group.name);
        RegisteredEntity now = entity;
        for (RegisteredEntity other : registry.candidates(key)) {
            if (other.id().equals(now.id()) || other.type() != group.type || !NameKeys.key(other.name()).equals(key)
                    || mergedInto.containsKey(other.id()) || aliases.names(other.id()) || aliases.names(now.id())
                    || other.country() != null && now.country() != null && !other.country().equals(now.country())) {
                continue;
            }
            List<String> taken = registry.aliases(other.id());
            registry.merge(now.id(), other.id());
            mergedInto.put(other.id(), now.id());
            for (String s : taken) {
                registry.recordMerge(new MergeDecision(now.id(), s, MergeRule.ACRONYM_EXPANSION,
                        evidence(article, mentions.get(group.members.getFirst()))));
            }
            String country = now.country() != null ? now.country() : other.country();
            now = new RegisteredEntity(now.id(), now.type(), now.name(), country, now.countrySource());
        }
        return now;
    }

    /**
     * The entities that earlier articles made of exactly one of this group's spellings join the entity the group
     * resolved to ({@link MergeRule#IN_DOCUMENT_CANONICAL}, {@link MergeRule#ACRONYM_EXPANSION} when either name is
     * an acronym): this article's coreference says its spellings name one thing, so what two entities held while
     * the spellings were read apart becomes one, as it is when this article is read first. Only spellings that
     * identify an entity by themselves count (no bare single word: a surname joins by its own rules); types must be
     * equal and countries must not conflict (a generic body's exactly equal), and a user's split or alias line
     * keeps an entity where it is.
     */
    private RegisteredEntity absorbSpellings(RegisteredEntity entity, Group group, List<Mention> mentions,
                                             Article article, EntityRegistry registry, Map<String, String> mergedInto,
                                             String publisherId) {
        if (group.standalone || aliases.names(entity.id())) {
            return entity;
        }
        Map<String, Mention> spellings = new LinkedHashMap<>();
        if (!NameKeys.isPartial(group.name)) {
            spellings.put(NameKeys.key(group.name), mentions.get(group.members.getFirst()));
        }
        for (int i : group.members) {
            String text = unbracketed(mentions.get(i).text());
            if (!NameKeys.isPartial(text) || group.type == MentionType.ORGANIZATION && opensCompany(text, group.name)) {
                spellings.putIfAbsent(NameKeys.key(NameKeys.acronymStem(text)), mentions.get(i));
            }
        }
        boolean generic = GenericBodies.isGeneric(group.type, group.name);
        String country = entity.country();
        boolean merged = false;
        for (Map.Entry<String, Mention> spelling : spellings.entrySet()) {
            String key = spelling.getKey();
            if (key.isEmpty()) {
                continue;
            }
            for (RegisteredEntity other : registry.candidates(key)) {
                String c = country;
                boolean conflict = generic ? !Objects.equals(other.country(), c)
                        : other.country() != null && c != null && !other.country().equals(c);
                // the article's outlet stays itself: "Reuters Holdings PLC … Reuters" does not make the agency the holding
                if (other.id().equals(entity.id()) || other.id().equals(publisherId) || other.type() != group.type
                        || mergedInto.containsKey(other.id())
                        || !NameKeys.key(other.name()).equals(key) || conflict || blockedBySplit(key, other)
                        || aliases.names(other.id())
                        || NameKeys.isAcronym(other.name()) && AcronymOwners.shared(key, entity, registry)) {
                    continue;
                }
                List<String> taken = registry.aliases(other.id());
                registry.merge(entity.id(), other.id());
                mergedInto.put(other.id(), entity.id());
                MergeRule rule = NameKeys.isAcronym(other.name()) || NameKeys.isAcronym(entity.name())
                        ? MergeRule.ACRONYM_EXPANSION : MergeRule.IN_DOCUMENT_CANONICAL;
                for (String s : taken) {
                    registry.recordMerge(new MergeDecision(entity.id(), s, rule, evidence(article, spelling.getValue())));
                }
                country = country != null ? country : other.country();
                merged = true;
            }
        }
        return merged ? registry.get(entity.id()).map(e -> new RegisteredEntity(e.id(), e.type(), entity.name(),
                e.country(), e.countrySource())).orElse(entity) : entity;
    }

    /**
     * A person's name one letter off the name of a person already resolved in this article, in the last word
     * ("Shultz … Schultz said", "George Shultz … Schultz"): the same person, misspelt once
     * ({@link MergeRule#SPELLING_VARIANT}); the only such person, or none.
     */
    private static Match inArticleVariant(Group group, Map<String, RegisteredEntity> resolvedPersons) {
        List<String> tokens = NameKeys.tokens(group.name);
        if (tokens.isEmpty() || tokens.getLast().length() < NameForm.MIN_VARIANT_LENGTH) {
            return null;
        }
        Set<RegisteredEntity> found = new LinkedHashSet<>();
        for (Map.Entry<String, RegisteredEntity> e : resolvedPersons.entrySet()) {
            List<String> other = NameKeys.tokens(e.getKey());
            boolean near = tokens.size() == other.size() ? oneWordOff(tokens, other)
                    : tokens.size() == 1 && NameKeys.oneLetterOff(tokens.getFirst(), other.getLast());
            if (near && e.getValue().type() == group.type && (group.country == null || e.getValue().country() == null
                    || group.country.equals(e.getValue().country()))) {
                found.add(e.getValue());
            }
        }
        Set<String> ids = new HashSet<>();
        found.forEach(e -> ids.add(e.id()));
        return ids.size() == 1 ? new Match(found.iterator().next(), MergeRule.SPELLING_VARIANT) : null;
    }

    /**
     * True when the name also stands in the text in lower case as a word ("Bonds" where the text speaks of
     * bonds): a common noun the recogniser took for a name, no surname to look up.
     */
    static boolean usedAsWord(String name, String body) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(name) || lower.length() < 3) {
            return false;
        }
        for (int i = body.indexOf(lower); i >= 0; i = body.indexOf(lower, i + 1)) {
            int e = i + lower.length();
            if ((i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))
                    && (e >= body.length() || !Character.isLetterOrDigit(body.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare surname ("Reagan") joins the person whose full name ends in it ({@link MergeRule#SURNAME}):
     * the only compatible one when it is established (named twice, holding an office, or known by this
     * surname already: a one-off name is no evidence), or among several the one holding an office the article gives the surname
     * (when several hold it, the one said to hold it at least {@value #DOMINANCE} times as often as any
     * other), else the only one already known by this surname, else the one of those who holds offices (or
     * holds them {@value #DOMINANCE} times as often as the others). Surname-only entities are no candidates,
     * and a word the article also uses in lower case ("Bonds", "World") is no surname.
     */
    private Match surname(Group group, String key, EntityRegistry registry, String day) {
        Map<String, RegisteredEntity> found = new LinkedHashMap<>();
        for (RegisteredEntity e : registry.candidatesByLastKey(key)) {
            found.put(e.id(), e);
        }
        Set<String> knownBy = new HashSet<>();
        for (RegisteredEntity e : registry.candidates(key)) {
            found.putIfAbsent(e.id(), e);
            knownBy.add(e.id());
        }
        List<RegisteredEntity> full = found.values().stream()
                .filter(e -> NameKeys.tokenCount(e.name()) >= 2)
                .filter(e -> compatible(e, group, key, registry, day))
                .toList();
        RegisteredEntity pick = null;
        if (full.size() == 1) {
            RegisteredEntity only = full.getFirst();
            boolean established = knownBy.contains(only.id()) || registry.seen(only.id()).mentions() >= 2
                    || !registry.officeTitles(only.id()).isEmpty();
            pick = established ? only : null;
        } else if (full.size() > 1) {
            Map<RegisteredEntity, Integer> support = new LinkedHashMap<>();
            for (RegisteredEntity e : full) {
                int n = agreement(group.offices, registry.officeTitles(e.id()));
                if (n > 0) {
                    support.put(e, n);
                }
            }
            List<RegisteredEntity> agreeing = dominant(support);
            List<RegisteredEntity> known = full.stream().filter(e -> knownBy.contains(e.id())).toList();
            Map<RegisteredEntity, Integer> claims = new LinkedHashMap<>();
            for (RegisteredEntity e : known) {
                int n = registry.officeTitles(e.id()).size();
                if (n > 0) {
                    claims.put(e, n);
                }
            }
            List<RegisteredEntity> holders = dominant(claims);
            pick = agreeing.size() == 1 ? agreeing.getFirst() : !agreeing.isEmpty() ? null
                    : known.size() == 1 ? known.getFirst() : holders.size() == 1 ? holders.getFirst() : null;
        }
        return pick == null ? null : new Match(pick, MergeRule.SURNAME);
    }

    /**
     * A person's name one letter off the name of exactly one compatible person in one word, the other words
     * equal ({@link MergeRule#SPELLING_VARIANT}). A bare surname may be one letter off another name's last word
     * only when an office agrees.
     */
    private Match spellingVariant(Group group, EntityRegistry registry, String day) {
        List<String> tokens = NameKeys.tokens(group.name);
        if (tokens.isEmpty()) {
            return null;
        }
        Set<String> variants = NameForm.variantKeys(tokens.getLast());
        String key = NameKeys.key(group.name);
        List<RegisteredEntity> matched = new ArrayList<>();
        for (RegisteredEntity e : registry.candidatesByVariantKeys(variants)) {
            if (e.type() != MentionType.PERSON || NameKeys.key(e.name()).equals(key)
                    || !compatible(e, group, key, registry, day)) {
                continue;
            }
            List<String> other = NameKeys.tokens(e.name()); // the name only: no drift along earlier variants
            boolean variant = tokens.size() >= 2 ? tokens.size() == other.size() && oneWordOff(tokens, other)
                    : NameKeys.oneLetterOff(tokens.getFirst(), other.getLast())
                    && Math.min(tokens.getFirst().length(), other.getLast().length()) >= NameForm.MIN_VARIANT_LENGTH
                    && agreement(group.offices, registry.officeTitles(e.id())) > 0;
            if (variant) {
                matched.add(e);
            }
        }
        return matched.size() == 1 ? new Match(matched.getFirst(), MergeRule.SPELLING_VARIANT) : null;
    }

    /**
     * A person's name with a familiar form of the given name for the formal one or the other way round
     * ({@link Nicknames}: "Jim Baker" / "James Baker"): the one compatible person (type, country and time agreeing)
     * named so ({@link MergeRule#NICKNAME}). Either spelling finds the other, so the join does not depend on which
     * article came first; the name is then the one more mentions write ({@link #moreUsed}).
     */
    private Match nickname(Group group, EntityRegistry registry, String day) {
        Map<String, RegisteredEntity> found = new LinkedHashMap<>();
        String key = NameKeys.key(group.name);
        for (String other : Nicknames.alternatives(group.name)) {
            String otherKey = NameKeys.key(other);
            for (RegisteredEntity e : registry.candidates(otherKey)) {
                if (NameKeys.key(e.name()).equals(otherKey) && compatible(e, group, key, registry, day)) {
                    found.putIfAbsent(e.id(), e);
                }
            }
        }
        return found.size() == 1 ? new Match(found.values().iterator().next(), MergeRule.NICKNAME) : null;
    }

    /** Same number of words, all equal but one, and that one a misspelling of at least five letters. */
    private static boolean oneWordOff(List<String> a, List<String> b) {
        int differing = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing >= 0 && Math.min(a.get(differing).length(), b.get(differing).length()) >= NameForm.MIN_VARIANT_LENGTH
                && NameKeys.oneLetterOff(a.get(differing), b.get(differing));
    }

    /**
     * The entity a person's full name resolved to takes over the entity known so far by its surname alone
     * ({@link MergeRule#SURNAME_ENTITY}): when the surname entity is compatible, and either no other compatible
     * person of that surname exists and this one is established as {@link #surname} asks of a full name a surname
     * joins (named twice, holding an office, or named by the surname alone in this article), or it holds offices
     * that this person is said to hold too at least {@value #DOMINANCE} times as often as any other person of that
     * surname. So a surname read before the full name ends where it ends when read after it.
     */
    private RegisteredEntity absorbSurnameEntity(RegisteredEntity entity, Group group, List<Mention> mentions,
                                                 Article article, EntityRegistry registry, String day,
                                                 Map<String, String> mergedInto) {
        List<String> tokens = NameKeys.tokens(entity.name());
        if (tokens.size() < 2) {
            return entity;
        }
        String last = tokens.getLast();
        List<RegisteredEntity> sameSurname = registry.candidatesByLastKey(last).stream()
                .filter(e -> e.type() == MentionType.PERSON && !e.id().equals(entity.id())).toList();
        List<RegisteredEntity> bare = sameSurname.stream().filter(e -> NameKeys.key(e.name()).equals(last))
                .filter(e -> compatible(e, group, last, registry, day) && !blockedBySplit(last, entity)).toList();
        if (bare.size() != 1) {
            return entity;
        }
        RegisteredEntity surname = bare.getFirst();
        Set<String> theirs = officeKeys(surname, registry);
        List<RegisteredEntity> others = sameSurname.stream().filter(other -> !other.id().equals(surname.id())
                && NameKeys.tokenCount(other.name()) >= 2 && compatible(other, group, last, registry, day)).toList();
        if (others.isEmpty()) {
            boolean aloneHere = group.members.stream().anyMatch(i -> NameKeys.key(mentions.get(i).text()).equals(last));
            boolean established = aloneHere || !group.offices.isEmpty() || !registry.officeTitles(entity.id()).isEmpty()
                    || mentionsElsewhere(entity, group, mentions, article, registry) + group.members.size() >= 2;
            if (!established) {
                return entity;
            }
        } else {
            int support = theirs.isEmpty() ? 0
                    : agreement(theirs, registry.officeTitles(entity.id())) + (agree(theirs, group.offices) ? 1 : 0);
            if (support == 0) {
                return entity;
            }
            for (RegisteredEntity other : others) {
                if (DOMINANCE * agreement(theirs, registry.officeTitles(other.id())) > support) {
                    return entity; // another person of that surname could be meant
                }
            }
        }
        List<String> spellings = registry.aliases(surname.id());
        registry.merge(entity.id(), surname.id());
        mergedInto.put(surname.id(), entity.id());
        Mention first = mentions.get(group.members.getFirst());
        for (String spelling : spellings) {
            registry.recordMerge(new MergeDecision(entity.id(), spelling, MergeRule.SURNAME_ENTITY, evidence(article, first)));
        }
        String country = entity.country() != null ? entity.country() : surname.country();
        return new RegisteredEntity(entity.id(), entity.type(), entity.name(), country);
    }

    /**
     * The mentions of {@code entity} the registry holds outside this article. An article read again (the settling
     * pass) still has the mentions of its earlier reading in the registry; counting them as well as the group's own
     * made a full name read once "established" on its second reading and not on its first, so that which articles
     * were read again, that is the input order, decided whether it took a bare surname (issue 16 item 2). The
     * article's earlier mentions of the entity are those of the group's spellings.
     */
    private static long mentionsElsewhere(RegisteredEntity entity, Group group, List<Mention> mentions, Article article,
                                          EntityRegistry registry) {
        long all = registry.seen(entity.id()).mentions();
        Set<String> texts = new java.util.TreeSet<>();
        for (int i : group.members) {
            texts.add(mentions.get(i).text());
        }
        long own = 0;
        for (String text : texts) {
            own += registry.mentionCount(entity.id(), text, null) - registry.mentionCount(entity.id(), text, article.id());
        }
        return Math.max(0, all - own);
    }

    /** How many times more often one candidate must hold an office than the next to be the one meant. */
    static final int DOMINANCE = 3;

    /** The one candidate whose support is at least {@value #DOMINANCE} times any other's; all when none is. */
    private static List<RegisteredEntity> dominant(Map<RegisteredEntity, Integer> support) {
        List<Map.Entry<RegisteredEntity, Integer>> ranked = new ArrayList<>(support.entrySet());
        ranked.sort(Map.Entry.<RegisteredEntity, Integer>comparingByValue().reversed());
        if (ranked.size() >= 2 && ranked.get(0).getValue() >= DOMINANCE * ranked.get(1).getValue()) {
            return List.of(ranked.getFirst().getKey());
        }
        return ranked.stream().map(Map.Entry::getKey).toList();
    }

    /** How many of an entity's office claims (titles, one per claim) agree with the given normal forms. */
    private static int agreement(Set<String> keys, List<String> titles) {
        int n = 0;
        for (String title : titles) {
            if (agree(keys, Set.of(OfficeTitle.of(title).key()))) {
                n++;
            }
        }
        return n;
    }

    /** Same type, no country conflict, seen within {@value #YEARS_APART} years, not kept apart by a split line. */
    private boolean compatible(RegisteredEntity e, Group group, String key, EntityRegistry registry, String day) {
        if (e.type() != group.type || e.country() != null && group.country != null && !e.country().equals(group.country)
                || blockedBySplit(key, e)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        EntityRegistry.Seen seen = registry.seen(e.id());
        if (seen.first() == null) {
            return true;
        }
        int year = Integer.parseInt(day.substring(0, 4));
        int first = Integer.parseInt(seen.first().substring(0, 4));
        int last = Integer.parseInt(seen.last().substring(0, 4));
        return year >= first - YEARS_APART && year <= last + YEARS_APART;
    }

    /** Largest gap in years between an entity's known span and an article that may still name it by surname. */
    static final int YEARS_APART = 4;

    private static Set<String> officeKeys(RegisteredEntity e, EntityRegistry registry) {
        Set<String> keys = new HashSet<>();
        for (String title : registry.officeTitles(e.id())) {
            keys.add(OfficeTitle.of(title).key());
        }
        return keys;
    }

    /**
     * True when two sets of office normal forms share one, or share the rank of a title without portfolio
     * ("leader" / "party leader", "president" / "president @ …"); a portfolio office agrees only with itself.
     */
    private static boolean agree(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || rank(x).equals(rank(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rank an office normal form agrees by: its last word before any body ("minister" titles whole). */
    private static String rank(String key) {
        if (key.contains(":")) {
            return key;
        }
        String head = key.contains(" @ ") ? key.substring(0, key.indexOf(" @ ")) : key;
        head = head.contains(" of ") ? head.substring(0, head.indexOf(" of ")) : head;
        String word = head.substring(head.lastIndexOf(' ') + 1);
        return word.equals("minister") || word.equals("secretary") ? head : word;
    }

    /** The entity a user alias line maps the group to, creating it when named and unknown. */
    private Match userAlias(Group group, List<Mention> mentions, EntityRegistry registry) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKeys.key(group.name));
        if (!group.standalone) {
            for (int i : group.members) {
                keys.add(NameKeys.key(mentions.get(i).text()));
            }
        }
        for (String key : keys) {
            Optional<AliasList.Rule> rule = aliases.mergeFor(key);
            if (rule.isEmpty()) {
                continue;
            }
            String target = rule.get().target();
            Optional<RegisteredEntity> byId = registry.get(target);
            if (byId.isPresent()) {
                return new Match(byId.get(), MergeRule.USER_ALIAS);
            }
            String targetKey = NameKeys.key(target);
            List<RegisteredEntity> named = registry.candidates(targetKey).stream()
                    .filter(e -> e.type() == group.type && NameKeys.key(e.name()).equals(targetKey)).toList();
            RegisteredEntity entity;
            if (named.isEmpty()) {
                entity = new RegisteredEntity(EntityIds.newId(group.type, targetKey, group.country, registry), group.type, target,
                        group.country,
                        group.affiliation == null ? null : group.affiliation.source());
                registry.create(entity);
                registry.addAlias(entity.id(), form(target, group.type));
            } else {
                entity = best(named, group);
            }
            return new Match(entity, MergeRule.USER_ALIAS);
        }
        return null;
    }

    /** Candidates of the same type, with no country conflict (weak context conflicts with nothing), not split. */
    private List<RegisteredEntity> allowed(List<RegisteredEntity> candidates, Group group, String key) {
        if (GenericBodies.isGeneric(group.type, group.name)) {
            // one state's "Finance Ministry" is not another's, nor one named with no country
            return candidates.stream().filter(e -> e.type() == group.type && Objects.equals(e.country(), group.country)
                    && !blockedBySplit(key, e)).toList();
        }
        return candidates.stream()
                .filter(e -> e.type() == group.type)
                .filter(e -> e.country() == null || group.country == null || e.country().equals(group.country)
                        || e.weakCountry())
                .filter(e -> !blockedBySplit(key, e))
                .filter(e -> e.type() != MentionType.ORGANIZATION || !byCountryLessCore(e, key) || prefixAgrees(group, e))
                .toList();
    }

    /** True when {@code key} names the entity only by its core without the country name its name begins with. */
    private static boolean byCountryLessCore(RegisteredEntity e, String key) {
        return !NameKeys.key(e.name()).equals(key) && countryPrefix(e.name()) != null
                && NameKeys.key(core(e.name())).equals(key);
    }

    private boolean blockedBySplit(String aliasKey, RegisteredEntity entity) {
        for (AliasList.Rule rule : aliases.splitsFor(aliasKey)) {
            if (rule.target().equals(entity.id()) || NameKeys.key(rule.target()).equals(NameKeys.key(entity.name()))) {
                return true;
            }
        }
        return false;
    }

    /** Prefers an entity of the group's country, then the first by id. */
    private static RegisteredEntity best(List<RegisteredEntity> candidates, Group group) {
        return candidates.stream().filter(e -> group.country != null && group.country.equals(e.country()))
                .findFirst().orElse(candidates.getFirst());
    }

    private static RegisteredEntity create(Group group, EntityRegistry registry) {
        String key = NameKeys.key(group.name);
        RegisteredEntity entity = new RegisteredEntity(EntityIds.newId(group.type, key, group.country, registry),
                group.type, group.name,
                group.country, group.affiliation == null ? null : group.affiliation.source());
        registry.create(entity);
        return entity;
    }

    /** @param mayRename false for a misspelling, which never becomes the name however long it is */
    private static RegisteredEntity update(RegisteredEntity entity, Group group, EntityRegistry registry,
                                           boolean mayRename, List<Mention> mentions, String articleId) {
        return update(entity, group, registry, mayRename, mentions, articleId, false);
    }

    /**
     * @param byUse an organisation's misprint match: its name is the spelling more mentions write ({@link #moreUsed}),
     *              so that a misprint read first does not stay the name
     */
    private static RegisteredEntity update(RegisteredEntity entity, Group group, EntityRegistry registry,
                                           boolean mayRename, List<Mention> mentions, String articleId, boolean byUse) {
        String name = entity.name();
        boolean rename;
        if ((mayRename || byUse) && entity.type() != MentionType.PERSON && NameByUse.variants(group.name, name)) {
            // two spellings of one name ("New YOrk STock Exchange", a misprint read first): the one more mentions
            // write, not the first read nor the first by code point
            rename = moreUsed(group, name, entity, registry, mentions, articleId, true);
        } else {
            rename = mayRename && (preferredName(group.name, name, entity.type())
                    || entity.type() == MentionType.PERSON && moreUsed(group, name, entity, registry, mentions, articleId))
                    || byUse && moreUsed(group, name, entity, registry, mentions, articleId);
        }
        if (rename) {
            name = group.name;
            registry.rename(entity.id(), name);
        }
        Affiliation now = entity.country() == null ? null : new Affiliation(entity.country(),
                entity.countrySource() == null ? org.attache.api.AffiliationSource.CONTEXT : entity.countrySource());
        Affiliation given = group.affiliation;
        // a stronger source replaces a weak code, or confirms the same code with its own strength; of two weak
        // contexts that disagree neither is stronger, and the first by code point stays whichever came first
        boolean replace = given != null && (now == null
                || given.strongerThan(now) && (entity.weakCountry() || given.code().equals(now.code()))
                || weakTie(given, now));
        if (replace) {
            registry.setAffiliation(entity.id(), given);
            return new RegisteredEntity(entity.id(), entity.type(), name, given.code(), given.source());
        }
        return new RegisteredEntity(entity.id(), entity.type(), name, entity.country(), entity.countrySource());
    }

    /**
     * True when the group's name and a person's present name are equally complete spellings of different keys
     * ("Ronnie De Mel" / "Rodney De Mel") and the group's is the one more mentions are written in (across the
     * registry, this article's counted once), then the longer, then the first by code point: a total order on what the
     * set of articles says, so the name does not depend on which came first, and a misspelling, written less often
     * than the name, does not win.
     */
    private static boolean moreUsed(Group group, String name, RegisteredEntity entity, EntityRegistry registry,
                                    List<Mention> mentions, String articleId) {
        return moreUsed(group, name, entity, registry, mentions, articleId, false);
    }

    /** @param variants the two are spellings of one name ({@link NameByUse#variants}): counted whatever their keys */
    private static boolean moreUsed(Group group, String name, RegisteredEntity entity, EntityRegistry registry,
                                    List<Mention> mentions, String articleId, boolean variants) {
        if (variants) {
            long ours = registry.mentionCount(entity.id(), group.name, articleId) + written(group, group.name, mentions);
            long theirs = registry.mentionCount(entity.id(), name, articleId) + written(group, name, mentions);
            return byUse(group.name, ours, name, theirs);
        }
        if (NameKeys.key(group.name).equals(NameKeys.key(name)) || NameKeys.moreComplete(group.name, name)
                || NameKeys.moreComplete(name, group.name)
                || NameKeys.orderKey(group.name).equals(NameKeys.orderKey(name))) {
            return false; // "Jinping Xi" / "Xi Jinping": the same words in another order, the first read stays
        }
        long ours = registry.mentionCount(entity.id(), group.name, articleId) + written(group, group.name, mentions);
        long theirs = registry.mentionCount(entity.id(), name, articleId) + written(group, name, mentions);
        return byUse(group.name, ours, name, theirs);
    }

    /** The order of {@link #moreUsed}: more mentions, then longer, then first by code point. */
    static boolean byUse(String candidate, long candidateMentions, String current, long currentMentions) {
        if (candidateMentions != currentMentions) {
            return candidateMentions > currentMentions;
        }
        if (candidate.length() != current.length()) {
            return candidate.length() > current.length();
        }
        return candidate.compareTo(current) < 0;
    }

    /** How many of the group's mentions are written exactly {@code text}. */
    private static long written(Group group, String text, List<Mention> mentions) {
        return group.members.stream().filter(i -> unbracketed(mentions.get(i).text()).equals(text)).count();
    }

    /**
     * True when {@code given} and {@code now} are both weak context ({@link AffiliationSource#CONTEXT}) and
     * {@code given}'s code comes first by code point: weak contexts of several articles that disagree are settled
     * by a rule that does not depend on which article came first (the entity's country stays weak, and any
     * stronger evidence still replaces it).
     */
    static boolean weakTie(Affiliation given, Affiliation now) {
        return given != null && now != null && given.source().weak() && now.source().weak()
                && given.code().compareTo(now.code()) < 0;
    }

    /**
     * True when neither name is more complete than the other ({@link NameKeys#moreComplete} either way) and
     * {@code candidate} comes first by code point: the tie-break of {@link #preferredName} for names of things.
     */
    static boolean equallyCompleteAndFirst(String candidate, String current) {
        return !NameKeys.moreComplete(candidate, current) && !NameKeys.moreComplete(current, candidate)
                && candidate.compareTo(current) < 0;
    }

    /**
     * True when {@code opening} is a short name of the company {@code name}: one word or more that open it, when
     * {@code name} ends in a legal form and {@code opening} has none and names no body every state has
     * ("Moody's" of "Moody's Investors Service Inc"; the coreference layer links the two in an article).
     */
    static boolean opensCompany(String opening, String name) {
        String fold = NameKeys.fold(opening);
        return !fold.isEmpty() && NameKeys.fold(name).startsWith(fold + " ")
                && !NameKeys.withoutLegalForm(name).equals(name) && NameKeys.withoutLegalForm(opening).equals(opening)
                && !GenericBodies.isGeneric(MentionType.ORGANIZATION, opening);
    }

    /** Adds the group's spellings the entity lacks, each with the rule that attached it. */
    private static void attachSpellings(Group group, RegisteredEntity entity, Match match, List<Mention> mentions,
                                        Article article, EntityRegistry registry) {
        Map<String, Mention> spellings = new LinkedHashMap<>();
        for (int i : group.members) {
            if (!group.givenNameOnly.contains(i)) { // a first name alone would find the person in any article
                spellings.putIfAbsent(unbracketed(mentions.get(i).text()), mentions.get(i));
            }
        }
        Mention first = mentions.get(group.members.getFirst());
        spellings.putIfAbsent(group.name, first);
        Set<String> stems = new HashSet<>();
        Set<String> cores = new HashSet<>();
        if (entity.type() == MentionType.ORGANIZATION) {
            for (Map.Entry<String, Mention> s : List.copyOf(spellings.entrySet())) {
                String stem = NameKeys.companyStem(s.getKey());
                String core = core(s.getKey());
                if (!stem.equals(s.getKey()) && spellings.putIfAbsent(stem, s.getValue()) == null) {
                    stems.add(stem); // "Chrysler" of "Chrysler Corp": the company is found under it
                }
                if (!core.equals(stem) && !core.equals(s.getKey()) && spellings.putIfAbsent(core, s.getValue()) == null) {
                    cores.add(core); // "Federal Reserve" of "Federal Reserve Board"
                }
            }
        }
        String groupKey = NameKeys.key(group.name);
        for (Map.Entry<String, Mention> s : spellings.entrySet()) {
            String text = s.getKey();
            if (registry.hasAlias(entity.id(), text)) {
                continue;
            }
            registry.addAlias(entity.id(), form(text, entity.type()));
            MergeRule rule;
            if (stems.contains(text)) {
                rule = MergeRule.LEGAL_FORM;
            } else if (cores.contains(text)) {
                rule = MergeRule.ORGANIZATION_VARIANT;
            } else if (!NameKeys.key(text).equals(groupKey)
                    && NameKeys.key(OrganisationHeads.singular(entity.type(), text)).equals(groupKey)) {
                rule = MergeRule.SPELLING_VARIANT; // a plural or a slip of the body's head word
            } else if (!NameKeys.key(text).equals(groupKey)) {
                rule = NameKeys.isAcronym(text) || NameKeys.isAcronym(group.name)
                        ? MergeRule.ACRONYM_EXPANSION : MergeRule.IN_DOCUMENT_CANONICAL;
            } else if (match != null) {
                rule = match.rule();
            } else {
                rule = text.equals(entity.name()) ? MergeRule.CREATED : MergeRule.SAME_NAME;
            }
            registry.recordMerge(new MergeDecision(entity.id(), text, rule, evidence(article, s.getValue())));
        }
    }

    /**
     * A country's names ("U.S.", "United States", "Việt Nam", "Vietnam") resolve to one place under the
     * country's standard English name; the spellings seen become its aliases. Other names are unchanged.
     */
    private static String countryName(MentionType type, String name, Article article) {
        if (type != MentionType.LOCATION) {
            return name;
        }
        String iso = CountryGazetteer.standard().countryOfName(name);
        // the name as of the article's day: "Swaziland" in 2005, "Hong Kong" (not CLDR's "Hong Kong SAR China")
        String standard = iso == null ? null : CountryGazetteer.englishName(iso,
                org.attache.nlp.gazetteer.CountriesAsOfLayer.dayOf(article));
        return standard == null ? name : standard;
    }

    /**
     * An international organisation's variant names ("Organisation of Petroleum Exporting Countries", "OPEC",
     * "Organization of the Petroleum Exporting Countries", a misprint of one) resolve to one entity under the
     * first listed name they spell ({@link Igos#canonicalName}), when the tagger gave the mention that
     * organisation's code; other names are unchanged.
     */
    private static String igoName(Mention m, String name) {
        if (m.type() != MentionType.ORGANIZATION && m.type() != MentionType.MISC || !IGOS.isIgo(m.country())) {
            return name;
        }
        String named = IGOS.codeOfName(name);
        if (named != null && !named.equals(m.country())) {
            return name;
        }
        String canonical = IGOS.canonicalName(name, m.country());
        if (canonical == null && m.country().equals(named) && name.codePoints().noneMatch(Character::isLowerCase)) {
            // a listed short form whose letters are no initials of a listed name ("G-7" of the Group of Seven):
            // the organisation's own name, as the table lists the two for one body
            canonical = IGOS.byCode(named).map(Igos.Igo::displayName).orElse(null);
        }
        return canonical == null ? name : canonical;
    }

    private static final Igos IGOS = Igos.standard();

    /**
     * A name without the angle brackets a wire marks companies with ("&lt;Standard and Poor's Corp&gt;"), which the
     * recogniser sometimes takes into the span; display-normalised.
     */
    static String unbracketed(String text) {
        return NameKeys.display(text).replaceAll("^[<>\\s]+|[<>\\s]+$", "");
    }

    /** The keys of a spelling; only a person's spellings get a last key (surnames are people's). */
    static NameForm form(String text, MentionType type) {
        return new NameForm(text, NameKeys.key(text), NameKeys.orderKey(text),
                type == MentionType.PERSON ? NameKeys.lastTokenKey(text) : "",
                type == MentionType.ORGANIZATION ? OrganisationSpellings.indexKeys(text) : Set.of());
    }

    private static Evidence evidence(Article article, Mention m) {
        return new Evidence(article.id(), m.start(), m.end(), m.text());
    }

    /** The article's publication date as {@code yyyy-MM-dd}, or null. */
    static String publishedDate(Article article) {
        if (article.published() == null || !ISO_DATE.matcher(article.published().value()).matches()) {
            return null;
        }
        return article.published().value().substring(0, 10);
    }

    /**
     * True when {@code candidate} should replace {@code current} as an entity's name: it is more complete, or it has
     * the same name key, is as complete, and comes first by code point ("ASEAN" over "Asean"), so that such a name
     * does not depend on which article came first; but a place's or person's name, or any name that is no acronym,
     * in mixed case replaces the same name in capitals ("New York" over a dateline's "NEW YORK"). Of two equally
     * complete names with different keys the first by code point wins too when they name an organisation or place
     * ("Co Inc" / "Co Ltd"); for a person the first read stays ("Xi Jinping", "Jinping Xi": a rule by code point
     * would prefer an order no one uses, or a misspelling).
     */
    static boolean preferredName(String candidate, String current, MentionType type) {
        if (NameKeys.moreComplete(candidate, current)) {
            return true;
        }
        if (!NameKeys.key(candidate).equals(NameKeys.key(current))) {
            // two equally complete spellings of different keys of an organisation or place ("S.G. Warburg and Co
            // Inc" / "… Co Ltd", "Swedish Match AB" / "… Co"): the first by code point, so that the name does not
            // depend on which article came first. Not for people: of "Mikhail" / "Mikhael" the code point would
            // pick the misspelling as often as not, and "Xi Jinping" / "Jinping Xi" an order no one uses
            return type != MentionType.PERSON && equallyCompleteAndFirst(candidate, current);
        }
        boolean shoutedCandidate = shouted(candidate);
        if (shoutedCandidate != shouted(current) && (type == MentionType.LOCATION || type == MentionType.PERSON
                || !NameKeys.isAcronym(shoutedCandidate ? candidate : current))) {
            return !shoutedCandidate; // "New York" over a dateline's "NEW YORK"; "ASEAN" still over "Asean"
        }
        return !NameKeys.moreComplete(current, candidate) && candidate.compareTo(current) < 0;
    }

    /** True for a name in capitals only (a dateline, a headline). */
    private static boolean shouted(String name) {
        return name.codePoints().noneMatch(Character::isLowerCase) && name.codePoints().anyMatch(Character::isUpperCase);
    }

    /** The id an entity has now, following the moves and merges of this article. */
    private static String current(String id, Map<String, String> mergedInto) {
        String now = id;
        for (int hops = 0; now != null && mergedInto.containsKey(now) && hops < 64; hops++) {
            now = mergedInto.get(now);
        }
        return now;
    }
}
