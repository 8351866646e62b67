package org.attache.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.api.Entity;
import org.attache.store.registry.CoMention;
import org.attache.store.registry.EntityArticle;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import org.attache.store.registry.MentionRef;
import org.attache.store.registry.MergeExplanation;

/**
 * Reads of the entity registry (lists, entity pages, co-mentions, articles, merge explanations): what entity
 * pages, the entity API and the {@code entities}/{@code entity} commands need, and nothing that writes. Safe to
 * call from several threads. Failures are thrown as {@link StoreException}.
 */
public interface EntityReader {
    /** Entities matching the filter, most mentioned first, then by name and id. */
    List<EntitySummary> list(EntityFilter filter, int limit);

    /** As {@link #list(EntityFilter, int)}, from position {@code offset} of that order. */
    List<EntitySummary> list(EntityFilter filter, int offset, int limit);

    /** How many entities match the filter. */
    long count(EntityFilter filter);

    /** Number of entities. */
    long count();

    /** Up to {@code limit} entity ids starting with {@code prefix}, in id order. */
    List<String> idsWithPrefix(String prefix, int limit);

    /**
     * The entity with its aliases (in the order they were first seen, canonical name excluded), current and
     * former offices aggregated by normal form and organisation (oldest first; undated last) and mention count.
     */
    Optional<Entity> entity(String id);

    /** The first and last publication days of the articles naming the entity; empty when none has a full date. */
    List<String> mentionDays(String id);

    /** The entities named in most articles together with this one, most shared first. */
    List<CoMention> coMentioned(String id, int limit);

    /** The articles mentioning the entity or published by it, newest first (undated last). */
    List<EntityArticle> articles(String id, int limit);

    /** Why each spelling belongs to the entity, in decision order. */
    List<MergeExplanation> merges(String id);

    /**
     * The articles that name a person entity by one word only ("Tian", "Brown"), in id order: those an ingest's
     * settling pass reads again once the whole input is known. Sees the store's uncommitted writes.
     */
    java.util.SortedSet<String> articlesOfOneWordPersons();

    /**
     * The articles with a mention that joined an entity of another type (a MISC "LIBOR" the organisation "Libor",
     * for want of a MISC entity of that name when it was read) while an entity of the mention's own type now answers
     * to that spelling: read again, the mention joins that one, as it does when the article is read after it. In id
     * order; sees the store's uncommitted writes.
     */
    java.util.SortedSet<String> articlesJoinedAcrossTypes();

    /** The entity mentions of an article's body, for linking them: ordered by start, non-overlapping. */
    List<MentionRef> mentionsOf(String articleId);

    /** The canonical names of those of {@code ids} that are entities. */
    Map<String, String> names(Collection<String> ids);
}
