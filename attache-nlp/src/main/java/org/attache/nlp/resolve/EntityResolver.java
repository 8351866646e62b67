package org.attache.nlp.resolve;

import org.attache.api.Affiliation;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.Resolved;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.knowledge.ActorKnowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
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
 *   <li>mentions are grouped by type and the folded key of their in-document canonical form (so "Trung"
 *       goes with "Lê Hoài Trung" of the same article, "CPV" with "Communist Party of Vietnam");</li>
 *   <li>a group whose spelling the user's alias list maps to a target joins that target
 *       ({@code user-alias}); {@code split} lines keep a spelling off its target, even against
 *       in-document coreference ({@code user-split});</li>
 *   <li>otherwise a group joins an entity of the same type with the same name key ({@code same-name}),
 *       a known alias ({@code known-alias}, {@code known-acronym} when the acronym is unambiguous), the
 *       same tokens in another order for people ({@code reordered-name}), or, through one of its
 *       in-document spellings, an entity known by it ({@code acronym-expansion},
 *       {@code in-document-canonical});</li>
 *   <li>a single-token, non-acronym name ("Trung") never joins a multi-token entity by itself: only its
 *       in-document canonical links it;</li>
 *   <li>types must be equal and countries must not conflict (VNM and SGP never merge; unknown, or a
 *       country from weak context only, is compatible with anything);</li>
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
 * <p><b>Ids</b> are {@code e} + 16 hex digits of SHA-256 over type and name key of the spelling that
 * created the entity (with a counter when that id is taken), so resolving the same articles in the same
 * order into an empty registry gives the same ids; renames keep the id.
 *
 * <p>Immutable and thread-safe; the registry passed to {@link #resolve} is used by one call at a time.
 */
public final class EntityResolver {
    /** The user alias file, relative to the data folder. */
    public static final String ALIAS_FILE = "registry/aliases.csv";
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
    public Resolved resolve(Annotated annotated, EntityRegistry registry) {
        Article article = annotated.article();
        String publisher = outlets.link(article, registry); // first, so the body's mentions of it join it
        List<Mention> mentions = annotated.mentions();
        String[] ids = new String[mentions.size()];
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.type().isEntity() || NameKeys.key(m.text()).isEmpty()) {
                continue;
            }
            String canonical = NameKeys.display(m.canonical());
            if (NameKeys.key(canonical).isEmpty()) {
                canonical = NameKeys.display(m.text());
            }
            canonical = countryName(m.type(), canonical);
            String name = canonical;
            Group group = groups.computeIfAbsent(m.type() + ":" + NameKeys.key(name), k -> new Group(m.type(), name, false));
            if (NameKeys.moreComplete(canonical, group.name)) {
                group.name = canonical;
            }
            group.members.add(i);
        }
        List<Group> queue = new ArrayList<>(groups.values());
        // organisations first, so a person's office organisation is resolved (with its country) before them
        queue.sort(Comparator.comparingInt(g -> g.type == MentionType.PERSON ? 1 : 0));
        CountryEvidence evidence = new CountryEvidence(annotated, knowledge);
        Affiliation[] entityAffiliations = new Affiliation[mentions.size()];
        for (int g = 0; g < queue.size(); g++) {
            Group group = queue.get(g);
            group.affiliation = evidence.strong(group.type, group.name, group.members, entityAffiliations, registry);
            group.country = group.affiliation == null ? null : group.affiliation.code();
            Match match = match(group, mentions, registry);
            // an outlet reports from everywhere: where it reports from says nothing about its own country
            boolean isPublisher = match != null && match.entity().id().equals(publisher);
            if (group.affiliation == null && !isPublisher && (match == null || match.entity().country() == null)) {
                group.affiliation = evidence.weak(group.type, group.name, group.members);
                group.country = group.affiliation == null ? null : group.affiliation.code();
            }
            RegisteredEntity entity = match == null ? create(group, registry) : update(match.entity(), group, registry);
            // user splits: members kept off this entity are resolved on their own
            for (var it = group.members.iterator(); it.hasNext(); ) {
                int i = it.next();
                String text = NameKeys.display(mentions.get(i).text());
                if (blockedBySplit(NameKeys.key(text), entity)) {
                    it.remove();
                    Group alone = new Group(group.type, text, true);
                    alone.members.add(i);
                    queue.add(alone);
                    aliases.splitsFor(NameKeys.key(text)).stream().findFirst().ifPresent(rule -> registry.recordMerge(
                            new MergeDecision(entity.id(), text, MergeRule.USER_SPLIT, evidence(article, mentions.get(i)))));
                }
            }
            if (group.members.isEmpty()) {
                continue;
            }
            attachSpellings(group, entity, match, mentions, article, registry);
            for (int i : group.members) {
                registry.recordMention(entity.id(), article.id(), mentions.get(i));
                ids[i] = entity.id();
                // weak context is never passed on to the people of an organisation's offices
                entityAffiliations[i] = entity.country() == null || entity.weakCountry() ? null
                        : new Affiliation(entity.country(), entity.countrySource() == null
                                ? org.attache.api.AffiliationSource.NAME : entity.countrySource());
            }
        }
        String published = publishedDate(article);
        for (OfficeClaim claim : annotated.offices()) {
            if (claim.holder() >= 0 && claim.holder() < ids.length && ids[claim.holder()] != null) {
                registry.recordOffice(ids[claim.holder()], article.id(), published, claim);
            }
        }
        return new Resolved(annotated, Arrays.asList(ids));
    }

    private Match match(Group group, List<Mention> mentions, EntityRegistry registry) {
        Match user = userAlias(group, mentions, registry);
        if (user != null) {
            return user;
        }
        String key = NameKeys.key(group.name);
        List<RegisteredEntity> candidates = allowed(registry.candidates(key), group, key);
        List<RegisteredEntity> sameName = candidates.stream().filter(e -> NameKeys.key(e.name()).equals(key)).toList();
        if (!sameName.isEmpty()) {
            return new Match(best(sameName, group), MergeRule.SAME_NAME);
        }
        if (NameKeys.isAcronym(group.name)) {
            if (candidates.size() == 1) {
                return new Match(candidates.getFirst(), MergeRule.KNOWN_ACRONYM);
            }
        } else if (!NameKeys.isPartial(group.name) && !candidates.isEmpty()) {
            return new Match(best(candidates, group), MergeRule.KNOWN_ALIAS);
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
            List<RegisteredEntity> known = allowed(registry.candidates(memberKey), group, memberKey);
            List<RegisteredEntity> exact = known.stream().filter(e -> NameKeys.key(e.name()).equals(memberKey)).toList();
            RegisteredEntity found = known.size() == 1 ? known.getFirst() : exact.isEmpty() ? null : best(exact, group);
            if (found != null) {
                return new Match(found, NameKeys.isAcronym(text) ? MergeRule.ACRONYM_EXPANSION : MergeRule.IN_DOCUMENT_CANONICAL);
            }
        }
        return null;
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
                entity = new RegisteredEntity(newId(group.type, targetKey, registry), group.type, target, group.country,
                        group.affiliation == null ? null : group.affiliation.source());
                registry.create(entity);
                registry.addAlias(entity.id(), form(target));
            } else {
                entity = best(named, group);
            }
            return new Match(entity, MergeRule.USER_ALIAS);
        }
        return null;
    }

    /** Candidates of the same type, with no country conflict (weak context conflicts with nothing), not split. */
    private List<RegisteredEntity> allowed(List<RegisteredEntity> candidates, Group group, String key) {
        return candidates.stream()
                .filter(e -> e.type() == group.type)
                .filter(e -> e.country() == null || group.country == null || e.country().equals(group.country)
                        || e.weakCountry())
                .filter(e -> !blockedBySplit(key, e))
                .toList();
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
        RegisteredEntity entity = new RegisteredEntity(newId(group.type, key, registry), group.type, group.name,
                group.country, group.affiliation == null ? null : group.affiliation.source());
        registry.create(entity);
        return entity;
    }

    private static RegisteredEntity update(RegisteredEntity entity, Group group, EntityRegistry registry) {
        String name = entity.name();
        if (NameKeys.moreComplete(group.name, name)) {
            name = group.name;
            registry.rename(entity.id(), name);
        }
        Affiliation now = entity.country() == null ? null : new Affiliation(entity.country(),
                entity.countrySource() == null ? org.attache.api.AffiliationSource.CONTEXT : entity.countrySource());
        Affiliation given = group.affiliation;
        // a stronger source replaces a weak code, or confirms the same code with its own strength
        boolean replace = given != null && (now == null
                || given.strongerThan(now) && (entity.weakCountry() || given.code().equals(now.code())));
        if (replace) {
            registry.setAffiliation(entity.id(), given);
            return new RegisteredEntity(entity.id(), entity.type(), name, given.code(), given.source());
        }
        return new RegisteredEntity(entity.id(), entity.type(), name, entity.country(), entity.countrySource());
    }

    /** Adds the group's spellings the entity lacks, each with the rule that attached it. */
    private static void attachSpellings(Group group, RegisteredEntity entity, Match match, List<Mention> mentions,
                                        Article article, EntityRegistry registry) {
        Map<String, Mention> spellings = new LinkedHashMap<>();
        for (int i : group.members) {
            spellings.putIfAbsent(NameKeys.display(mentions.get(i).text()), mentions.get(i));
        }
        Mention first = mentions.get(group.members.getFirst());
        spellings.putIfAbsent(group.name, first);
        String groupKey = NameKeys.key(group.name);
        for (Map.Entry<String, Mention> s : spellings.entrySet()) {
            String text = s.getKey();
            if (registry.hasAlias(entity.id(), text)) {
                continue;
            }
            registry.addAlias(entity.id(), form(text));
            MergeRule rule;
            if (!NameKeys.key(text).equals(groupKey)) {
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
    private static String countryName(MentionType type, String name) {
        if (type != MentionType.LOCATION) {
            return name;
        }
        String iso = CountryGazetteer.standard().countryOfName(name);
        String standard = iso == null ? null : CountryGazetteer.englishName(iso);
        return standard == null ? name : standard;
    }

    private static NameForm form(String text) {
        return new NameForm(text, NameKeys.key(text), NameKeys.orderKey(text));
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

    /** {@code e} + 16 hex digits of SHA-256 of type and key; a counter is added while the id is taken. */
    static String newId(MentionType type, String key, EntityRegistry registry) {
        String id = hashId(type + ":" + key);
        for (int n = 2; registry.get(id).isPresent(); n++) {
            id = hashId(type + ":" + key + "#" + n);
        }
        return id;
    }

    private static String hashId(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
