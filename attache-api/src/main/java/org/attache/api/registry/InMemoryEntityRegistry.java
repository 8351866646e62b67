package org.attache.api.registry;

import org.attache.api.Mention;
import org.attache.api.OfficeClaim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An {@link EntityRegistry} held in memory, for tests and single-pass batch jobs. Not thread-safe.
 */
public final class InMemoryEntityRegistry implements EntityRegistry {
    /** A recorded mention. */
    public record MentionRow(String entityId, String articleId, Mention mention) {
    }

    /** A recorded office claim. */
    public record OfficeRow(String entityId, String articleId, String publishedDate, OfficeClaim claim) {
    }

    private final Map<String, RegisteredEntity> entities = new TreeMap<>();
    private final Map<String, Map<String, NameForm>> aliases = new LinkedHashMap<>();
    private final Map<String, Set<String>> byNameKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byOrderKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byLastKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byVariantKey = new LinkedHashMap<>();
    private final Map<String, String> articleDays = new java.util.HashMap<>();
    private final Map<String, MentionRow> mentions = new LinkedHashMap<>();
    private final List<OfficeRow> offices = new ArrayList<>();
    private final List<MergeDecision> merges = new ArrayList<>();
    private final Set<String> publishers = new java.util.TreeSet<>();
    private final java.util.SortedSet<String> movedArticles = new TreeSet<>();

    @Override
    public List<RegisteredEntity> candidates(String nameKey) {
        return lookup(byNameKey, nameKey);
    }

    @Override
    public List<RegisteredEntity> candidatesByOrderKey(String orderKey) {
        return lookup(byOrderKey, orderKey);
    }

    @Override
    public List<RegisteredEntity> candidatesByLastKey(String lastKey) {
        return lookup(byLastKey, lastKey);
    }

