package org.attache.api.registry;

import org.attache.api.Affiliation;
import org.attache.api.Mention;
import org.attache.api.OfficeClaim;

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

    /** Records that a mention of an article names the entity. Recording the same span again does nothing. */
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
