package org.attache.nlp.resolve;

import org.attache.api.Evidence;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.RegisteredEntity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A user's merge of entities after the fact ({@code attache entity merge}, {@code POST
 * /api/entities/{id}/merge}): the other entities are folded into the one kept, each of their spellings
 * recorded with {@link MergeRule#USER_MERGE}, and the kept entity takes the most complete name among them.
 * Only entities of one type merge. To keep the merge over a {@code reprocess}, write the moved spellings to
 * the alias file with {@link AliasList#recordMerge}; to undo it, take those lines out (or mark them
 * {@code split}) and reprocess. Stateless.
 */
public final class EntityMerger {
    /**
     * What a merge did.
     *
     * @param kept      the entity kept, as it now is
     * @param merged    the ids folded into it
     * @param spellings the spellings the merged entities brought, in order
     * @param names     the canonical names the merged entities had
     */
    public record Result(RegisteredEntity kept, List<String> merged, List<String> spellings, List<String> names) {
        public Result {
            merged = List.copyOf(merged);
            spellings = List.copyOf(spellings);
            names = List.copyOf(names);
        }
    }

    private EntityMerger() {
    }

    /**
     * Folds {@code otherIds} into {@code keepId} in {@code registry}.
     *
     * @param evidence where each merged entity was first seen (its id → evidence), recorded with its spellings
     * @throws IllegalArgumentException naming the id when an entity does not exist, is given twice or is of
     *                                  another type than the kept one
     */
    public static Result merge(EntityRegistry registry, String keepId, List<String> otherIds,
                               Function<String, Evidence> evidence) {
        Objects.requireNonNull(keepId, "keepId");
        if (otherIds.isEmpty()) {
            throw new IllegalArgumentException("give at least one entity to merge into " + keepId);
        }
        RegisteredEntity keep = registry.get(keepId).orElseThrow(() -> new IllegalArgumentException("no entity " + keepId));
        List<RegisteredEntity> others = new ArrayList<>();
        for (String id : new LinkedHashSet<>(otherIds)) {
            if (id.equals(keepId)) {
                throw new IllegalArgumentException("entity " + id + " cannot be merged into itself");
            }
            RegisteredEntity other = registry.get(id).orElseThrow(() -> new IllegalArgumentException("no entity " + id));
            if (other.type() != keep.type()) {
                throw new IllegalArgumentException("entity " + id + " is a " + other.type() + " and " + keepId + " a "
                        + keep.type() + ": only entities of one type merge");
            }
            others.add(other);
        }
        String name = keep.name();
        List<String> spellings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RegisteredEntity other : others) {
            List<String> theirs = registry.aliases(other.id());
            Evidence where = Objects.requireNonNullElseGet(evidence.apply(other.id()),
                    () -> new Evidence("", 0, 0, other.name()));
            registry.merge(keepId, other.id());
            for (String spelling : theirs) {
                registry.recordMerge(new MergeDecision(keepId, spelling, MergeRule.USER_MERGE, where));
                spellings.add(spelling);
            }
            names.add(other.name());
            if (NameKeys.moreComplete(other.name(), name)) {
                name = other.name();
            }
        }
        if (!name.equals(keep.name())) {
            registry.rename(keepId, name);
        }
        RegisteredEntity kept = registry.get(keepId).orElseThrow();
        return new Result(kept, others.stream().map(RegisteredEntity::id).toList(), spellings, names);
    }
}