    @Override
    public List<RegisteredEntity> candidatesByVariantKeys(java.util.Collection<String> variantKeys) {
        Set<String> ids = new TreeSet<>();
        for (String k : variantKeys) {
            ids.addAll(byVariantKey.getOrDefault(k, Set.of()));
        }
        return ids.stream().map(entities::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> officeTitles(String entityId) {
        return offices.stream().filter(o -> o.entityId().equals(entityId)).map(o -> o.claim().title()).sorted().toList();
    }

    @Override
    public Seen seen(String entityId) {
        String first = null;
        String last = null;
        long count = 0;
        for (MentionRow row : mentions.values()) {
            if (!row.entityId().equals(entityId)) {
                continue;
            }
            count++;
            String day = articleDays.get(row.articleId());
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }
        return new Seen(count, first, last);
    }

    @Override
    public void recordArticleDay(String articleId, String day) {
        if (day != null) {
            articleDays.put(articleId, day);
        }
    }

    @Override
    public void merge(String keepId, String goneId) {
        RegisteredEntity keep = require(keepId);
        RegisteredEntity gone = require(goneId);
        if (keepId.equals(goneId)) {
            throw new IllegalArgumentException("cannot merge entity " + keepId + " into itself");
        }
        for (NameForm form : aliasesOf(goneId).values()) {
            addAlias(keepId, form);
        }
        for (Map<String, Set<String>> index : List.of(byNameKey, byOrderKey, byLastKey, byVariantKey)) {
            for (Set<String> ids : index.values()) {
                ids.remove(goneId);
            }
        }
        aliases.remove(goneId);
        mentions.values().stream().filter(row -> row.entityId().equals(goneId))
                .forEach(row -> movedArticles.add(row.articleId()));
        mentions.replaceAll((k, row) -> row.entityId().equals(goneId) ? new MentionRow(keepId, row.articleId(), row.mention()) : row);
        offices.replaceAll(row -> row.entityId().equals(goneId)
                ? new OfficeRow(keepId, row.articleId(), row.publishedDate(), row.claim()) : row);
        merges.replaceAll(d -> d.entityId().equals(goneId) ? new MergeDecision(keepId, d.alias(), d.rule(), d.evidence()) : d);
        Set<String> moved = new TreeSet<>();
        for (var it = publishers.iterator(); it.hasNext(); ) {
            String link = it.next();
            if (link.startsWith(goneId + ' ')) {
                it.remove();
                moved.add(keepId + link.substring(goneId.length()));
            }
        }
        publishers.addAll(moved);
        entities.remove(goneId);
        if (keep.country() == null && gone.country() != null) {
            setCountry(keepId, gone.country());
        }
    }

    private List<RegisteredEntity> lookup(Map<String, Set<String>> index, String key) {
        return index.getOrDefault(key, Set.of()).stream().map(entities::get).toList();
    }

    @Override
    public Optional<RegisteredEntity> get(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    @Override
    public void create(RegisteredEntity entity) {
        if (entities.putIfAbsent(entity.id(), entity) != null) {
            throw new IllegalStateException("entity " + entity.id() + " exists");
        }
        aliases.put(entity.id(), new LinkedHashMap<>());
    }

    @Override
    public void addAlias(String entityId, NameForm alias) {
        Map<String, NameForm> forms = aliasesOf(entityId);
        if (forms.putIfAbsent(alias.text(), alias) == null) {
            byNameKey.computeIfAbsent(alias.nameKey(), k -> new TreeSet<>()).add(entityId);
            byOrderKey.computeIfAbsent(alias.orderKey(), k -> new TreeSet<>()).add(entityId);
            if (!alias.lastKey().isEmpty()) {
                byLastKey.computeIfAbsent(alias.lastKey(), k -> new TreeSet<>()).add(entityId);
            }
            for (String v : alias.variantKeys()) {
                byVariantKey.computeIfAbsent(v, k -> new TreeSet<>()).add(entityId);
            }
        }
    }

    @Override
    public boolean hasAlias(String entityId, String text) {
        return aliasesOf(entityId).containsKey(text);
    }

    private Map<String, NameForm> aliasesOf(String entityId) {
        Map<String, NameForm> forms = aliases.get(entityId);
        if (forms == null) {
            throw new IllegalArgumentException("no entity " + entityId);
        }
        return forms;
    }

    @Override
    public void rename(String entityId, String name) {
        RegisteredEntity e = require(entityId);
        entities.put(entityId, new RegisteredEntity(entityId, e.type(), name, e.country(), e.countrySource()));
    }

    @Override
    public void setCountry(String entityId, String country) {
        RegisteredEntity e = require(entityId);
        entities.put(entityId, new RegisteredEntity(entityId, e.type(), e.name(), country));
    }

    @Override
    public void setAffiliation(String entityId, org.attache.api.Affiliation affiliation) {
        RegisteredEntity e = require(entityId);
        entities.put(entityId, new RegisteredEntity(entityId, e.type(), e.name(),
                affiliation == null ? null : affiliation.code(), affiliation == null ? null : affiliation.source()));
    }

    private RegisteredEntity require(String entityId) {
        RegisteredEntity e = entities.get(entityId);
        if (e == null) {
            throw new IllegalArgumentException("no entity " + entityId);
        }
        return e;
    }

    @Override
    public void recordMention(String entityId, String articleId, Mention mention) {
        require(entityId);
        MentionRow was = mentions.put(articleId + ':' + mention.start() + ':' + mention.end(),
                new MentionRow(entityId, articleId, mention));
        String before = was == null ? null : was.entityId();
        if (before != null && !before.equals(entityId) && entities.containsKey(before)
                && mentions.values().stream().noneMatch(row -> row.entityId().equals(before))
                && publishers.stream().noneMatch(link -> link.startsWith(before + ' '))) {
            RegisteredEntity gone = entities.get(before);
            if (gone.country() == null || gone.country().equals(entities.get(entityId).country())) {
                merge(entityId, before); // it existed only for this mention, which names another entity now
            }
        }
    }

    @Override
    public long mentionCount(String entityId, String text, String exceptArticleId) {
        return mentions.values().stream().filter(row -> row.entityId().equals(entityId)
                && !row.articleId().equals(exceptArticleId) && row.mention().text().equals(text)).count();
    }

    @Override
    public java.util.SortedSet<String> articlesOfOneWordPersons() {
        java.util.SortedSet<String> out = new TreeSet<>();
        for (MentionRow row : mentions.values()) {
            RegisteredEntity e = entities.get(row.entityId());
            if (e != null && e.type() == org.attache.api.MentionType.PERSON && !e.name().strip().contains(" ")) {
                out.add(row.articleId());
            }
        }
        return out;
    }

    @Override
    public java.util.SortedSet<String> takeMovedArticles() {
        java.util.SortedSet<String> out = new TreeSet<>(movedArticles);
        movedArticles.clear();
        return out;
    }

    @Override
    public void recordOffice(String entityId, String articleId, String publishedDate, OfficeClaim claim) {
        require(entityId);
        OfficeRow row = new OfficeRow(entityId, articleId, publishedDate, claim);
        if (!offices.contains(row)) {
            offices.add(row);
        }
    }

    @Override
    public void recordMerge(MergeDecision decision) {
        require(decision.entityId());
        merges.add(decision);
    }

    @Override
    public void recordPublisher(String entityId, String articleId) {
        require(entityId);
        publishers.add(entityId + ' ' + articleId);
    }

    /** True when the entity was recorded as the article's publisher. */
    public boolean published(String entityId, String articleId) {
        return publishers.contains(entityId + ' ' + articleId);
    }

    /** Every entity, by id. */
    public List<RegisteredEntity> entities() {
        return List.copyOf(entities.values());
    }

    /** The spellings of an entity in the order they were added, its name included. */
    @Override
    public List<String> aliases(String entityId) {
        return List.copyOf(aliasesOf(entityId).keySet());
    }

    /** Mentions recorded, in order. */
    public List<MentionRow> mentions() {
        return List.copyOf(mentions.values());
    }

    /** Office claims recorded, in order. */
    public List<OfficeRow> offices() {
        return List.copyOf(offices);
    }

    /** Merge decisions recorded, in order. */
    public List<MergeDecision> merges() {
        return List.copyOf(merges);
    }

    /** Ids of the entities mentioned in an article, in order of first mention. */
    public Set<String> entitiesOf(String articleId) {
        Set<String> ids = new LinkedHashSet<>();
        for (MentionRow row : mentions.values()) {
            if (Objects.equals(row.articleId(), articleId)) {
                ids.add(row.entityId());
            }
        }
        return ids;
    }
}
