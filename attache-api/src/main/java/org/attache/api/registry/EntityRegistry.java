package org.attache.api.registry;

import org.attache.api.Affiliation;
import org.attache.api.Mention;
import org.attache.api.OfficeClaim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The persistent registry of entities, as the resolver needs it. Implementations store what they are
 * given (keys included) and decide nothing; the merge rules live in the resolver.
 *
 * <p>Writes join the implementation's current transaction (for the store: the article's). Lookups see
 * earlier writes of the same transaction. Results are in a deterministic order (by entity id).
 * Implementations are not required to be thread-safe; failures are unchecked.
 */
public interface EntityRegistry {
    /** Entities one of whose spellings has this {@link NameForm#nameKey()}, ordered by id. */
    List<RegisteredEntity> candidates(String nameKey);

    /** Entities one of whose spellings has this {@link NameForm#orderKey()}, ordered by id. */
    List<RegisteredEntity> candidatesByOrderKey(String orderKey);

    /**
     * Entities one of whose spellings has this {@link NameForm#lastKey()} (a surname: "reagan" finds
     * "Ronald Reagan" and "Reagan"), ordered by id.
     */
    List<RegisteredEntity> candidatesByLastKey(String lastKey);

    /**
     * Entities one of whose spellings shares one of these keys among its {@link NameForm#variantKeys()}:
     * those whose last token may be one letter off ("schultz" finds "George Shultz"), ordered by id. The
     * caller checks the distance.
     */
    List<RegisteredEntity> candidatesByVariantKeys(Collection<String> variantKeys);

    /** The spellings of an entity, its name included, in the order they were added. */
    List<String> aliases(String entityId);

    /** The office titles recorded for an entity, as printed, one per claim (so a title may come often). */
    List<String> officeTitles(String entityId);

    /**
     * How many mentions of the entity are written exactly {@code text}, in articles other than {@code exceptArticleId}
     * (the article being resolved, which may be resolved again).
     */
    long mentionCount(String entityId, String text, String exceptArticleId);

    /** How much and when an entity was seen: its mentions and the first and last day of its dated articles. */
    Seen seen(String entityId);

    /**
     * How much and when an entity was seen.
     *
     * @param mentions mentions of it across all articles
     * @param first    first publication day ({@code yyyy-MM-dd}) of a dated article mentioning it, or null
     * @param last     last such day, or null
     */
    record Seen(long mentions, String first, String last) {
    }

    /**
     * Tells the registry an article's publication day, for {@link #seenDays}; registries that read it from
     * their articles ignore it.
     */
    default void recordArticleDay(String articleId, String day) {
    }

    /**
     * Folds entity {@code goneId} into {@code keepId}: its spellings, mentions, offices, merge decisions,
     * publisher links and every other reference become {@code keepId}'s, and {@code goneId} no longer
     * exists. {@code keepId} takes the other's country when it has none; its name stays (rename it after).
     * The caller records the decision.
     *
     * @throws IllegalArgumentException when either entity does not exist, or both are the same
     */
    void merge(String keepId, String goneId);

    /**
     * The articles whose mentions a {@link #merge} moved to another entity since the last call, each once, in id
     * order; clears the list. Such an article was resolved and coded with what its entities were then (before a later
     * article gave one of them its country or fuller name, or joined it to another): resolving and coding it again
     * gives what reading it after that article gives, so that the result depends less on arrival order.
     */
    java.util.SortedSet<String> takeMovedArticles();

    /**
     * The articles that mention a person known by one word only ("Reagan", "Tian"), in id order: a surname read
     * before the full name it may join was one is established; a settling pass resolves these articles again.
     */
    java.util.SortedSet<String> articlesOfOneWordPersons();

    /** The entity with this id. */
    Optional<RegisteredEntity> get(String id);

    /** Adds an entity; its name is not an alias until {@link #addAlias} is called for it. */
    void create(RegisteredEntity entity);

    /** Attaches a spelling to an entity; does nothing when the entity already has this exact spelling. */
    void addAlias(String entityId, NameForm alias);

    /** True when the entity already has this exact spelling. */
    boolean hasAlias(String entityId, String text);

    /** Changes the canonical name; the id stays. */
    void rename(String entityId, String name);

    /** Sets the country of an entity. */
    void setCountry(String entityId, String country);

    /**
     * Sets the country of an entity with the source of its evidence. Registries that do not store sources
     * keep the country only.
     */
    default void setAffiliation(String entityId, Affiliation affiliation) {
        setCountry(entityId, affiliation == null ? null : affiliation.code());
    }

    /**
     * Records that a mention of an article names the entity. Recording the same span again points it to this entity
     * (an article resolved again, see {@link #takeMovedArticles}); an entity that no mention or publisher link names
     * any more by that existed only for this span and is merged into this one (unless its country differs).
     */
    void recordMention(String entityId, String articleId, Mention mention);

    /**
     * Records that an article says the entity holds an office.
     *
     * @param publishedDate the article's publication date ({@code yyyy-MM-dd}), or null when undated
     */
    void recordOffice(String entityId, String articleId, String publishedDate, OfficeClaim claim);

    /** Records why a spelling was attached to (or kept apart from) an entity. */
    void recordMerge(MergeDecision decision);

    /**
     * Records that the entity published the article (its outlet or wire agency), which the body need not
     * name. Recording the same link again does nothing.
     */
    void recordPublisher(String entityId, String articleId);
}
