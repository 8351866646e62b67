package org.attache.api.registry;

import org.attache.api.Evidence;

import java.util.Objects;

/**
 * Why a spelling was attached to an entity: the rule that decided and where it was read.
 *
 * @param entityId the entity
 * @param alias    the spelling attached (or, for {@link MergeRule#USER_SPLIT}, kept apart)
 * @param rule     the rule that decided
 * @param evidence the mention that triggered it
 */
public record MergeDecision(String entityId, String alias, MergeRule rule, Evidence evidence) {
    public MergeDecision {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }
}
